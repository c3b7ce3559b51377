"""A text file in no log format (a Windows Installer log, a script's output): one entry a line.

CMTrace shows such a file line by line and marks a line as an error or a warning by its words;
so does this reader. Windows Installer's verbose log (client.msi.log) gives each line a time
(``MSI (s) (C4:B8) [09:15:04:123]: ...``) and its first line the date (``=== Verbose logging
started: 3/14/2010  9:15:03 ...``); those are read, as local times.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from cmplanner.logs.entry import LogEntry

_HEADER = re.compile(
    r"=== (?:Verbose )?[Ll]ogging (?:started|stopped): (\d{1,2})/(\d{1,2})/(\d{4})\s+"
    r"(\d{1,2}):(\d{2}):(\d{2})"
)
_MSI_TIME = re.compile(r"^MSI \([cs]\) \([0-9A-Fa-f:]+\) \[(\d{2}):(\d{2}):(\d{2}):(\d{3})\]")
_ACTION_TIME = re.compile(r"^Action (?:start|ended) (\d{1,2}):(\d{2}):(\d{2}):")
_ERROR_WORDS = re.compile(r"error|fail|return value 3\b", re.IGNORECASE)
_WARNING_WORDS = re.compile(r"warn", re.IGNORECASE)
# Words that name errors without reporting one: a count of none ("0 errors", "errors: 0",
# "no failures", "without errors") and switches ("continue_on_error", "-ErrorAction",
# "/continueOnError:"). CMTrace marks these lines red too; a report that calls a clean run
# failed is worse than its colouring, so they are taken out before the words are read.
_NONE_OF = r"(?:errors?|failures?|failed|warnings?)"
_NO_TROUBLE = re.compile(
    rf"\b(?:0|no|zero)\s+{_NONE_OF}\b|\b{_NONE_OF}\s*[:=]\s*0\b(?![.,]?\d)"
    rf"|\bwithout\s+(?:any\s+)?{_NONE_OF}\b|continue_?on_?error|erroraction|on_?error\b",
    re.IGNORECASE,
)
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
MARKERS = ("<![LOG[", "$$<")


def looks_plain(sample: str) -> bool:
    """Text with neither CMTrace nor SMS markers, and not binary noise."""
    if any(marker in sample for marker in MARKERS):
        return False
    head = sample[:65536]
    start = head.lstrip("\ufeff \t\r\n")
    if not start or MARKERS[0].startswith(start[:7]):
        return False  # empty, or a CMTrace log cut inside its first marker
    return len(_NOT_TEXT.findall(head)) * 100 <= len(head)


def severity_of(text: str) -> str:
    """CMTrace's reading of a line without a type: its words make it an error or a warning
    (except words that report none, ``_NO_TROUBLE``)."""
    if _NO_TROUBLE.search(text):
        text = _NO_TROUBLE.sub(" ", text)
    if _ERROR_WORDS.search(text):
        return "3"
    if _WARNING_WORDS.search(text):
        return "2"
    return "1"


class PlainLines:
    """Lines to entries, carrying the Windows Installer date and time from line to line."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._day: date | None = None
        self._last: datetime | None = None

    def entry(self, line_no: int, text: str) -> LogEntry | None:
        message = text.rstrip()
        if not message.strip():
            return None
        local = self._time(message)
        time_text = local.strftime("%H:%M:%S.%f")[:12] if local else ""
        date_text = local.strftime("%m-%d-%Y") if local else ""
        return LogEntry.build(
            self.source,
            line_no,
            message,
            time_text,
            date_text,
            "",
            "",
            severity_of(message),
            "",
            "",
            "text",
            local=local,
            bias=None,
        )

    def _time(self, message: str) -> datetime | None:
        m = _HEADER.search(message)
        if m is not None:
            month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            try:
                self._day = date(year, month, day)
                self._last = datetime(
                    year, month, day, int(m.group(4)), int(m.group(5)), int(m.group(6))
                )
            except ValueError:
                return self._last
            return self._last
        m = _MSI_TIME.match(message) or _ACTION_TIME.match(message)
        if m is None or self._day is None:
            return self._last
        hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3))
        milli = int(m.group(4)) if m.lastindex and m.lastindex >= 4 else 0
        if hour > 23 or minute > 59 or second > 59:
            return self._last
        when = datetime.combine(self._day, datetime.min.time()).replace(
            hour=hour, minute=minute, second=second, microsecond=milli * 1000
        )
        if self._last is not None and when < self._last - timedelta(hours=1):
            # past midnight: the installer's times start again from 00:00
            try:
                self._day += timedelta(days=1)
                when += timedelta(days=1)
            except OverflowError:
                return self._last
        self._last = when
        return when
