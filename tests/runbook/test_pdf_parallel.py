"""A large runbook printed by two processes: same pages, numbered as one document, and
printed in one process whenever the second cannot help."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.demo import demo_plan
from cmplanner.render import pdf_parallel
from cmplanner.render.pdf import write_pdf

pytestmark = pytest.mark.gui  # needs Qt

WHEN = datetime(2026, 4, 2, 10, 15)


def page_texts(pdftotext, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    return str(pdftotext(path, "-layout")).split("\f")[:-1]


def test_sections_are_shared_out_by_weight() -> None:
    heavy = ["<table>" + "<tr><td>x</td></tr>" * 1000 + "</table>"]
    light = ["<p>short</p>"]
    mine, theirs = pdf_parallel.assign([light, heavy, light, heavy, light])
    assert sorted(mine + theirs) == [0, 1, 2, 3, 4]
    assert (1 in mine) != (3 in mine)  # one heavy section each
    assert pdf_parallel.assign([light, light]) in (([0], [1]), ([1], [0]))


def test_small_runbooks_and_single_processors_print_in_one_process(monkeypatch) -> None:
    monkeypatch.delenv("CMPLANNER_PDF_PROCESSES", raising=False)
    small = [["<p>a</p>"]] * 3
    large = [["<p>a</p>"] * 200] * 3
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert pdf_parallel.processes_wanted(small) == 1
    assert pdf_parallel.processes_wanted(large) == 2
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert pdf_parallel.processes_wanted(large) == 1
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "2")
    assert pdf_parallel.processes_wanted(small) == 2
    assert pdf_parallel.processes_wanted([["<p>a</p>"]]) == 1  # one section: nothing to split


def test_two_processes_print_the_same_pages_as_one(
    tmp_path: Path, monkeypatch, capsys, pdftotext
) -> None:
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "1")
    one = tmp_path / "one.pdf"
    pages_one = write_pdf(demo_plan(), one, generated=WHEN)
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "2")
    two = tmp_path / "two.pdf"
    pages_two = write_pdf(demo_plan(), two, generated=WHEN)
    assert pages_one == pages_two
    texts = page_texts(pdftotext, two)
    assert texts == page_texts(pdftotext, one)
    assert all(f"page {n} of {pages_two}" in text for n, text in enumerate(texts, start=1))
    import pikepdf

    with pikepdf.open(two) as joined:
        assert str(joined.docinfo["/Title"]) == "Runbook: Contoso Netherlands OSD rollout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.pdf", "two.pdf"]
    assert "one process" not in capsys.readouterr().err


def test_a_worker_that_cannot_start_leaves_the_printing_to_this_process(
    tmp_path: Path, monkeypatch, capsys, pdftotext
) -> None:
    class NoProcesses:
        def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
            self.Pipe = real.Pipe

        def Process(self, **_kwargs):  # type: ignore[no-untyped-def]
            class Refused:
                def start(self) -> None:
                    raise OSError("no more processes")

            return Refused()

    real = pdf_parallel.multiprocessing.get_context("spawn")
    monkeypatch.setattr(
        pdf_parallel.multiprocessing, "get_context", lambda _method: NoProcesses(real)
    )
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "2")
    out = tmp_path / "runbook.pdf"
    pages = write_pdf(demo_plan(), out, generated=WHEN)
    assert len(page_texts(pdftotext, out)) == pages > 5
    assert [p.name for p in tmp_path.iterdir()] == ["runbook.pdf"]
    assert "printing the PDF in one process (the second process did not start)" in (
        capsys.readouterr().err
    )


def test_only_large_runbooks_start_a_worker(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from planfactory import large_plan

    big = large_plan(dps=1000, boundaries=1000, groups=20, packages=10)
    monkeypatch.delenv("CMPLANNER_PDF_PROCESSES", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert not pdf_parallel.worth_a_worker(demo_plan())
    assert pdf_parallel.worth_a_worker(big)
    assert not pdf_parallel.worth_a_worker(big, ["overview", "pxe"])
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert not pdf_parallel.worth_a_worker(big)


def test_the_worker_reports_a_bad_job_instead_of_dying_silently(monkeypatch) -> None:
    import multiprocessing

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the worker sets it; undo after
    parent, child = multiprocessing.Pipe()
    parent.send("not a job")
    pdf_parallel.work(child)
    assert parent.recv() == ("ready", None)
    kind, message = parent.recv()
    assert kind == "error" and "AttributeError" in message


def test_a_failure_after_both_printed_falls_back_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch, capsys, pdftotext
) -> None:
    def broken_join(pieces, out) -> None:  # type: ignore[no-untyped-def]
        out.write_bytes(b"half a PDF")
        raise RuntimeError("the halves do not fit")

    monkeypatch.setattr(pdf_parallel, "_join", broken_join)
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "2")
    out = tmp_path / "runbook.pdf"
    pages = write_pdf(demo_plan(), out, generated=WHEN)
    texts = page_texts(pdftotext, out)
    assert len(texts) == pages and f"page {pages} of {pages}" in texts[-1]
    assert "printing the PDF in one process (the halves do not fit)" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["runbook.pdf"]


def test_when_both_ways_fail_the_old_file_is_kept(tmp_path: Path, monkeypatch) -> None:
    from cmplanner.errors import InputError
    from cmplanner.render.pdf import RunbookPrintout

    def refuse(*_args) -> None:  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_parallel, "_join", refuse)
    monkeypatch.setattr(RunbookPrintout, "paint", refuse)
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "2")
    out = tmp_path / "runbook.pdf"
    out.write_bytes(b"%PDF- the old runbook")
    with pytest.raises(InputError, match="No space left"):
        write_pdf(demo_plan(), out, generated=WHEN)
    assert out.read_bytes() == b"%PDF- the old runbook"
    assert [p.name for p in tmp_path.iterdir()] == ["runbook.pdf"]


def test_without_pikepdf_one_process_prints_the_same_pages(
    tmp_path: Path, monkeypatch, capsys, pdftotext
) -> None:
    """pikepdf is optional (the ``fastpdf`` extra): without it the PDF is the same, only slower."""
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "1")
    one = tmp_path / "one.pdf"
    pages_one = write_pdf(demo_plan(), one, generated=WHEN)
    monkeypatch.setitem(sys.modules, "pikepdf", None)  # import pikepdf fails
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "2")
    alone = tmp_path / "alone.pdf"
    assert write_pdf(demo_plan(), alone, generated=WHEN) == pages_one
    assert page_texts(pdftotext, alone) == page_texts(pdftotext, one)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone.pdf", "one.pdf"]
    assert "one process (pikepdf, which joins the two halves, is missing)" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("stop_at", ["layout", "paint"])
def test_a_progress_that_cancels_stops_the_printing_and_leaves_no_file(
    tmp_path: Path, monkeypatch, capsys, processes: str, stop_at: str
) -> None:
    """The app's Cancel: the printing stops (it is not retried in one process) and the
    old file and the folder are as they were."""
    from cmplanner.render.pdf import PrintCancelled

    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", processes)
    out = tmp_path / "runbook.pdf"
    out.write_bytes(b"the previous runbook")
    heard: list[tuple[str, int, int]] = []

    def progress(stage: str, done: int, total: int) -> None:
        heard.append((stage, done, total))
        if stage == stop_at and done >= 2:
            raise PrintCancelled

    with pytest.raises(PrintCancelled):
        write_pdf(demo_plan(), out, generated=WHEN, progress=progress)
    assert out.read_bytes() == b"the previous runbook"
    assert [p.name for p in tmp_path.iterdir()] == ["runbook.pdf"]
    assert "one process" not in capsys.readouterr().err
    assert heard[-1][0] == stop_at


def test_progress_counts_every_chunk_and_page(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CMPLANNER_PDF_PROCESSES", "1")
    heard: list[tuple[str, int, int]] = []
    pages = write_pdf(
        demo_plan(), tmp_path / "r.pdf", generated=WHEN, progress=lambda *a: heard.append(a)
    )
    layout = [h for h in heard if h[0] == "layout"]
    paint = [h for h in heard if h[0] == "paint"]
    assert layout[0][1] == 0 and layout[-1][1] == layout[-1][2] > 10
    assert [d for _s, d, _t in paint] == list(range(pages + 1))
    assert heard.index(layout[-1]) < heard.index(paint[0])  # laid out, then painted
