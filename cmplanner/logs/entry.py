"""One log entry and one parse problem: the plain records every reader produces.

``LogEntry`` is a slotted class rather than a dataclass because a 200 MB log holds millions of
them and the parser must keep up with a bare regular-expression pass over the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

# CMTrace ``type`` values: 1 information, 2 warning, 3 error; 0 (verbose) appears too.
SEVERITY_NAMES = {0: "verbose", 1: "info", 2: "warning", 3: "error"}


_UNSET: object = object()


class LogEntry:
    """A message with its time, component, thread and where it was read from.

    ``local`` is the wall-clock time the log wrote (naive); ``bias`` is the CMTrace time-zone
    bias in minutes (UTC = local time + bias), or None when the log gave none. Both are read
    from the raw ``time_text`` and ``date_text`` on first use, which keeps parsing fast.
    """

    __slots__ = ("_bias", "_local", "component", "context", "date_text", "file", "format",
                 "line", "message", "source", "thread", "time_text", "torn", "type")

    def __init__(self, source: str, line: int, message: str, time_text: str, date_text: str,
                 component: str, context: str, type_: str, thread: str, file: str,
                 format_: str = "cmtrace", torn: bool = False, local: object = _UNSET,
                 bias: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        self.time_text = time_text
        self.date_text = date_text
        self.component = component
        self.context = context
        self.type = type_
        self.thread = thread
        self.file = file
        self.format = format_
        self.torn = torn
        self._local = local
        self._bias = bias

    def _read_time(self) -> None:
        from cmplanner.logs.timestamps import SHARED_READER

        self._local, self._bias = SHARED_READER.read(self.time_text, self.date_text)

    @property
    def local(self) -> datetime | None:
        if self._local is _UNSET:
            self._read_time()
        return self._local  # type: ignore[return-value]

    @property
    def bias(self) -> int | None:
        if self._local is _UNSET:
            self._read_time()
        return self._bias

    @property
    def severity(self) -> int:
        """0 verbose, 1 info, 2 warning, 3 error; unknown types count as info."""
        value = self.type
        if value in ("0", "1", "2", "3"):
            return int(value)
        return 1

    @property
    def severity_name(self) -> str:
        return SEVERITY_NAMES[self.severity]

    @property
    def utc(self) -> datetime | None:
        """The time in UTC (naive), when the log gave a bias."""
        if self.local is None or self.bias is None:
            return None
        return self.local + timedelta(minutes=self.bias)

    @property
    def timestamp(self) -> datetime | None:
        """An aware datetime when the bias is known, else the naive local time."""
        if self.local is None:
            return None
        if self.bias is None:
            return self.local
        return self.local.replace(tzinfo=timezone(timedelta(minutes=-self.bias)))

    @property
    def sort_time(self) -> datetime | None:
        """A naive time comparable across files: UTC when known, else local time."""
        utc = self.utc
        return utc if utc is not None else self.local

    def __repr__(self) -> str:
        return (f"LogEntry({self.source!r}, line={self.line}, type={self.type!r}, "
                f"component={self.component!r}, message={self.message[:60]!r})")


@dataclass(slots=True)
class ParseIssue:
    """Lines the parser could not read, or read only in part (a torn entry, a bad date)."""

    source: str
    first_line: int
    last_line: int
    kind: str
    problem: str
    excerpt: str = ""

    def describe(self) -> str:
        place = (f"line {self.first_line}" if self.first_line == self.last_line
                 else f"lines {self.first_line}-{self.last_line}")
        text = f"{self.source}: {place}: {self.problem}"
        if self.excerpt:
            text += f": {self.excerpt!r}"
        return text
