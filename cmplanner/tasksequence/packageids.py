"""What a built task sequence still lacks, said the same way by ``ts new`` and the app.

A builder leaves a package ID blank when it was not given (the admin picks the package in the
console later); the sysprep package matters only for a Windows XP reference machine. Each
face says how to fill a value in (``--option``, or the wizard's field); what is missing and
why it matters is said here once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cmplanner.language import N_, gettext
from cmplanner.model.tasksequence import TaskSequence


def is_package_option(name: str) -> bool:
    """Options that hold a ConfigMgr package ID (chosen from the plan's packages)."""
    return name.endswith("_package_id") or name == "boot_image_id"


def _on(value: object) -> bool:
    return str(value).strip().casefold() in {"true", "yes", "1", "on"}


def blank_package_ids(options: Mapping[str, object]) -> list[str]:
    """The builder options naming a package whose ID is still blank (as recorded on the
    task sequence), in name order."""
    blank = []
    for key, value in sorted(options.items()):
        if not is_package_option(key) or str(value).strip():
            continue
        if key == "sysprep_package_id" and not _on(options.get("windows_xp")):
            continue  # the sysprep package matters only for Windows XP
        blank.append(key)
    return blank


#: what each package option names, as the console calls the package
PACKAGES = {
    "boot_image_id": N_("boot image"),
    "sysprep_package_id": N_("sysprep package"),
    "usmt_package_id": N_("USMT 4 package"),
    "image_package_id": N_("image package"),
    "client_package_id": N_("client package"),
}


@dataclass(frozen=True)
class Missing:
    """A value a built task sequence still lacks: the builder ``option`` that sets it, what
    it takes (``value``, for the command line's ``--option``), the options that go with it,
    and what the admin reads (:attr:`sentence`, in the language in force)."""

    option: str
    what: str
    value: str = "PACKAGEID"
    also: tuple[str, ...] = ()

    @property
    def sentence(self) -> str:
        return gettext(self.what)


def _package(key: str) -> Missing:
    if key == "boot_image_id":
        return Missing(key, N_("no boot image yet: the restart into Windows PE needs one"))
    name = PACKAGES.get(key, key.removesuffix("_id").replace("_", " "))
    return Missing(key, gettext("no %(package)s ID yet") % {"package": gettext(name)})


#: builder options whose default is a placeholder for the admin's own server or domain
#: (``\\SERVER\Deploy$``, ``DOMAIN\log-writer``): what each is for, and what it takes
PLACEHOLDER_OPTIONS = {
    "capture_destination": (
        N_(
            "the capture destination is still the placeholder %(value)s: Capture Operating "
            "System Image writes the image there"
        ),
        "PATH",
    ),
    "capture_account": (
        N_(
            "the capture account is still the placeholder %(value)s: Capture Operating "
            "System Image writes to the capture destination as this account"
        ),
        "ACCOUNT",
    ),
    "share": (
        N_(
            "the log share is still the placeholder %(value)s: the Error Catching group "
            "copies the logs there"
        ),
        "PATH",
    ),
    "account": (
        N_(
            "the log share's account is still the placeholder %(value)s: the Error Catching "
            "group connects to the share as this account"
        ),
        "ACCOUNT",
    ),
}
#: how the builders' placeholders start: a server or a domain named in capitals, as written
PLACEHOLDER_PREFIXES = ("\\\\SERVER\\", "DOMAIN\\")


def is_placeholder(value: object) -> bool:
    """A value that still names the builders' placeholder server or domain."""
    return str(value).strip().startswith(PLACEHOLDER_PREFIXES)


def _placeholder(key: str, value: str) -> Missing:
    what, takes = PLACEHOLDER_OPTIONS[key]
    return Missing(key, gettext(what) % {"value": value}, takes)


def missing_values(ts: TaskSequence) -> list[Missing]:
    """Everything ``ts`` still lacks before it is imported: blank package IDs (as
    :func:`blank_package_ids` finds them), the domain a USMT hard-link refresh rejoins, and
    every server, share or account that is still a builder's placeholder."""
    found = [_package(key) for key in blank_package_ids(ts.builder_options)]
    found += [
        _placeholder(key, str(ts.builder_options[key]).strip())
        for key in PLACEHOLDER_OPTIONS
        if key in ts.builder_options and is_placeholder(ts.builder_options[key])
    ]
    if ts.builder == "usmt-hardlink" and not str(ts.builder_options.get("domain", "")).strip():
        found.append(
            Missing(
                "domain",
                N_("no domain yet: Apply Network Settings joins the computer to it"),
                "NAME",
                ("domain_ou=OU", "domain_account=ACCOUNT"),
            )
        )
    return found
