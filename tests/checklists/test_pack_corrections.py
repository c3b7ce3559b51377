"""Checklists and known errors say everything their sources require (issue: every rule
right): the PXE certificate's root CA and CRL, one console path, the SP2 upgrade for RTM."""

from __future__ import annotations

import re

import pytest

from cmplanner.checklists import fill_header, load_packs
from cmplanner.demo import demo_plan
from cmplanner.logs.knowledge import load_knowledge_base
from cmplanner.model.site import SiteVersion
from cmplanner.paths import resources_dir

pytestmark = pytest.mark.core

NATIVE_OSD = (
    "http://tutorial.wmlcloud.com/windows_server/System-Center-Configuration-Manager-2007---"
    "Operating-System-Deployment---Native-Mode.aspx"
)


def test_pxe_import_checks_root_ca_and_crl_before_the_import() -> None:
    pack = load_packs()["pxe-certificate-import"]
    ids = [s.id for s in pack.steps]
    assert ids.index("specify-root-ca") < ids.index("browse-certificate")
    assert ids.index("crl-reachable") < ids.index("browse-certificate")
    root, crl = pack.step("specify-root-ca"), pack.step("crl-reachable")
    assert root is not None and crl is not None
    assert (
        "Site Mode tab" in root.instruction and "Specify Root CA Certificates" in root.instruction
    )
    assert "Active Directory" in crl.instruction
    assert NATIVE_OSD in pack.source_of(root) and NATIVE_OSD in pack.source_of(crl)


def test_policy_error_names_root_ca_and_crl_as_causes() -> None:
    entry = next(e for e in load_knowledge_base().entries if e.id == "KE-PXE-POLICY")
    assert "Specify Root CA Certificates" in entry.cause and "Active Directory" in entry.cause
    assert NATIVE_OSD in entry.source
    pack = load_packs()["pxe-policy-decoding-error"]
    step = pack.step("check-root-ca-and-crl")
    assert step is not None and "Specify Root CA Certificates" in step.instruction


def test_the_pxe_certificate_node_is_named_one_way_everywhere() -> None:
    texts = [
        p.read_text(encoding="utf-8")
        for folder in ("checklists", "rules", "knowledge")
        for p in (resources_dir() / folder).glob("*.toml")
    ]
    joined = "\n".join(texts)
    assert "Boot Media / PXE" not in joined and "shown as PXE" not in joined
    nodes = set(re.findall(r"Certificates(?: >|,) (PXE|Boot Media|[A-Z][\w ]*)", joined))
    assert nodes <= {"PXE", "Boot Media"}
    assert "Site Settings > Certificates > PXE" in joined


@pytest.mark.parametrize("version", ["RTM", "SP1", "SP2 RC", "SP2"])
def test_sp2_upgrade_applies_from_rtm_on(version: str) -> None:
    assert load_packs()["sp2-upgrade"].applies_to(SiteVersion.parse(version))


def test_sp2_intro_reads_right_on_a_site_already_at_sp2() -> None:
    plan = demo_plan()
    plan.site.service_pack = SiteVersion.parse("SP2").service_pack
    summary = fill_header(load_packs()["sp2-upgrade"], plan).summary
    assert "now SP2" not in summary and "for the SP2 upgrade" not in summary


def test_sp2_checklist_holds_the_upgrade_itself_in_the_documented_order() -> None:
    pack = load_packs()["sp2-upgrade"]
    ids = [s.id for s in pack.steps]
    order = [
        "backup-site",
        "prerequisite-checker",
        "test-database-upgrade",
        "run-setup",
        "upgrade-secondary-sites",
        "upgrade-consoles",
        "upgrade-clients",
        "check-pxe-certificate",
    ]
    assert [ids.index(i) for i in order] == sorted(ids.index(i) for i in order)
    upgrade = [s for s in pack.steps if s.phase == "The upgrade"]
    assert [s.id for s in upgrade] == order[2:7]
    for step in upgrade:
        assert step.citations, step.id  # each step cites its own source
    setup = pack.step("run-setup")
    assert (
        setup is not None and "Setup" in setup.instruction and "{site_server}" in setup.instruction
    )
    assert "sp2-upgrade-checklist" in setup.citations
    secondary = pack.step("upgrade-secondary-sites")
    assert secondary is not None and "upgrade-secondary-site-wizard" in secondary.citations
    test_db = pack.step("test-database-upgrade")
    assert test_db is not None and "/testdbupgrade" in test_db.instruction
    assert "by analogy" in test_db.instruction
    consoles = pack.step("upgrade-consoles")
    assert consoles is not None and pack.source_of(consoles).startswith("unverified: ")


def test_sp2_after_steps_without_a_page_say_so() -> None:
    pack = load_packs()["sp2-upgrade"]
    for step_id in ("update-boot-images", "test-deployment"):
        step = pack.step(step_id)
        assert step is not None
        assert pack.source_of(step).startswith("unverified: no source found")
    waik = pack.step("check-waik")
    assert waik is not None and waik.citations == ("css-usmt4-hardlink",)
    remote = pack.step("check-remote-site-system")
    assert remote is not None and "by analogy" in remote.instruction
