"""The printed runbook's tables: host names wrap at their dots (never mid-word) without any
mark reaching the copied text, and a long Dutch header word breaks at its syllable."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.demo import demo_plan
from cmplanner.language import language
from cmplanner.runbook.render import TEMPLATES, RunbookFormat, render_text

pytestmark = pytest.mark.gui  # prints with Qt

HOST = "AMS-SCCM01.corp.contoso.com"


def _html(target: str) -> str:
    return render_text(
        demo_plan(), TEMPLATES[RunbookFormat.HTML], target=target, sections=["dp-design"]
    )


def test_host_names_may_wrap_at_their_dots_when_printed() -> None:
    assert "AMS-SCCM01.\u200bcorp.\u200bcontoso.\u200bcom" in _html("qt")
    assert "AMS-SCCM01.<wbr>corp.<wbr>contoso.<wbr>com" in _html("browser")


def test_the_markdown_keeps_host_names_as_they_are() -> None:
    text = render_text(
        demo_plan(), TEMPLATES[RunbookFormat.MARKDOWN], markdown=True, sections=["dp-design"]
    )
    assert f"| {HOST} |" in text and "\u200b" not in text


def test_a_copied_host_name_from_the_pdf_is_the_name(tmp_path: Path, pdftotext) -> None:
    from cmplanner.render.pdf import write_pdf

    out = tmp_path / "r.pdf"
    write_pdf(demo_plan(), out, ["dp-design"])
    text = pdftotext(out)
    assert "\u200b" not in text
    assert HOST in text and "contoso.c\nom" not in text


def test_the_dutch_os_header_breaks_at_its_syllable() -> None:
    with language("nl"):
        html = _html("qt")
    assert "Besturings\u00adsysteem / opmerkingen" in html
