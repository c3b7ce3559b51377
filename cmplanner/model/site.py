"""The site: its code, its version (service pack plus add-on) and its security mode."""

from __future__ import annotations

from enum import StrEnum

from pydantic import ConfigDict, Field

from cmplanner.model.base import PlanModel


class ServicePack(StrEnum):
    """Service pack levels of ConfigMgr 2007, in release order."""

    RTM = "RTM"
    SP1 = "SP1"
    SP2_RC = "SP2 RC"
    SP2 = "SP2"

    @property
    def rank(self) -> int:
        return list(ServicePack).index(self)


class AddOn(StrEnum):
    """Add-ons installed on top of a service pack (R2 on SP1 or SP2, R3 on SP2)."""

    NONE = "none"
    R2 = "R2"
    R3 = "R3"

    @property
    def rank(self) -> int:
        return list(AddOn).index(self)


class SecurityMode(StrEnum):
    NATIVE = "native"
    MIXED = "mixed"


class SiteVersion(PlanModel):
    """A service pack and an add-on; rules ask whether a site is at least some version."""

    model_config = ConfigDict(frozen=True)

    service_pack: ServicePack = ServicePack.SP2
    add_on: AddOn = AddOn.NONE

    def at_least(self, service_pack: ServicePack, add_on: AddOn = AddOn.NONE) -> bool:
        """True when this site has at least the given service pack and add-on."""
        return self.service_pack.rank >= service_pack.rank and self.add_on.rank >= add_on.rank

    @classmethod
    def parse(cls, text: str) -> SiteVersion:
        """Read ``SP2``, ``SP1 R2``, ``SP2-R3``, ``sp2rc`` and the like."""
        words = text.upper().replace("-", " ").replace("_", " ").split()
        joined = "".join(words)
        add_on = AddOn.NONE
        for candidate in (AddOn.R3, AddOn.R2):
            if joined.endswith(candidate.value):
                add_on = candidate
                joined = joined[: -len(candidate.value)]
                break
        packs = {p.value.replace(" ", ""): p for p in ServicePack}
        if joined not in packs:
            choices = ", ".join(p.value for p in ServicePack)
            raise ValueError(
                f"unknown site version {text!r}: expected one of {choices}, "
                "optionally followed by R2 or R3"
            )
        return cls(service_pack=packs[joined], add_on=add_on)

    def __str__(self) -> str:
        if self.add_on is AddOn.NONE:
            return self.service_pack.value
        return f"{self.service_pack.value} {self.add_on.value}"


class Site(PlanModel):
    """The primary site the plan is for."""

    model_config = ConfigDict(validate_assignment=True)

    code: str = Field("CM1", pattern=r"^[A-Za-z0-9]{3}$", description="three-character site code")
    name: str = "Primary site"
    server: str = Field("", description="site server host name")
    service_pack: ServicePack = ServicePack.SP2
    add_on: AddOn = AddOn.NONE
    security_mode: SecurityMode = SecurityMode.MIXED

    @property
    def version(self) -> SiteVersion:
        return SiteVersion(service_pack=self.service_pack, add_on=self.add_on)
