"""Several logs (smsts.log and its rolled-over smsts-<date>-<time>.log) as one timeline.

Each file is read as a stream; ``heapq.merge`` interleaves them by time, so memory stays flat.
Entries without a readable time keep the time of the entry before them in the same file.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from cmplanner.logs.entry import LogEntry, ParseIssue
from cmplanner.logs.parser import LogStream, parse_log

_EARLIEST = datetime.min


class MergedLogs:
    """Iterate over the entries of several logs in time order; ``issues`` of all of them."""

    def __init__(
        self,
        paths: Sequence[str | Path],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        rebias: dict[str, int | None] | None = None,
    ) -> None:
        """``rebias`` maps a source to the time-zone bias its local times are read with (a
        log that writes local times with a zero offset, aligned with another log)."""
        self.rebias = dict(rebias or {})
        self.paths: list[Path] = []
        seen: set[Path] = set()
        for p in map(Path, paths):
            key = p.resolve() if p.exists() else p
            if key not in seen:  # the same file given twice is read once
                seen.add(key)
                self.paths.append(p)
        self._progress = progress
        self._done = [0] * len(self.paths)
        self.streams: list[LogStream] = []
        for i, path in enumerate(self.paths):
            self.streams.append(parse_log(path, self._progress_for(i), cancelled))

    def _progress_for(self, index: int) -> Callable[[int, int], None] | None:
        if self._progress is None:
            return None
        report = self._progress

        def progress(done: int, _total: int) -> None:
            self._done[index] = done
            total = sum(s.size for s in self.streams) or 1
            report(min(sum(self._done), total), total)

        return progress

    @property
    def issues(self) -> list[ParseIssue]:
        return [issue for s in self.streams for issue in s.issues]

    @property
    def was_cancelled(self) -> bool:
        return any(s.was_cancelled for s in self.streams)

    @property
    def formats(self) -> set[str]:
        return {f for s in self.streams for f in s.formats}

    def _entries(self, stream: LogStream) -> Iterator[LogEntry]:
        if stream.source not in self.rebias:
            return iter(stream)
        return _rebiased(stream, self.rebias[stream.source])

    def __iter__(self) -> Iterator[LogEntry]:
        if len(self.streams) == 1:
            yield from self._entries(self.streams[0])
            return
        keyed = [_keyed(self._entries(s), i) for i, s in enumerate(self.streams)]
        for _key, _file, _line, entry in heapq.merge(*keyed):
            yield entry


def _rebiased(stream: LogStream, bias: int | None) -> Iterator[LogEntry]:
    for entry in stream:
        entry._when = (entry.local, bias)
        yield entry


def _keyed(stream: Iterator[LogEntry], index: int) -> Iterator[tuple[datetime, int, int, LogEntry]]:
    last = _EARLIEST
    for entry in stream:
        when = entry.sort_time
        if when is not None:
            last = when
        yield last, index, entry.line, entry


def read_logs(
    paths: Sequence[str | Path],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    rebias: dict[str, int | None] | None = None,
) -> MergedLogs:
    """One time-ordered stream over several logs; missing files raise InputError on reading."""
    return MergedLogs(paths, progress, cancelled, rebias)
