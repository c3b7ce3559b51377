"""The runbook printed through Qt's own text layout: PDF files and the GUI's print preview.

No browser is involved: the runbook's HTML template (``target="qt"``) is laid out with
QTextDocument directly on the printer, and every page gets a running header (plan, site
version, generation date) and a footer with the page number. Works without a display: when
no Qt application runs and there is no display, the offscreen platform is chosen.

A runbook of a large plan runs to a thousand pages, and QTextDocument slows down more than
linearly with one huge document, so the template marks chunks (a checklist, 25 table rows
with their header repeated) and each chunk is laid out on its own, flowing on from where the
previous one ended.
"""

from __future__ import annotations

import errno
import gc
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmplanner.errors import InputError
from cmplanner.model.planfile import finish_temporary
from cmplanner.paths import windows_refusal
from cmplanner.runbook.marks import CHUNK_MARK, CONT_MARK, PAGE_MARK

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan

MARGINS_MM = (14.0, 20.0, 14.0, 16.0)  # left, top, right, bottom; header and footer sit in them
_TAG = re.compile(r"<[^>]*>")
_THEAD = re.compile(r"<thead>.*?</thead>", re.DOTALL)
_FIGURE_SRC = re.compile(r'<img class="figure" src="([^"]+)"')
_TABLE_HEAD = re.compile(r"<table[^>]*>\s*<thead>.*?</thead>", re.DOTALL)
_WIDTH = re.compile(r'<th[^>]*\swidth="([0-9.]+%)"')
_ROW = re.compile(r"<tr>.*?</tr>", re.DOTALL)
_CELL = re.compile(r"<td(?=[\s>])")
_HEADING_START = re.compile(r"\s*<h[1-6][\s>]")
HEADING_GAP = 10.0  # layout pixels above a heading that follows other text on the page
FIGURE_SCHEME = "cmplanner-figure"
LAYOUT_DPI = 96
DEFAULT_WIDTH = 680.0  # CSS pixels across an A4 page inside the margins

#: told how far printing has come: ``(stage, done, total)``, the stage "layout" (chunks laid
#: out) or "paint" (pages painted), or "wait" (0, 0) while waiting for the second process.
#: It may raise to stop the printing (the app's Cancel); the output is then removed.
Progress = Callable[[str, int, int], None]


def no_progress(stage: str, done: int, total: int) -> None:
    """The default :data:`Progress`: nobody is watching."""


class PrintCancelled(Exception):
    """Raised by a :data:`Progress` to stop the printing: the user cancelled it."""


def _figure_name(key: str, svg: str) -> str:
    return f"{FIGURE_SCHEME}:{key}"


def _figure_images(figures: dict[str, str] | None) -> dict[str, Any]:
    """Each SVG figure drawn once into an image (at most 1600 pixels wide)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    images = {}
    for key, svg in (figures or {}).items():
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        if not renderer.isValid():
            continue
        size = renderer.defaultSize()
        scale = min(2.0, 1600 / max(1, size.width()))
        image = QImage(
            max(1, int(size.width() * scale)),
            max(1, int(size.height() * scale)),
            QImage.Format.Format_ARGB32,
        )
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        images[_figure_name(key, svg)] = image
    return images


@dataclass
class _Placed:
    """A slice of a laid-out chunk, ``start`` to ``end`` in its own coordinates, painted on
    page ``page`` at height ``top``."""

    doc: Any
    page: int
    top: float
    start: float
    end: float


@dataclass(frozen=True)
class PageGeometry:
    """Where the runbook goes on a page: ``body`` and ``full`` in device pixels, ``mm``
    device pixels per millimetre, ``scale`` from layout to device pixels, and ``page`` the
    body's size in layout pixels."""

    body: Any
    full: Any
    mm: float
    scale: float
    page: Any


def pages_of(section: list[_Placed]) -> int:
    """How many pages a placed section fills."""
    return section[-1].page + 1 if section else 0


