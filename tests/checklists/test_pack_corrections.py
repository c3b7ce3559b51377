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
