"""With --plan: the client's content location in its logs against the plan's locality table,
and a PXE certificate failure tied to the plan's PXE service point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.demo import demo_plan
from cmplanner.logs.analysis import analyze_logs
from cmplanner.model.planfile import save_plan

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "logs"
KINDS = DATA / "kinds"
CLIENT = [
    KINDS / "LocationServices.log",
    KINDS / "CAS.log",
    KINDS / "ContentTransferManager.log",
    KINDS / "DataTransferService.log",
]
REQUEST = (
    'Created filtered ContentLocationRequest \'<ContentLocationRequest SchemaVersion="1.00">'
    '<ClientLocationInfo LocationType="SMSPACKAGE">{site}<IPAddresses>'
    '<IPAddress SubnetAddress="{subnet}" Address="{address}"/></IPAddresses>'
    "</ClientLocationInfo></ContentLocationRequest>'"
)
OFFER = (
    "Distribution Point='http://{dp}/SMS_DP_SMSPKGC$/AMS00007', Locality='{locality}', "
    "DPType='SERVER', Version='6487',"
)
LINE = (
    '<![LOG[{msg}]LOG]!><time="10:58:0{n}.000-60" date="03-16-2010" '
    'component="LocationServices" context="" type="1" thread="1" file="ls.cpp:1">'
)


def location_log(
    tmp_path: Path, address: str, offers: list[tuple[str, str]], site: str = ""
) -> Path:
    subnet = ".".join([*address.split(".")[:2], "0", "0"])
    site_xml = f'<ADSite Name="{site}"/>' if site else ""
    messages = [REQUEST.format(site=site_xml, subnet=subnet, address=address)]
    messages += [OFFER.format(dp=dp, locality=loc) for dp, loc in offers]
    path = tmp_path / "LocationServices.log"
    path.write_text("\n".join(LINE.format(msg=m, n=i) for i, m in enumerate(messages)))
    return path


def test_the_client_did_what_the_plan_says() -> None:
    a = analyze_logs(CLIENT, demo_plan())
    check = a.plan_check
    assert check is not None and check.agrees
    assert check.boundary == "Amsterdam HQ clients"
    assert check.ad_site == "Amsterdam" and check.addresses == ["10.10.5.23"]
    assert [(o.dp, o.locality) for o in check.offers] == [("AMS-DP02", "LOCAL")]
    assert [o.dp for o in check.used] == ["AMS-DP02"]
    assert not a.failed


def test_no_plan_no_comparison() -> None:
    assert analyze_logs(CLIENT).plan_check is None


@pytest.mark.parametrize(
    ("address", "offers", "kind", "dp"),
    [
        # the MP calls the site server local; the plan calls it remote (a fallback) for HQ
        (
            "10.10.5.23",
            [("AMS-DP02.corp.contoso.com", "LOCAL"), ("AMS-SCCM01.corp.contoso.com", "LOCAL")],
            "locality",
            "AMS-SCCM01",
        ),
        # a Rotterdam branch DP, protected with Rotterdam only, served an HQ client
        (
            "10.10.5.23",
            [("AMS-DP02.corp.contoso.com", "LOCAL"), ("RTM-WS0042.corp.contoso.com", "REMOTE")],
            "protected-elsewhere",
            "RTM-BDP01",
        ),
        # the plan promises AMS-DP02 local for HQ; the client got only a remote DP
        ("10.10.5.23", [("AMS-SCCM01.corp.contoso.com", "REMOTE")], "no-local-dp", "AMS-DP02"),
        # a DP the plan does not know
        (
            "10.10.5.23",
            [("AMS-DP02.corp.contoso.com", "LOCAL"), ("LAB-DP09.corp.contoso.com", "REMOTE")],
            "unknown-dp",
            "LAB-DP09.corp.contoso.com",
        ),
        # the client is in no boundary of the plan at all
        ("192.168.7.7", [("AMS-SCCM01.corp.contoso.com", "REMOTE")], "outside", ""),
    ],
)
def test_each_kind_of_mismatch_is_a_finding(
    tmp_path: Path, address: str, offers: list[tuple[str, str]], kind: str, dp: str
) -> None:
    log = location_log(tmp_path, address, offers)
    a = analyze_logs([log], demo_plan())
    check = a.plan_check
    assert check is not None
    mismatches = [m for m in check.mismatches if m.kind == kind]
    assert len(mismatches) == 1, check.mismatches
    m = mismatches[0]
    assert m.dp == dp and m.fix and m.line >= 1 and m.source == str(log)
    assert m.boundary == (
        "Amsterdam HQ clients" if kind != "outside" else "(outside every boundary)"
    )
    assert {x.kind for x in check.mismatches} == {kind}


def test_mismatch_in_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "demo.cmplan"
    save_plan(demo_plan(), plan)
    log = location_log(tmp_path, "10.10.5.23", [("RTM-WS0042.corp.contoso.com", "REMOTE")])
    main(["log", "analyze", str(log), "--plan", str(plan)])
    out = capsys.readouterr().out
    assert (
        "MISMATCH (protected-elsewhere): RTM-BDP01 served a client in 'Amsterdam HQ clients'" in out
    )
    assert "MISMATCH (no-local-dp)" in out and "fix:" in out
    main(["log", "analyze", str(log), "--plan", str(plan), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    kinds = {m["kind"] for m in data["plan_check"]["mismatches"]}
    assert kinds == {"protected-elsewhere", "no-local-dp"}
    rules = [f for f in data["findings"] if f["rule"] == "LOG-PLAN-LOCALITY"]
    assert len(rules) == 2 and all(f["subject"].startswith(str(log)) for f in rules)


def test_pxe_failure_names_the_plans_pxe_point_certificate_and_pxe003(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = demo_plan()
    a = analyze_logs([DATA / "pxe-cert-failure_smsts.log"], plan)
    link = a.pxe_plan
    assert link is not None
    assert link.server == "AMS-SCCM01.corp.contoso.com"
    assert link.certificate_file == "AMS-PXE.pfx"
    assert link.finding is not None and link.finding.rule == "PXE003"
    path = tmp_path / "demo.cmplan"
    save_plan(plan, path)
    main(["log", "analyze", str(DATA / "pxe-cert-failure_smsts.log"), "--plan", str(path)])
    out = capsys.readouterr().out
    assert "The plan's PXE service point: AMS-SCCM01.corp.contoso.com" in out
    assert "AMS-PXE.pfx" in out and "finding PXE003" in out


def test_no_pxe_link_without_a_pxe_failure() -> None:
    assert analyze_logs(CLIENT, demo_plan()).pxe_plan is None