def numbering(counts: list[int]) -> tuple[list[int], int]:
    """The first page of each section (from 0) and the page total (at least 1)."""
    firsts, running = [], 0
    for count in counts:
        firsts.append(running)
        running += count
    return firsts, max(running, 1)


class RunbookPrintout:
    """A runbook ready to paint on any paged device: a QPdfWriter or the GUI's QPrinter."""

    def __init__(
        self,
        plan: Plan,
        sections: list[str] | None = None,
        figures: dict[str, str] | None = None,
        generated: datetime | None = None,
    ) -> None:
        from cmplanner.render.qtapp import ensure_app

        ensure_app()
        from cmplanner.runbook.context import runbook_meta
        from cmplanner.runbook.environment import make_environment
        from cmplanner.runbook.render import render_text

        generated = generated or datetime.now()
        self.html = render_text(
            plan,
            "runbook/runbook.html.j2",
            target="qt",
            sections=sections,
            figures=figures,
            figure_src=_figure_name,
            generated=generated,
        )
        env = make_environment()
        css = env.loader.get_source(env, "runbook/qt.css")[0]  # type: ignore[union-attr]
        # Qt's rich text has no <bdi> (it lays out each paragraph's directions itself) and
        # spends a tenth of the layout time on the unknown tags: the print goes without.
        printed = self.html.replace("<bdi>", "").replace("</bdi>", "")
        parts = [
            _joined([c for c in part.split(CHUNK_MARK) if _worth_a_chunk(c)])
            for part in printed.split(PAGE_MARK)
        ]
        self._setup(runbook_meta(plan, generated), css, figures or {}, parts)

    @classmethod
    def from_parts(
        cls, meta: dict[str, str], css: str, figures: dict[str, str], parts: list[list[str]]
    ) -> RunbookPrintout:
        """A printout of already rendered sections (the PDF worker process prints some)."""
        from cmplanner.render.qtapp import ensure_app

        ensure_app()
        printout = cls.__new__(cls)
        printout.html = ""
        printout._setup(meta, css, figures, parts)
        return printout

    def _setup(
        self, meta: dict[str, str], css: str, figures: dict[str, str], parts: list[list[str]]
    ) -> None:
        from PySide6.QtGui import QImage

        self.meta = meta
        self.css = css
        self.figures = figures
        self.images = _figure_images(figures)
        # Layout happens at 96 dpi (CSS pixels, and three times less work for the fonts
        # than at 300 dpi) with design metrics; painting scales it up to the printer.
        self._layout_device = QImage(8, 8, QImage.Format.Format_RGB32)
        dots_per_meter = round(LAYOUT_DPI / 0.0254)
        self._layout_device.setDotsPerMeterX(dots_per_meter)
        self._layout_device.setDotsPerMeterY(dots_per_meter)
        self._heads: dict[str, Any] = {}
        self._max_figure_height = DEFAULT_WIDTH * 1.2
        #: the sections, each a list of chunks; every section starts on a new page
        self.parts = parts

    def document(self, html: str | None = None, width: float | None = None) -> Any:
        """A QTextDocument of ``html`` (the whole runbook when None), styled for print;
        with ``width``, laid out at 96 dpi for that width. Everything that changes the
        layout is set before the HTML, so the text is laid out once, not once per setting."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QFont, QTextDocument, QTextOption

        doc = QTextDocument()
        if width is not None:
            doc.documentLayout().setPaintDevice(self._layout_device)
            doc.setDocumentMargin(0)
            doc.setTextWidth(width)
        doc.setDefaultStyleSheet(self.css)
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(8.5)
        # No ligatures: "Office" must stay searchable and copyable as typed, not as "Oﬃce".
        font.setFeature(QFont.Tag("liga"), 0)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setUseDesignMetrics(True)  # laid out at 96 dpi, printed at 300: no rounding
        doc.setDefaultTextOption(option)
        for name, image in self.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        html = self.html if html is None else html
        if self.images:
            html = self._fit_figures(html, width or DEFAULT_WIDTH)
        doc.setHtml(html)
        return doc

    def paint(self, device: Any, progress: Progress = no_progress) -> int:
        """Lay the runbook out on ``device`` and paint every page; returns the page count.
        The paper size is the device's own (what the user chose in the print dialog)."""
        geometry = self.geometry(device)
        sections = self.flow(geometry, progress)
        firsts, total = numbering([pages_of(s) for s in sections])
        self.paint_placed(device, geometry, sections, firsts, total, progress)
        return total

    def geometry(self, device: Any) -> PageGeometry:
        """The printable body of ``device``'s pages, in device pixels and in layout pixels."""
        from PySide6.QtCore import QMarginsF, QRectF, QSizeF
        from PySide6.QtGui import QPageLayout

        left, top, right, bottom = MARGINS_MM
        if hasattr(device, "setFullPage"):
            device.setFullPage(True)  # QPrinter: coordinates from the paper's corner
        device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiY()
        full = device.pageLayout().fullRectPixels(dpi)
        mm = dpi / 25.4
        body = QRectF(
            left * mm,
            top * mm,
            full.width() - (left + right) * mm,
            full.height() - (top + bottom) * mm,
        )
        scale = dpi / LAYOUT_DPI
        self._max_figure_height = body.height() / scale * 0.85
        return PageGeometry(
            body, full, mm, scale, QSizeF(body.width() / scale, body.height() / scale)
        )

    def flow(self, geometry: PageGeometry, progress: Progress = no_progress) -> list[list[_Placed]]:
        """Each section laid out and placed on pages of its own, counted from 0 in each."""
        total = sum(len(part) for part in self.parts)
        done = [0]

        def chunk_done() -> None:
            done[0] += 1
            progress("layout", done[0], total)

        progress("layout", 0, total)
        return [self._flow_section(part, geometry.page, chunk_done) for part in self.parts]

    def paint_placed(
        self,
        device: Any,
        geometry: PageGeometry,
        sections: list[list[_Placed]],
        firsts: list[int],
        total: int,
        progress: Progress = no_progress,
    ) -> None:
        """Paint the placed sections on ``device`` one after the other, numbering the pages
        of section ``i`` from ``firsts[i]`` + 1 of ``total`` (a worker process prints some
        of the sections, so its first page need not be page 1)."""
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter

        body, full, mm, scale = geometry.body, geometry.full, geometry.mm, geometry.scale
        width = geometry.page.width()
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the printer or PDF file could not be opened for painting")
        mine = sum(pages_of(section) for section in sections)
        try:
            begun = 0  # pages begun on the device
            for section, first in zip(sections, firsts, strict=True):
                base = begun
                for item in section:
                    while begun <= base + item.page:
                        progress("paint", begun, mine)
                        if begun:
                            device.newPage()
                        self._decorate(painter, body, full, mm, first + begun - base, total)
                        begun += 1
                    painter.save()
                    painter.translate(body.left(), body.top())
                    painter.scale(scale, scale)
                    painter.translate(0, item.top - item.start)
                    clip = QRectF(0, item.start, width, item.end - item.start)
                    painter.setClipRect(clip)
                    item.doc.drawContents(painter, clip)
                    painter.restore()
            if not begun:  # nothing to print: one page with its header and footer
                self._decorate(painter, body, full, mm, 0, total)
            progress("paint", mine, mine)
        finally:
            painter.end()

    def _flow_section(
        self, part: list[str], page: Any, chunk_done: Callable[[], None]
    ) -> list[_Placed]:
        """Place each chunk of a section below the previous one, from the top of its first
        page (pages counted from 0). A chunk that does not fit in what is left of the page
        is cut between two table rows (rows are never cut), and the rest goes on the next
        page below the table's header. A chunk with something taller than a page between
        two such cuts (a very long note in one cell) is left to Qt's own pagination, which
        breaks between lines, from the top of a page."""
        placed: list[_Placed] = []
        page_no, used = 0, 0.0
        for html in part:
            chunk_done()
            continued = html.lstrip().startswith(CONT_MARK)
            if used and _HEADING_START.match(html):  # a chunk's own top margin is dropped
                used = min(used + HEADING_GAP, page.height())
            doc = self._laid_out(_without_head(html) if continued else html, page.width())
            height = doc.size().height()
            # rows that continue a table join the rows above on one ruled line
            start = _frame_thickness(doc) if continued else 0.0
            if used + height - start <= page.height():
                placed.append(_Placed(doc, page_no, used, start, height))
                used += height - start
                continue
            cuts = _row_cuts(doc)
            head = self._head(html, page.width())
            room_below_head = page.height() - (head.size().height() if head else 0.0)
            edges = [start, *(c for c in cuts if c > start), height]
            if max(b - a for a, b in pairwise(edges)) > room_below_head:
                page_no, used = self._paginate(placed, html, page, page_no, used)
                continue
            # Every stretch between cuts fits below a header, so each page takes one or more.
            while used + height - start > page.height():
                fitting = [c for c in cuts if start < c <= start + page.height() - used]
                if fitting:
                    placed.append(_Placed(doc, page_no, used, start, fitting[-1]))
                    start = fitting[-1]
                page_no, used = page_no + 1, 0.0
                if start:  # the rows go on below their table's header (a chunk moved
                    # whole to the next page brings its own)
                    used = self._place_head(placed, html, page, page_no, height - start)
            placed.append(_Placed(doc, page_no, used, start, height))
            used += height - start
        return placed

    def _paginate(
        self, placed: list[_Placed], html: str, page: Any, page_no: int, used: float
    ) -> tuple[int, float]:
        """Lay a chunk out on pages of its own with Qt's pagination (it repeats a table's
        header and breaks between lines), from the next free page; returns the page and
        the height used on it after the chunk."""
        if used:
            page_no += 1
        doc = self._laid_out(html, page.width())
        doc.setPageSize(page)
        pages = doc.pageCount()
        for i in range(pages):
            placed.append(
                _Placed(
                    doc,
                    page_no + i,
                    0.0,
                    i * page.height(),
                    min((i + 1) * page.height(), doc.size().height()),
                )
            )
        last = doc.size().height() - (pages - 1) * page.height()
        return page_no + pages - 1, last

    def _place_head(
        self, placed: list[_Placed], html: str, page: Any, page_no: int, rest: float
    ) -> float:
        """Repeat a table's header at the top of a page it continues on; the height used."""
        head = self._head(html, page.width())
        if head is None:
            return 0.0
        height = float(head.size().height())
        if height + min(rest, page.height() / 4) > page.height():
            return 0.0
        placed.append(_Placed(head, page_no, 0.0, 0.0, height))
        return height

    def _fit_figures(self, html: str, width: float) -> str:
        """Give each figure a size that fits the page (the image keeps its resolution)."""

        def sized(match: re.Match[str]) -> str:
            image = self.images.get(match.group(1))
            if image is None or image.width() <= 0:
                return match.group(0)
            scale = min(
                width / image.width(),
                self._max_figure_height / image.height(),
                1.0 if image.width() <= width else width / image.width(),
            )
            return (
                f'{match.group(0)} width="{int(image.width() * scale)}" '
                f'height="{int(image.height() * scale)}"'
            )

        return _FIGURE_SRC.sub(sized, html)

    def _laid_out(self, html: str, width: float) -> Any:
        return self.document(html, width)

    def _head(self, html: str, width: float) -> Any | None:
        """A continued table's header row alone, laid out once per kind of table."""
        match = _TABLE_HEAD.search(html)
        if match is None:
            return None
        key = match.group(0)
        if key not in self._heads:
            self._heads[key] = self._laid_out(_flush(key) + "<tbody></tbody></table>", width)
        return self._heads[key]

    def _decorate(
        self, painter: Any, body: Any, full: Any, mm: float, page: int, total: int
    ) -> None:
        """The running header and footer of one page."""
        from PySide6.QtCore import QPointF, QRectF, Qt
        from PySide6.QtGui import QFont, QFontMetricsF, QPen

        meta = self.meta  # the footer's words come in the runbook's language
        small = QFont("DejaVu Sans")
        small.setPointSizeF(7.5)
        small.setFeature(QFont.Tag("liga"), 0)
        metrics = QFontMetricsF(small)
        generated = meta["generated_on"].format(date=meta["generated"])
        header = metrics.elidedText(
            f"{meta['plan_name']} · ConfigMgr 2007 {meta['site_version']} · "
            f"{meta['site_word']} {meta['site_code']}",
            Qt.TextElideMode.ElideRight,
            body.width() - metrics.horizontalAdvance(generated) - 4 * mm,
        )
        painter.save()
        painter.setFont(small)
        painter.setPen(QPen(Qt.GlobalColor.darkGray))
        head = QRectF(body.left(), body.top() - 11 * mm, body.width(), 6 * mm)
        bottom_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        bottom_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        painter.drawText(head, bottom_left, header)
        painter.drawText(head, bottom_right, generated)
        y = head.bottom() + 1 * mm
        painter.drawLine(QPointF(head.left(), y), QPointF(head.right(), y))
        foot = QRectF(head.left(), body.bottom() + 5 * mm, body.width(), 6 * mm)
        top_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        painter.drawText(foot, top_left, meta["generator"])
        painter.drawText(
            foot,
            top_right,
            meta["page_of"].format(page=page + 1, pages=total),
        )
        painter.restore()


