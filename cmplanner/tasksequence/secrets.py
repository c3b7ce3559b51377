"""Which values of a task sequence are secrets (passwords, product keys), decided once for the
export, lint (TS012), ``ts show`` and the log views.

A value is a secret by **where it stands**, not by how its name looks:

1. a property of a step type the catalog knows (``resources/tasksequence/steps.toml``) is a
   secret exactly when the catalog marks it ``secret = true`` (each step cites its source);
   every other property of a known step is kept byte for byte, whatever its name says;
2. the value of a Set Task Sequence Variable step, a collection variable (``globalVarList``)
   or a condition is a secret when the *variable it names* is one: a secret property's
   variable (``OSDJoinPassword``) or a name ending like a secret (``MyAppSecret``), see
   ``resources/tasksequence/secrets.toml``;
3. a property of a step type the catalog does not know (MDT, later versions) falls back to
   that name rule, since nothing better is known about it;
4. a name that only looks like a secret but holds a choice (``BdeRecoveryPassword=AD``,
   ``OSDRandomAdminPassword=true``) is exempt for the listed choices only;
5. an empty or whitespace-only value, or one that is only a ``%VARIABLE%`` reference, holds no
   secret, so it is never blanked.

Passwords typed into a command line (``net use ... /user:x pass``, ``-Password x``, ``/p:x``,
``OSDJoinPassword=x``) are found by :func:`command_line_secrets`, one detector for all: lint
warns (TS012), the export writes :data:`REMOVED_PASSWORD` in the password's place (only that
token: the command keeps its shape and fails visibly until the password is entered again)
and names the step, and :func:`mask_secrets_in_text` hides them in anything only shown (log
lines, outlines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from cmplanner.model.tasksequence import Step, Variable
from cmplanner.sources import CitedEntry
from cmplanner.tasksequence.catalog import load_steps

HIDDEN = "(hidden)"
#: written in place of a password typed into a command line. A ``%VARIABLE%`` reference, not
#: an empty value: an empty token shifts the command's arguments (``net use Z: \\s\x /user:u``
#: then prompts for a password and waits forever in a task sequence), whereas this one keeps
#: them in place and fails with a wrong password at once, unless the admin sets a hidden task
#: sequence variable of this name on the target site. ``<...>`` would be a redirection in cmd.
REMOVED_PASSWORD = "%REMOVED_PASSWORD%"
SET_VARIABLE = "SMS_TaskSequence_SetVariableAction"


class _Cited(CitedEntry):
    """An entry whose ``source`` is resolved through the sources registry when loaded."""

    # defer_build: built when the data file is first loaded (one validator for the file's
    # model covers the nested ones), not when the class is defined: less start-up time
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    source: str
    citations: tuple[str, ...] = ()


class _Source(_Cited):
    why: str = ""


class _Names(_Cited):
    suffixes: tuple[str, ...] = Field(min_length=1)


class _Choice(_Cited):
    name: str = Field(min_length=1)
    values: tuple[str, ...] = Field(min_length=1)
    what: str = Field(min_length=5)


class SecretRules(BaseModel):
    """``resources/tasksequence/secrets.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    export: _Source
    names: _Names
    choice: tuple[_Choice, ...] = ()


