"""Boundaries: where clients are, and whether the link there is fast or slow."""

from __future__ import annotations

import ipaddress
from enum import StrEnum

from pydantic import ConfigDict, Field, model_validator

from cmplanner.model.base import PlanModel


class BoundaryType(StrEnum):
    IP_SUBNET = "ip_subnet"
    IP_RANGE = "ip_range"
    AD_SITE = "ad_site"
    IPV6_PREFIX = "ipv6_prefix"


class Connection(StrEnum):
    """ConfigMgr 2007 marks each boundary fast (LAN) or slow/unreliable."""

    FAST = "fast"
    SLOW = "slow"


IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class Boundary(PlanModel):
    """One boundary; ``value`` is a subnet (``10.1.0.0/16``), a range
    (``10.1.0.1-10.1.0.200``), an AD site name or an IPv6 prefix (``2001:db8:1::/48``)."""

    model_config = ConfigDict(validate_assignment=True)

    name: str = Field(min_length=1)
    type: BoundaryType
    value: str = Field(min_length=1)
    connection: Connection = Connection.FAST
    description: str = ""

    @model_validator(mode="after")
    def _value_fits_type(self) -> Boundary:
        try:
            if self.type is BoundaryType.IP_SUBNET:
                ipaddress.IPv4Network(self.value, strict=False)
            elif self.type is BoundaryType.IPV6_PREFIX:
                ipaddress.IPv6Network(self.value, strict=False)
            elif self.type is BoundaryType.IP_RANGE:
                start, end = self.ip_range()
                if int(start) > int(end):
                    raise ValueError("the range starts after it ends")
        except ValueError as exc:
            raise ValueError(
                f"boundary {self.name!r}: {self.value!r} is not a valid "
                f"{self.type.value.replace('_', ' ')} ({exc})"
            ) from None
        return self

    def network(self) -> IPNetwork:
        """The subnet or prefix of an IP subnet or IPv6 prefix boundary."""
        if self.type is BoundaryType.IP_SUBNET:
            return ipaddress.IPv4Network(self.value, strict=False)
        return ipaddress.IPv6Network(self.value, strict=False)

    def ip_range(self) -> tuple[ipaddress.IPv4Address, ipaddress.IPv4Address]:
        """First and last address of an IP range boundary."""
        start, sep, end = self.value.partition("-")
        if not sep:
            raise ValueError("a range is written FIRST-LAST")
        return ipaddress.IPv4Address(start.strip()), ipaddress.IPv4Address(end.strip())
