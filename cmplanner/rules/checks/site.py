"""Checks of the site as a whole: version gates, PXE, names and references."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from cmplanner.model.distribution import TargetKind
from cmplanner.model.pxe import CertificateSource
from cmplanner.model.site import AddOn, SecurityMode, ServicePack
from cmplanner.rules.context import PlanContext
from cmplanner.rules.registry import Hit, Scope, check


@check("VER001", Scope.DP)
def multicast_without_r2(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = ctx.plan.distribution_points[i]
    if dp.multicast and not ctx.version.at_least(ServicePack.RTM, AddOn.R2):
        yield Hit(
            f"distribution_points[{i}].multicast",
            f"{dp.name}: multicast on an {ctx.version} site without R2",
        )


@check("VER002", Scope.DP)
def streaming_without_r2(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = ctx.plan.distribution_points[i]
    if dp.streaming and not ctx.version.at_least(ServicePack.RTM, AddOn.R2):
        yield Hit(
            f"distribution_points[{i}].streaming",
            f"{dp.name}: streaming on an {ctx.version} site without R2",
        )


@check("VER003")
def add_on_needs_service_pack(ctx: PlanContext) -> Iterator[Hit]:
    site = ctx.plan.site
    if site.add_on is AddOn.R2 and site.service_pack is ServicePack.RTM:
        yield Hit("site.add_on", "R2 needs SP1 or SP2; the site is at RTM")
    if site.add_on is AddOn.R3 and site.service_pack.rank < ServicePack.SP2.rank:
        yield Hit("site.add_on", f"R3 needs SP2; the site is at {site.service_pack.value}")


@check("VER004")
def unknown_computers_without_r2(ctx: PlanContext) -> Iterator[Hit]:
    pxe = ctx.plan.pxe
    if pxe and pxe.unknown_computer_support and not ctx.version.at_least(ServicePack.RTM, AddOn.R2):
        yield Hit(
            "pxe.unknown_computer_support",
            f"unknown computer support needs R2; the site is {ctx.version}",
        )


@check("PXE001")
def native_mode_certificate(ctx: PlanContext) -> Iterator[Hit]:
    pxe = ctx.plan.pxe
    if pxe is None or ctx.plan.site.security_mode is not SecurityMode.NATIVE:
        return
    if pxe.certificate is None or pxe.certificate.source is not CertificateSource.IMPORTED:
        yield Hit(
            "pxe.certificate",
            f"the site is in native mode and the PXE service point on "
            f"{pxe.server} has no imported certificate",
        )


@check("PXE002")
def certificate_requirements(ctx: PlanContext) -> Iterator[Hit]:
    pxe = ctx.plan.pxe
    cert = pxe.certificate if pxe else None
    if cert is None or cert.source is not CertificateSource.IMPORTED:
        return
    if cert.client_authentication_eku is False:
        yield Hit(
            "pxe.certificate.client_authentication_eku",
            "the PXE certificate lacks the Client Authentication EKU",
        )
    if cert.has_private_key is False:
        yield Hit(
            "pxe.certificate.has_private_key",
            "the PXE certificate file holds no private key (export it as PFX with its key)",
        )
    if cert.key_bits is not None and cert.key_bits > 2048:
        yield Hit(
            "pxe.certificate.key_bits",
            f"the PXE certificate key is {cert.key_bits} bits; 2048 or fewer are accepted",
        )


IMPORT_PACK = "pxe-certificate-import"
UPGRADE_PACK = "sp2-upgrade"


def _sign_offs(ctx: PlanContext, pack: str) -> list[datetime]:
    return [run.sign_off.at for run in ctx.plan.checklists if run.pack == pack and run.sign_off]


def _reimported_after_upgrade(ctx: PlanContext) -> bool:
    """A signed-off PXE certificate import dated after the SP2 upgrade (its signed-off
    checklist; with none recorded, the plan already says SP2, so any signed-off import is
    after it)."""
    upgrades = _sign_offs(ctx, UPGRADE_PACK)
    upgraded = max(upgrades) if upgrades else None
    return any(upgraded is None or at > upgraded for at in _sign_offs(ctx, IMPORT_PACK))


@check("PXE003")
def recheck_after_sp2(ctx: PlanContext) -> Iterator[Hit]:
    pxe = ctx.plan.pxe
    if (
        pxe
        and pxe.certificate
        and pxe.certificate.source is CertificateSource.IMPORTED
        and not _reimported_after_upgrade(ctx)
    ):
        yield Hit(
            "pxe.certificate",
            f"the site is at {ctx.version}: confirm the imported PXE "
            f"certificate is still on {pxe.server} after the upgrade",
        )


@check("PXE004", Scope.DP)
def pxe_without_service_point(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = ctx.plan.distribution_points[i]
    if dp.pxe and ctx.plan.pxe is None:
        yield Hit(
            f"distribution_points[{i}].pxe",
            f"{dp.name}: serves PXE, but the plan has no PXE service point",
        )


_NAMED = (
    ("distribution_points", "name", "DP"),
    ("boundaries", "name", "boundary"),
    ("dp_groups", "name", "DP group"),
    ("packages", "package_id", "package"),
    ("task_sequences", "name", "task sequence"),
)


@check("PLAN001")
def duplicate_names(ctx: PlanContext) -> Iterator[Hit]:
    for collection, attribute, label in _NAMED:
        seen: dict[str, str] = {}  # folded name -> the name as first listed
        for i, item in enumerate(getattr(ctx.plan, collection)):
            name = str(getattr(item, attribute))
            first = seen.get(name.casefold())
            if first is None:
                seen[name.casefold()] = name
            else:
                yield Hit(
                    f"{collection}[{i}].{attribute}",
                    f"{label} {name!r} has the same name as the {label} {first!r} listed before it",
                )


@check("PLAN002", Scope.PACKAGE)
def unknown_targets(ctx: PlanContext, p: int) -> Iterator[Hit]:
    package = ctx.plan.packages[p]
    for s, send in enumerate(package.sent):
        known = ctx.dp_by_name if send.target_kind is TargetKind.DP else ctx.group_by_name
        if send.target.casefold() not in known:
            kind = "DP" if send.target_kind is TargetKind.DP else "DP group"
            yield Hit(
                f"packages[{p}].sent[{s}]",
                f"{package.package_id} was sent to {kind} "
                f"{send.target!r}, which is not in the plan",
            )


@check("PXE005")
def certificate_outside_validity(ctx: PlanContext) -> Iterator[Hit]:
    """An imported PXE certificate that has expired or is not valid yet (dates in UTC)."""
    pxe = ctx.plan.pxe
    cert = pxe.certificate if pxe else None
    if cert is None or cert.source is not CertificateSource.IMPORTED:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    if cert.expires is not None and cert.expires < now:
        yield Hit(
            "pxe.certificate.expires",
            f"the PXE certificate expired on {cert.expires:%Y-%m-%d %H:%M} UTC",
        )
    if cert.not_before is not None and cert.not_before > now:
        yield Hit(
            "pxe.certificate.not_before",
            f"the PXE certificate is not valid before {cert.not_before:%Y-%m-%d %H:%M} UTC",
        )
