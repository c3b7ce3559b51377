"""The change runbook printed to PDF through the same Qt printing as the full runbook.

The change runbook's HTML (``target="qt"``) is cut into sections and chunks exactly as
:class:`~cmplanner.render.pdf.RunbookPrintout` cuts the full runbook, and painted with the
same running header, footer and page numbers. Written atomically: on failure nothing is
left behind and an existing file is untouched.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cmplanner.render.pdf import (
    RunbookPrintout,
    _joined,
    _worth_a_chunk,
    pdf_writer,
    pdf_written,
)
from cmplanner.runbook.marks import CHUNK_MARK, PAGE_MARK

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan
    from cmplanner.plandiff import PlanDiff
    from cmplanner.rules.engine import Validator


def change_printout(
    old: Plan,
    new: Plan,
    generated: datetime | None = None,
    diff: PlanDiff | None = None,
    new_validator: Validator | None = None,
) -> RunbookPrintout:
    from cmplanner.render.qtapp import ensure_app

    ensure_app()
    from cmplanner.runbook.change import render_change_text
    from cmplanner.runbook.context import runbook_meta
    from cmplanner.runbook.environment import make_environment

    generated = generated or datetime.now()
    html = render_change_text(
        old,
        new,
        "html",
        target="qt",
        generated=generated,
        diff=diff,
        new_validator=new_validator,
    )
    env = make_environment()
    css = env.loader.get_source(env, "runbook/qt.css")[0]  # type: ignore[union-attr]
    printed = html.replace("<bdi>", "").replace("</bdi>", "")
    parts = [
        _joined([c for c in part.split(CHUNK_MARK) if _worth_a_chunk(c)])
        for part in printed.split(PAGE_MARK)
    ]
    meta = runbook_meta(new, generated)
    meta["plan_name"] = f"Change: {new.name}"
    printout = RunbookPrintout.from_parts(meta, css, {}, parts)
    printout.html = html
    return printout


def write_change_pdf(
    old: Plan,
    new: Plan,
    path: str | Path,
    generated: datetime | None = None,
    diff: PlanDiff | None = None,
    new_validator: Validator | None = None,
) -> int:
    """Write the change runbook as a PDF; returns the number of pages. ``diff`` and
    ``new_validator``, when the caller has them, are not computed again."""
    with pdf_written(path) as tmp:
        printout = change_printout(old, new, generated, diff, new_validator)
        writer = pdf_writer(tmp, f"Change runbook: {new.name}", printout.meta["generator"])
        pages = printout.paint(writer)
        del writer  # flushes and closes the file
    return pages
