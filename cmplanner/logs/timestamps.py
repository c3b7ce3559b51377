"""CMTrace and SMS time stamps, with the time-zone bias applied the right way round.

CMTrace writes ``time="HH:MM:SS.mmm+BIAS"``. BIAS is the Windows time-zone *bias* in minutes,
defined by ``TIME_ZONE_INFORMATION`` as ``UTC = local time + bias``: a Pacific (UTC-8) machine
writes ``+480``, a Central European (UTC+1) one ``-60``, India (UTC+5:30) ``-330``. Reading
``+480`` as "UTC+08:00" is the classic mistake; it puts a log sixteen hours off.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

_SLOW_TIME = re.compile(r"\s*(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?\s*(?:([+-])\s*(\d+))?\s*$")
# Windows time-zone biases run from -840 (UTC+14) to +720 (UTC-12); anything else is a
# damaged offset, read as "no offset" (the time stays local) and reported.
MIN_BIAS, MAX_BIAS = -840, 720
_OFFSET = re.compile(r"([+-])\s*(\d+)\s*$")
_SLOW_DATE = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_MONTHS = {
    name: i
    for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
# SMS 2.0 style: "Fri Oct 15 17:09:46.507 1999 Pacific Daylight Time"
_SMS_LONG = re.compile(
    r"\s*(?:[A-Za-z]{3}\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{1,2}):(\d{1,2})"
    r"(?:\.(\d+))?\s+(\d{4})(?:\s+(.*?))?\s*$"
)
# SMS 2003 / 2007 style: "10-15-2009 17:09:46.507+420"
_SMS_SHORT = re.compile(r"\s*(\S+)\s+(\S+)\s*$")


def _micro(fraction: str | None) -> int:
    if not fraction:
        return 0
    return int((fraction + "000000")[:6])


def parse_date(text: str) -> tuple[int, int, int] | None:
    """``MM-DD-YYYY`` (padding optional) to (year, month, day), or None if impossible."""
    m = _SLOW_DATE.match(text)
    if m is None:
        return None
    month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return year, month, day


def parse_time(text: str) -> tuple[int, int, int, int, int | None] | None:
    """``HH:MM:SS.fff+BIAS`` to (hour, minute, second, microsecond, bias or None)."""
    if len(text) >= 12 and text[2] == ":" and text[5] == ":" and text[8] == ".":
        # the common shape, parsed by hand because millions of entries pass here
        sign = text.find("+", 9)
        if sign < 0:
            sign = text.find("-", 9)
        try:
            hour, minute, second = int(text[0:2]), int(text[3:5]), int(text[6:8])
            if sign < 0:
                fraction, bias = text[9:], None
            else:
                fraction, bias = text[9:sign], _bias(text[sign:])
            micro = _micro(fraction) if fraction.isdigit() else -1
        except ValueError:
            hour = minute = second = micro = -1
        in_range = 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60
        if micro >= 0 and in_range and text[0].isdigit():
            return hour, minute, second, micro, bias
    m = _SLOW_TIME.match(text)
    if m is None:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if hour > 23 or minute > 59 or second > 59:
        return None
    bias = None
    if m.group(6) is not None:
        bias = _bias(m.group(5) + m.group(6))
    return hour, minute, second, _micro(m.group(4)), bias


def _bias(text: str) -> int | None:
    """``+480`` to 480; None when it is no real time-zone bias (``+1440``, 11 digits)."""
    digits = text.lstrip("+- ")
    if not digits.isdigit() or len(digits) > 4:
        return None
    value = int(digits) * (-1 if text.lstrip().startswith("-") else 1)
    return value if MIN_BIAS <= value <= MAX_BIAS else None


def time_problem(time_text: str) -> str | None:
    """Why a time stamp could not be read in full, for the list of problems; None if it can.

    Only asked about entries that came out without a time or without a bias, so the
    common case never pays for it.
    """
    if not time_text.strip():
        return None
    parts = parse_time(time_text)
    if parts is None:
        return f"impossible time {time_text[:40]!r}; the entry is kept without its time"
    if parts[4] is None:
        m = _OFFSET.search(time_text[5:])
        if m is not None:
            return (
                f"time-zone offset {m.group(1)}{m.group(2)[:12]} is out of range "
                f"({MIN_BIAS} to +{MAX_BIAS} minutes); the time is read as local time"
            )
    return None  # an impossible date: the parser reports it itself


class TimeReader:
    """Parses CMTrace ``time`` and ``date`` attributes, caching dates (a log has few)."""

    __slots__ = ("_dates",)

    def __init__(self) -> None:
        self._dates: dict[str, tuple[int, int, int] | None] = {}

    def date_ok(self, date_text: str) -> bool:
        """Whether a ``date`` attribute is a real calendar date (cached)."""
        dates = self._dates
        try:
            return dates[date_text] is not None
        except KeyError:
            if len(dates) > 4096:
                dates.clear()
            ymd = dates[date_text] = parse_date(date_text)
            return ymd is not None

    def read(self, time_text: str, date_text: str) -> tuple[datetime | None, int | None]:
        """(local time, bias); local time is None for an impossible date or time."""
        dates = self._dates
        try:
            ymd = dates[date_text]
        except KeyError:
            if len(dates) > 4096:
                dates.clear()
            ymd = dates[date_text] = parse_date(date_text)
        parts = parse_time(time_text)
        if parts is None:
            return None, None
        if ymd is None:
            return None, parts[4]
        return datetime(ymd[0], ymd[1], ymd[2], parts[0], parts[1], parts[2], parts[3]), parts[4]


SHARED_READER = TimeReader()


@cache
def zone_biases() -> dict[str, int]:
    """Windows time-zone name (case-folded) -> bias in minutes, from the bundled table."""
    import tomllib

    from cmplanner.paths import resources_dir

    path = resources_dir() / "knowledge" / "time_zones.toml"
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))["bias"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return {}  # without the table, SMS times simply stay local
    return {
        str(name).casefold(): int(bias)
        for name, bias in table.items()
        if isinstance(bias, int) and -900 <= bias <= 900
    }


def parse_sms_datetime(text: str) -> tuple[datetime | None, int | None]:
    """An SMS-format time stamp in either of its two shapes, to (local time, bias)."""
    m = _SMS_LONG.match(text)
    if m is not None:
        month = _MONTHS.get(m.group(1).lower())
        if month is None:
            return None, None
        try:
            local = datetime(
                int(m.group(7)),
                month,
                int(m.group(2)),
                int(m.group(3)),
                int(m.group(4)),
                int(m.group(5)),
                _micro(m.group(6)),
            )
        except ValueError:
            return None, None
        zone = " ".join((m.group(8) or "").split())
        return local, zone_biases().get(zone.casefold()) if zone else None
    m = _SMS_SHORT.match(text)
    if m is None:
        return None, None
    return TimeReader().read(m.group(2), m.group(1))
