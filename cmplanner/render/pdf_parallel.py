"""A large runbook printed by two processes at once, then joined into one PDF.

Laying out and painting with Qt holds Python's lock, so threads do not help; a second
process does. The runbook's sections are shared out between the two by weight. Each process
lays out its sections, their page counts give every page its number ("page 12 of 640"),
each paints its pages to a file of its own, and pikepdf puts the pages together in the
runbook's order. Every section starts on a new page, so sharing them out moves nothing.
If the worker cannot start or fails, or pikepdf is missing, :meth:`PdfWorker.print` returns
None and the caller prints the whole runbook alone, as it does for a small one.

``CMPLANNER_PDF_PROCESSES=1`` always prints in one process; ``=2`` splits even a small
runbook (the tests use it).

The worker is started with multiprocessing's "spawn", which imports the caller's main
script again in the new process: a script that prints a large runbook must keep its work
under ``if __name__ == "__main__":`` (the ``cmplanner`` command and the app do).
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan
    from cmplanner.render.pdf import Progress, RunbookPrintout

# Below this many layout chunks (a plan of a few dozen DPs) a second process costs more to
# start (about 0.3 s) than it saves.
MIN_CHUNKS = 300
MIN_ROWS = 1500  # the same judged from the plan: DPs, boundaries, groups, steps
READY_TIMEOUT_S = 60.0  # for the worker to start Python and Qt


class _WorkerFailed(Exception):
    """The worker process stopped or reported an error: print in one process instead."""


@dataclass(frozen=True)
class _Job:
    """What the worker prints: rendered sections, styled and headed like the rest."""

    meta: dict[str, str]
    css: str
    figures: dict[str, str]
    parts: list[list[str]]
    out: str
    title: str


def _setting() -> int | None:
    value = os.environ.get("CMPLANNER_PDF_PROCESSES", "").strip()
    return int(value) if value in {"1", "2"} else None


def processes_wanted(parts: list[list[str]]) -> int:
    """How many processes should print these sections: 2 for a large runbook on a machine
    with two or more processors, else 1."""
    setting = _setting()
    if setting is not None:
        return setting if len(parts) > 1 else 1
    if (os.cpu_count() or 1) < 2 or len(parts) < 2:
        return 1
    return 2 if sum(len(part) for part in parts) >= MIN_CHUNKS else 1


def worth_a_worker(plan: Plan, sections: list[str] | None = None) -> bool:
    """Whether the runbook of ``plan`` (its ``sections``, all when None) will be large enough
    to print with two processes, judged before it is rendered, so that the worker can start
    while it is: roughly, the table rows the sections will print."""
    setting = _setting()
    if setting is not None:
        return setting == 2
    if (os.cpu_count() or 1) < 2:
        return False
    return estimated_rows(plan, sections) >= MIN_ROWS


def estimated_rows(plan: Plan, sections: list[str] | None = None) -> int:
    """Roughly the table rows the runbook's ``sections`` (all when None) will print, judged
    from the plan without rendering it."""
    wanted = set(sections or SECTION_ROWS)
    return sum(count(plan) for name, count in SECTION_ROWS.items() if name in wanted)


SECTION_ROWS: dict[str, Callable[[Plan], int]] = {
    "dp-design": lambda plan: 2 * len(plan.distribution_points),
    "locality": lambda plan: len(plan.boundaries),
    "dp-groups": lambda plan: sum(10 + 2 * len(g.members) for g in plan.dp_groups),
    "task-sequences": lambda plan: sum(_nodes(ts.steps) for ts in plan.task_sequences),
    "checklists": lambda plan: len(plan.distribution_points),
}


def _nodes(steps: list[Any]) -> int:
    return sum(1 + _nodes(getattr(node, "children", [])) for node in steps)


def _weight(part: list[str]) -> int:
    """Printing cost of a section, roughly: its HTML, and each table cell as much as 45
    characters of it more (fitted to the 1,000-DP benchmark plan's sections: about 1.9 ms
    per kilobyte and 0.09 ms per cell, layout and painting together)."""
    return sum(len(chunk) + 45 * chunk.count("<td") for chunk in part)


def assign(parts: list[list[str]]) -> tuple[list[int], list[int]]:
    """Which sections this process prints and which the worker does, in document order:
    the heaviest first, each to the side with less so far (at least one on each side)."""
    weights = [_weight(part) for part in parts]
    mine: list[int] = []
    theirs: list[int] = []
    load = [0, 0]
    for index in sorted(range(len(parts)), key=lambda i: -weights[i]):
        side = 0 if load[0] <= load[1] else 1
        (mine if side == 0 else theirs).append(index)
        load[side] += weights[index]
    if not theirs:
        theirs.append(mine.pop())
    return sorted(mine), sorted(theirs)


def _temp_file(near: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{near.name}.", suffix=suffix, dir=near.parent)
    os.close(fd)
    return Path(name)


DISK_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


class PdfWorker:
    """The second printing process. It is started before the runbook is rendered, so that
    its own start (a new Python with Qt, half a second) overlaps the rendering; then it is
    given its sections, or told to stop when the runbook is small after all."""

    def __init__(self) -> None:
        self.started = False
        try:
            context = multiprocessing.get_context("spawn")  # never fork a process with Qt
            self._conn, child_conn = context.Pipe()
            self._process = context.Process(
                target=work, args=(child_conn,), daemon=True, name="cmplanner-pdf"
            )
            try:
                self._process.start()
                self.started = True
            finally:
                child_conn.close()
        except (OSError, RuntimeError, ValueError):  # no process to be had (RuntimeError:
            pass  # called from an unguarded script); this process prints alone

    def print(
        self,
        printout: RunbookPrintout,
        out: Path,
        title: str,
        progress: Progress | None = None,
    ) -> int | None:
        """Print ``printout`` to the PDF file ``out`` together with the worker; the page
        count, or None when it should be (or had to be) printed in one process. What
        ``progress`` raises (the user cancelled) stops the printing."""
        from cmplanner.render.pdf import PrintCancelled, no_progress

        if processes_wanted(printout.parts) < 2:
            return None
        try:
            if not self.started:
                raise _WorkerFailed("the second process did not start")
            try:
                import pikepdf  # noqa: F401 (only checking it is there)
            except ImportError:
                raise _WorkerFailed("pikepdf, which joins the two halves, is missing") from None
            return self._print_split(printout, out, title, progress or no_progress)
        except PrintCancelled:
            raise
        except OSError as exc:
            if exc.errno in DISK_FULL:  # one process would fail the same way: say it once
                raise
            return self._alone(exc)
        except Exception as exc:  # slower, not wrong: say why and print alone (a real
            # problem, a full disk, fails again there and is reported as usual)
            return self._alone(exc)

    @staticmethod
    def _alone(exc: Exception) -> None:
        reason = str(exc) or type(exc).__name__
        print(f"cmplanner: printing the PDF in one process ({reason})", file=sys.stderr)

    def _print_split(
        self, printout: RunbookPrintout, out: Path, title: str, progress: Progress
    ) -> int:
        from cmplanner.render.pdf import RunbookPrintout, numbering, pages_of, pdf_writer

        parts = printout.parts
        mine, theirs = assign(parts)
        files: list[Path] = []
        try:
            files = [_temp_file(out, ".part1"), _temp_file(out, ".part2")]
            _expect(self._conn, self._process, "ready", READY_TIMEOUT_S, progress)
            _send(
                self._conn,
                _Job(
                    printout.meta,
                    printout.css,
                    printout.figures,
                    [parts[i] for i in theirs],
                    str(files[1]),
                    title,
                ),
            )
            me = RunbookPrintout.from_parts(
                printout.meta, printout.css, printout.figures, [parts[i] for i in mine]
            )
            writer = pdf_writer(files[0], title, printout.meta["generator"])
            geometry = me.geometry(writer)
            began = time.monotonic()
            sections = me.flow(geometry, progress)
            counts = dict(zip(mine, (pages_of(s) for s in sections), strict=True))
            counts.update(
                zip(
                    theirs,
                    _expect(self._conn, self._process, "pages", _patience(began), progress),
                    strict=True,
                )
            )
            firsts, total = numbering([counts[i] for i in range(len(parts))])
            _send(self._conn, ([firsts[i] for i in theirs], total))
            began = time.monotonic()
            me.paint_placed(writer, geometry, sections, [firsts[i] for i in mine], total, progress)
            del writer  # flushes and closes the file
            _expect(self._conn, self._process, "done", _patience(began), progress)
            from cmplanner.render.pdf import check_complete_pdf

            for file in files:  # a half cut short by a full disk is not joined
                check_complete_pdf(file)
            pieces = []
            for i in range(len(parts)):
                side = mine if i in mine else theirs
                start = sum(counts[j] for j in side if j < i)
                if counts[i]:
                    pieces.append(
                        (files[0] if side is mine else files[1], start, start + counts[i])
                    )
            _join(pieces, out)
            return total
        finally:
            self.close()  # before removing its file: it may still have it open
            for file in files:
                file.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop the worker (it stops by itself once it has printed)."""
        if not self.started:
            return
        self.started = False
        with suppress(OSError, EOFError, ValueError):
            self._conn.send(None)
        self._conn.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)


