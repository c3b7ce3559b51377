"""Writes the plan diff fixtures in this folder: a small approved plan and one plan per kind
of change. Run it again after changing it; the tests read the files, not this script."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cmplanner.model import (
    Boundary,
    Distribution,
    DistributionPoint,
    DPGroup,
    Group,
    GroupMember,
    Package,
    Plan,
    PxeCertificate,
    PxeServicePoint,
    Site,
    Step,
    TaskSequence,
)
from cmplanner.model.planfile import plan_to_json

HERE = Path(__file__).resolve().parent
RUN = "SMS_TaskSequence_RunCommandLineAction"


def base() -> Plan:
    return Plan(
        name="Utrecht branch rollout",
        site=Site(
            code="UTR", name="Utrecht", server="UTR-SCCM01.example.test", security_mode="native"
        ),
        boundaries=[
            Boundary(name="Utrecht office", type="ip_subnet", value="10.30.0.0/16"),
            Boundary(name="Utrecht servers", type="ip_range", value="10.31.0.1-10.31.0.254"),
        ],
        distribution_points=[
            DistributionPoint(
                name="UTR-SCCM01",
                server="UTR-SCCM01.example.test",
                bits_enabled=True,
                pxe=True,
                ip_address="10.31.0.10",
            ),
            DistributionPoint(
                name="UTR-DP02",
                server="UTR-DP02.example.test",
                bits_enabled=True,
                ip_address="10.30.1.20",
            ),
            DistributionPoint(
                name="UTR-DP03",
                server="UTR-DP03.example.test",
                ip_address="10.31.0.30",
            ),
        ],
        dp_groups=[
            DPGroup(
                name="Utrecht DPs",
                members=[
                    GroupMember(dp="UTR-SCCM01", joined=datetime(2026, 1, 5, 9)),
                    GroupMember(dp="UTR-DP02", joined=datetime(2026, 1, 5, 9)),
                ],
            )
        ],
        packages=[
            Package(
                package_id="UTR00001",
                name="Office 2007",
                sent=[
                    Distribution(
                        target_kind="group", target="Utrecht DPs", sent=datetime(2026, 1, 10, 10)
                    )
                ],
            ),
            Package(
                package_id="UTR00002",
                name="Windows 7 image",
                sent=[
                    Distribution(
                        target_kind="group", target="Utrecht DPs", sent=datetime(2026, 2, 1, 18)
                    )
                ],
            ),
        ],
        pxe=PxeServicePoint(
            server="UTR-SCCM01.example.test",
            password="not-in-any-output",
            certificate=PxeCertificate(
                source="imported",
                file_name="UTR-PXE.pfx",
                subject="CN=UTR PXE",
                thumbprint="11AA",
                client_authentication_eku=True,
                has_private_key=True,
                key_bits=2048,
            ),
        ),
        task_sequences=[
            TaskSequence(
                name="Deploy Windows 7",
                steps=[
                    Step(name="Partition disk", type="SMS_TaskSequence_PartitionDiskAction"),
                    Group(
                        name="Install",
                        children=[
                            Step(
                                name="Apply image",
                                type="SMS_TaskSequence_ApplyOperatingSystemAction",
                            ),
                            Step(name="Copy drivers", type=RUN, action="xcopy drivers"),
                            Step(
                                name="Install client",
                                type="SMS_TaskSequence_SetupWindowsAndSMSAction",
                            ),
                        ],
                    ),
                    Step(name="Copy logs", type=RUN, action="cscript copylogs.vbs"),
                ],
            )
        ],
    )


def variants() -> dict[str, Plan]:
    found: dict[str, Plan] = {}
    # a DP renamed in the plan: same server, another name (references follow the name)
    plan = base()
    plan.distribution_points[1].name = "UTR-DP02-HQ"
    plan.dp_groups[0].members[1].dp = "UTR-DP02-HQ"
    found["rename"] = plan
    # a step moved out of its group to the end, so later steps renumber
    plan = base()
    install = plan.task_sequences[0].steps[1]
    drivers = install.children.pop(1)
    plan.task_sequences[0].steps.append(drivers)
    found["moved-step"] = plan
    # UTR-DP03 joined the group after both packages were sent to it
    plan = base()
    plan.dp_groups[0].members.append(GroupMember(dp="UTR-DP03", joined=datetime(2026, 4, 1, 9)))
    found["late-joiner"] = plan
    # the server range shrinks: UTR-SCCM01 (10.31.0.10) falls outside and becomes remote
    plan = base()
    plan.boundaries[1].value = "10.31.0.100-10.31.0.254"
    found["boundary-remote"] = plan
    # multicast on a server share: the compatibility table says No
    plan = base()
    plan.distribution_points[2].host = "server_share"
    plan.distribution_points[2].multicast = True
    found["dp-settings"] = plan
    # a renewed PXE certificate and a new PXE password
    plan = base()
    assert plan.pxe is not None and plan.pxe.certificate is not None
    plan.pxe.certificate.thumbprint = "22BB"
    plan.pxe.password = "another-secret"
    found["pxe-certificate"] = plan
    return found


def main() -> None:
    (HERE / "base.cmplan").write_text(plan_to_json(base()), encoding="utf-8")
    for name, plan in variants().items():
        (HERE / f"{name}.cmplan").write_text(plan_to_json(plan), encoding="utf-8")


if __name__ == "__main__":
    main()
