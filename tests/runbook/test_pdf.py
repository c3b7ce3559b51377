"""The runbook printed through Qt: a real PDF, every page headed, nothing half-written."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.demo import demo_plan
from cmplanner.errors import InputError
from cmplanner.model.planfile import load_plan

pytestmark = pytest.mark.gui

WHEN = datetime(2026, 4, 2, 10, 15)


def pdf_text(pdftotext, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of each page."""
    out = pdftotext(path, "-layout")
    out = unicodedata.normalize("NFKC", out)  # the PDF keeps ligatures such as "fi"
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def pdf_flowing_text(pdftotext, path: Path) -> str:  # type: ignore[no-untyped-def]
    """The PDF's text in content order with whitespace collapsed, not normalized (so a
    ligature glyph such as "ﬃ" would show)."""
    return " ".join(pdftotext(path, "-raw").split())


def test_demo_pdf_has_a_header_and_footer_on_every_page(tmp_path: Path, pdftotext) -> None:
    from cmplanner.render.pdf import write_pdf

    out = tmp_path / "runbook.pdf"
    pages = write_pdf(demo_plan(), out, generated=WHEN)
    assert out.read_bytes().startswith(b"%PDF")
    texts = pdf_text(pdftotext, out)
    assert len(texts) == pages > 5
    for number, text in enumerate(texts, start=1):
        assert "Contoso Netherlands OSD rollout" in text
        assert "ConfigMgr 2007 SP2" in text and "generated on 2026-04-02 10:15" in text
        assert f"page {number} of {pages}" in text
    whole = "\n".join(texts)
    assert "☐" in whole and "Signed off by" in whole
    # a cell's text in reading order, across its line breaks
    flowing = pdf_flowing_text(pdftotext, out)
    assert "AMS00001 (Microsoft Office 2007 SP2)" in flowing
    assert "Office" in flowing, "ligatures would make 'Office' unsearchable in the PDF"


def test_sections_start_on_new_pages(tmp_path: Path, pdftotext) -> None:
    from cmplanner.render.pdf import write_pdf

    out = tmp_path / "two.pdf"
    write_pdf(demo_plan(), out, ["overview", "pxe"])
    texts = pdf_text(pdftotext, out)
    lines = [[line.strip() for line in text.splitlines()] for text in texts]
    assert "1. Plan overview" in lines[0]
    assert not any(line.startswith("Server ") for line in lines[0])
    heading = lines[1].index("2. PXE service point")
    assert lines[1][heading + 1].startswith("Server ")


def test_hostile_names_print_as_text_and_secrets_stay_out(
    tmp_path: Path, data_dir: Path, pdftotext
) -> None:
    from cmplanner.render.pdf import RunbookPrintout, write_pdf

    plan = load_plan(data_dir / "runbook" / "hostile.cmplan")
    printout = RunbookPrintout(plan)
    text = printout.document().toPlainText()
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text
    assert "مخزن التوزيع \u0661" in text
    assert "Sup3rSecretPXE!" not in text
    out = tmp_path / "hostile.pdf"
    assert write_pdf(plan, out) > 1
    assert "Sup3rSecretPXE!" not in "".join(pdf_text(pdftotext, out))


