"""The runbook's sections, in print order; ``--section NAME`` and the GUI pick from these."""

from __future__ import annotations

from enum import StrEnum

from cmplanner.errors import InputError
from cmplanner.sections import SECTIONS as SECTIONS  # the ids and titles live below the runbook


class RunbookFormat(StrEnum):
    """Output formats, shared by the CLI's file suffix and the GUI's export menu."""

    HTML = "html"
    MARKDOWN = "markdown"
    PDF = "pdf"

    @classmethod
    def from_suffix(cls, suffix: str) -> RunbookFormat:
        """``.html``/``.htm`` -> HTML, ``.md``/``.markdown`` -> MARKDOWN, ``.pdf`` -> PDF."""
        table = {
            ".html": cls.HTML,
            ".htm": cls.HTML,
            ".md": cls.MARKDOWN,
            ".markdown": cls.MARKDOWN,
            ".pdf": cls.PDF,
        }
        try:
            return table[suffix.casefold()]
        except KeyError:
            raise ValueError(f"unknown runbook suffix {suffix!r}: use .html, .md or .pdf") from None


def choose_sections(names: list[str] | None) -> list[str]:
    """The section ids to render, in print order; unknown names are refused."""
    if not names:
        return list(SECTIONS)
    wanted = {name.casefold() for name in names}
    unknown = sorted(wanted - set(SECTIONS))
    if unknown:
        raise InputError(
            "--section", f"unknown section {', '.join(unknown)}; choose from " + ", ".join(SECTIONS)
        )
    return [sid for sid in SECTIONS if sid in wanted]