def _tables(doc: Any) -> list[Any]:
    from PySide6.QtGui import QTextTable

    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _row_cuts(doc: Any) -> list[float]:
    """Where a laid-out chunk may be cut: just below the ruled line above each table row
    after the header and the first body row, and not below a row that spans the table (so
    a heading never ends a page alone), in ascending order. The line stays with the rows
    above as their bottom rule."""
    layout = doc.documentLayout()
    cuts = []
    for table in _tables(doc):
        fmt = table.format()
        columns = table.columns()
        for row in range(fmt.headerRowCount() + 1, table.rows()):
            if columns > 1 and table.cellAt(row - 1, 0).columnSpan() == columns:
                continue  # a heading row across the table (a checklist phase) stays with
                # the row below it
            block = table.cellAt(row, 0).firstCursorPosition().block()
            cuts.append(layout.blockBoundingRect(block).top() - fmt.cellPadding())
    return sorted(cuts)


def _frame_thickness(doc: Any) -> float:
    """How far a table chunk's top rule reaches (table border plus cell border): a chunk
    placed below the rows of the same table starts below it, so their rules do not double."""
    tables = _tables(doc)
    return 2 * tables[0].format().border() if tables else 0.0


def _without_head(html: str) -> str:
    """A continued table's chunk without its header row, for when it follows on the same
    page right below the rows before it. The header's column widths move to the first full
    row, so the columns line up with the rows above."""
    head = _THEAD.search(html)
    if head is None:
        return html
    widths = _WIDTH.findall(head.group(0))
    rest = html[head.end() :]
    for row in _ROW.finditer(rest):
        cells = _CELL.findall(row.group(0))
        if len(cells) == len(widths):
            parts = _CELL.split(row.group(0))
            new_row = parts[0] + "".join(
                f'<td width="{w}"{rest_of_cell}'
                for w, rest_of_cell in zip(widths, parts[1:], strict=True)
            )
            rest = rest[: row.start()] + new_row + rest[row.end() :]
            break
    return _flush(html[: head.start()]) + rest


