"""The plan against what a client did: its boundary and DPs in the logs against the locality table.

The TechNet wiki "Guide to Troubleshooting Client Content Download in Configuration Manager
2007" walks the content location request (the client's AD site and IP addresses, in
LocationServices.log), the management point's answer (each DP with its locality, LOCAL or
REMOTE), and the download (CAS.log, ContentTransferManager.log, DataTransferService.log).
Those lines are read here and compared with the plan's locality table from the rules
engine (``rules/locality.py``): a DP the client was offered that the plan calls remote or
protected elsewhere, or no local DP where the plan promised one, is a finding with the
boundary, the DP, the log line and the fix.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from cmplanner.logs.entry import LogEntry
from cmplanner.tasksequence.secrets import mask_secrets_in_text

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan
    from cmplanner.rules.locality import LocalityRow

# The TechNet wiki's content-download guide walks the request, the MP's answer and the
# download; the field notes say when a DP is local.
SOURCE_IDS = ("content-download-guide", "seed-remote-dps")


def source_text() -> str:
    """The printed citation of the plan-against-reality findings (from the registry)."""
    from cmplanner.sources import load_sources

    return load_sources().text(SOURCE_IDS)


_AD_SITE = re.compile(r"<ADSite Name=\"([^\"]+)\"|Current AD site of machine is (\S+)")
_ADDRESS = re.compile(r"<IPAddress\b[^>]*?\bAddress=\"([0-9A-Fa-f.:]+)\"")
_OFFER = re.compile(
    r"Distribution Point='([^']+)',\s*Locality='(\w+)'"
    r"|Matching DP Location found \d+ - (\S+?)\s*\(Locality: (\w+)\)"
)
_USED = re.compile(
    r"(?:started download from|created to download from|download from) '([^']+)'", re.I
)
_MISMATCH_FIX = {
    "locality": "The site's boundaries do not say what the plan says about this DP: check that "
    "the boundary holds the DP's subnet or AD site and is marked fast (LAN), or correct the plan.",
    "protected-elsewhere": "The plan protects this DP with other boundaries, yet it served this "
    "client: set the DP's protected boundaries on the site as the plan has them, or correct "
    "the plan.",
    "no-local-dp": "The plan gives this boundary a local DP, but the client was offered none: "
    "send the package to that DP and check that its boundary is fast and holds the DP.",
    "unknown-dp": "The client was offered a DP the plan does not have: add it to the plan, or "
    "remove the package from it on the site.",
    "outside": "The client's address and AD site are in no boundary of the plan: add a fast "
    "boundary for its subnet or AD site, or correct the plan.",
}


@dataclass
class Offer:
    """A DP the management point offered (or the client used), as the log line says it."""

    dp: str  # the DP's host as the log writes it
    locality: str  # LOCAL, REMOTE, ... ("" for a DP only seen being used)
    source: str
    line: int
    message: str


@dataclass
class Mismatch:
    """One way the client's logs disagree with the plan."""

    kind: str  # locality, protected-elsewhere, no-local-dp, unknown-dp, outside
    boundary: str
    dp: str
    message: str
    fix: str
    source: str
    line: int
    log: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class PlanCheck:
    """The client as its logs show it, and where that disagrees with the plan."""

    ad_site: str | None = None
    addresses: list[str] = field(default_factory=list)
    boundary: str | None = None  # the plan's boundary the client is in
    offers: list[Offer] = field(default_factory=list)
    used: list[Offer] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return not self.mismatches

    def to_dict(self) -> dict[str, Any]:
        return {
            "ad_site": self.ad_site,
            "addresses": self.addresses,
            "boundary": self.boundary,
            "offers": [o.__dict__ for o in self.offers],
            "used": [o.__dict__ for o in self.used],
            "mismatches": [m.to_dict() for m in self.mismatches],
            "source": source_text(),
        }