@lru_cache(maxsize=1)
def load_secret_rules() -> SecretRules:
    from cmplanner.datafiles import load_toml_model
    from cmplanner.paths import resources_dir

    return load_toml_model(resources_dir() / "tasksequence" / "secrets.toml", SecretRules)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in load_secret_rules().names.suffixes)
    return re.compile(f"(?:{suffixes})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _choices() -> dict[str, frozenset[str]]:
    return {
        c.name.casefold(): frozenset(v.casefold() for v in c.values)
        for c in load_secret_rules().choice
    }


_REFERENCE_ONLY = re.compile(r"^\s*(?:%[A-Za-z_][\w.-]*%\s*)+$")


def holds_value(value: str) -> bool:
    """False for a value that can hold no secret: empty, only whitespace, or only
    ``%VARIABLE%`` references (the secret, if any, lives in that variable)."""
    return bool(value.strip()) and _REFERENCE_ONLY.match(value) is None


@lru_cache(maxsize=4096)
def is_secret_name(name: str) -> bool:
    """Does a variable of this name hold a secret (rule 2): a secret property's variable or
    property name in any catalog step, or a name ending like a secret. A name exempt as a
    choice (``OSDRandomAdminPassword``) is not a secret *name*; see :func:`is_secret_value`."""
    if not name or name.casefold() in _choices():
        return False
    return name in load_steps().secret_variables() or bool(_name_pattern().search(name))


def is_secret_value(name: str, value: str) -> bool:
    """A value held by a variable of this name (set, collection or condition variable)."""
    if not holds_value(value):
        return False
    choices = _choices().get(name.casefold())
    if choices is not None:
        return value.strip().casefold() not in choices
    if value.strip().casefold() in _SWITCH_WORDS and name not in load_steps().secret_variables():
        return False  # a name that only looks like a secret's, switched on or off
    return is_secret_name(name)


def is_secret_property(step_type: str, var: Variable) -> bool:
    """Rules 1, 3, 4 and 5 for one ``<variable>`` of a step's defaultVarList."""
    if not var.value or not holds_value(var.value):
        return False
    decided = _property_rule(step_type, var.property, var.name)
    if isinstance(decided, bool):
        return decided
    return any(is_secret_value(n, var.value) for n in decided)


@lru_cache(maxsize=8192)
def _property_rule(step_type: str, prop_name: str, var_name: str) -> bool | tuple[str, ...]:
    """What decides a step variable: True or False from the catalog or the name rule, or the
    choice names whose listed values are exempt (decided per value)."""
    known = load_steps().get(step_type) if step_type else None
    if known is not None:
        prop = known.prop(prop_name) if prop_name else None
        if prop is None:
            prop = known.prop(var_name)
        if prop is not None:
            return prop.secret
    names = tuple(n for n in (prop_name, var_name) if n)
    choices = tuple(n for n in names if n.casefold() in _choices())
    if choices:
        return choices
    return any(is_secret_name(n) for n in names)


def is_secret(var: Variable, step_type: str = "") -> bool:
    """A value that must not leave the plan unless asked for by name. Without a step type
    (a collection variable, a variable kept inside an unknown element) the name decides."""
    if step_type:
        return is_secret_property(step_type, var)
    names = [n for n in (var.name, var.property) if n]
    return any(is_secret_value(n, var.value) for n in names)


def set_variable_secret(step_type: str, name: str, value: str) -> bool:
    """A Set Task Sequence Variable step whose variable is a secret and whose value holds
    one (rule 2)."""
    return step_type == SET_VARIABLE and is_secret_value(name, value)


def asked_for(var: Variable, include: frozenset[str]) -> bool:
    """True when ``include`` (case-folded names) names this variable or its property."""
    return var.name.casefold() in include or (
        var.property.casefold() in include if var.property else False
    )


# ----------------------------------------------------------------- command lines


@dataclass(frozen=True)
class TypedSecret:
    """A password typed into a command line: where its value stands and what names it."""

    start: int
    end: int
    what: str


# ``NAME=VALUE`` with a secret NAME, quoted as a whole ("OSDJoinPassword=x y") or not.
_ASSIGNMENT = re.compile(
    r"""(?P<q>["'])?(?<![\w%$-])(?P<name>[A-Za-z_][\w.]*)[ \t]*=[ \t]*"""
    r"""(?P<value>(?(q)[^"'\r\n]*|(?:"[^"\r\n]*"|'[^'\r\n]*'|[^\s"'&|;]+)))"""
)
# ``/password:x``, ``-Password x``, ``-SetupPassword x``, ``/pwd=x``; ``/p:x`` and ``-p:x`` only
# with a colon or equals sign (``-p 8080`` is a port as often as a password).
_SWITCH = re.compile(
    r"""(?<![\w\\/])[/-]"""
    r"""(?:(?P<long>\w*(?:password|passwd|pwd|pass))(?::|=|[ \t]+)|(?P<short>p)[:=])"""
    r"""(?P<value>"[^"\r\n]*"|'[^'\r\n]*'|[^\s"'&|;]+)""",
    re.IGNORECASE,
)
_SECURE_STRING = re.compile(
    r"""ConvertTo-SecureString\s+(?:-String\s+)?(?P<value>"[^"\r\n]*"|'[^'\r\n]*')\s+"""
    r"""-AsPlainText""",
    re.IGNORECASE,
)
_NET_USE = re.compile(r"(?<![\w.-])net(?:\.exe)?[ \t]+use\b", re.IGNORECASE)
_NET_USE_END = re.compile(r"[&|;\r\n]")
_TOKEN = re.compile(r'"[^"\r\n]*"|[^\s"]+')
_DEVICE = re.compile(r"^(?:[A-Za-z]:|\*|LPT\d:|COM\d:)$", re.IGNORECASE)


def _value_counts(value: str) -> bool:
    """A typed value is a secret unless it is empty, ``*`` (prompt), only ``%VARIABLE%``
    references or a PowerShell ``$variable`` / expression."""
    bare = value.strip().strip("\"'").strip()
    return (
        bool(bare)
        and bare != "*"
        and bare[0] not in "$("
        and bare.casefold() not in _SWITCH_WORDS
        and holds_value(bare)
    )


# A yes/no is a setting, not a password (``IsSecret="false"``).
_SWITCH_WORDS = frozenset({"true", "false", "yes", "no"})


# Nothing below can match a text without one of these: most command lines are skipped here.
_CANDIDATE = re.compile(r"=|[/-]p|pass|pwd|net(?:\.exe)?[ \t]+use|securestring", re.IGNORECASE)


def command_line_secrets(text: str) -> list[TypedSecret]:
    """Passwords typed into a command line (TS012's rule), in order, without overlaps."""
    if _CANDIDATE.search(text) is None:
        return []
    found: list[TypedSecret] = []
    for m in _ASSIGNMENT.finditer(text):
        if is_secret_name(m["name"]) and _value_counts(m["value"]):
            found.append(TypedSecret(m.start("value"), m.end("value"), m["name"]))
    for m in _SWITCH.finditer(text):
        if _value_counts(m["value"]):
            switch = m["long"] or m["short"]
            what = f"{text[m.start()]}{switch}"
            found.append(TypedSecret(m.start("value"), m.end("value"), what))
    for m in _SECURE_STRING.finditer(text):
        if _value_counts(m["value"]):
            found.append(TypedSecret(m.start("value"), m.end("value"), "ConvertTo-SecureString"))
    for m in _NET_USE.finditer(text):
        end_match = _NET_USE_END.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        seen_target = False
        for token in _TOKEN.finditer(text, m.end(), end):
            word = token[0]
            if word.startswith("/"):
                continue
            if not seen_target and (_DEVICE.match(word) or word.strip('"').startswith("\\\\")):
                seen_target = seen_target or word.strip('"').startswith("\\\\")
                continue
            if _value_counts(word):
                found.append(TypedSecret(token.start(), token.end(), "net use"))
    found.sort(key=lambda s: (s.start, -s.end))
    merged: list[TypedSecret] = []
    for secret in found:
        if merged and secret.start < merged[-1].end:
            continue
        merged.append(secret)
    return merged


@dataclass(frozen=True)
class TypedPlace:
    """Where a step holds passwords typed into a command line: ``index`` is the position of
    the variable in the step's defaultVarList, None for the action; ``label`` is ``the
    action`` or the property name."""

    index: int | None
    label: str
    hits: tuple[TypedSecret, ...]

    @property
    def kinds(self) -> str:
        """``net use``, ``-Password``: what the detector recognised, for the notes."""
        return ", ".join(sorted({h.what for h in self.hits}))


def typed_places(step: Step) -> list[TypedPlace]:
    """Passwords typed into a step's command lines. Only text an admin types is searched:
    the action and ``typed`` properties of steps like Run Command Line, and every value of a
    step type the catalog does not know; other steps' actions are written by the console
    from their properties (``/pwd:AD`` of Enable BitLocker is its recovery-password choice)."""
    typed = _typed_properties(step.type)
    found: list[TypedPlace] = []
    if typed is None or typed:
        hits = command_line_secrets(step.action) if step.action else []
        if hits:
            found.append(TypedPlace(None, "the action", tuple(hits)))
    for j, var in enumerate(step.variables):
        if not var.value:
            continue
        if typed is not None and not (var.property in typed or var.name in typed):
            continue
        if is_secret_property(step.type, var):
            continue  # left out as a whole anyway
        hits = command_line_secrets(var.value)
        if hits:
            found.append(TypedPlace(j, var.property or var.name, tuple(hits)))
    return found


def typed_secrets(step: Step) -> list[tuple[str, list[TypedSecret]]]:
    """:func:`typed_places` as (``the action`` or property name, what was found)."""
    return [(p.label, list(p.hits)) for p in typed_places(step)]


def without_typed_secrets(text: str) -> str:
    """``text`` with every password typed into it replaced by :data:`REMOVED_PASSWORD`:
    only the password's token (quotes included), everything else byte for byte."""
    return _replace_typed(text, REMOVED_PASSWORD)


def _replace_typed(text: str, by: str) -> str:
    secrets = command_line_secrets(text)
    if not secrets:
        return text
    parts: list[str] = []
    pos = 0
    for secret in secrets:
        parts.append(text[pos : secret.start])
        parts.append(by)
        pos = secret.end
    parts.append(text[pos:])
    return "".join(parts)


@lru_cache(maxsize=512)
def _typed_properties(step_type: str) -> frozenset[str] | None:
    """The property and variable names of a known step's typed command lines; None for a
    step type the catalog does not know (everything in it may be typed)."""
    known = load_steps().get(step_type) if step_type else None
    if known is None:
        return None
    return frozenset(n for p in known.properties if p.typed for n in (p.property, p.variable))


def mask_secrets_in_text(text: str) -> str:
    """``text`` with every password typed into it replaced by ``(hidden)``.

    The same rule as lint's TS012 (:func:`command_line_secrets`): ``NAME=value`` for a secret
    NAME (``OSDJoinPassword=x``, ``tsenv.exe "MyAppSecret=x"``), password switches
    (``/password:x``, ``-Password x``, ``-SetupPassword x``, ``/p:x``),
    ``ConvertTo-SecureString "x" -AsPlainText`` and the password of ``net use \\\\srv\\share
    pass /user:x``. Empty values, ``*`` and ``%VARIABLE%`` references are left as they are.
    Meant for text that is only shown (log lines, outlines); an export writes
    :func:`without_typed_secrets` instead, found by the same detector.
    """
    return _replace_typed(text, HIDDEN)
