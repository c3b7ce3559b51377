"""Checklist packs as data: every pack loads with its sources, bad packs are refused clearly,
and filling a pack from a plan gives the exact DPs, servers and packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.checklists import PackScope, fill, fill_header, load_packs, remote_site_systems
from cmplanner.checklists.packs import load_pack_file
from cmplanner.demo import demo_plan
from cmplanner.errors import InputError
from cmplanner.rules.context import PlanContext, packages_missed

pytestmark = pytest.mark.core

REQUIRED_IDS = {
    "dp-group-creation",
    "pxe-certificate-import",
    "pxe-policy-decoding-error",
    "sp2-upgrade",
    "capture-only-preflight",
    "usmt-hardlink-setup",
    "log-copy-setup",
}


def test_every_required_pack_exists_with_sources() -> None:
    packs = load_packs()
    assert set(packs) >= REQUIRED_IDS
    for pack in packs.values():
        assert pack.citations and pack.source  # ids of resources/sources.toml, printed
        assert pack.steps
        for step in pack.steps:
            assert pack.source_of(step)
            assert step.expected and step.evidence


def test_pack_ids_are_unique_per_file() -> None:
    ids = [
        load_pack_file(p).id
        for p in sorted(
            Path(load_packs.__code__.co_filename)
            .parents[2]
            .joinpath("resources", "checklists")
            .glob("*.toml")
        )
    ]
    assert len(ids) == len(set(ids)) == len(load_packs())


def test_pxe_certificate_pack_has_the_requirements_and_where_it_appears() -> None:
    text = " ".join(
        s.instruction + " " + s.expected for s in load_packs()["pxe-certificate-import"].steps
    )
    for needed in (
        "Client Authentication",
        "private key",
        "2048 bits",
        "unique",
        "Import Certificate",
        "Database tab",
        "Block and Unblock",
    ):
        assert needed in text


def test_policy_decoding_pack_names_symptom_log_and_fix() -> None:
    pack = load_packs()["pxe-policy-decoding-error"]
    assert "No cert available for policy decoding" in pack.symptoms
    assert "0x80004005" in pack.symptoms
    phases = [s.phase for s in pack.steps]
    assert phases == [
        "Symptom",
        "Where to look",
        "Cause",
        "Fix",
        "If the certificate is there",
        "Verify",
    ]
    assert "pxe-certificate-import" in pack.related
    assert any("smsts.log" in s.instruction for s in pack.steps)


def test_missing_field_names_file_and_field(data_dir: Path) -> None:
    folder = data_dir / "runbook" / "packs_missing_field"
    with pytest.raises(InputError) as info:
        load_packs(folder)
    assert info.value.source and info.value.source.endswith("broken.toml")
    assert info.value.place == "step[1].expected"
    assert "expected" in info.value.problem and "missing" in info.value.problem


def test_unknown_placeholder_is_refused(data_dir: Path) -> None:
    with pytest.raises(InputError) as info:
        load_packs(data_dir / "runbook" / "packs_unknown_placeholder")
    assert "{grop}" in info.value.problem


def test_bad_toml_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("id = \n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid TOML"):
        load_packs(tmp_path)


def test_dp_group_pack_lists_exactly_the_missed_packages() -> None:
    plan = demo_plan()
    ctx = PlanContext.build(plan)
    pack = load_packs()["dp-group-creation"]
    steps = {s.id: s for s in fill(pack, plan, "All Netherlands DPs", ctx=ctx)}
    late = steps["add-missed-packages:RTM-BDP01"]
    expected = packages_missed(ctx, 0, 2)
    assert expected == ["AMS00001", "AMS00002"]
    assert [d.split(" ")[0] for d in late.details] == expected
    assert "AMS00003" not in late.instruction  # sent to the DP directly afterwards
    assert late.warning and late.sign_off
    assert "add-missed-packages:AMS-DP02" not in steps  # joined before anything was sent
    assert steps["open-dp-properties"].instruction.startswith("Select AMS-SCCM01")
    assert {"add-member:AMS-DP02", "add-member:RTM-BDP01"} <= set(steps)


def test_group_pack_without_subject_is_generic_and_unknown_group_refused() -> None:
    plan = demo_plan()
    pack = load_packs()["dp-group-creation"]
    generic = fill(pack, plan)
    creating = [s.id for s in pack.steps if s.when.value != "existing_group"]
    assert [s.id for s in generic] == creating
    assert all("{" not in s.instruction for s in generic)
    with pytest.raises(InputError, match="no DP group named"):
        fill(pack, plan, "No such group")


def test_sp2_pack_lists_remote_site_systems_but_not_the_site_server() -> None:
    plan = demo_plan()
    systems = dict(remote_site_systems(plan))
    assert "AMS-SCCM01.corp.contoso.com" not in systems  # the site server itself
    assert systems["RTM-WS0042.corp.contoso.com"] == ["branch distribution point"]
    steps = [
        s for s in fill(load_packs()["sp2-upgrade"], plan) if s.step == "check-remote-site-system"
    ]
    assert len(steps) == len(systems) == 3
    assert {s.phase for s in fill(load_packs()["sp2-upgrade"], plan)} == {
        "Before the upgrade",
        "The upgrade",
        "After the upgrade",
    }


def test_pxe_pack_is_filled_from_the_certificate() -> None:
    plan = demo_plan()
    pack = load_packs()["pxe-certificate-import"]
    assert pack.scope is PackScope.PXE
    steps = fill(pack, plan, plan.pxe.server)
    assert any("AMS-PXE.pfx" in s.instruction for s in steps)
    header = fill_header(pack, plan, plan.pxe.server)
    assert any("native mode" in w for w in header.warnings)


def test_values_are_inserted_as_text_not_expanded() -> None:
    plan = demo_plan()
    plan.dp_groups[0].name = "{site_code} {{ 7*7 }}"
    steps = fill(load_packs()["dp-group-creation"], plan, "{site_code} {{ 7*7 }}")
    name_step = next(s for s in steps if s.id == "name-group")
    assert "{site_code} {{ 7*7 }}" in name_step.instruction
    assert "AMS {{" not in name_step.instruction


def test_again_is_only_for_repeated_steps_and_uses_known_placeholders(tmp_path: Path) -> None:
    step = (
        'id = "p"\ntitle = "A pack"\nsummary = "A pack for the test."\n'
        'source = "seed: Distribution Point Groups in ConfigMgr 2007"\nscope = "dp_group"\n'
        '[[step]]\nid = "s"\ninstruction = "Do it for {dp}."\nexpected = "Done."\n'
        'evidence = "Note."\n'
    )
    (tmp_path / "once.toml").write_text(step + 'again = "{dp}"\n', encoding="utf-8")
    with pytest.raises(InputError, match="repeated steps only"):
        load_packs(tmp_path)
    (tmp_path / "once.toml").write_text(
        step + 'repeat = "other_member"\nagain = "{server}"\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"\{server\}"):
        load_packs(tmp_path)


def test_repeated_steps_carry_their_short_form() -> None:
    plan = demo_plan()
    group = plan.dp_groups[0].name
    steps = fill(load_packs()["dp-group-creation"], plan, group)
    members = [s for s in steps if s.step == "add-member"]
    assert len(members) >= 2
    assert [s.again for s in members] == [s.item for s in members]
    late = next(s for s in steps if s.step == "add-missed-packages")
    assert late.again.startswith(f"{late.item} (joined ") and late.details[0] in late.again
    assert all(not s.again for s in steps if not s.item)


def test_adding_dps_to_an_existing_group_ticks_the_group_and_never_creates_it() -> None:
    from datetime import datetime

    from cmplanner.checklists import fill_header
    from cmplanner.model.distribution import GroupMember

    plan = demo_plan()
    pack = load_packs()["dp-group-creation"]
    group = plan.dp_groups[0]
    old_members = {m.dp for m in group.members}
    newcomer = next(dp.name for dp in plan.distribution_points if dp.name not in old_members)
    group.members.append(GroupMember(dp=newcomer, joined=datetime(2099, 1, 1)))
    steps = fill(pack, plan, group.name, joining=[newcomer])
    ids = [s.id for s in steps]
    assert "new-group" not in ids and "name-group" not in ids  # no New icon
    assert not any(i.startswith("add-member") for i in ids)  # no re-ticking old members
    join = [s for s in steps if s.step == "join-existing-group"]
    assert [s.item for s in join] == [newcomer]
    assert "Group Membership" in join[0].instruction and group.name in join[0].instruction
    assert "do not click New" in join[0].instruction
    late = [s for s in steps if s.step == "add-missed-packages"]
    assert [s.item for s in late] == [newcomer]  # every package sent before it joined
    assert late[0].details  # listed one by one, as GRP001 lists them
    header = fill_header(pack, plan, group.name, joining=[newcomer])
    assert header.summary.startswith("Add distribution points to the existing DP group")
