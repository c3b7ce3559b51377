"""The runbook's task-sequence section says what the error-catching group expects: the share,
the drive, the account and the very script to put on the share."""

from __future__ import annotations

from cmplanner.demo import demo_path
from cmplanner.model.planfile import load_plan
from cmplanner.runbook import RunbookFormat, render_runbook
from cmplanner.runbook.tasksequences import outline
from cmplanner.tasksequence.logscript import log_copy_script


def test_the_log_copy_set_up_is_printed_with_its_script() -> None:
    plan = load_plan(demo_path())
    wrapped = next(ts for ts in plan.task_sequences if ts.builder == "error-catching")
    found = outline(wrapped).log_copy
    assert found is not None
    assert (found.share, found.drive) == (r"\\AMS-SCCM01\Deploy$", "Z:")
    assert found.script == log_copy_script("Z:", "LOGS")
    html = render_runbook(plan, RunbookFormat.HTML, ["task-sequences"])
    assert r"maps \\AMS-SCCM01\Deploy$ as Z:" in html
    assert "<pre>&#39; CopyLogs.vbs" in html
    markdown = render_runbook(plan, RunbookFormat.MARKDOWN, ["task-sequences"])
    assert "\n    Option Explicit\n" in markdown  # a code block: the script reads as written


def test_a_task_sequence_without_error_catching_prints_no_log_copy() -> None:
    plan = load_plan(demo_path())
    plain = next(ts for ts in plan.task_sequences if ts.builder == "capture-only")
    assert outline(plain).log_copy is None
