"""Words the runbook prints for the plan's own values and field names, in its language.

The plan keeps English values (``fast``, ``imported``, ``bits_enabled``); the runbook says
them through its gettext catalogue, so a Dutch runbook reads "snel", "geïmporteerd" and
"Haalt inhoud op van". Rule texts, finding messages and cited sources stay English.
"""

from __future__ import annotations

from cmplanner.language import N_, gettext
from cmplanner.plandiff.model import FieldChange, field_words
from cmplanner.rules.subjects import words_of

#: a boundary's link, a certificate's origin, a DP setting, and the row of the locality
#: table for clients outside every boundary
VALUE_WORDS = (
    N_("fast"),
    N_("slow"),
    N_("none"),
    N_("(outside every boundary)"),
    N_("imported"),
    N_("self-signed"),
    N_("server share"),
    N_("standard"),
    N_("server"),
    N_("branch"),
    N_("BITS-enabled"),
    N_("protected"),
    N_("mobile devices"),
    N_("Internet-based clients"),
    N_("streaming"),
    N_("multicast"),
    N_("PXE"),
)

#: a change's risk, and a finding's severity inside a sentence
RISK_WORDS = (N_("high"), N_("medium"), N_("low"), N_("error"), N_("warning"), N_("info"))

#: a finding's severity as a heading
SEVERITY_HEADINGS = {"error": N_("ERROR"), "warning": N_("WARNING"), "info": N_("INFO")}

#: every field of the plan a finding's subject can name, in the words of
#: :func:`cmplanner.rules.subjects.words_of` (tests check none is missing)
FIELD_WORDS = (
    N_("action"),
    N_("AD site"),
    N_("add-on"),
    N_("approval"),
    N_("at"),
    N_("author"),
    N_("BITS-enabled"),
    N_("boot image ID"),
    N_("boundaries"),
    N_("branch distribution point"),
    N_("builder"),
    N_("by"),
    N_("category"),
    N_("certificate"),
    N_("checklists"),
    N_("children"),
    N_("Client Authentication EKU"),
    N_("site code"),
    N_("conditions"),
    N_("connection"),
    N_("continue on error"),
    N_("description"),
    N_("distribution points"),
    N_("domain joined"),
    N_("done"),
    N_("dp"),
    N_("dp groups"),
    N_("enabled"),
    N_("evidence"),
    N_("expires"),
    N_("file name"),
    N_("global variables"),
    N_("has private key"),
    N_("host"),
    N_("imported on"),
    N_("Internet-based clients"),
    N_("IP address"),
    N_("is a ConfigMgr client"),
    N_("joined"),
    N_("key size"),
    N_("kind"),
    N_("members"),
    N_("mobile device support"),
    N_("multicast"),
    N_("name"),
    N_("not applicable"),
    N_("valid from"),
    N_("note"),
    N_("notes"),
    N_("often switched off"),
    N_("operator"),
    N_("operating system"),
    N_("pack"),
    N_("package ID"),
    N_("packages"),
    N_("PXE password"),
    N_("properties"),
    N_("property"),
    N_("protected"),
    N_("protected boundaries"),
    N_("pulls content from"),
    N_("purpose"),
    N_("PXE"),
    N_("reason"),
    N_("response delay (seconds)"),
    N_("roams between sites"),
    N_("run in"),
    N_("security mode"),
    N_("sent to"),
    N_("server"),
    N_("service pack"),
    N_("share name"),
    N_("sign off"),
    N_("site"),
    N_("source"),
    N_("source path"),
    N_("started"),
    N_("steps"),
    N_("streaming (App-V)"),
    N_("subject"),
    N_("success codes"),
    N_("target"),
    N_("target kind"),
    N_("task sequences"),
    N_("text"),
    N_("thumbprint"),
    N_("type"),
    N_("unknown computer support"),
    N_("value"),
    N_("variables"),
    N_("version"),
    N_("settings"),
)


def value_words(value: str) -> str:
    """A value of the plan in the runbook's language (``self_signed`` -> "zelfondertekend")."""
    return gettext(value.replace("_", "-")) if value else value


def severity_heading(severity: str) -> str:
    return gettext(SEVERITY_HEADINGS.get(severity, severity.upper()))


def field_label(name: str) -> str:
    """``pulls_from`` -> "Pulls content from" / "Haalt inhoud op van": a subject's label."""
    text = gettext(words_of(name))
    return text[:1].upper() + text[1:]


def field_phrase(change: FieldChange) -> str:
    """A changed field as the change runbook names it, in its language ("sleutellengte")."""
    return field_words(change.field, label=lambda key: gettext(words_of(key)))


def old_words(change: FieldChange) -> str:
    """The approved value: the diff's own words ("(none)", "yes") said in the runbook's
    language, the plan's values as typed."""
    return gettext(change.old) if change.worded[0] else change.old


def new_words(change: FieldChange) -> str:
    return gettext(change.new) if change.worded[1] else change.new
