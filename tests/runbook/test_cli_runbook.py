"""``cmplanner runbook PLAN -o OUT.html|OUT.md|OUT.pdf``: formats, sections, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.cli.main import main

pytestmark = pytest.mark.cli

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo.cmplan"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "start"),
    [("rb.html", "<!DOCTYPE html>"), ("rb.md", "# Runbook: "), ("rb.pdf", "%PDF")],
)
def test_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, start: str
) -> None:
    out = tmp_path / name
    code, _, err = run(capsys, "runbook", str(DEMO), "-o", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(start.encode())


def test_sections_can_be_chosen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pxe.md"
    code, _, _ = run(
        capsys, "runbook", str(DEMO), "-o", str(out), "--section", "pxe", "--section", "checklists"
    )
    text = out.read_text(encoding="utf-8")
    assert code == 0 and "## 1. PXE service point" in text and "## 2. Checklists" in text
    assert "Distribution point groups" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/rb.txt"], "unknown runbook suffix"),
        (["-o", "{tmp}/no/such/folder/rb.html"], "cannot write"),
        (["-o", "{tmp}/no/such/folder/rb.pdf"], "cannot write"),
        (["-o", "{tmp}/rb.html", "--section", "bogus"], "unknown section bogus"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(
        capsys, "runbook", str(DEMO), *[a.replace("{tmp}", str(tmp_path)) for a in args]
    )
    assert code == 2 and out == ""
    assert err.startswith("cmplanner: ") and message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_unreadable_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "bad.cmplan"
    plan.write_text("{ not json", encoding="utf-8")
    code, _, err = run(capsys, "runbook", str(plan), "-o", str(tmp_path / "rb.html"))
    assert code == 2 and "bad.cmplan" in err and "not valid JSON" in err
    assert not (tmp_path / "rb.html").exists()


def test_never_writes_over_the_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "plan.md"
    plan.write_bytes(DEMO.read_bytes())
    code, _, err = run(capsys, "runbook", str(plan), "-o", str(plan))
    assert code == 2 and "would write over an input" in err
    assert plan.read_bytes() == DEMO.read_bytes()


def test_findings_name_what_they_are_about_never_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The runbook is read by people: a finding on a task sequence step or a DP says its name
    (the message says which step), never ``task_sequences[0].steps[0].children[0]``; and a
    secret the task sequence holds does not reach it either."""
    from cmplanner.model.planfile import load_plan, save_plan
    from cmplanner.tasksequence.xmlio import load_task_sequence

    plan = load_plan(DEMO)
    data = Path(__file__).resolve().parents[1] / "data" / "ts" / "secret_stale_action.xml"
    plan.task_sequences.append(load_task_sequence(data))
    plan_file = tmp_path / "with-ts.cmplan"
    save_plan(plan, plan_file)
    for name in ("rb.html", "rb.md"):
        out = tmp_path / name
        code, _, err = run(capsys, "runbook", str(plan_file), "-o", str(out))
        assert code == 0, err
        text = out.read_text(encoding="utf-8")
        assert "Set join password" in text  # the TS012 finding is there, by name
        for index in ("task_sequences[", "distribution_points[", ".children[", "dp_groups["):
            assert index not in text, (name, index)
        for secret in ("Old-j0in", "New-j0in", "Old-s3cret", "New-s3cret"):
            assert secret not in text, (name, secret)
