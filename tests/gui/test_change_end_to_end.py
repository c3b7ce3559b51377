"""Done when: approve the demo plan, make three realistic changes, print a change runbook
that lists exactly what those changes need and nothing else."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.gui.commands import InsertItemCommand, SetValueCommand
from cmplanner.model import GroupMember, Note, Step
from cmplanner.model.planfile import load_plan
from cmplanner.runbook.change import build_change_context

pytestmark = pytest.mark.gui


def test_approve_change_and_print_only_what_the_change_needs(window, tmp_path: Path) -> None:
    # 1. the change board approves the demo plan; the approved file is kept aside
    window.approve_plan("Jan de Vries", "CAB-2026-041")
    approved = tmp_path / "approved.cmplan"
    assert window.save_to(approved)
    working = tmp_path / "working.cmplan"
    assert window.save_to(working)
    doc = window.doc
    # 2. three realistic changes, each one undoable edit
    #    a. the Rotterdam WAN link is upgraded: the branch boundary becomes fast
    doc.push(SetValueCommand(doc, "boundaries[2].connection", "fast"))
    #    b. the file server's DP share joins the software group, months after the packages
    members = [m.model_copy() for m in doc.plan.dp_groups[0].members]
    members.append(GroupMember(dp="AMS-FS01 share", joined=datetime(2026, 4, 1, 9)))
    doc.push(SetValueCommand(doc, "dp_groups[0].members", members))
    #    c. the capture task sequence cleans temporary files before preparing the client
    steps = [s.model_copy(deep=True) for s in doc.plan.task_sequences[0].steps]
    steps.insert(
        1,
        Step(
            name="Clean up temporary files",
            type="SMS_TaskSequence_RunCommandLineAction",
            action="cmd /c del /q /s %TEMP%",
        ),
    )
    doc.push(SetValueCommand(doc, "task_sequences[0].steps", steps))
    doc.push(
        InsertItemCommand(
            doc,
            "notes",
            Note(
                text="WAN upgrade in Rotterdam; the file server serves software too", author="Jan"
            ),
        )
    )
    window.title_timer.timeout.emit()  # the title follows edits after a short pause
    assert "changed since approved" in window.windowTitle()
    # 3. the change runbook, from the compare view
    panel = window.compare_with(approved)
    target = tmp_path / "change.md"
    panel.write_change_runbook(target)
    text = target.read_text(encoding="utf-8")

    # exactly the three changed objects get steps, nothing else
    items = re.findall(r"^### 2\.\d+\. (.+)$", text, flags=re.MULTILINE)
    assert items == [
        "boundary Rotterdam branch: changed",
        "DP group All Netherlands DPs: changed",
        "task sequence Capture Windows 7 reference: changed",
    ]
    # the summary: why (the note), the approval departed from, risk and rollback
    assert "WAN upgrade in Rotterdam" in text
    assert "approved by Jan de Vries on" in text and "(CAB-2026-041)" in text
    assert "### Risk: medium" in text  # GRP001 (a warning) is introduced
    assert "take out AMS-FS01 share" in text and "connection back to slow" in text
    # what each change needs
    assert "RTM-BDP01 goes from remote to local for clients in Rotterdam branch" in text
    assert "AMS00001 (Microsoft Office 2007 SP2)" in text  # the late joiner's missed packages
    assert "| added | Clean up temporary files | — | 1 |" in text
    assert "Capture the Reference Machine 3 -> 4" in text  # renumbered for smsts.log
    # only the group steps for the new member, not the whole group creation
    assert "Add members to a distribution point group" in text
    assert "Enter the Distribution Point Group name" not in text
    # nothing about what did not change
    for untouched in (
        "Import the PXE service point certificate",
        "Windows XP to Windows 7 refresh",
        "Amsterdam HQ clients",
        "OSD load balancing",
    ):
        assert untouched not in text
    # the console steps have tick boxes and each object a sign-off
    # boundary 1, group 3 (add the member, its missed packages, verify), task sequence 1
    assert text.count("- [ ] **") == 5
    assert "Signed off by:" in text and "Carried out by:" in text

    # the saved files: the approved plan unchanged, and its stamp holds
    context = build_change_context(load_plan(approved), doc.plan)
    assert context["meta"]["approved"].startswith("approved by Jan de Vries")
    assert context["meta"]["now"].endswith("changed since approved")
