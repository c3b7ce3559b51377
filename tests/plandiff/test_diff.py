"""The plan diff as a pure function: one fixture per kind of change (tests/data/plandiff)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.model import GroupMember, Note, Step
from cmplanner.model.plan import Plan
from cmplanner.model.planfile import load_plan
from cmplanner.plandiff import Status, StepStatus, diff_plans
from cmplanner.plandiff.output import format_json, format_text

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "plandiff"


def plan(name: str) -> Plan:
    return load_plan(DATA / f"{name}.cmplan")


def test_equal_plans_have_no_changes() -> None:
    diff = diff_plans(plan("base"), plan("base"))
    assert diff.equal and diff.changes == [] and diff.introduced == []
    assert format_text(diff) == "the plans are equal\n"


def test_order_of_objects_is_not_a_change() -> None:
    old, new = plan("base"), plan("base")
    new.distribution_points.reverse()
    new.boundaries.reverse()
    assert diff_plans(old, new).equal


def test_a_dp_with_the_same_server_is_a_rename_not_a_remove_and_an_add() -> None:
    diff = diff_plans(plan("base"), plan("rename"))
    assert [(c.collection, c.status, c.old_name, c.name) for c in diff.changes] == [
        ("distribution_points", Status.RENAMED, "UTR-DP02", "UTR-DP02-HQ")
    ]
    # the group's member follows the rename: no member change, no finding churn
    assert diff.changes[0].fields == ()
    assert diff.introduced == [] and diff.resolved == []


def test_a_new_server_under_an_old_name_is_a_change_of_server() -> None:
    old, new = plan("base"), plan("base")
    new.distribution_points[1].server = "UTR-DP09.example.test"
    (change,) = diff_plans(old, new).changes
    assert change.status is Status.CHANGED
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("server", "UTR-DP02.example.test", "UTR-DP09.example.test")
    ]


def test_added_and_removed_objects_by_name() -> None:
    old, new = plan("base"), plan("base")
    removed = new.distribution_points.pop(2)
    new.distribution_points.append(removed.model_copy(update={"name": "UTR-DP04", "server": ""}))
    diff = diff_plans(old, new)
    assert {(c.status, c.name) for c in diff.of("distribution_points")} == {
        (Status.ADDED, "UTR-DP04"),
        (Status.REMOVED, "UTR-DP03"),
    }
    added = next(c for c in diff.changes if c.status is Status.ADDED)
    assert added.new_subject == "distribution_points[2]" and added.old_subject is None


def test_a_moved_step_with_numbers_before_and_after() -> None:
    diff = diff_plans(plan("base"), plan("moved-step"))
    (change,) = diff.changes
    assert change.collection == "task_sequences"
    (step,) = change.steps
    assert (step.status, step.name, step.old_number, step.new_number) == (
        StepStatus.MOVED,
        "Copy drivers",
        3,
        6,
    )
    assert step.old_path == "steps[1].children[1]" and step.new_path == "steps[3]"
    # the steps that stayed put but get other smsts.log numbers
    assert [(r.name, r.old_number, r.new_number) for r in diff.renumbered] == [
        ("Install client", 4, 3),
        ("Copy logs", 6, 5),
    ]


def test_steps_added_removed_and_changed() -> None:
    old, new = plan("base"), plan("base")
    steps = new.task_sequences[0].steps
    steps.insert(0, Step(name="Set variables", type="SMS_TaskSequence_SetVariableAction"))
    steps[2].children[1].action = "xcopy drivers /s"  # Copy drivers, inside Install
    steps[2].children[1].enabled = False
    del steps[3]  # Copy logs
    (change,) = diff_plans(old, new).changes
    found = {(s.status, s.name, s.old_number, s.new_number) for s in change.steps}
    assert found == {
        (StepStatus.ADDED, "Set variables", None, 0),
        (StepStatus.CHANGED, "Copy drivers", 3, 4),
        (StepStatus.REMOVED, "Copy logs", 6, None),
    }
    changed = next(s for s in change.steps if s.status is StepStatus.CHANGED)
    assert "action: xcopy drivers -> xcopy drivers /s" in changed.details
    assert "enabled: yes -> no" in changed.details


def test_a_dp_that_joined_a_group_late_lists_what_it_will_not_get() -> None:
    diff = diff_plans(plan("base"), plan("late-joiner"))
    (joiner,) = diff.late_joiners
    assert (joiner.group, joiner.dp) == ("Utrecht DPs", "UTR-DP03")
    assert joiner.packages == ("UTR00001", "UTR00002")
    assert joiner.package_names == ("Office 2007", "Windows 7 image")
    assert joiner.subject == "dp_groups[0].members[2]"
    # the same list the rules engine's GRP001 gives
    assert [f.rule for f in diff.introduced] == ["GRP001"]
    assert "UTR00001, UTR00002" in diff.introduced[0].message


def test_a_member_that_joined_before_the_packages_misses_nothing() -> None:
    old, new = plan("base"), plan("base")
    new.dp_groups[0].members.append(GroupMember(dp="UTR-DP03", joined="2026-01-01T08:00:00"))
    diff = diff_plans(old, new)
    assert diff.late_joiners == [] and len(diff.changes) == 1


def test_a_boundary_that_makes_dps_remote() -> None:
    diff = diff_plans(plan("base"), plan("boundary-remote"))
    (change,) = diff.changes
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("value", "10.31.0.1-10.31.0.254", "10.31.0.100-10.31.0.254")
    ]
    shifts = {(s.dp, s.before, s.after, s.boundaries) for s in diff.locality}
    assert shifts == {
        ("UTR-SCCM01", "local", "remote", ("Utrecht servers",)),
        ("UTR-DP03", "local", "remote", ("Utrecht servers",)),
    }
    assert {f.rule for f in diff.introduced} == {"LOC002"}


def test_clients_that_lose_every_dp_are_reported_unserved() -> None:
    old, new = plan("base"), plan("base")
    for dp in new.distribution_points:  # every DP protected, only with the office
        dp.protected = True
        dp.protected_boundaries = ["Utrecht office"]
    diff = diff_plans(old, new)
    assert [(s.boundary, s.before, s.after) for s in diff.service] == [
        ("Utrecht servers", "served", "unserved"),
        ("(outside every boundary)", "served", "unserved"),
    ]


def test_a_boundary_without_dps_loses_its_clients_service_too() -> None:
    from cmplanner.model import Boundary

    old, new = plan("base"), plan("base")
    for p in (old, new):
        p.boundaries.append(Boundary(name="Utrecht lab", type="ad_site", value="UTR-LAB"))
    for dp in new.distribution_points:
        dp.protected = True
        dp.protected_boundaries = ["Utrecht office"]
    service = {(s.boundary, s.before, s.after) for s in diff_plans(old, new).service}
    assert ("Utrecht lab", "served", "unserved") in service
    assert not any(s[0] == "Utrecht office" for s in service)  # its DPs still serve it


def test_the_full_locality_table_agrees_with_the_shortcut() -> None:
    """The diff computes only the rows a change can move; the full tables must agree."""
    from cmplanner.rules.locality import locality_table

    old, new = plan("base"), plan("boundary-remote")
    new.distribution_points[1].protected = True
    new.distribution_points[1].protected_boundaries = ["Utrecht servers"]
    diff = diff_plans(old, new)
    before = {r.boundary: r for r in locality_table(old)}
    after = {r.boundary: r for r in locality_table(new)}

    def state(row, dp):  # type: ignore[no-untyped-def]
        for label in ("local", "fallback", "unavailable", "remote"):
            if dp in getattr(row, label):
                return label
        return "absent"

    expected = set()
    for boundary, row in after.items():
        for dp in [d.name for d in new.distribution_points]:
            was, now = state(before[boundary], dp), state(row, dp)
            if was != now:
                expected.add((dp, was, now, boundary))
    found = {(s.dp, s.before, s.after, b) for s in diff.locality for b in s.boundaries}
    assert found == expected and found


def test_dp_settings_are_rechecked_against_the_table() -> None:
    diff = diff_plans(plan("base"), plan("dp-settings"))
    (check,) = diff.settings
    assert check.dp == "UTR-DP03" and not check.compatible
    assert check.new_settings == ("Server Share", "Multicast")
    assert any("Server Share and Multicast" in c for c in check.conflicts)


def test_a_compatible_settings_change_says_so() -> None:
    old, new = plan("base"), plan("base")
    new.distribution_points[1].multicast = True
    (check,) = diff_plans(old, new).settings
    assert check.compatible and "Multicast" in check.new_settings


def test_a_pxe_certificate_change_brings_the_pxe_checklist_and_hides_the_password() -> None:
    diff = diff_plans(plan("base"), plan("pxe-certificate"))
    assert diff.pxe is not None
    assert any("certificate thumbprint" in r for r in diff.pxe.reasons)
    text = format_text(diff) + format_json(diff)
    assert "another-secret" not in text and "not-in-any-output" not in text
    (change,) = diff.changes
    assert ("password", "set", "set (changed)") in {(f.field, f.old, f.new) for f in change.fields}


def test_switching_pxe_on_a_dp_brings_the_pxe_checklist() -> None:
    old, new = plan("base"), plan("base")
    new.distribution_points[1].pxe = True
    diff = diff_plans(old, new)
    assert diff.pxe is not None and "UTR-DP02" in diff.pxe.reasons[0]


def test_findings_resolved_keep_the_old_plans_subjects() -> None:
    diff = diff_plans(plan("dp-settings"), plan("base"))
    assert {f.rule for f in diff.resolved} == {"DP001", "VER001"}
    assert all(f.subject.startswith("distribution_points[2]") for f in diff.resolved)
    assert diff.introduced == []


def test_group_members_and_sends_are_compared_as_items() -> None:
    old, new = plan("base"), plan("base")
    new.packages[0].sent.pop()
    (change,) = diff_plans(old, new).changes
    assert change.name == "Office 2007 (UTR00001)"
    assert [(f.field, f.old) for f in change.fields] == [
        ("sent removed", "to group Utrecht DPs on 2026-01-10 10:00")
    ]


def test_added_notes_are_changes_too() -> None:
    old, new = plan("base"), plan("base")
    new.notes.append(Note(text="Office moves to the new VLAN"))
    (change,) = diff_plans(old, new).changes
    assert (change.collection, change.status) == ("notes", Status.ADDED)


def test_checklist_progress_is_not_a_change() -> None:
    from cmplanner.model import ChecklistRun

    old, new = plan("base"), plan("base")
    new.checklists.append(ChecklistRun(pack="sp2-upgrade"))
    assert diff_plans(old, new).equal


def test_json_keeps_exact_subjects() -> None:
    import json

    data = json.loads(format_json(diff_plans(plan("base"), plan("late-joiner"))))
    assert data["equal"] is False
    (change,) = data["changes"]
    assert change["old_subject"] == change["new_subject"] == "dp_groups[0]"
    assert data["consequences"]["late_joiners"][0]["subject"] == "dp_groups[0].members[2]"
    assert data["findings_introduced"][0]["rule"] == "GRP001"
    assert set(data["findings_introduced"][0]) >= {"rule", "severity", "message", "subject"}


def test_a_renamed_boundary_keeps_its_protected_dps() -> None:
    old, new = plan("base"), plan("base")
    for p in (old, new):
        p.distribution_points[2].protected = True
        p.distribution_points[2].protected_boundaries = ["Utrecht servers"]
    new.boundaries[1].name = "Utrecht datacenter"
    new.distribution_points[2].protected_boundaries = ["Utrecht datacenter"]
    diff = diff_plans(old, new)
    assert [(c.status, c.old_name, c.name) for c in diff.changes] == [
        (Status.RENAMED, "Utrecht servers", "Utrecht datacenter")
    ]
    assert diff.locality == [] and diff.introduced == [] and diff.resolved == []


def test_a_secret_step_variable_never_shows_its_value() -> None:
    from cmplanner.model import Variable

    old, new = plan("base"), plan("base")
    for p, value in ((old, "first-secret"), (new, "second-secret")):
        step = p.task_sequences[0].steps[0]
        step.variables = [Variable(name="OSDJoinPassword", value=value)]
    diff = diff_plans(old, new)
    (change,) = diff.changes
    (step,) = change.steps
    assert step.status is StepStatus.CHANGED and any("OSDJoinPassword" in d for d in step.details)
    text = format_text(diff) + format_json(diff)
    assert "first-secret" not in text and "second-secret" not in text


def test_a_package_sent_before_a_member_joined_is_a_late_joiner_too() -> None:
    from cmplanner.model import Distribution, Package

    old, new = plan("late-joiner"), plan("late-joiner")
    new.packages.append(
        Package(
            package_id="UTR00003",
            name="USMT 4.0",
            sent=[
                Distribution(target_kind="group", target="Utrecht DPs", sent="2026-03-01T10:00:00")
            ],
        )
    )
    diff = diff_plans(old, new)
    (joiner,) = diff.late_joiners  # UTR-DP03 joined on 2026-04-01, after this send
    assert joiner.dp == "UTR-DP03"
    assert joiner.packages == ("UTR00001", "UTR00002", "UTR00003")


def test_a_rename_of_the_group_alone_brings_no_late_joiner() -> None:
    old, new = plan("late-joiner"), plan("late-joiner")
    new.dp_groups[0].name = "Utrecht software DPs"
    for package in new.packages:
        package.sent[0].target = "Utrecht software DPs"
    diff = diff_plans(old, new)
    assert [(c.status, c.name) for c in diff.changes] == [(Status.RENAMED, "Utrecht software DPs")]
    assert diff.late_joiners == []


def test_the_shortcut_for_objects_in_place_agrees_with_reading_every_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cmplanner.plandiff import findings

    old, new = plan("base"), plan("dp-settings")
    new.distribution_points[1].name = "UTR-DP02-HQ"  # renamed: same place, another name
    new.dp_groups[0].members[1].dp = "UTR-DP02-HQ"
    new.boundaries[1].value = "10.31.0.100-10.31.0.254"
    fast = diff_plans(old, new)
    monkeypatch.setattr(findings, "_aligned", lambda a, b: False)
    slow = diff_plans(old, new)
    assert fast.introduced == slow.introduced and fast.resolved == slow.resolved
    assert {f.rule for f in fast.introduced} == {"DP001", "VER001", "LOC002"}


def test_the_collector_is_back_on_after_a_diff_even_when_it_fails() -> None:
    import gc

    assert gc.isenabled()
    diff_plans(plan("base"), plan("rename"))
    assert gc.isenabled()
    with pytest.raises(AttributeError):
        diff_plans(plan("base"), None)  # type: ignore[arg-type]
    assert gc.isenabled()


def test_a_package_with_a_new_name_is_changed_not_equal() -> None:
    # packages are told apart by their package ID: their name is a field like any other
    old, new = plan("base"), plan("base")
    assert new.packages, "the fixture needs a package"
    new.packages[0].name = new.packages[0].name + " (refreshed)"
    diff = diff_plans(old, new)
    assert not diff.equal
    (change,) = diff.changes
    assert change.collection == "packages" and change.status is Status.CHANGED
    assert [(f.field, f.new) for f in change.fields] == [("name", new.packages[0].name)]
    assert "name:" in format_text(diff)
