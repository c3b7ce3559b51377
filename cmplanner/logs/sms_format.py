"""The older SMS log format: ``message  $$<component><date time><thread=N (0xN)>``.

Lines are fed one at a time. A message may run over several lines (the lines before the one
that carries the ``$$<`` trailer) and the trailer itself may be wrapped. What cannot become an
entry is returned as unreadable lines, so the caller can report it with its line numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cmplanner.logs.entry import LogEntry
from cmplanner.logs.plain_format import severity_of
from cmplanner.logs.timestamps import parse_sms_datetime

MARK = "$$<"
_TRAILER = re.compile(
    r"(?P<component>[^<>]*)>\s*(?:<(?P<when>[^<>]*)>\s*)?(?:<thread=(?P<thread>[^<>]*)>)?"
    r"(?P<rest>.*)$",
    re.S,
)
_THREAD = re.compile(r"^\s*(\d+)")
MAX_PENDING_LINES = 200
MAX_TRAILER_LINES = 3


@dataclass
class SmsResult:
    entries: list[LogEntry] = field(default_factory=list)
    unreadable: list[tuple[int, int, str]] = field(default_factory=list)  # first, last, text
    bad_dates: list[tuple[int, str]] = field(default_factory=list)


class SmsLines:
    """A small state machine over lines; ``strict`` drops message lines that lead an entry."""

    def __init__(self, source: str, strict: bool = False) -> None:
        self.source = source
        self.strict = strict
        self.pending: list[tuple[int, str]] = []  # message lines waiting for their trailer
        self.trailer: list[tuple[int, str]] = []  # the trailer line(s) being completed

    def feed(self, line_no: int, text: str, out: SmsResult) -> None:
        if self.trailer:
            self.trailer.append((line_no, text))
            if self._try_finish(out, final=False):
                return
            if len(self.trailer) >= MAX_TRAILER_LINES:
                self._give_up(out)
            return
        if MARK in text:
            if self.strict and self.pending:
                self._drop_pending(out)
            self.trailer.append((line_no, text))
            self._try_finish(out, final=False)
            return
        if not text.strip(" \t"):
            if self.pending:
                self.pending.append((line_no, text))
            return
        self.pending.append((line_no, text))
        if len(self.pending) > MAX_PENDING_LINES:
            first = self.pending.pop(0)
            out.unreadable.append((first[0], first[0], first[1]))

    def flush(self, out: SmsResult) -> None:
        """End of a run of SMS lines: a half-read trailer becomes a torn entry."""
        if self.trailer:
            self._try_finish(out, final=True)
        self._drop_pending(out)

    def _drop_pending(self, out: SmsResult) -> None:
        lines = [p for p in self.pending if p[1].strip(" \t")]
        for line_no, text in lines:
            out.unreadable.append((line_no, line_no, text))
        self.pending.clear()

    def _give_up(self, out: SmsResult) -> None:
        for line_no, text in self.pending + self.trailer:
            if text.strip():
                out.unreadable.append((line_no, line_no, text))
        self.pending.clear()
        self.trailer.clear()

    def _try_finish(self, out: SmsResult, final: bool) -> bool:
        joined = "\n".join(t for _, t in self.trailer)
        cut = joined.index(MARK)
        head, tail = joined[:cut], joined[cut + len(MARK) :]
        m = _TRAILER.match(tail)
        complete = m is not None and m.group("thread") is not None
        if not complete and not final:
            return False
        lines = [t for _, t in self.pending] + [head]
        message = "\n".join(line.strip() for line in lines).strip()
        first_line = self.pending[0][0] if self.pending else self.trailer[0][0]
        component = when = thread = ""
        if m is not None:
            component = m.group("component").strip()
            when = (m.group("when") or "").strip()
            rest = m.group("rest").strip()
            if not when and not complete and rest.startswith("<"):
                when = rest[1:].strip()  # a torn time stamp: read what is there
            raw_thread = " ".join((m.group("thread") or "").split())
            t = _THREAD.match(raw_thread)
            thread = t.group(1) if t else raw_thread
        local, bias = parse_sms_datetime(when) if when else (None, None)
        if when and local is None:
            out.bad_dates.append((first_line, when))
        type_ = severity_of(message)  # the SMS format has no type: judge by its words
        entry = LogEntry.build(
            self.source,
            first_line,
            message,
            when,
            "",
            component,
            "",
            type_,
            thread,
            "",
            "sms",
            torn=not complete,
            local=local,
            bias=bias,
        )
        out.entries.append(entry)
        self.pending.clear()
        self.trailer.clear()
        return True