class ContentLocationReader:
    """Feed LocationServices.log, CAS.log, ContentTransferManager.log and DataTransferService.log
    entries; ``check(plan)`` compares what they showed with the plan."""

    def __init__(self) -> None:
        self.result = PlanCheck()
        self._seen_offers: set[tuple[str, str]] = set()

    @property
    def saw_anything(self) -> bool:
        r = self.result
        return bool(r.ad_site or r.addresses or r.offers or r.used)

    def feed(self, entry: LogEntry) -> None:
        msg = entry.message
        r = self.result
        for m in _AD_SITE.finditer(msg):
            r.ad_site = m.group(1) or m.group(2)
        for m in _ADDRESS.finditer(msg):
            if m.group(1) not in r.addresses:
                r.addresses.append(m.group(1))
        for m in _OFFER.finditer(msg):
            url, locality = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            host = dp_host(url)
            key = (host.casefold(), locality.upper())
            if host and key not in self._seen_offers:
                self._seen_offers.add(key)
                r.offers.append(
                    Offer(host, locality.upper(), entry.source, entry.line, _quoted(msg))
                )
        used = _USED.search(msg)
        if used is not None:
            host = dp_host(used.group(1))
            if host and all(u.dp.casefold() != host.casefold() for u in r.used):
                r.used.append(Offer(host, "", entry.source, entry.line, _quoted(msg)))

    def check(self, plan: Plan) -> PlanCheck:
        from cmplanner.rules.locality import OUTSIDE, BoundaryIndex, locality_table

        r = self.result
        index = BoundaryIndex(plan.boundaries)
        rows = locality_table(plan, index)
        found: list[int] = []
        for text in r.addresses or [None]:  # type: ignore[list-item]
            address = _address(text)
            found.extend(index.containing_place(address, r.ad_site))
        found = sorted(set(found))
        fast = [b for b in found if plan.boundaries[b].connection.value == "fast"]
        at: int | None = (fast or found)[0] if found else None
        row = rows[at] if at is not None else rows[-1]
        r.boundary = row.boundary if at is not None else None
        where = row.boundary if at is not None else OUTSIDE
        seen = r.offers or r.used
        first: Offer | None = seen[0] if seen else None
        if at is None and first is not None and (r.addresses or r.ad_site):
            self._add("outside", where, "", _outside_text(r), first)
        by_host = _plan_dps(plan)
        for offer in [*r.offers, *r.used]:
            self._compare(offer, row, where, by_host)
        if row.local and not any(o.locality == "LOCAL" for o in r.offers) and first:
            self._add(
                "no-local-dp",
                where,
                ", ".join(row.local),
                f"the plan gives boundary '{where}' the local DP(s) {', '.join(row.local)}, "
                "but the client was offered no local DP",
                first,
            )
        return r

    def _compare(self, offer: Offer, row: LocalityRow, where: str, by_host: dict[str, str]) -> None:
        name = by_host.get(offer.dp.casefold()) or by_host.get(offer.dp.split(".")[0].casefold())
        if name is None:
            self._add(
                "unknown-dp",
                where,
                offer.dp,
                f"the client was offered {offer.dp}, which is not a DP of the plan",
                offer,
            )
            return
        offer.dp = name  # speak of the DP by its name in the plan
        if name in row.unavailable:
            self._add(
                "protected-elsewhere",
                where,
                name,
                f"{name} served a client in '{where}', but the plan protects it with other "
                "boundaries",
                offer,
            )
            return
        planned = "LOCAL" if name in row.local else "REMOTE"
        if offer.locality in ("LOCAL", "REMOTE") and offer.locality != planned:
            self._add(
                "locality",
                where,
                name,
                f"the management point offered {name} as {offer.locality.lower()}, but the "
                f"plan calls it {planned.lower()} for boundary '{where}'",
                offer,
            )

    def _add(self, kind: str, boundary: str, dp: str, message: str, offer: Offer) -> None:
        self.result.mismatches.append(
            Mismatch(
                kind,
                boundary,
                dp,
                message,
                _MISMATCH_FIX[kind],
                offer.source,
                offer.line,
                offer.message,
            )
        )


def _quoted(message: str) -> str:
    """A log line as a finding quotes it: secrets masked, kept short."""
    return mask_secrets_in_text(message.strip())[:300]


def dp_host(url: str) -> str:
    """The host of a DP's URL (``http://AMS-DP01.corp.example/SMS_DP_SMSPKGC$/X``) or UNC
    path (``\\\\AMS-DP01\\SMSPKGC$``)."""
    url = url.strip()
    if url.startswith("\\\\"):
        return url[2:].split("\\", 1)[0]
    try:
        netloc = urlsplit(url).netloc
    except ValueError:
        return ""
    return netloc.rsplit("@", 1)[-1].split(":", 1)[0]  # as the log writes it, case kept


def _address(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not text:
        return None
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _outside_text(r: PlanCheck) -> str:
    parts = [f"address {', '.join(r.addresses)}"] if r.addresses else []
    if r.ad_site:
        parts.append(f"AD site {r.ad_site}")
    return f"the client ({' and '.join(parts)}) is in no boundary of the plan"


def _plan_dps(plan: Plan) -> dict[str, str]:
    """Every way a log may name a plan's DP (name, server, short server) -> the DP's name."""
    names: dict[str, str] = {}
    for dp in plan.distribution_points:
        for spelling in (dp.name, dp.server, dp.server.split(".")[0] if dp.server else ""):
            if spelling:
                names.setdefault(spelling.casefold(), dp.name)
    return names