def test_unwritable_output_leaves_nothing_behind(tmp_path: Path) -> None:
    from cmplanner.render.pdf import write_pdf

    with pytest.raises(InputError, match="cannot write"):
        write_pdf(demo_plan(), tmp_path / "missing-folder" / "runbook.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_printing_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cmplanner.render import pdf

    out = tmp_path / "runbook.pdf"
    out.write_bytes(b"the previous runbook")

    def broken(self: object, device: object, *rest: object) -> int:
        raise OSError("the printer caught fire")

    monkeypatch.setattr(pdf.RunbookPrintout, "paint", broken)
    with pytest.raises(InputError, match="printer caught fire"):
        pdf.write_pdf(demo_plan(), out)
    assert out.read_bytes() == b"the previous runbook"
    assert [p.name for p in tmp_path.iterdir()] == ["runbook.pdf"]


def test_print_path_paints_on_a_qprinter(tmp_path: Path, pdftotext) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from cmplanner.render.pdf import print_runbook
    from cmplanner.render.qtapp import ensure_app

    ensure_app()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_runbook(printer, demo_plan(), ["dp-groups"])
    assert pages >= 2
    assert len(pdf_text(pdftotext, tmp_path / "printed.pdf")) == pages


def test_rows_continue_with_their_header_on_the_next_page(tmp_path: Path, pdftotext) -> None:
    from cmplanner.render.pdf import write_pdf

    plan = demo_plan()
    base = plan.distribution_points[0]
    plan.distribution_points = [
        base.model_copy(update={"name": f"DP-{i:03d}-" + "x" * (i % 40)}) for i in range(120)
    ]
    out = tmp_path / "many.pdf"
    write_pdf(plan, out, ["dp-design"])
    texts = pdf_text(pdftotext, out)
    findings_page = next(
        i for i, t in enumerate(texts) if any(line.strip() == "Findings" for line in t.splitlines())
    )
    table_pages = texts[: findings_page + 1]
    assert len(table_pages) >= 3
    for text in table_pages:
        assert "Name" in text and "Settings" in text and "Pulls" in text  # header repeated
    seen = {int(m) for t in table_pages for m in re.findall(r"DP-(\d{3})-", t)}
    assert seen == set(range(120))  # every row printed, none lost at a page break


def test_figures_are_scaled_to_fit_the_page() -> None:
    from cmplanner.render.pdf import DEFAULT_WIDTH, RunbookPrintout

    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' width='3000' height='1500'>"
        "<rect width='3000' height='1500' fill='#cde'/></svg>"
    )
    printout = RunbookPrintout(demo_plan(), ["dp-design"], figures={"topology": svg})
    html = printout._fit_figures(printout.html, DEFAULT_WIDTH)
    match = re.search(
        r'<img class="figure" src="cmplanner-figure:topology" width="(\d+)" '
        r'height="(\d+)"',
        html,
    )
    assert match is not None
    width, height = int(match.group(1)), int(match.group(2))
    assert width <= DEFAULT_WIDTH and abs(width / height - 2.0) < 0.05
    text = printout.document().toPlainText()
    assert "<svg" not in text


def test_the_printer_keeps_the_paper_the_user_chose(tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from cmplanner.render.pdf import print_runbook
    from cmplanner.render.qtapp import ensure_app

    ensure_app()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "letter.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    print_runbook(printer, demo_plan(), ["overview"])
    info = (
        subprocess.run(
            ["pdfinfo", str(tmp_path / "letter.pdf")], capture_output=True, text=True
        ).stdout
        if shutil.which("pdfinfo")
        else "letter"
    )
    assert "letter" in info.lower() or "612 x 792" in info


TALL = """
import sys
from cmplanner.demo import demo_plan
from cmplanner.render.pdf import write_pdf
plan = demo_plan()
plan.distribution_points[-1].notes = "Replaced disk " + "and controller; " * {repeat}
plan.description = "A very long description. " * {repeat}
print(write_pdf(plan, sys.argv[1], ["overview", "dp-design"]))
"""


@pytest.mark.parametrize("repeat", [100, 2000])  # a cell of half a page; of several pages
def test_a_cell_taller_than_the_room_left_prints_whole_without_hanging(
    tmp_path: Path, repeat: int, pdftotext
) -> None:
    import sys

    out = tmp_path / "tall.pdf"
    try:  # a page flow that never ends would hang the suite: bound it
        done = subprocess.run(
            [sys.executable, "-c", TALL.format(repeat=repeat), str(out)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("printing a tall cell did not finish")
    assert done.returncode == 0, done.stderr
    pages = int(done.stdout)
    texts = pdf_text(pdftotext, out)
    assert len(texts) == pages
    flowing = pdf_flowing_text(pdftotext, out)
    # nothing lost between pages; a line at a page's edge may sit in the text of both
    assert repeat <= flowing.count("and controller;") <= repeat + pages
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {pages}" in text


def test_printing_keeps_the_garbage_collector_off_the_plan_and_restores_it(tmp_path) -> None:
    """The plan's objects outlive the print: while it runs, Python's full collections leave
    them alone (a large estate's plan is hundreds of thousands of objects), and afterwards
    the collector is as it was, after a failure too and for a caller that froze its own."""
    import gc

    from cmplanner.render.pdf import PrintCancelled, write_pdf

    plan = demo_plan()
    frozen_while: list[int] = []
    assert gc.get_freeze_count() == 0
    write_pdf(
        plan, tmp_path / "a.pdf", progress=lambda *_a: frozen_while.append(gc.get_freeze_count())
    )
    assert frozen_while and min(frozen_while) > 0
    assert gc.get_freeze_count() == 0

    def cancel(*_a: object) -> None:
        raise PrintCancelled()

    with pytest.raises(PrintCancelled):
        write_pdf(plan, tmp_path / "b.pdf", progress=cancel)
    assert gc.get_freeze_count() == 0 and not (tmp_path / "b.pdf").exists()

    gc.freeze()
    try:
        write_pdf(plan, tmp_path / "c.pdf")
        assert gc.get_freeze_count() > 0  # not unfrozen behind the caller's back
    finally:
        gc.unfreeze()
