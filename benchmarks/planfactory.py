"""A generated plan of any size, the same every run: the benchmark plan's one source.

``large_plan()`` is the plan the issues' figures speak of: 1,000 DPs, 5,000 boundaries,
200 DP groups and 2,000 packages, with branch DPs, protected DPs, late joiners and the mix of
settings a large estate has, so every rule family has work to do. ``estate_plan()`` is the
same estate with 100,000 boundaries (a very large organisation's every subnet and AD site).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from cmplanner.model import (
    Boundary,
    Distribution,
    DistributionPoint,
    DPGroup,
    GroupMember,
    Package,
    Plan,
    Site,
)

START = datetime(2026, 1, 1, 8, 0)


def _octets(b: int) -> tuple[int, int, int]:
    """The first three octets of boundary ``b``'s subnet: 10.x.y for the first 64,000, then
    11.x.y and on (the 5,000-boundary plan is as it always was)."""
    second, third = divmod(b, 250)
    return 10 + second // 256, second % 256, third


def estate_plan(boundaries: int = 100_000) -> Plan:
    """The benchmark estate with 100,000 boundaries."""
    return large_plan(boundaries=boundaries)


def large_plan(
    dps: int = 1000,
    boundaries: int = 5000,
    groups: int = 200,
    packages: int = 2000,
    seed: int = 2007,
) -> Plan:
    rng = random.Random(seed)
    bounds = []
    for b in range(boundaries):
        kind = b % 4
        first, second, third = _octets(b)
        if kind == 0:
            bounds.append(
                Boundary(
                    name=f"B{b:05d}",
                    type="ip_subnet",
                    value=f"{first}.{second}.{third}.0/24",
                    connection="slow" if b % 10 == 0 else "fast",
                )
            )
        elif kind == 1:
            bounds.append(
                Boundary(
                    name=f"B{b:05d}",
                    type="ip_range",
                    value=f"172.16.{b % 250}.1-172.16.{b % 250}.100",
                )
            )
        elif kind == 2:
            bounds.append(Boundary(name=f"B{b:05d}", type="ad_site", value=f"SITE-{b:05d}"))
        else:
            bounds.append(
                Boundary(
                    name=f"B{b:05d}",
                    type="ipv6_prefix",
                    value=f"2001:{0xDB8 + (b >> 16):x}:{b & 0xFFFF:x}::/48",
                )
            )
    points = []
    for d in range(dps):
        b = rng.randrange(boundaries)
        first, second, third = _octets(b)
        standard_sources = [p.name for p in points if p.standard and p.bits_enabled]
        branch = d % 5 == 4 and bool(standard_sources)
        points.append(
            DistributionPoint(
                name=f"DP{d:04d}",
                server=f"DP{d:04d}.corp.example",
                host="server_share" if d % 17 == 0 else "server",
                branch=branch,
                bits_enabled=not branch and d % 3 != 0,
                protected=d % 7 == 0,
                protected_boundaries=[bounds[b].name] if d % 7 == 0 else [],
                mobile_device_support=d % 11 == 0,
                internet_based=d % 13 == 0,
                streaming=d % 9 == 0,
                multicast=d % 8 == 0,
                os="Windows Server 2008" if d % 2 else "Windows Server 2003",
                often_off=branch and d % 3 == 0,
                pulls_from=rng.choice(standard_sources) if branch else None,
                ip_address=f"{first}.{second}.{third}.{10 + d % 200}" if b % 4 == 0 else None,
                ad_site=bounds[b].value if b % 4 == 2 else None,
            )
        )
    dp_groups = []
    for g in range(groups):
        members = rng.sample(points, k=min(len(points), 8))
        dp_groups.append(
            DPGroup(
                name=f"Group {g:03d}",
                purpose="load_balancing" if g % 25 == 0 else "content_copy",
                members=[
                    GroupMember(dp=m.name, joined=START + timedelta(days=rng.randrange(90)))
                    for m in members
                ],
            )
        )
    pkgs = []
    for p in range(packages):
        sends = [
            Distribution(
                target_kind="group",
                target=dp_groups[rng.randrange(groups)].name,
                sent=START + timedelta(days=rng.randrange(120)),
            )
        ]
        if p % 4 == 0:
            sends.append(
                Distribution(
                    target_kind="dp",
                    target=rng.choice(points).name,
                    sent=START + timedelta(days=rng.randrange(120)),
                )
            )
        pkgs.append(Package(package_id=f"BIG{p:05X}", name=f"Package {p}", sent=sends))
    return Plan(
        name="Benchmark estate",
        site=Site(code="BIG", name="Benchmark"),
        boundaries=bounds,
        distribution_points=points,
        dp_groups=dp_groups,
        packages=pkgs,
    )
