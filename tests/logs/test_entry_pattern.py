"""The CMTrace entry pattern gives the same entries on every Python the README supports.

Debian 12's python3 (3.11.2) ignored the lookaheads inside possessive repeats, so an
unclosed entry swallowed the next one; the pattern is atomic by a lookahead instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.logs.parser import ENTRY, parse_log

pytestmark = pytest.mark.core

GOOD = (
    '<![LOG[{m}]LOG]!><time="10:00:00.000+60" date="01-02-2010" component="TSManager" '
    'context="" type="1" thread="1" file="x">'
)


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_an_unclosed_entry_never_swallows_the_next(tmp_path: Path, newline: str) -> None:
    text = newline.join(["<![LOG[unclosed", GOOD.format(m=""), GOOD.format(m="second")])
    assert ENTRY.match(text) is None
    path = tmp_path / "smsts.log"
    path.write_bytes(text.encode("utf-8"))
    stream = parse_log(path)
    assert [(e.message, e.line) for e in stream] == [("", 2), ("second", 3)]
    assert [(i.first_line, i.kind) for i in stream.issues] == [(1, "unreadable")]


def test_a_message_may_hold_brackets_and_less_than() -> None:
    match = ENTRY.match(GOOD.format(m="a < b ] c <![x]LOG d"))
    assert match is not None and match.group(1) == "a < b ] c <![x]LOG d"
