"""Real logs written by others, when the folder of samples sits beside the repository.

They are not part of the project (study only); the test skips when they are absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.logs import parse_log
from cmplanner.logs.analysis import analyze_logs

pytestmark = pytest.mark.core

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "logs"
LOGS = sorted(SAMPLES.glob("*.log")) if SAMPLES.is_dir() else []

needs_samples = pytest.mark.skipif(not LOGS, reason="the real sample logs are not present")


@needs_samples
@pytest.mark.parametrize("path", LOGS, ids=lambda p: p.name)
def test_samples_parse_without_unread_lines(path: Path) -> None:
    stream = parse_log(path)
    entries = list(stream)
    assert entries
    # the only acceptable problem is an entry cut short at the very end of an excerpt
    assert [i.kind for i in stream.issues] in ([], ["torn"])
    for e in entries:
        assert e.local is not None or e.torn


@needs_samples
def test_the_real_smsts_log_timeline() -> None:
    path = next((p for p in LOGS if p.name.endswith("smsts.log")), None)
    if path is None:
        pytest.skip("no smsts.log sample")
    a = analyze_logs([path])
    assert a.instructions and a.instructions[0].number == 0
    assert all(i.phase == "WinPE" for i in a.instructions[:5])
    assert a.first_time is not None and a.first_time.utcoffset() is not None
