"""The streaming parser: formats by content, encodings, line numbers, issues."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.errors import InputError
from cmplanner.logs import parse_log
from cmplanner.logs.decoding import sniff_encoding

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "logs"


def entry(
    message: str,
    time: str = "10:00:00.000+0",
    date: str = "01-02-2010",
    component: str = "TSManager",
    type_: str = "1",
) -> str:
    return (
        f'<![LOG[{message}]LOG]!><time="{time}" date="{date}" component="{component}" '
        f'context="" type="{type_}" thread="42" file="x.cpp:1">'
    )


def write(tmp_path: Path, text: str | bytes, name: str = "x.log") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def read(path: Path):  # type: ignore[no-untyped-def]
    stream = parse_log(path)
    return list(stream), stream


def test_reads_cmtrace_fields_and_line_numbers(tmp_path: Path) -> None:
    text = entry("one") + "\r\n" + entry("two\r\nlines", type_="3") + "\r\n" + entry("three")
    entries, stream = read(write(tmp_path, text))
    assert [e.message for e in entries] == ["one", "two\nlines", "three"]
    assert [e.line for e in entries] == [1, 2, 4]
    assert entries[1].severity == 3 and entries[1].component == "TSManager"
    assert entries[0].thread == "42" and entries[0].file == "x.cpp:1"
    assert stream.issues == [] and stream.formats == {"cmtrace"}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_with_any_line_ending(tmp_path: Path, newline: str) -> None:
    text = newline.join([entry("a"), "", entry(f"b{newline}c"), entry("d")]) + newline
    entries, _ = read(write(tmp_path, text))
    assert [e.line for e in entries] == [1, 3, 5]


def test_mixed_line_endings_in_one_file(tmp_path: Path) -> None:
    text = entry("a") + "\r\n" + entry("b") + "\r" + entry("c") + "\n" + "garbage\r" + entry("d")
    entries, stream = read(write(tmp_path, text))
    assert [e.line for e in entries] == [1, 2, 3, 5]
    assert [(i.first_line, i.kind) for i in stream.issues] == [(4, "unreadable")]


def test_bias_is_applied_as_a_bias_in_both_directions(tmp_path: Path) -> None:
    # UTC = local time + bias: +480 is Pacific time (UTC-8), -60 is Central Europe (UTC+1)
    text = (
        entry("west", time="22:55:38.363+480", date="12-06-2019")
        + "\n"
        + entry("east", time="04:20:47.594-60", date="11-26-2014")
        + "\n"
        + entry("none", time="10:22:50.8422964", date="1-2-2015")
    )
    west, east, none = read(write(tmp_path, text))[0]
    assert west.local == datetime(2019, 12, 6, 22, 55, 38, 363000)
    assert west.utc == datetime(2019, 12, 7, 6, 55, 38, 363000)
    assert west.timestamp is not None and west.timestamp.utcoffset().total_seconds() == -8 * 3600
    assert east.utc == datetime(2014, 11, 26, 3, 20, 47, 594000)
    assert east.timestamp is not None and east.timestamp.utcoffset().total_seconds() == 3600
    assert none.bias is None and none.utc is None
    assert none.local == datetime(2015, 1, 2, 10, 22, 50, 842296)


@pytest.mark.parametrize(
    "time_text, bias",
    [
        ("10:00:00.000+00", 0),
        ("10:00:00.000+000", 0),
        ("10:00:00.000+240", 240),
        ("10:00:00.000-330", -330),
    ],
)
def test_offset_spellings(tmp_path: Path, time_text: str, bias: int) -> None:
    (e,), _ = read(write(tmp_path, entry("x", time=time_text)))
    assert e.bias == bias


def test_utf16_with_bom_reads_like_utf8(tmp_path: Path) -> None:
    utf8, _ = read(DATA / "pxe-cert-failure_smsts.log")
    utf16, stream = read(DATA / "pxe-cert-failure_utf16.log")
    assert [e.message for e in utf16] == [e.message for e in utf8]
    assert [e.line for e in utf16] == [e.line for e in utf8]
    assert stream.issues == []


def test_utf16_without_bom_is_sniffed() -> None:
    text = entry("hello").encode("utf-16-le")
    assert sniff_encoding(text)[0] == "utf-16-le"
    assert sniff_encoding(entry("hello").encode("utf-16-be"))[0] == "utf-16-be"
    assert sniff_encoding(b"\xef\xbb\xbf" + b"x") == ("utf-8", 3)


def test_ansi_bytes_are_not_lost(tmp_path: Path) -> None:
    (e,), stream = read(write(tmp_path, entry("caf\xe9").encode("cp1252")))
    assert e.message == "café" and stream.issues == []


def test_stray_control_characters_do_not_break_entries(tmp_path: Path) -> None:
    text = entry("bell\x07 and \x0b vt") + "\n\x00\x00\x00\n" + entry("next\x1c")
    entries, stream = read(write(tmp_path, text))
    assert [e.message for e in entries] == ["bell\x07 and \x0b vt", "next\x1c"]
    assert entries[1].line == 3
    assert [(i.first_line, i.kind) for i in stream.issues] == [(2, "unreadable")]


def test_torn_last_entry_is_kept_and_reported(tmp_path: Path) -> None:
    text = entry("whole") + "\n" + '<![LOG[cut in the mid]LOG]!><time="10:00:01.000+0" date="01-0'
    entries, stream = read(write(tmp_path, text))
    assert [e.message for e in entries] == ["whole", "cut in the mid"]
    assert entries[1].torn and entries[1].local is None
    assert [(i.first_line, i.kind) for i in stream.issues] == [(2, "torn")]


def test_torn_message_without_end_marker(tmp_path: Path) -> None:
    text = entry("whole") + "\n<![LOG[half a messa"
    entries, stream = read(write(tmp_path, text))
    assert entries[-1].message == "half a messa" and entries[-1].torn
    assert stream.issues[0].kind == "torn"


def test_impossible_dates_are_reported_and_parsing_goes_on(tmp_path: Path) -> None:
    text = "\n".join(
        [entry("bad", date="13-45-2019"), entry("bad time", time="25:61:00.000+0"), entry("good")]
    )
    entries, stream = read(write(tmp_path, text))
    assert [e.message for e in entries] == ["bad", "bad time", "good"]
    assert entries[0].local is None and entries[1].local is None
    assert entries[2].local == datetime(2010, 1, 2, 10, 0)
    assert [(i.first_line, i.kind) for i in stream.issues] == [(1, "bad-date")]


def test_garbage_between_entries_is_reported_with_line_numbers(tmp_path: Path) -> None:
    text = "\n".join([entry("a"), "this is not", "a log line", entry("b"), "neither is this"])
    entries, stream = read(write(tmp_path, text))
    assert [e.message for e in entries] == ["a", "b"]
    assert [(i.first_line, i.last_line) for i in stream.issues] == [(2, 3), (5, 5)]


def test_unclosed_entry_followed_by_a_good_one(tmp_path: Path) -> None:
    text = "<![LOG[never closed\n" + entry("fine")
    entries, stream = read(write(tmp_path, text))
    assert [e.message for e in entries] == ["fine"]
    assert entries[0].line == 2
    assert stream.issues[0].first_line == 1


def test_header_in_another_attribute_order_is_read(tmp_path: Path) -> None:
    text = (
        '<![LOG[odd]LOG]!><date="01-02-2010" time="10:00:00.000+0" type="2" '
        'component="C" thread="1" context="" file="">'
    )
    (e,), stream = read(write(tmp_path, text))
    assert e.severity == 2 and e.component == "C" and e.local is not None
    assert stream.issues == []


def test_sms_format_with_multiline_message_and_wrapped_trailer() -> None:
    entries, stream = read(DATA / "sms-format.log")
    assert [e.component for e in entries] == [
        "SMS_REPLICATION_MANAGER",
        "SMS_DISTRIBUTION_MANAGER",
        "SMS_DISTRIBUTION_MANAGER",
        "SMS_DISTRIBUTION_MANAGER",
    ]
    assert entries[1].message.splitlines() == [
        "SQL statement:",
        "SELECT PackageID FROM v_Package",
        "failed with error 0x80004005",
    ]
    assert [e.line for e in entries] == [1, 2, 5, 8]
    assert entries[2].thread == "2144"
    assert entries[0].utc == datetime(2010, 3, 14, 10, 20, 1, 123000)
    # the SMS 2.0 shape names its zone: W. Europe Standard Time is UTC+1, bias -60
    assert entries[3].local == datetime(2010, 3, 14, 9, 20, 4, 1000) and entries[3].bias == -60
    assert entries[3].utc == datetime(2010, 3, 14, 8, 20, 4, 1000)
    assert stream.issues == [] and stream.formats == {"sms"}


def test_mixed_formats_in_one_file(tmp_path: Path) -> None:
    text = "\r\n".join(
        [
            entry("cmtrace one"),
            "sms one  $$<SMS_X><01-02-2010 10:00:01.000+0><thread=7 (0x7)>",
            entry("cmtrace two"),
            "",
        ]
    )
    entries, stream = read(write(tmp_path, text))
    assert [(e.format, e.message, e.line) for e in entries] == [
        ("cmtrace", "cmtrace one", 1),
        ("sms", "sms one", 2),
        ("cmtrace", "cmtrace two", 3),
    ]
    assert stream.formats == {"cmtrace", "sms"} and stream.issues == []


def test_missing_file_and_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(parse_log(tmp_path / "nope.log"))
    with pytest.raises(InputError, match="folder"):
        list(parse_log(tmp_path))


def test_empty_file_has_no_entries_and_no_issues(tmp_path: Path) -> None:
    entries, stream = read(write(tmp_path, b""))
    assert entries == [] and stream.issues == []


def test_entries_across_chunk_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cmplanner.logs.decoding as decoding

    monkeypatch.setattr(decoding, "CHUNK_BYTES", 7)
    lines = [entry(f"message {i}\r\nsecond line") for i in range(29)] + [
        entry("message 29\r\nsecond line")
    ]
    text = "\r\n".join(lines) + "\r\nsms  $$<SMS_X><01-02-2010 10:00:01.000+0><thread=7 (0x7)>\r\n"
    path = write(tmp_path, "\ufeff" + text)
    stream = parse_log(path)
    monkeypatch.setattr(decoding, "CHUNK_BYTES", 7)
    entries = list(decoding_chunks_parse(path, 7))
    assert [e.message for e in entries[:30]] == [f"message {i}\nsecond line" for i in range(30)]
    assert [e.line for e in entries] == [1 + 2 * i for i in range(31)]
    assert entries[-1].format == "sms"
    assert stream is not None


def decoding_chunks_parse(path: Path, size: int):  # type: ignore[no-untyped-def]
    from cmplanner.logs.decoding import open_log, text_chunks
    from cmplanner.logs.parser import LogStream

    stream = LogStream(path)
    with open_log(path) as handle:
        entries = list(stream._run(text_chunks(handle, str(path), size)))
    assert stream.issues == []
    return entries


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = write(tmp_path, "\n".join(entry(str(i)) for i in range(100)))
    seen: list[tuple[int, int]] = []
    stream = parse_log(path, progress=lambda done, total: seen.append((done, total)))
    assert len(list(stream)) == 100
    assert seen and seen[-1][0] == seen[-1][1] == path.stat().st_size
    cancelled = parse_log(path, cancelled=lambda: True)
    assert list(cancelled) == [] and cancelled.was_cancelled


def test_multibyte_characters_cut_by_chunks(tmp_path: Path) -> None:
    from cmplanner.logs.decoding import open_log, text_chunks

    text = entry("Ärger über Größe €") * 3
    path = write(tmp_path, text)
    for size in (1, 2, 3, 5):
        with open_log(path) as handle:
            assert "".join(t for t, _ in text_chunks(handle, str(path), size)) == text


def test_format_is_detected_by_content_not_name(tmp_path: Path) -> None:
    from cmplanner.logs import detect_format

    sms = write(tmp_path, "x  $$<SMS_X><01-02-2010 10:00:01.000+0><thread=7 (0x7)>\n", "a.lo_")
    cmtrace = write(tmp_path, entry("hello"), "smsts.txt")
    both = write(
        tmp_path, entry("a") + "\nx  $$<SMS_X><01-02-2010 10:00:01.000+0><thread=7>\n", "b.log"
    )
    junk = write(tmp_path, "just text\n", "smsts.log")
    assert [detect_format(p) for p in (sms, cmtrace, both, junk)] == [
        "sms",
        "cmtrace",
        "mixed",
        "text",  # a text file in no log format is still read, line by line
    ]


def test_public_interface_loads_lazily() -> None:
    import cmplanner.logs as logs

    assert logs.explain_code("0x80004005").name == "E_FAIL"
    assert callable(logs.analyze_logs) and callable(logs.read_logs)
    assert logs.load_knowledge_base().entries
    with pytest.raises(AttributeError):
        _ = logs.nothing_here  # type: ignore[attr-defined]


def test_sms_zone_names_give_a_bias_unknown_ones_none() -> None:
    from cmplanner.logs.timestamps import parse_sms_datetime

    assert parse_sms_datetime("Fri Oct 15 17:09:46.507 1999 Pacific Daylight Time")[1] == 420
    assert parse_sms_datetime("Fri Oct 15 17:09:46.507 1999 Mars Standard Time")[1] is None
    assert parse_sms_datetime("Fri Oct 15 17:09:46.507 1999")[1] is None
    assert parse_sms_datetime("Fri Feb 30 17:09:46.507 1999") == (None, None)
