"""A full disk loses nothing: every output is written beside its target, checked complete and
renamed, so the old file stays, the exit is 2 and stderr holds our one line and nothing else.

The disk is "full" through RLIMIT_FSIZE in a child process (with SIGXFSZ ignored, a write past
the limit fails with EFBIG just as a full disk fails with ENOSPC), which needs no root."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.cli,
    pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX"),
]

LIMITED = """
import resource, signal, sys
limit = int(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from cmplanner.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def _run(limit: int, *args: str, processes: str = "1") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMPLANNER_PDF_PROCESSES": processes}
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cmplanner.demo import demo_plan
    from cmplanner.model.planfile import save_plan

    path = tmp_path_factory.mktemp("plan") / "demo.cmplan"
    save_plan(demo_plan(), path)
    return path


def _assert_refused(result: subprocess.CompletedProcess[str], out: Path, before: bytes) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1].startswith(f"cmplanner: {out}: cannot write"), result.stderr
    assert all(line.startswith("cmplanner: ") for line in lines), result.stderr
    assert "libpng" not in result.stderr and "Traceback" not in result.stderr
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


@pytest.mark.parametrize("processes", ["1", "2"])
def test_a_full_disk_keeps_the_old_pdf(tmp_path: Path, demo: Path, processes: str) -> None:
    out = tmp_path / "runbook.pdf"
    out.write_bytes(b"%PDF-1.4 the old runbook\n%%EOF\n")
    before = out.read_bytes()
    result = _run(20_000, "runbook", str(demo), "-o", str(out), processes=processes)
    _assert_refused(result, out, before)
    assert "incomplete" in result.stderr
    assert len(result.stderr.splitlines()) == 1  # not first "printing in one process"


def test_a_full_disk_keeps_the_old_change_runbook_pdf(tmp_path: Path, demo: Path) -> None:
    """The change runbook's PDF goes through the same check as the runbook's (it used to be
    renamed over the old file without a look at its end)."""
    import json

    changed = tmp_path / "changed.cmplan"
    doc = json.loads(demo.read_text(encoding="utf-8"))
    doc["boundaries"][0]["connection"] = "slow"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "change.pdf"
    out.write_bytes(b"%PDF-1.4 the old change runbook\n%%EOF\n")
    before = out.read_bytes()
    result = _run(8_000, "runbook", str(changed), "--since", str(demo), "-o", str(out))
    changed.unlink()
    _assert_refused(result, out, before)
    assert "incomplete" in result.stderr


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_full_disk_keeps_the_old_picture(tmp_path: Path, demo: Path, suffix: str) -> None:
    out = tmp_path / f"topology{suffix}"
    out.write_bytes(b"the old picture")
    result = _run(2_000, "diagram", str(demo), "--dpi", "96", "-o", str(out))
    _assert_refused(result, out, b"the old picture")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_a_full_disk_keeps_the_old_runbook(tmp_path: Path, demo: Path, suffix: str) -> None:
    out = tmp_path / f"runbook{suffix}"
    out.write_bytes(b"the old runbook")
    result = _run(2_000, "runbook", str(demo), "-o", str(out))
    _assert_refused(result, out, b"the old runbook")
    assert len(result.stderr.splitlines()) == 1


def test_a_full_disk_keeps_the_old_plan(tmp_path: Path) -> None:
    out = tmp_path / "demo.cmplan"
    out.write_bytes(b'{"schema_version": 1, "name": "old"}')
    result = _run(2_000, "demo", "-o", str(out))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert out.read_bytes() == b'{"schema_version": 1, "name": "old"}'


def test_the_same_pdf_is_written_when_there_is_room(tmp_path: Path, demo: Path) -> None:
    out = tmp_path / "runbook.pdf"
    result = _run(50_000_000, "runbook", str(demo), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().rstrip().endswith(b"%%EOF")


QT_WARNS = """
import sys
from PySide6.QtCore import qWarning
from cmplanner.render.qtapp import ensure_app
ensure_app()
qWarning("libpng error: Write Error")
print("done", file=sys.stderr)
"""


@pytest.mark.parametrize("debug", ["", "1"])
def test_qt_messages_stay_out_of_the_commands_stderr(debug: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMPLANNER_DEBUG": debug}
    result = subprocess.run(
        [sys.executable, "-c", QT_WARNS], capture_output=True, text=True, env=env, timeout=60
    )
    if debug:
        assert "qt: libpng error: Write Error" in result.stderr
    else:
        assert result.stderr == "done\n"
