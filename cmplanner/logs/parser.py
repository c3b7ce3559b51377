"""Streaming reader of CMTrace and SMS logs: entries out, unreadable lines reported.

The reader never holds more than a chunk of the file (plus one unfinished entry), so memory
stays flat however big the log. CMTrace entries are found with ``str.find`` on their fixed
markers and one anchored match of the attribute header, which keeps the work linear even for
garbage full of half markers. Text between CMTrace entries goes to the SMS line reader, so a
file may mix both formats; whatever neither can read is reported with its line numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain, islice
from pathlib import Path

from cmplanner.logs.decoding import open_log, text_chunks
from cmplanner.logs.entry import LogEntry, ParseIssue
from cmplanner.logs.plain_format import PlainLines, looks_plain
from cmplanner.logs.sms_format import SmsLines, SmsResult
from cmplanner.logs.timestamps import TimeReader

OPEN = "<![LOG["
CLOSE = "]LOG]!>"
_HEADER_BODY = (
    r'<time="([^"]*)"\s*date="([^"]*)"\s*component="([^"]*)"\s*context="([^"]*)"'
    r'\s*type="([^"]*)"\s*thread="([^"]*)"\s*file="([^"]*)"\s*>'
)
# A whole entry. The message may not run over another entry's start or end marker, and it is
# matched atomically (a lookahead captures it, the backreference takes it whole), so a failed
# match never backtracks: the scan stays linear. Not with possessive quantifiers: the
# CPython of Debian 12 (3.11.2) ignores the lookaheads inside a possessive repeat (fixed in a
# later 3.11 release) and lets a message run over the next entry's start.
ENTRY = re.compile(
    r"<!\[LOG\[(?=((?:[^<\]]+|<(?!!\[LOG\[)|\](?!LOG\]!>))*))\1\]LOG\]!>" + _HEADER_BODY
)
HEADER = re.compile(_HEADER_BODY)
LOOSE_HEADER = re.compile(r'<((?:\s*[\w-]+\s*=\s*"[^"]*")*)\s*>')
PARTIAL_HEADER = re.compile(r'<((?:\s*[\w-]+\s*=\s*"[^"]*")*)')
ATTRIBUTE = re.compile(r'([\w-]+)\s*=\s*"([^"]*)"')
LF_OR_CR = ("\n", "\r")
NON_SPACE = re.compile(r"\S")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
MAX_ENTRY_CHARS = 8 << 20
MAX_HEADER_CHARS = 4096
MAX_ISSUES = 1000
EXCERPT = 80

ProgressCallback = Callable[[int, int], None]


class _ScanState:
    """How far ``LogStream._scan`` consumed its text, and the line number there."""

    __slots__ = ("consumed", "line")

    def __init__(self) -> None:
        self.consumed = 0
        self.line = 0


def _breaks(text: str, start: int, end: int, bare_cr: bool) -> int:
    """Line breaks in ``text[start:end]``: LF, CRLF and a lone CR each count once."""
    if not bare_cr:
        return text.count("\n", start, end)
    return (
        text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
    )


class LogStream:
    """Iterate over the entries of one log; ``issues`` fills up while iterating.

    ``progress(done_bytes, total_bytes)`` is called once per chunk; ``cancelled()`` is asked
    once per chunk and stops the iteration early when it returns True.
    """

    def __init__(
        self,
        path: str | Path,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
        chunk_bytes: int | None = None,
    ) -> None:
        """``chunk_bytes``: how much to read and decode at a time (a first look reads
        little)."""
        self.path = Path(path)
        self.chunk_bytes = chunk_bytes
        self.source = str(path)
        self.progress = progress
        self.cancelled = cancelled
        self.issues: list[ParseIssue] = []
        self.issues_dropped = 0
        self.entries_read = 0
        self.bytes_read = 0
        self.size = 0
        self.formats: set[str] = set()
        self.was_cancelled = False
        self._sms = SmsLines(self.source)
        self._times = TimeReader()

    # -- reporting ---------------------------------------------------------------------------

    def _issue(self, first: int, last: int, kind: str, problem: str, excerpt: str = "") -> None:
        excerpt = excerpt.strip()
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[:EXCERPT] + "..."
        if self.issues:
            prev = self.issues[-1]
            if prev.kind == kind == "unreadable" and first <= prev.last_line + 1:
                prev.last_line = max(prev.last_line, last)
                return
        if len(self.issues) >= MAX_ISSUES:
            self.issues_dropped += 1
            return
        self.issues.append(ParseIssue(self.source, first, last, kind, problem, excerpt))

    def _drain_sms(self, result: SmsResult) -> list[LogEntry]:
        for first, last, text in result.unreadable:
            self._issue(first, last, "unreadable", "not a log entry", text)
        for line_no, when in result.bad_dates:
            self._issue(line_no, line_no, "bad-date", f"impossible date or time {when!r}")
        if result.entries:
            self.formats.add("sms")
            self.entries_read += len(result.entries)
            for entry in result.entries:
                if entry.torn:
                    self._issue(
                        entry.line,
                        entry.line,
                        "torn",
                        "an entry cut short (its time stamp or thread is missing)",
                        entry.message,
                    )
        return result.entries

    # -- the SMS / leftover text between CMTrace entries -------------------------------------

    def _gap(self, text: str, first_line: int, flush: bool) -> list[LogEntry]:
        """Feed the lines of ``text`` (starting at ``first_line``) to the SMS reader."""
        result = SmsResult()
        line_no = first_line
        pos = 0
        for m in LINE_BREAK.finditer(text):
            self._sms.feed(line_no, text[pos : m.start()], result)
            pos = m.end()
            line_no += 1
        if pos < len(text):
            self._sms.feed(line_no, text[pos:], result)
        if flush:
            self._sms.flush(result)
        return self._drain_sms(result)

    # -- the main loop -----------------------------------------------------------------------

    def __iter__(self) -> Iterator[LogEntry]:
        handle = open_log(self.path)
        try:
            try:
                self.size = self.path.stat().st_size
            except OSError:
                self.size = 0
            chunks = text_chunks(handle, self.source, self.chunk_bytes)
            first = next(chunks, None)
            if first is None:
                return
            everything = chain((first,), chunks)
            if looks_plain(first[0]):
                yield from self._plain(everything)
            else:
                yield from self._run(everything)
        finally:
            handle.close()

    def _plain(self, chunks: Iterator[tuple[str, int]]) -> Iterator[LogEntry]:
        """A text file in no log format: every line an entry (see ``plain_format``)."""
        reader = PlainLines(self.source)
        tail = ""
        line_no = 1
        self.formats.add("text")
        for text, done in chunks:
            self.bytes_read = done
            if self.progress is not None:
                self.progress(done, self.size)
            if self.cancelled is not None and self.cancelled():
                self.was_cancelled = True
                return
            combined, carry = tail + text, ""
            if combined.endswith("\r"):  # a CRLF may be cut between two chunks
                combined, carry = combined[:-1], "\r"
            lines = LINE_BREAK.split(combined)
            tail = lines.pop() + carry
            if len(tail) > MAX_ENTRY_CHARS:
                tail = tail[:MAX_ENTRY_CHARS]
            for line in lines:
                entry = reader.entry(line_no, line[:MAX_ENTRY_CHARS])
                line_no += 1
                if entry is not None:
                    self.entries_read += 1
                    yield entry
        if tail:
            entry = reader.entry(line_no, tail)
            if entry is not None:
                self.entries_read += 1
                yield entry

    def _run(self, chunks: Iterator[tuple[str, int]]) -> Iterator[LogEntry]:
        """The fast path: one ``finditer`` of whole, well-formed entries per chunk.

        Whatever lies between two matches (SMS lines, garbage, an odd CMTrace header) and the
        unfinished tail of a chunk go to ``_scan``, the careful path.
        """
        buf = ""
        buf_line = 1  # line number of buf[0]
        skip_long_line = False  # inside a line too long to keep, dropping until its end
        source = self.source
        date_ok = self._times.date_ok
        good_dates: set[str] = set()
        finditer = ENTRY.finditer
        final = False
        chunk_iter = iter(chunks)
        while not final:
            try:
                text, done = next(chunk_iter)
            except StopIteration:
                text, done, final = "", self.bytes_read, True
            self.bytes_read = done
            if self.progress is not None:
                self.progress(done, self.size)
            if self.cancelled is not None and self.cancelled():
                self.was_cancelled = True
                return
            if skip_long_line:
                cut = LINE_BREAK.search(text)
                if cut is None:
                    continue
                text = text[cut.end() :]
                buf_line += 1
                skip_long_line = False
            buf = buf + text if buf else text
            length = len(buf)
            bare_cr = "\r" in buf and buf.count("\r") != buf.count("\r\n")
            count = buf.count
            pos = 0  # everything before pos is consumed
            cur, line = 0, buf_line  # line is the line number at index cur
            read = 0
            for m in finditer(buf):
                start = m.start()
                gap_len = start - pos
                if gap_len and not (
                    (gap_len == 2 and buf.startswith("\r\n", pos))
                    or (gap_len == 1 and buf.startswith(LF_OR_CR, pos))
                ):
                    gap = buf[pos:start]
                    if not gap.isspace():
                        line += _breaks(buf, cur, pos, bare_cr)
                        cur = pos
                        yield from self._scan(gap, line, True, False)
                    elif self._sms.pending or self._sms.trailer:
                        yield from self._gap("", line, flush=True)
                elif self._sms.pending or self._sms.trailer:
                    yield from self._gap("", line, flush=True)
                fields = m.groups()
                line += _breaks(buf, cur, start, True) if bare_cr else count("\n", cur, start)
                cur = start
                date_text = fields[2]
                if date_text not in good_dates:
                    if date_ok(date_text):
                        good_dates.add(date_text)
                    else:
                        self._issue(line, line, "bad-date", f"impossible date {date_text!r}")
                read += 1
                yield LogEntry(source, line, fields)  # type: ignore[arg-type]
                pos = m.end()
            if read:
                self.formats.add("cmtrace")
                self.entries_read += read
            # the rest of the buffer: complete only at the end of the file
            if pos < length:
                line += _breaks(buf, cur, pos, bare_cr)
                cur = pos
                tail = buf[pos:] if pos else buf
                scan = _ScanState()
                yield from self._scan(tail, line, final, final, scan)
                keep = pos + scan.consumed
                line = scan.line
                cur = keep
            else:
                keep = length
                line += _breaks(buf, cur, length, bare_cr)
                cur = length
            if final:
                if self._sms.pending or self._sms.trailer:
                    yield from self._gap("", line, True)
                break
            if length - keep > MAX_ENTRY_CHARS:
                # one line longer than any entry could be: report it and drop it to its end
                self._issue(
                    line,
                    line,
                    "too-long",
                    f"a line longer than {MAX_ENTRY_CHARS >> 20} M characters; skipped",
                    buf[keep : keep + EXCERPT],
                )
                buf_line = line
                buf = ""
                skip_long_line = True
                continue
            buf_line = line
            buf = buf[keep:]

    def _scan(
        self,
        buf: str,
        first_line: int,
        complete: bool,
        at_eof: bool,
        state: _ScanState | None = None,
    ) -> Iterator[LogEntry]:
        """The careful path over text the fast path could not read as whole entries.

        ``complete`` means no more text follows (a gap between two entries, or the end of the
        file); ``at_eof`` that an unfinished entry here is the file's torn last entry. When not
        complete, an entry that may still be arriving is left unconsumed; ``state`` tells the
        caller how far the scan got and the line number there.
        """
        length = len(buf)
        bare_cr = "\r" in buf and buf.count("\r") != buf.count("\r\n")
        find = buf.find
        pos = 0
        cur, line = 0, first_line
        keep = length
        close_at = -1
        while True:
            start = find(OPEN, pos)
            if start < 0:
                break
            if start != pos and not buf[pos:start].isspace():
                line += _breaks(buf, cur, pos, bare_cr)
                cur = pos
                yield from self._gap(buf[pos:start], line, flush=True)
                pos = start
            elif self._sms.pending or self._sms.trailer:
                yield from self._gap("", line, flush=True)  # an entry ends any SMS run
            if close_at < start + 7:
                close_at = find(CLOSE, start + 7)
                if close_at < 0:
                    close_at = length  # none left in this text: do not look again
            close = close_at if close_at < length else -1
            if close < 0:
                if not complete and length - start <= MAX_ENTRY_CHARS:
                    keep = start
                    break
                line += _breaks(buf, cur, start, bare_cr)
                cur = start
                if at_eof:
                    self._torn(buf, start, line, None)
                    self.entries_read += 1
                    yield self._torn_entry(buf[start + 7 :], line, {})
                    pos = keep = length
                    break
                if complete:
                    last = line + _breaks(buf, start, length, bare_cr)
                    self._issue(
                        line,
                        last,
                        "unreadable",
                        "an entry without its end marker",
                        buf[start : start + EXCERPT],
                    )
                    pos = keep = length
                    break
                self._issue(
                    line,
                    line,
                    "too-long",
                    f"an entry longer than {MAX_ENTRY_CHARS >> 20} M characters "
                    "without its end marker; skipped",
                    buf[start : start + EXCERPT],
                )
                pos = start + 7
                continue
            nxt = find(OPEN, start + 7, close)
            if nxt >= 0:
                line += _breaks(buf, cur, start, bare_cr)
                cur = start
                last = line + _breaks(buf, start, nxt, bare_cr)
                self._issue(
                    line, last, "unreadable", "an entry without its end marker", buf[start:nxt]
                )
                pos = nxt
                continue
            head_start = close + 7
            m = HEADER.match(buf, head_start)
            loose = m or LOOSE_HEADER.match(buf, head_start)
            if loose is None and not complete and length - head_start < MAX_HEADER_CHARS:
                keep = start
                break
            line += _breaks(buf, cur, start, bare_cr)
            cur = start
            message = buf[start + 7 : close]
            if loose is not None:
                attrs = dict(ATTRIBUTE.findall(buf, head_start, loose.end()))
                entry = self._entry_from_attrs(message, line, attrs, torn=False)
                pos = loose.end()
            else:
                partial = PARTIAL_HEADER.match(buf, head_start)
                attrs = dict(ATTRIBUTE.findall(partial.group(1))) if partial else {}
                at_end = False
                if at_eof:
                    rest_end = find("\n", head_start)
                    at_end = rest_end < 0 or NON_SPACE.search(buf, rest_end) is None
                if at_end:
                    entry = self._torn_entry(message, line, attrs)
                    self._torn(buf, start, line, "the last entry is cut short")
                    pos = keep = length
                else:
                    last = line + _breaks(buf, start, head_start, bare_cr)
                    self._issue(
                        line,
                        last,
                        "unreadable",
                        "an entry with an unreadable header",
                        buf[head_start : head_start + EXCERPT],
                    )
                    pos = head_start
                    continue
            self.entries_read += 1
            self.formats.add("cmtrace")
            yield entry
        # text after the last entry
        if keep == length and pos < length:
            if complete:
                end = length
            else:
                end = max(buf.rfind("\n", pos), buf.rfind("\r", pos, length - 1)) + 1
                if end <= pos:
                    end = pos
            if end > pos:
                line += _breaks(buf, cur, pos, bare_cr)
                cur = pos
                yield from self._gap(buf[pos:end], line, flush=complete)
                pos = end
            keep = pos
        elif pos < keep < length and not buf[pos:keep].isspace():
            line += _breaks(buf, cur, pos, bare_cr)
            cur = pos
            yield from self._gap(buf[pos:keep], line, flush=True)
        if state is not None:
            state.consumed = keep
            state.line = line + _breaks(buf, cur, keep, bare_cr)

    def _torn(self, buf: str, start: int, line: int, problem: str | None) -> None:
        self._issue(
            line,
            line,
            "torn",
            problem or "the last entry is cut short",
            buf[start : start + EXCERPT],
        )

    def _torn_entry(self, message: str, line: int, attrs: dict[str, str]) -> LogEntry:
        return self._entry_from_attrs(message.rstrip(), line, attrs, torn=True)

    def _entry_from_attrs(
        self, message: str, line: int, attrs: dict[str, str], torn: bool
    ) -> LogEntry:
        time_text, date_text = attrs.get("time", ""), attrs.get("date", "")
        if date_text and not self._times.date_ok(date_text) and not torn:
            self._issue(line, line, "bad-date", f"impossible date {date_text!r}")
        self.formats.add("cmtrace")
        return LogEntry.build(
            self.source,
            line,
            message,
            time_text,
            date_text,
            attrs.get("component", ""),
            attrs.get("context", ""),
            attrs.get("type", "1"),
            attrs.get("thread", ""),
            attrs.get("file", ""),
            "cmtrace",
            torn,
        )


def parse_log(
    path: str | Path,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk_bytes: int | None = None,
) -> LogStream:
    """A streaming iterator over the entries of one CMTrace or SMS log.

    Iterate it once; afterwards ``.issues`` lists the lines it could not read, with their
    numbers. A missing or unreadable file raises :class:`~cmplanner.errors.InputError`.
    """
    return LogStream(path, progress, cancelled, chunk_bytes)


SAMPLE_ENTRIES = 200  # what a first look at a log reads (its format, its kind, its clock)
SAMPLE_BYTES = 1 << 16  # read and decoded at a time by a first look, not a whole chunk


def first_entries(path: str | Path) -> tuple[list[LogEntry], LogStream]:
    """The first ``SAMPLE_ENTRIES`` entries of a log, and the stream (its formats so far)."""
    stream = LogStream(path, chunk_bytes=SAMPLE_BYTES)
    return list(islice(iter(stream), SAMPLE_ENTRIES)), stream
