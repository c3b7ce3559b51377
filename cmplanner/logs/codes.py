"""Error codes as logs print them, explained: 0x80004005 = E_FAIL = -2147467259.

A code shows up as ``0x80004005``, ``80004005`` (``Error: 80004005``), ``-2147467259`` or a
plain Win32 number (``exit code 2``). Every form is normalised to the unsigned 32-bit value;
HRESULTs of facility 7 (``0x8007xxxx``) are explained through the Win32 code they wrap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import Field, field_validator, model_validator

from cmplanner.datafiles import load_toml_model, refuse_duplicates
from cmplanner.paths import resources_dir
from cmplanner.sources import CitedEntry

FACILITY_WIN32 = 7
FACILITY_CONTROL = 10  # VBScript / OLE Automation runtime errors
# An unknown code is said to be unknown, never guessed at: this is how an admin looks it up.
LOOK_UP = (
    "look it up on a Windows machine with 'certutil -error <code>' or the Error Lookup of "
    "CMTrace (Tools menu)"
)


class _Win32(CitedEntry):
    code: int = Field(ge=0, le=0xFFFF)
    name: str
    message: str
    note: str = ""
    source: str = ""  # the table's source unless the entry cites its own
    citations: tuple[str, ...] = ()

    SOURCE_OPTIONAL = True


class _HResult(CitedEntry):
    code: str
    name: str
    message: str
    note: str = ""
    source: str = ""  # the table's source unless the entry cites its own
    citations: tuple[str, ...] = ()

    SOURCE_OPTIONAL = True

    @field_validator("code")
    @classmethod
    def _hex(cls, value: str) -> str:
        number = int(value, 16)
        if not 0 <= number <= 0xFFFFFFFF:
            raise ValueError(f"{value} is not a 32-bit code")
        return value.upper().replace("0X", "0x")


class _CodeTable(CitedEntry):
    source: str
    citations: tuple[str, ...] = ()
    win32: list[_Win32]
    hresult: list[_HResult]

    @model_validator(mode="after")
    def _unique(self) -> _CodeTable:
        refuse_duplicates((f"{w.code:#x}" for w in self.win32), "win32 code")
        refuse_duplicates((f"{int(h.code, 16):#x}" for h in self.hresult), "hresult code")
        return self


@dataclass(frozen=True)
class CodeExplanation:
    """One code in all its spellings, with the name and system message when known."""

    value: int  # unsigned 32-bit
    hex: str  # 0x80004005
    signed: int  # -2147467259
    name: str
    message: str
    note: str
    facility: int | None
    win32: int | None
    source: str

    @property
    def known(self) -> bool:
        return bool(self.name)

    def describe(self) -> str:
        """``0x80004005 (-2147467259) E_FAIL: Unspecified error.``"""
        spelled = self.hex if self.value > 0xFFFF else str(self.value)
        if self.value > 0xFFFF:
            spelled += f" ({self.signed})"
        if not self.name:
            return f"{spelled}: unknown (not in the code table); {LOOK_UP}"
        return f"{spelled} {self.name}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "hex": self.hex,
            "decimal": self.signed,
            "name": self.name,
            "message": self.message,
            "note": self.note,
            "facility": self.facility,
            "win32": self.win32,
            "source": self.source,
        }


@cache
def _table() -> tuple[dict[int, _Win32], dict[int, _HResult], str]:
    """(Win32 codes, HRESULTs, the table's own source), loaded and checked once."""
    path = resources_dir() / "knowledge" / "error_codes.toml"
    table = load_toml_model(path, _CodeTable)
    return (
        {w.code: w for w in table.win32},
        {int(h.code, 16): h for h in table.hresult},
        table.source,
    )


def parse_code(code: int | str) -> int | None:
    """Any spelling of a code to its unsigned 32-bit value, or None if it is not a number.

    Bare eight-digit hex (``80004005``) is read as hex; other bare numbers are decimal.
    """
    if isinstance(code, int):
        value = code
    else:
        text = code.strip().rstrip(".,;)").lstrip("(")
        if len(text) > 12:  # no 32-bit code is spelled longer ("-0x80004005" is 11)
            return None
        try:
            hex_prefix = text.lower().startswith(("0x", "-0x"))
            bare_hex = re.fullmatch(r"[0-9A-Fa-f]{8}", text) is not None and (
                not text.isdigit() or text[0] in "8C"
            )
            value = int(text, 16) if hex_prefix or bare_hex else int(text, 10)
        except ValueError:
            return None
    if value < -(1 << 31) or value >= (1 << 32):
        return None
    return value & 0xFFFFFFFF


def explain_code(code: int | str) -> CodeExplanation:
    """Explain a code in any of its spellings; unknown codes still get their spellings."""
    value = parse_code(code)
    if value is None:
        raise ValueError(f"not an error code: {code!r}")
    win32_table, hresult_table, source = _table()
    signed = value - (1 << 32) if value >= (1 << 31) else value
    hex_text = f"0x{value:08X}"
    facility = (value >> 16) & 0x1FFF if value >= (1 << 31) else None
    name = message = note = entry_source = ""
    win32: int | None = None
    known_h = hresult_table.get(value)
    if known_h is not None:
        name, message, note = known_h.name, known_h.message, known_h.note
        entry_source = known_h.source
    elif value <= 0xFFFF:
        win32 = value
    elif facility == FACILITY_WIN32:
        win32 = value & 0xFFFF
    if win32 is not None:
        known_w = win32_table.get(win32)
        if known_w is not None:
            message, note = known_w.message, known_w.note
            entry_source = known_w.source
            name = known_w.name if value <= 0xFFFF else f"HRESULT_FROM_WIN32({known_w.name})"
    return CodeExplanation(
        value,
        hex_text,
        signed,
        name,
        message,
        note,
        facility,
        win32,
        (entry_source or source) if name else "",
    )


# Codes in message text: "0x80004005", "(Error: 80070002; Source: Windows)", "-2147467259",
# "exit code 2", "error code 80004005", "Code 0x80004005", "returned 1".
_CODE_PATTERNS = re.compile(
    r"(?P<hex>0x[0-9A-Fa-f]{1,8})\b"
    r"|Error:\s*(?P<err>[0-9A-Fa-f]{8})\b"
    r"|error code\s+(?P<ecode>[0-9A-Fa-f]{8})\b"
    r"|(?P<neg>-21474\d{5})\b"
    r"|(?:exit (?:win32 )?code|returned|error code|Error)\s*[:=]?\s*(?P<dec>-?\d{1,10})\b",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def codes_in(text: str) -> list[int]:
    """Every error code a message mentions, normalised, in order, without repeats."""
    found: list[int] = []
    if _DIGIT.search(text) is None:
        return found
    for m in _CODE_PATTERNS.finditer(text):
        if m.group("hex"):
            value: int | None = int(m.group("hex"), 16)
        elif m.group("err"):
            value = int(m.group("err"), 16)
        elif m.group("ecode"):
            value = int(m.group("ecode"), 16)
        else:
            value = parse_code(m.group("neg") or m.group("dec"))
        if value is not None:
            value &= 0xFFFFFFFF
            if value not in found:
                found.append(value)
    return found
