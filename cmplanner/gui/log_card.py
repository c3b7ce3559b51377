"""The knowledge-base card: cause, fix, checklist and source of a known error, as HTML.

Links of the form ``checklist:<pack id>`` are caught by the log view and become its
``open_checklist`` signal.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from cmplanner.gui.names import pack_title
from cmplanner.gui.richtext import PASSED_COLOUR, SEVERITY_COLOURS, source_html
from cmplanner.gui.tr import QT_TRANSLATE_NOOP
from cmplanner.logs.analysis import Analysis, PxePlanLink
from cmplanner.logs.codes import explain_code
from cmplanner.logs.kinds import Verdict
from cmplanner.logs.knowledge import KnownError
from cmplanner.logs.report import planned_step_words
from cmplanner.sections import SECTIONS

_COLORS = SEVERITY_COLOURS


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogView", text)


# Every text the card passes to _tr, marked so pyside6-lupdate puts it in the catalogue (it
# reads literal calls only; tests/gui/test_translations.py keeps this list complete).
MARKED = (
    QT_TRANSLATE_NOOP("LogView", "Cause"),
    QT_TRANSLATE_NOOP("LogView", "Fix"),
    QT_TRANSLATE_NOOP("LogView", "Checklists"),
    QT_TRANSLATE_NOOP("LogView", "Runbook section"),
    QT_TRANSLATE_NOOP("LogView", "Versions"),
    QT_TRANSLATE_NOOP("LogView", "Source"),
    QT_TRANSLATE_NOOP("LogView", "Error codes"),
    QT_TRANSLATE_NOOP("LogView", "(no certificate file in the plan)"),
    QT_TRANSLATE_NOOP("LogView", "PXE service point"),
    QT_TRANSLATE_NOOP("LogView", "certificate"),
    QT_TRANSLATE_NOOP("LogView", "Re-import the PXE certificate"),
    QT_TRANSLATE_NOOP("LogView", "failed"),
    QT_TRANSLATE_NOOP("LogView", "succeeded"),
    QT_TRANSLATE_NOOP("LogView", "error lines, no verdict of its own"),
    QT_TRANSLATE_NOOP("LogView", "no verdict and no error lines"),
    QT_TRANSLATE_NOOP("LogView", "No failure found."),
    QT_TRANSLATE_NOOP("LogView", "step %1 '%2'"),
    QT_TRANSLATE_NOOP("LogView", "before the first step"),
    QT_TRANSLATE_NOOP("LogView", "Failed"),
    QT_TRANSLATE_NOOP("LogView", "Planned step"),
    QT_TRANSLATE_NOOP("LogView", "documented"),
    QT_TRANSLATE_NOOP("LogView", "inferred"),
)


def known_error_html(error: KnownError, log_message: str = "") -> str:
    color = _COLORS[error.severity]
    parts = [f"<p><b style='color:{color}'>{escape(error.id)}</b> <b>{escape(error.title)}</b></p>"]
    if log_message:
        parts.append(f"<p><i>{escape(log_message[:500])}</i></p>")
    parts.append(f"<p><b>{_tr('Cause')}:</b> {escape(error.cause)}</p>")
    parts.append(f"<p><b>{_tr('Fix')}:</b> {escape(error.fix)}</p>")
    links = [
        f"<a href='checklist:{escape(c)}'>{escape(pack_title(c))}</a>" for c in error.checklists
    ]
    if links:
        parts.append(f"<p><b>{_tr('Checklists')}:</b> {', '.join(links)}</p>")
    if error.section:
        words = escape(SECTIONS.get(error.section, error.section))  # its title, as printed
        parts.append(f"<p><b>{_tr('Runbook section')}:</b> {words}</p>")
    if error.versions:
        parts.append(f"<p><b>{_tr('Versions')}:</b> {escape(', '.join(error.versions))}</p>")
    confidence = escape(_tr(error.confidence))
    parts.append(f"<p><b>{_tr('Source')}:</b> {source_html(error.source)} ({confidence})</p>")
    return "".join(parts)


def codes_html(codes: list[int]) -> str:
    rows = [f"<li>{escape(explain_code(c).describe())}</li>" for c in codes]
    return f"<p><b>{_tr('Error codes')}:</b></p><ul>{''.join(rows)}</ul>"


# the checklist pack whose link the main window answers with the PXE certificate wizard
PXE_WIZARD_PACK = "pxe-certificate-import"


def pxe_plan_html(link: PxePlanLink) -> str:
    """The plan's PXE service point and certificate behind a PXE failure, and the wizard."""
    cert = escape(link.certificate_file) or _tr("(no certificate file in the plan)")
    text = (
        f"<p><b>{_tr('PXE service point')}:</b> {escape(link.server)}; "
        f"<b>{_tr('certificate')}:</b> {cert}</p>"
    )
    if link.finding is not None:
        text += f"<p>{escape(link.finding.rule)}: {escape(link.finding.title)}</p>"
    return text + (
        f"<p><a href='checklist:{PXE_WIZARD_PACK}'>{_tr('Re-import the PXE certificate')}</a></p>"
    )


def _verdict_html(v: Verdict) -> str:
    color = SEVERITY_COLOURS["error"] if v.failed else PASSED_COLOUR
    outcomes = {
        "failed": _tr("failed"),
        "succeeded": _tr("succeeded"),
        "errors": _tr("error lines, no verdict of its own"),
        "no errors": _tr("no verdict and no error lines"),
    }
    head = f"{escape(v.kind.subject)}: {escape(outcomes.get(v.outcome, v.outcome))}"
    text = f"<p><b style='color:{color}'>{head}</b> ({escape(v.says)})</p>"
    if v.message:
        text += f"<p><i>{escape(v.message[:500])}</i></p>"
    if v.code is not None:
        text += f"<p>{escape(explain_code(v.code).describe())}</p>"
    return text


def summary_html(analysis: Analysis) -> str:
    """What the card shows before anything is selected: the failure and where it maps."""
    parts = [_verdict_html(v) for v in analysis.verdicts]
    f = analysis.failure
    if f is None:
        if not analysis.failed:
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
        parts.append(f"<p><b>{_tr('Planned step')}:</b> {escape(planned_step_words(c))}</p>")
        parts.append(f"<p>{escape(c.advice)}</p>")
        if c.checklist:
            parts.append(
                f"<p><a href='checklist:{escape(c.checklist)}'>"
                f"{escape(pack_title(c.checklist))}</a></p>"
            )
    if analysis.pxe_plan is not None:
        parts.append(pxe_plan_html(analysis.pxe_plan))
    if analysis.known_errors:
        parts.append("<hr>")
        parts.append(
            known_error_html(analysis.known_errors[0].error, analysis.known_errors[0].message)
        )
    return "".join(parts)