def _patience(began: float) -> float:
    """How long to wait for the worker to do what this process just did in the time since
    ``began``: ten times as long, and at least a minute."""
    return max(60.0, 10 * (time.monotonic() - began))


def _send(conn: Any, message: Any) -> None:
    try:
        conn.send(message)
    except (EOFError, OSError, ValueError) as exc:  # the worker is gone
        raise _WorkerFailed(str(exc) or "the PDF worker stopped") from None


def _expect(
    conn: Any, worker: Any, kind: str, timeout: float, progress: Progress | None = None
) -> Any:
    """The worker's next message, which must be ``kind``, within ``timeout`` seconds;
    ``progress`` hears "wait" meanwhile (and may stop the waiting)."""
    deadline = time.monotonic() + timeout
    while not conn.poll(0.1):
        if progress is not None:
            progress("wait", 0, 0)
        if not worker.is_alive():
            raise _WorkerFailed("the PDF worker stopped")
        if time.monotonic() > deadline:
            raise _WorkerFailed(f"the PDF worker took more than {timeout:.0f} s")
    try:
        got, value = conn.recv()
    except (EOFError, OSError) as exc:
        raise _WorkerFailed(str(exc) or "the PDF worker stopped") from None
    if got != kind:
        raise _WorkerFailed(str(value))
    return value


