"""The knowledge-base card: cause, fix, checklist and source of a known error, as HTML.

Links of the form ``checklist:<pack id>`` are caught by the log view and become its
``open_checklist`` signal.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from cmplanner.gui.richtext import SEVERITY_COLOURS
from cmplanner.logs.analysis import Analysis
from cmplanner.logs.codes import explain_code
from cmplanner.logs.knowledge import KnownError

_COLORS = SEVERITY_COLOURS


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogView", text)


def _source(text: str) -> str:
    out = []
    for word in text.split(" "):
        if word.startswith(("http://", "https://")):
            url = escape(word.rstrip(".,;)"))
            out.append(f"<a href='{url}'>{url}</a>")
        else:
            out.append(escape(word))
    return " ".join(out)


def known_error_html(error: KnownError, log_message: str = "") -> str:
    color = _COLORS[error.severity]
    parts = [f"<p><b style='color:{color}'>{escape(error.id)}</b> <b>{escape(error.title)}</b></p>"]
    if log_message:
        parts.append(f"<p><i>{escape(log_message[:500])}</i></p>")
    parts.append(f"<p><b>{_tr('Cause')}:</b> {escape(error.cause)}</p>")
    parts.append(f"<p><b>{_tr('Fix')}:</b> {escape(error.fix)}</p>")
    links = [f"<a href='checklist:{escape(c)}'>{escape(c)}</a>" for c in error.checklists]
    if links:
        parts.append(f"<p><b>{_tr('Checklists')}:</b> {', '.join(links)}</p>")
    parts.append(f"<p><b>{_tr('Runbook section')}:</b> {escape(error.section)}</p>")
    if error.versions:
        parts.append(f"<p><b>{_tr('Versions')}:</b> {escape(', '.join(error.versions))}</p>")
    parts.append(
        f"<p><b>{_tr('Source')}:</b> {_source(error.source)} ({escape(_tr(error.confidence))})</p>"
    )
    return "".join(parts)


def codes_html(codes: list[int]) -> str:
    rows = [f"<li>{escape(explain_code(c).describe())}</li>" for c in codes]
    return f"<p><b>{_tr('Error codes')}:</b></p><ul>{''.join(rows)}</ul>"


def summary_html(analysis: Analysis) -> str:
    """What the card shows before anything is selected: the failure and where it maps."""
    parts = []
    f = analysis.failure
    if f is None:
        parts.append(f"<p><b>{_tr('No failure found.')}</b></p>")
    else:
        step = f.instruction
        where = (
            _tr("step %1 '%2'").replace("%1", str(step.number)).replace("%2", step.name)
            if step is not None
            else _tr("before the first step")
        )
        parts.append(
            f"<p><b style='color:{_COLORS['error']}'>{_tr('Failed')}</b> {escape(where)} "
            f"({escape(f.phase)})</p><p><i>{escape(f.message[:500])}</i></p>"
        )
        if f.code is not None:
            parts.append(f"<p>{escape(explain_code(f.code).describe())}</p>")
    c = analysis.correlation
    if c is not None and c.subject:
        parts.append(
            f"<p><b>{_tr('Planned step')}:</b> {escape(c.subject)} "
            f"'{escape(c.planned_name or '')}' ({escape(c.match)})</p>"
        )
        parts.append(f"<p>{escape(c.advice)}</p>")
        if c.checklist:
            parts.append(
                f"<p><a href='checklist:{escape(c.checklist)}'>{escape(c.checklist)}</a></p>"
            )
    if analysis.known_errors:
        parts.append("<hr>")
        parts.append(
            known_error_html(analysis.known_errors[0].error, analysis.known_errors[0].message)
        )
    return "".join(parts)
