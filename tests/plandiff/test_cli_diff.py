"""``cmplanner diff`` exit codes and formats, ``validate`` with a stamp, ``runbook --since``."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.model.approval import approve
from cmplanner.model.planfile import load_plan, save_plan

pytestmark = pytest.mark.cli

DATA = Path(__file__).resolve().parents[1] / "data" / "plandiff"
BASE = str(DATA / "base.cmplan")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_equal_plans_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", BASE, BASE)
    assert code == 0 and out == "the plans are equal\n"


def test_different_plans_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", BASE, str(DATA / "rename.cmplan"))
    assert code == 1
    assert "distribution point UTR-DP02-HQ: renamed from UTR-DP02" in out
    assert "distribution_points[" not in out  # people read names


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", BASE, str(DATA / "moved-step.cmplan"), "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["changes"][0]["steps"][0]["status"] == "moved"
    assert data["consequences"]["renumbered"][0]["name"] == "Install client"


@pytest.mark.parametrize(
    "content",
    ["", "{", '{"schema_version": 99}', '{"schema_version": 2, "distribution_points": 3}'],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    bad = tmp_path / "bad.cmplan"
    bad.write_text(content, encoding="utf-8")
    for args in ((BASE, str(bad)), (str(bad), BASE)):
        code, out, err = run(capsys, "diff", *args)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and str(bad) in err and "Traceback" not in err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "diff", BASE, str(tmp_path / "nope.cmplan"))
    assert code == 2 and "nope.cmplan" in err


def test_validate_text_says_changed_since_approved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = load_plan(BASE)
    plan.approval = approve(plan, "Jan", datetime(2026, 4, 1, 10))
    path = tmp_path / "p.cmplan"
    save_plan(plan, path)
    _, out, _ = run(capsys, "validate", str(path))
    assert out.splitlines()[0] == f"{path}: plan approved by Jan on 2026-04-01 10:00"
    plan.distribution_points[0].multicast = True
    save_plan(plan, path)
    _, out, _ = run(capsys, "validate", str(path))
    assert out.splitlines()[0].endswith("; changed since approved")
    _, out, _ = run(capsys, "validate", str(path), "--format", "json")
    assert isinstance(json.loads(out), list)  # the findings list keeps its shape


def test_validate_without_a_stamp_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "validate", BASE)
    assert "approved" not in out


@pytest.mark.parametrize("suffix", ["html", "md", "pdf"])
def test_change_runbook_in_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out = tmp_path / f"change.{suffix}"
    code, _, err = run(
        capsys, "runbook", str(DATA / "late-joiner.cmplan"), "--since", BASE, "-o", str(out)
    )
    assert code == 0, err
    if suffix == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
        text = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        text = out.read_text(encoding="utf-8")
    assert "Change runbook" in text and "Summary for the change board" in text
    assert "UTR-DP03" in text and "UTR00001" in text and "UTR00002" in text
    assert "Rollback" in text
    # nothing about objects that did not change
    assert "Utrecht servers" not in text and "Deploy Windows 7" not in text


def test_runbook_since_bad_old_plan_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "change.md"
    code, _, err = run(
        capsys, "runbook", BASE, "--since", str(tmp_path / "missing.cmplan"), "-o", str(out)
    )
    assert code == 2 and "missing.cmplan" in err and not out.exists()


def test_runbook_since_refuses_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "runbook", BASE, "--since", BASE, "--section", "pxe", "-o", str(tmp_path / "c.md")
    )
    assert code == 2 and "--since" in err


def test_the_change_runbook_escapes_names_and_keeps_secrets_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = load_plan(DATA / "pxe-certificate.cmplan")
    plan.distribution_points[2].name = "<script>alert(1)</script>"
    new = tmp_path / "new.cmplan"
    save_plan(plan, new)
    for suffix in ("html", "md"):
        out = tmp_path / f"change.{suffix}"
        code, _, err = run(capsys, "runbook", str(new), "--since", BASE, "-o", str(out))
        assert code == 0, err
        text = out.read_text(encoding="utf-8")
        escaped = "&lt;script&gt;" if suffix == "html" else r"\<script>alert(1)\</script>"
        assert re.search(r"(?<!\\)<script", text) is None and escaped in text
        assert "another-secret" not in text and "not-in-any-output" not in text
        assert "Import the PXE service point certificate" in text


def test_plan_only_fields_need_no_console_step(tmp_path: Path) -> None:
    from cmplanner.runbook.change import render_change_text

    old = load_plan(BASE)
    new = load_plan(BASE)
    new.distribution_points[1].notes = "moved to rack 4"
    new.dp_groups[0].members.pop()  # UTR-DP02 leaves the group
    text = render_change_text(old, new, "markdown")
    assert "distribution point UTR-DP02: changed" in text and "rack 4" in text
    assert "ConfigMgr distribution point > Properties and set" not in text
    assert "members removed UTR-DP02 (joined 2026-01-05 09:00)" in text  # the group step
    assert text.count("- [ ] **") == 1


def test_why_comes_from_notes_about_the_changed_objects() -> None:
    from cmplanner.model import Note
    from cmplanner.runbook.change import build_change_context

    old, new = load_plan(BASE), load_plan(DATA / "late-joiner.cmplan")
    for plan in (old, new):
        plan.notes = [
            Note(text="The group exists for software", subject="dp_groups[0]"),
            Note(text="UTR-DP02 is the print server too", subject="distribution_points[1]"),
        ]
    why = [n["text"] for n in build_change_context(old, new)["why"]]
    assert why == ["The group exists for software"]
    new.notes.append(Note(text="UTR-DP03 joins to serve the new floor"))
    why = [n["text"] for n in build_change_context(old, new)["why"]]
    assert why == ["UTR-DP03 joins to serve the new floor"]  # a new note says why first


def test_equal_plans_make_a_change_runbook_that_says_nothing_changed() -> None:
    from cmplanner.runbook.change import render_change_text

    text = render_change_text(load_plan(BASE), load_plan(BASE), "markdown")
    assert "Nothing: the plan is as it was approved." in text and "- [ ]" not in text


def test_the_change_runbook_lists_only_the_sources_it_cites() -> None:
    from cmplanner.runbook.change import build_change_context

    base = load_plan(BASE)
    boundary = build_change_context(base, load_plan(DATA / "boundary-remote.cmplan"))
    ids = [line.id for line in boundary["sources_used"]]
    assert "fast-slow-networks" in ids and "unverified-change-console-paths" in ids
    assert "seed-dp-groups" not in ids
    joiner = build_change_context(base, load_plan(DATA / "late-joiner.cmplan"))
    ids = [line.id for line in joiner["sources_used"]]
    assert ids[0] == "seed-dp-groups" and "fast-slow-networks" not in ids