def _join(pieces: list[tuple[Path, int, int]], out: Path) -> None:
    """One PDF of the page ranges ``(file, start, stop)`` in order, titled like the first
    file."""
    import pikepdf

    sources: dict[Path, pikepdf.Pdf] = {}
    try:
        joined = pikepdf.Pdf.new()
        for file, start, stop in pieces:
            if file not in sources:
                sources[file] = pikepdf.Pdf.open(file)
            joined.pages.extend(sources[file].pages[start:stop])
        info = sources[pieces[0][0]].docinfo
        for key in ("/Title", "/Creator", "/Producer"):
            if key in info:
                joined.docinfo[key] = info[key]
        joined.save(out)
    finally:
        for source in sources.values():
            source.close()


def work(conn: Any) -> None:
    """The worker process: print the sections it is sent, numbered as it is told."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # it prints; it never shows a window
    try:
        from cmplanner.render.pdf import RunbookPrintout, pages_of, pdf_writer
        from cmplanner.render.qtapp import ensure_app

        ensure_app()
        conn.send(("ready", None))
        job: _Job | None = conn.recv()
        if job is None:
            return

        printout = RunbookPrintout.from_parts(job.meta, job.css, job.figures, job.parts)
        writer = pdf_writer(Path(job.out), job.title, job.meta["generator"])
        geometry = printout.geometry(writer)
        sections = printout.flow(geometry)
        conn.send(("pages", [pages_of(section) for section in sections]))
        firsts, total = conn.recv()
        printout.paint_placed(writer, geometry, sections, firsts, total)
        del writer
        conn.send(("done", None))
    except Exception as exc:  # reported to the parent, which prints alone instead
        with suppress(OSError):
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
