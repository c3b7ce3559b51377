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
    assert r"maps <bdi>\\AMS-SCCM01\Deploy$</bdi> as Z:" in html
    assert "<pre><bdi>&#39; CopyLogs.vbs" in html
    markdown = render_runbook(plan, RunbookFormat.MARKDOWN, ["task-sequences"])
    assert "\n    Option Explicit\n" in markdown  # a code block: the script reads as written


def test_a_task_sequence_without_error_catching_prints_no_log_copy() -> None:
    plan = load_plan(demo_path())
    plain = next(ts for ts in plan.task_sequences if ts.builder == "capture-only")
    assert outline(plain).log_copy is None


def test_the_dp_design_section_gives_the_cited_console_steps() -> None:
    plan = load_plan(demo_path())
    for fmt in (RunbookFormat.HTML, RunbookFormat.MARKDOWN):
        text = render_runbook(plan, fmt, ["dp-design"])
        assert "Console steps to create each distribution point" in text
        assert "AMS - Contoso Amsterdam</bdi> > Site Settings > Site Systems" in text or (
            "AMS - Contoso Amsterdam > Site Settings > Site Systems" in text
        )
        for step, source in [
            ("New Site Role Wizard", "c84ae570-7cfb-47c9-81bf-1c7cb4131b97"),
            ("Enable this system as a protected site system", "96a10fc3"),
            ("using BITS, HTTP, and HTTPS", "7a41355c-8deb-476e-a267-cced42c9584b"),
        ]:
            assert step in text and source in text


def test_a_share_mapped_without_drive_or_folder_is_read_as_the_builder_builds_it() -> None:
    """An imported error-catching group that does not say its drive letter, with no builder
    options, is read with the drive and folder the error-catching builder itself uses."""
    from cmplanner.model.site import SiteVersion
    from cmplanner.model.tasksequence import Step
    from cmplanner.tasksequence.analysis import find_catch_group
    from cmplanner.tasksequence.builders import build

    built = build("error-catching", SiteVersion.parse("SP2"))
    catch = find_catch_group(built.steps)
    assert catch is not None
    connect = next(s for s in catch.children if isinstance(s, Step) and s.variable("DriveLetter"))
    built_drive, built_folder = connect.variable("DriveLetter"), built.builder_options["folder"]
    bare_connect = connect.model_copy(
        update={
            "variables": [v for v in connect.variables if "DriveLetter" not in (v.name, v.property)]
        }
    )
    children = [bare_connect if c is connect else c for c in catch.children]
    steps = [
        catch.model_copy(update={"children": children}) if s is catch else s for s in built.steps
    ]
    imported = built.model_copy(update={"steps": steps, "builder_options": {}})
    found = outline(imported).log_copy
    assert found is not None
    assert (found.drive, found.folder) == (built_drive, built_folder)
