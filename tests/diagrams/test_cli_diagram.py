"""``cmplanner diagram PLAN --kind topology|locality -o OUT.svg|OUT.png``."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.cli.main import main

pytestmark = pytest.mark.cli


@pytest.fixture
def plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.cmplan"
    assert main(["demo", "-o", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("kind", ["topology", "locality"])
def test_svg_of_each_kind(plan: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.svg"
    assert main(["diagram", str(plan), "--kind", kind, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "AMS-DP02" in text


def test_png(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.png"
    assert main(["diagram", str(plan), "-o", str(out), "--dpi", "96"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_unknown_suffix_is_refused_before_anything_is_written(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.jpg"
    assert main(["diagram", str(plan), "-o", str(out)]) == 2
    assert "t.jpg: the output must end in .svg or .png" in capsys.readouterr().err
    assert not out.exists()


def test_unreadable_plan_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.cmplan"
    bad.write_text("{ not json", encoding="utf-8")
    out = tmp_path / "t.svg"
    assert main(["diagram", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cmplanner: ") and "bad.cmplan" in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_never_overwrites_the_plan(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = plan.read_bytes()
    svg_named = plan.with_suffix(".svg")
    svg_named.write_bytes(before)
    assert main(["diagram", str(svg_named), "-o", str(svg_named)]) == 2
    assert svg_named.read_bytes() == before
    assert "overwrite" in capsys.readouterr().err


def test_runbook_embeds_the_pictures(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "runbook.html"
    assert main(["runbook", str(plan), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("data:image/svg+xml;base64,") == 2
    only_pxe = tmp_path / "pxe.html"
    assert main(["runbook", str(plan), "-o", str(only_pxe), "--section", "pxe"]) == 0
    assert "data:image/svg+xml" not in only_pxe.read_text(encoding="utf-8")


def test_log_timeline(data_dir: Path, tmp_path: Path) -> None:
    log = data_dir / "diagrams" / "reboot-then-failure_smsts.log"
    before = log.read_bytes()
    out = tmp_path / "timeline.svg"
    assert main(["log", "timeline", str(log), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Install Line of Business App" in text and "7 min 6 s" in text
    assert log.read_bytes() == before


def test_log_timeline_refuses_unreadable_logs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "smsts.log"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "t.png"
    assert main(["log", "timeline", str(empty), "-o", str(out)]) == 2
    assert "smsts.log" in capsys.readouterr().err and not out.exists()
    assert main(["log", "timeline", str(empty), "-o", str(tmp_path / "t.txt")]) == 2


def test_runbook_shows_the_timeline_of_a_log(plan: Path, tmp_path: Path, data_dir: Path) -> None:
    import base64
    import re

    log = data_dir / "diagrams" / "reboot-then-failure_smsts.log"
    out = tmp_path / "runbook.html"
    assert main(["runbook", str(plan), "-o", str(out), "--log", str(log)]) == 0
    images = re.findall(
        r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", out.read_text(encoding="utf-8")
    )
    svgs = [base64.b64decode(i).decode("utf-8") for i in images]
    assert len(svgs) == 3 and any("Install Line of Business App" in s for s in svgs)
