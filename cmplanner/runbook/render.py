"""Render a plan's runbook as HTML or Markdown text (PDF lives in ``cmplanner.render.pdf``)."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import datetime
from typing import Any

from jinja2 import TemplateError
from markupsafe import Markup

from cmplanner.errors import InputError
from cmplanner.model.plan import Plan
from cmplanner.runbook.context import build_context
from cmplanner.runbook.environment import make_environment
from cmplanner.runbook.marks import CHUNK_MARK, CONT_MARK, PAGE_MARK
from cmplanner.runbook.sections import RunbookFormat, choose_sections

# Qt printing lays a runbook out in chunks (one QTextDocument each): the templates mark where
# a chunk may end, and long tables are cut every ROWS rows with their header repeated.
ROWS = 20
CHECKLIST_ROWS = 3  # checklist rows hold a paragraph each
# A table's border attributes. Qt draws collapsed borders cell by cell, which made printing
# a runbook of 1,000 DPs about twice as slow (``benchmarks/bench_runbook.py``); it prints
# the table's own grid instead, which looks the same on paper.
TABLE_BROWSER = Markup(
    'border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse"'
)
TABLE_QT = Markup('border="1" cellspacing="0" cellpadding="2"')

TEMPLATES = {
    RunbookFormat.HTML: "runbook/runbook.html.j2",
    RunbookFormat.MARKDOWN: "runbook/runbook.md.j2",
}


def svg_data_uri(key: str, svg: str) -> str:
    """An SVG figure as an ``<img>`` source: shown as an image, so no script in it runs."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def render_text(
    plan: Plan,
    template: str,
    *,
    markdown: bool = False,
    target: str = "browser",
    sections: list[str] | None = None,
    figures: dict[str, str] | None = None,
    figure_src: Callable[[str, str], str] = svg_data_uri,
    generated: datetime | None = None,
) -> str:
    """Render one runbook template; template problems (a broken user override) become an
    :class:`InputError` naming the template."""
    chosen = choose_sections(sections)
    context = build_context(plan, chosen, figures, figure_src, generated)
    return render_template(template, context.as_template_vars(), markdown=markdown, target=target)


def render_template(
    template: str, variables: dict[str, Any], *, markdown: bool, target: str = "browser"
) -> str:
    """One runbook template (the plan's or the change runbook's) with the layout values
    every template uses; a template problem (a broken user override) becomes an
    :class:`InputError` naming the template."""
    env = make_environment(markdown=markdown)
    qt = target == "qt"
    try:
        return env.get_template(template).render(
            target=target,
            chunk=Markup(CHUNK_MARK if qt else ""),
            continued=Markup(CHUNK_MARK + CONT_MARK if qt else ""),
            page_break=Markup(PAGE_MARK if qt else ""),
            ROWS=ROWS,
            CHECKLIST_ROWS=CHECKLIST_ROWS,
            TABLE=TABLE_QT if qt else TABLE_BROWSER,
            **variables,
        )
    except TemplateError as exc:
        name = getattr(exc, "filename", None) or getattr(exc, "name", None) or template
        line = getattr(exc, "lineno", None)
        raise InputError(
            name, f"runbook template error: {exc.message or exc}", f"line {line}" if line else None
        ) from None


def render_runbook(
    plan: Plan,
    fmt: RunbookFormat | str,
    sections: list[str] | None = None,
    figures: dict[str, str] | None = None,
    generated: datetime | None = None,
) -> str:
    """The runbook as HTML (one self-contained file) or Markdown. ``figures`` maps a key
    (``topology``, ``locality``...) to SVG text, embedded as an image in its section."""
    fmt = RunbookFormat(fmt)
    if fmt is RunbookFormat.PDF:
        raise ValueError("PDF is binary: use cmplanner.render.pdf.write_pdf")
    return render_text(
        plan,
        TEMPLATES[fmt],
        markdown=fmt is RunbookFormat.MARKDOWN,
        sections=sections,
        figures=figures,
        generated=generated,
    )