def _flush(html: str) -> str:
    """The chunk's table without its outer vertical margin, so that a header and the rows
    that continue below it join up."""
    return html.replace("<table ", '<table style="margin-top: 0px; margin-bottom: 0px" ', 1)


def _joined(chunks: list[str]) -> list[str]:
    """A chunk whose table goes on in the next chunk loses the table's bottom margin, so the
    rows that follow join it without a gap."""
    for i in range(len(chunks) - 1):
        if chunks[i + 1].lstrip().startswith(CONT_MARK):
            at = chunks[i].rfind("<table ")
            if at >= 0 and not chunks[i].startswith("<table style=", at):
                chunks[i] = (
                    chunks[i][:at]
                    + '<table style="margin-bottom: 0px" '
                    + chunks[i][at + len("<table ") :]
                )
    return chunks


def _worth_a_chunk(html: str) -> bool:
    """A chunk that would print something (text or an image), not just closing tags."""
    return "<img" in html or bool(_TAG.sub("", html).strip())


def print_runbook(
    printer: Any,
    plan: Plan,
    sections: list[str] | None = None,
    figures: dict[str, str] | None = None,
) -> int:
    """Print the runbook on a QPrinter; the GUI's QPrintPreviewDialog connects this to
    ``paintRequested``. Returns the number of pages."""
    return RunbookPrintout(plan, sections, figures).paint(printer)


