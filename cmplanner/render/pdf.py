"""The runbook printed through Qt's own text layout: PDF files and the GUI's print preview.

No browser is involved: the runbook's HTML template (``target="qt"``) goes into a
QTextDocument laid out on the printer itself, and every page gets a running header (plan,
site version, generation date) and a footer with the page number. Works without a display:
when no Qt application runs and there is no display, the offscreen platform is chosen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from cmplanner.errors import InputError
from cmplanner.model.plan import Plan

MARGINS_MM = (14.0, 20.0, 14.0, 16.0)  # left, top, right, bottom; header and footer sit in them


def _has_display() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_qt_app() -> object:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication(["cmplanner"])


def _figure_name(key: str, svg: str) -> str:
    return f"cmplanner-figure:{key}"


def runbook_document(plan: Plan, sections: list[str] | None = None,
                     figures: dict[str, str] | None = None,
                     generated: datetime | None = None) -> tuple[object, dict[str, str]]:
    """The runbook as a QTextDocument, and the header facts (plan, version, generated) that
    :func:`paint_document` prints on every page."""
    ensure_qt_app()
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtGui import QFont, QImage, QPainter, QTextDocument, QTextOption
    from PySide6.QtSvg import QSvgRenderer

    from cmplanner.runbook.context import runbook_meta
    from cmplanner.runbook.environment import make_environment
    from cmplanner.runbook.render import render_text

    generated = generated or datetime.now()
    html = render_text(plan, "runbook/runbook.html.j2", target="qt", sections=sections,
                       figures=figures, figure_src=_figure_name, generated=generated)
    env = make_environment()
    css = env.loader.get_source(env, "runbook/qt.css")[0]  # type: ignore[union-attr]
    doc = QTextDocument()
    doc.setDefaultStyleSheet(css)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(9.0)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    for key, svg in (figures or {}).items():
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        if not renderer.isValid():
            continue
        size = renderer.defaultSize()
        scale = min(1.0, 640 / max(1, size.width()))
        image = QImage(max(1, int(size.width() * scale)), max(1, int(size.height() * scale)),
                       QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        doc.addResource(QTextDocument.ResourceType.ImageResource,
                        QUrl(_figure_name(key, svg)), image)
    doc.setHtml(html)
    return doc, runbook_meta(plan, generated)


def paint_document(doc: object, device: object, meta: dict[str, str]) -> int:
    """Lay ``doc`` out on a paged device (QPdfWriter, QPrinter) and paint every page with a
    running header and footer. Returns the number of pages."""
    from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen

    left, top, right, bottom = MARGINS_MM
    if hasattr(device, "setFullPage"):
        device.setFullPage(True)  # QPrinter: coordinates from the paper's corner
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # type: ignore[attr-defined]
    device.setPageMargins(QMarginsF(0, 0, 0, 0),  # type: ignore[attr-defined]
                          QPageLayout.Unit.Millimeter)
    dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiY()  # type: ignore[attr-defined]
    full = device.pageLayout().fullRectPixels(dpi)  # type: ignore[attr-defined]
    mm = dpi / 25.4
    body = QRectF(left * mm, top * mm, full.width() - (left + right) * mm,
                  full.height() - (top + bottom) * mm)
    doc.documentLayout().setPaintDevice(device)  # type: ignore[attr-defined]
    doc.setPageSize(QSizeF(body.width(), body.height()))  # type: ignore[attr-defined]
    pages = doc.pageCount()  # type: ignore[attr-defined]
    painter = QPainter()
    if not painter.begin(device):  # type: ignore[arg-type]
        raise OSError("the printer or PDF file could not be opened for painting")
    try:
        small = QFont("DejaVu Sans")
        small.setPointSizeF(7.5)
        metrics = QFontMetricsF(small)
        tr = QCoreApplication.translate
        generated = tr("Runbook", "generated on {date}").format(date=meta["generated"])
        header = metrics.elidedText(
            f"{meta['plan_name']} · ConfigMgr 2007 {meta['site_version']} · "
            f"{tr('Runbook', 'site')} {meta['site_code']}", Qt.TextElideMode.ElideRight,
            body.width() - metrics.horizontalAdvance(generated) - 4 * mm)
        for page in range(pages):
            if page:
                device.newPage()  # type: ignore[attr-defined]
            painter.save()
            painter.translate(body.left(), body.top())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.translate(0, -clip.top())
            painter.setClipRect(clip)
            doc.drawContents(painter, clip)  # type: ignore[attr-defined]
            painter.restore()
            painter.save()
            painter.setFont(small)
            painter.setPen(QPen(Qt.GlobalColor.darkGray))
            head = QRectF(body.left(), (top - 11) * mm, body.width(), 6 * mm)
            painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             header)
            painter.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             generated)
            y = head.bottom() + 1 * mm
            painter.drawLine(QPointF(head.left(), y), QPointF(head.right(), y))
            foot = QRectF(head.left(), full.height() - (bottom - 5) * mm, body.width(), 6 * mm)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             meta["generator"])
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             tr("Runbook", "page {page} of {pages}").format(
                                 page=page + 1, pages=pages))
            painter.restore()
    finally:
        painter.end()
    return int(pages)


def print_runbook(printer: object, plan: Plan, sections: list[str] | None = None,
                  figures: dict[str, str] | None = None) -> int:
    """Print the runbook on a QPrinter (the GUI's print preview connects this to
    ``paintRequested``). Returns the number of pages."""
    doc, meta = runbook_document(plan, sections, figures)
    return paint_document(doc, printer, meta)


def write_pdf(plan: Plan, path: str | Path, sections: list[str] | None = None,
              figures: dict[str, str] | None = None, generated: datetime | None = None) -> int:
    """Write the runbook as a PDF file, atomically: on any failure nothing is left behind
    and an existing file at ``path`` is untouched. Returns the number of pages."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(path, f"cannot write here: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc, meta = runbook_document(plan, sections, figures, generated)
        from PySide6.QtGui import QPdfWriter

        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(f"Runbook: {plan.name}")
        writer.setCreator(meta["generator"])
        try:
            pages = paint_document(doc, writer, meta)
        except OSError as exc:
            raise InputError(path, f"cannot write the PDF: {exc}") from None
        del writer  # flushes and closes the file
        if tmp.stat().st_size == 0:
            raise InputError(path, "the PDF came out empty")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # a normal file, not the temporary file's 0600
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(path, f"cannot write the PDF: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return pages
