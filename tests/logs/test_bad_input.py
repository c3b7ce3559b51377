"""Bad input: the parser reports and goes on; it never crashes or hangs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmplanner.logs import parse_log

pytestmark = pytest.mark.core

GOOD = (
    '<![LOG[good {n}]LOG]!><time="10:00:0{n}.000+60" date="01-02-2010" component="C" '
    'context="" type="1" thread="1" file="">'
)
PIECES = [
    "<![LOG[",
    "]LOG]!>",
    '<time="',
    '" date="',
    "$$<",
    "><thread=",
    ">",
    "\r\n",
    "\n",
    "\r",
    "\x00",
    "\ufeff",
    '"',
    "x",
    "12-31-2010",
    "10:00:00.000+0",
]


def parse_bytes(tmp_path: Path, data: bytes) -> tuple[list, object]:  # type: ignore[type-arg]
    path = tmp_path / "fuzz.log"
    path.write_bytes(data)
    stream = parse_log(path)
    return list(stream), stream


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=4000))
def test_binary_garbage_never_crashes(tmp_path: Path, data: bytes) -> None:
    entries, _stream = parse_bytes(tmp_path, data)
    for e in entries:
        assert isinstance(e.message, str) and e.line >= 1
        _ = e.local, e.utc, e.severity


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=80),
    st.sampled_from(["utf-8", "utf-16"]),
)
def test_marker_soup_never_crashes(tmp_path: Path, parts: list[str], encoding: str) -> None:
    text = "".join(parts)
    entries, _stream = parse_bytes(tmp_path, text.encode(encoding, errors="replace"))
    for e in entries:
        _ = e.local, e.timestamp


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=1, max_value=5), st.integers(min_value=0, max_value=400))
def test_cut_anywhere_keeps_the_entries_before_the_cut(
    tmp_path: Path, count: int, cut: int
) -> None:
    whole = "\r\n".join(GOOD.format(n=n) for n in range(count))
    text = whole[:cut] if cut < len(whole) else whole
    entries, _stream = parse_bytes(tmp_path, text.encode())
    complete = text.count('file="">')
    assert len([e for e in entries if not e.torn]) == complete
    assert [e.message for e in entries if not e.torn] == [f"good {n}" for n in range(complete)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(1, 12),
    st.integers(1, 31),
    st.integers(0, 9999),
    st.integers(0, 99),
    st.integers(0, 99),
)
def test_any_date_is_read_or_reported(
    tmp_path: Path, month: int, day: int, year: int, hour: int, minute: int
) -> None:
    line = (
        f'<![LOG[m]LOG]!><time="{hour:02d}:{minute:02d}:00.000+0" '
        f'date="{month}-{day}-{year}" component="C" context="" type="1" thread="1" file="">'
    )
    (entry,), stream = parse_bytes(tmp_path, line.encode())
    if entry.local is None:
        assert hour > 23 or minute > 59 or any(i.kind == "bad-date" for i in stream.issues)


def test_one_50_mb_line_is_reported_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "long.log"
    with path.open("wb") as handle:
        handle.write(GOOD.format(n=1).encode() + b"\n")
        block = os.urandom(1 << 16).replace(b"\n", b"x").replace(b"\r", b"y")
        for _ in range(800):  # 50 MB without a line break
            handle.write(block)
        handle.write(b"\n" + GOOD.format(n=2).encode() + b"\n")
    stream = parse_log(path)
    entries = list(stream)
    assert [e.message for e in entries] == ["good 1", "good 2"]
    assert entries[1].line == 3
    assert any(i.kind in ("too-long", "unreadable") and i.first_line == 2 for i in stream.issues)


def test_one_50_mb_entry_without_end_marker(tmp_path: Path) -> None:
    path = tmp_path / "open.log"
    with path.open("wb") as handle:
        handle.write(b"<![LOG[" + b"a" * (50 << 20) + b"\n")
        handle.write(GOOD.format(n=3).encode())
    stream = parse_log(path)
    entries = list(stream)
    assert [e.message for e in entries][-1] == "good 3"
    assert stream.issues and stream.issues[0].first_line == 1


def test_many_unclosed_markers_stay_linear(tmp_path: Path) -> None:
    # quadratic scanning would take minutes here
    path = tmp_path / "opens.log"
    path.write_bytes(b"<![LOG[x" * 400_000 + b"\n" + GOOD.format(n=4).encode())
    stream = parse_log(path)
    assert [e.message for e in stream] == ["good 4"]
    assert stream.issues


def test_issue_list_stays_bounded(tmp_path: Path) -> None:
    bad = "\n".join(
        GOOD.format(n=1).replace("01-02-2010", f"13-{i % 90}-2010") for i in range(5000)
    )
    path = tmp_path / "dates.log"
    path.write_text(bad)
    stream = parse_log(path)
    assert len(list(stream)) == 5000
    assert len(stream.issues) <= 1000 and stream.issues_dropped >= 4000


def _entries_with_chunks(path: Path, size: int) -> tuple[list[tuple[str, int, bool]], list]:  # type: ignore[type-arg]
    from cmplanner.logs.decoding import open_log, text_chunks
    from cmplanner.logs.parser import LogStream

    stream = LogStream(path)
    with open_log(path) as handle:
        entries = [
            (e.message, e.line, e.torn) for e in stream._run(text_chunks(handle, str(path), size))
        ]
    return entries, [(i.first_line, i.kind) for i in stream.issues]


PARTS = st.one_of(
    st.builds(
        lambda m, t: GOOD.replace("good {n}", m).replace('type="1"', f'type="{t}"'),
        st.text(alphabet="ab <>]\r\n\t\x00é", max_size=12),
        st.integers(0, 3),
    ),
    st.just("sms line  $$<SMS_X><01-02-2010 10:00:01.000+0><thread=7 (0x7)>"),
    st.text(alphabet="xyz \t", min_size=1, max_size=10),
    st.just("<![LOG[unclosed"),
    st.just('<![LOG[odd]LOG]!><date="01-02-2010" time="10:00:00.000+0">'),
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(PARTS, max_size=12), st.sampled_from(["\r\n", "\n", "\r"]), st.integers(1, 40))
def test_chunk_size_never_changes_the_result(
    tmp_path: Path, parts: list[str], newline: str, size: int
) -> None:
    path = tmp_path / "chunks.log"
    path.write_bytes(newline.join(parts).encode("utf-8"))
    assert _entries_with_chunks(path, size) == _entries_with_chunks(path, 1 << 20)