def pdf_writer(path: Path, title: str, creator: str) -> Any:
    """An A4 QPdfWriter at 300 dpi writing ``path``."""
    from PySide6.QtGui import QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    writer.setCreator(creator)
    return writer


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_AT = re.compile(rb"xref|\d+\s+\d+\s+obj")


def check_complete_pdf(path: Path) -> None:
    """Sync ``path`` to disk and check that it is a whole PDF: it ends with ``%%EOF`` after a
    ``startxref`` pointing at its cross-reference table. Qt's PDF writer does not notice a
    full disk; it carries on and leaves a file cut short, which this refuses
    (:class:`OSError` ENOSPC)."""
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - 1024))
        found = _STARTXREF.search(handle.read())
        if found is not None and int(found[1]) < size:
            handle.seek(int(found[1]))
            if _XREF_AT.match(handle.read(32)):
                return
    raise OSError(errno.ENOSPC, "it came out incomplete (is the disk full?)")


@contextmanager
def _objects_so_far_frozen() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off the objects that already exist (the plan
    above all) while a runbook is printed: they outlive the printing, and a full collection
    would walk every one of them again (the 100,000-boundary plan's 350,000 objects: 0.4 s of
    its PDF). New objects are collected as usual. A caller that froze objects itself keeps
    its own arrangement."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def write_pdf(
    plan: Plan,
    path: str | Path,
    sections: list[str] | None = None,
    figures: dict[str, str] | None = None,
    generated: datetime | None = None,
    progress: Progress = no_progress,
) -> int:
    """Write the runbook as a PDF file, atomically: on any failure nothing is left behind
    and an existing file at ``path`` is untouched. Returns the number of pages.
    ``progress`` is told how far it has come, and may raise to stop it.

    A large runbook is printed by two processes at once (see
    :mod:`cmplanner.render.pdf_parallel`); a small one, or a machine with one processor,
    prints in this process."""
    with pdf_written(path) as tmp, _objects_so_far_frozen():
        from cmplanner.render.pdf_parallel import PdfWorker, worth_a_worker

        worker = PdfWorker() if worth_a_worker(plan, sections) else None
        try:
            printout = RunbookPrintout(plan, sections, figures, generated)
            title = f"Runbook: {plan.name}"
            pages = worker.print(printout, tmp, title, progress) if worker is not None else None
            if pages is None:
                writer = pdf_writer(tmp, title, printout.meta["generator"])
                pages = printout.paint(writer, progress)
                del writer  # flushes and closes the file
        finally:
            if worker is not None:
                worker.close()
    return pages


@contextmanager
def pdf_written(path: str | Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to print a PDF into. When the caller is done it is
    checked whole (``check_complete_pdf``) and renamed over ``path``; on any failure
    ``path`` keeps its old content, the temporary file is removed and an OSError becomes
    one :class:`InputError`. Every PDF the program writes goes through here."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    refused = windows_refusal(path.name)
    if refused:
        raise InputError(path, refused)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(path, f"cannot write here: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if tmp.stat().st_size == 0:
            raise InputError(path, "the PDF came out empty")
        check_complete_pdf(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # a normal file, not the temporary file's 0600
        finish_temporary(tmp, path, None, keep_backup=False)
    except OSError as exc:
        raise InputError(path, f"cannot write the PDF: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
