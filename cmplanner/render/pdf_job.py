"""A runbook PDF written by a process of its own, so that the app's window stays free.

Laying out and painting a runbook holds Python's lock for seconds on a large plan (640 pages
take several), so a thread would still freeze the window; a process does not. The app
starts :func:`run` with multiprocessing's "spawn" (never fork a process with Qt), sends it
an :class:`ExportRequest` and reads its messages:

- ``("progress", (stage, done, total))`` now and then (see :data:`~cmplanner.render.pdf.Progress`),
- then one of ``("done", pages)``, ``("error", problem)`` or ``("cancelled", None)``.

Any message from the app means "stop": the printing stops at the next chunk or page and
:func:`~cmplanner.render.pdf.write_pdf` removes what it had written. The file is written with
the very same ``write_pdf`` as ``cmplanner runbook -o x.pdf`` (a large one with its second
printing process), so the app and the command line print the same pages.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

PROGRESS_EVERY_S = 0.05  # at most this often a progress message (the app shows 20 a second)


@dataclass(frozen=True)
class ExportRequest:
    """What to print: the plan as JSON (a snapshot: the user may go on editing), the
    sections (all when None) and the file to write."""

    plan_json: bytes
    sections: list[str] | None
    out: str


class _Reporter:
    """The :data:`~cmplanner.render.pdf.Progress` of the job: reports to the app at most
    every :data:`PROGRESS_EVERY_S`, and stops the printing once the app says anything."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.last_stage = ""
        self.last_sent = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        from cmplanner.render.pdf import PrintCancelled

        if self.conn.poll():
            raise PrintCancelled
        if stage == "wait":
            return
        now = time.monotonic()
        if stage != self.last_stage or done >= total or now - self.last_sent >= PROGRESS_EVERY_S:
            self.conn.send(("progress", (stage, done, total)))
            self.last_stage, self.last_sent = stage, now


def run(conn: Any) -> None:
    """The export process: print the one request it is sent, then end at once: nothing is
    left to clean up (write_pdf has closed its file and its second process), and tearing
    down Qt's thousands of laid-out documents would only keep the app waiting."""
    _serve(conn)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _serve(conn: Any) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # it prints; it never shows a window
    try:
        request: ExportRequest | None = conn.recv()
        if request is None:
            return
        from cmplanner.errors import InputError
        from cmplanner.model.plan import Plan
        from cmplanner.render.pdf import PrintCancelled, write_pdf

        plan = Plan.model_validate_json(request.plan_json)
        reporter = _Reporter(conn)
        try:
            pages = write_pdf(plan, request.out, request.sections, progress=reporter)
        except PrintCancelled:
            conn.send(("cancelled", None))
            return
        except InputError as exc:  # the app names its own file, not this temporary one
            conn.send(("error", exc.problem))
            return
        conn.send(("done", pages))
    except (EOFError, OSError):  # the app is gone or stopped listening: nothing to tell
        pass
    except Exception as exc:  # a bug: told to the app, which shows it, never a hang
        with suppress(EOFError, OSError):
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
