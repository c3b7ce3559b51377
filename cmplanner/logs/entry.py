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
_SEVERITY = {"0": 0, "1": 1, "2": 2, "3": 3}
_ZONES: dict[int, timezone] = {}  # one tzinfo per bias, shared by every entry


class LogEntry:
    """A message with its time, component, thread and where it was read from.

    ``local`` is the wall-clock time the log wrote (naive); ``bias`` is the CMTrace time-zone
    bias in minutes (UTC = local time + bias), or None when the log gave none. Both are read
    from the raw ``time_text`` and ``date_text`` on first use. The fields are kept as the one
    tuple the parser matched: building an entry is then three stores, which is what lets the
    parser keep pace with a bare regular-expression pass.
    """

    __slots__ = ("_f", "_when", "line", "source")
    _when: tuple[datetime | None, int | None]
    format = "cmtrace"  # or "sms"; a class attribute, set per entry only when it differs
    torn = False  # an entry cut short (end of file, half a time stamp)

    def __init__(
        self, source: str, line: int, fields: tuple[str, str, str, str, str, str, str, str]
    ) -> None:
        """``fields`` = (message, time, date, component, context, type, thread, file)."""
        self.source = source
        self.line = line
        self._f = fields

    @classmethod
    def build(
        cls,
        source: str,
        line: int,
        message: str,
        time_text: str,
        date_text: str,
        component: str,
        context: str,
        type_: str,
        thread: str,
        file: str,
        format_: str = "cmtrace",
        torn: bool = False,
        local: object = _UNSET,
        bias: int | None = None,
    ) -> LogEntry:
        """An entry from separate fields, for the slower readers (SMS, odd headers)."""
        fields = (message, time_text, date_text, component, context, type_, thread, file)
        if format_ == "cmtrace" and not torn and local is _UNSET:
            return cls(source, line, fields)
        entry = _MarkedEntry(source, line, fields)
        entry.format = format_
        entry.torn = torn
        if isinstance(local, datetime) or local is None:
            entry._when = (local, bias)
        return entry

    @property
    def message(self) -> str:
        text = self._f[0]
        if "\r" in text:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    @property
    def time_text(self) -> str:
        return self._f[1]

    @property
    def date_text(self) -> str:
        return self._f[2]

    @property
    def component(self) -> str:
        return self._f[3]

    @property
    def context(self) -> str:
        return self._f[4]

    @property
    def type(self) -> str:
        return self._f[5]

    @property
    def thread(self) -> str:
        return self._f[6]

    @property
    def file(self) -> str:
        return self._f[7]

    def _read_time(self) -> tuple[datetime | None, int | None]:
        try:
            return self._when
        except AttributeError:
            from cmplanner.logs.timestamps import SHARED_READER

            self._when = SHARED_READER.read(self._f[1], self._f[2])
            return self._when

    @property
    def local(self) -> datetime | None:
        return self._read_time()[0]

    @property
    def bias(self) -> int | None:
        return self._read_time()[1]

    @property
    def severity(self) -> int:
        """0 verbose, 1 info, 2 warning, 3 error; unknown types count as info."""
        return _SEVERITY.get(self._f[5], 1)

    @property
    def severity_name(self) -> str:
        return SEVERITY_NAMES[self.severity]

    @property
    def utc(self) -> datetime | None:
        """The time in UTC (naive), when the log gave a bias."""
        local, bias = self._read_time()
        if local is None or bias is None:
            return None
        try:
            return local + timedelta(minutes=bias)
        except OverflowError:  # the first or last day datetime can hold
            return local

    @property
    def timestamp(self) -> datetime | None:
        """An aware datetime when the bias is known, else the naive local time."""
        local, bias = self._read_time()
        if local is None or bias is None:
            return local
        zone = _ZONES.get(bias)
        if zone is None:
            zone = _ZONES[bias] = timezone(timedelta(minutes=-bias))
        return local.replace(tzinfo=zone)

    @property
    def sort_time(self) -> datetime | None:
        """A naive time comparable across files: UTC when known, else local time."""
        utc = self.utc
        return utc if utc is not None else self.local

    def __repr__(self) -> str:
        return (
            f"LogEntry({self.source!r}, line={self.line}, type={self.type!r}, "
            f"component={self.component!r}, message={self.message[:60]!r})"
        )


class _MarkedEntry(LogEntry):
    """An SMS-format or torn entry: the rare kind that carries its own format and flag."""

    __slots__ = ("format", "torn")  # shadow the class defaults of LogEntry


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
        place = (
            f"line {self.first_line}"
            if self.first_line == self.last_line
            else f"lines {self.first_line}-{self.last_line}"
        )
        text = f"{self.source}: {place}: {self.problem}"
        if self.excerpt:
            text += f": {self.excerpt!r}"
        return text
