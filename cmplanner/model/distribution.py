"""Distribution points, DP groups and packages, with when each package was sent where."""

from __future__ import annotations

import ipaddress
from enum import StrEnum

from pydantic import ConfigDict, Field, field_validator

from cmplanner.model.base import PlanModel, SiteTime


class DPHost(StrEnum):
    """A DP is hosted on a server, or is a share on a server (exactly one applies)."""

    SERVER = "server"
    SERVER_SHARE = "server_share"


class WindowsVersion(StrEnum):
    WINDOWS_2000 = "Windows 2000"
    WINDOWS_XP = "Windows XP"
    WINDOWS_SERVER_2003 = "Windows Server 2003"
    WINDOWS_VISTA = "Windows Vista"
    WINDOWS_SERVER_2008 = "Windows Server 2008"
    WINDOWS_7 = "Windows 7"
    WINDOWS_SERVER_2008_R2 = "Windows Server 2008 R2"


class DistributionPoint(PlanModel):
    """One DP and its settings, named as in the seed's compatibility table."""

    model_config = ConfigDict(validate_assignment=True)

    name: str = Field(min_length=1, description="unique name, usually the server's")
    server: str = Field("", description="host name of the server")
    host: DPHost = DPHost.SERVER
    share_name: str = ""
    branch: bool = False
    bits_enabled: bool = False
    protected: bool = False
    protected_boundaries: list[str] = Field(default_factory=list)
    mobile_device_support: bool = False
    internet_based: bool = False
    streaming: bool = False
    multicast: bool = False
    pxe: bool = False
    is_client: bool = True
    os: WindowsVersion = WindowsVersion.WINDOWS_SERVER_2003
    domain_joined: bool = True
    roams: bool = False
    often_off: bool = False
    pulls_from: str | None = Field(None, description="the standard DP a branch DP pulls from")
    ip_address: str | None = None
    ad_site: str | None = None
    notes: str = ""

    @field_validator("ip_address")
    @classmethod
    def _valid_ip(cls, value: str | None) -> str | None:
        if value:
            try:
                ipaddress.ip_address(value)
            except ValueError:
                raise ValueError(f"{value!r} is not an IP address") from None
        return value or None

    @property
    def standard(self) -> bool:
        """A standard DP is a server DP that is not a branch DP."""
        return self.host is DPHost.SERVER and not self.branch

    def address(self) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
        return ipaddress.ip_address(self.ip_address) if self.ip_address else None


class GroupPurpose(StrEnum):
    """Why the admin made a group; groups only copy content, they never balance load."""

    CONTENT_COPY = "content_copy"
    LOAD_BALANCING = "load_balancing"


class GroupMember(PlanModel):
    dp: str = Field(min_length=1)
    joined: SiteTime


class DPGroup(PlanModel):
    model_config = ConfigDict(validate_assignment=True)

    name: str = Field(min_length=1)
    description: str = ""
    purpose: GroupPurpose = GroupPurpose.CONTENT_COPY
    members: list[GroupMember] = Field(default_factory=list)


class TargetKind(StrEnum):
    DP = "dp"
    GROUP = "group"


class Distribution(PlanModel):
    """One time a package was sent to a DP or to a DP group."""

    target_kind: TargetKind
    target: str = Field(min_length=1)
    sent: SiteTime


class Package(PlanModel):
    model_config = ConfigDict(validate_assignment=True)

    package_id: str = Field(
        pattern=r"^[A-Za-z0-9]{3}[0-9A-Fa-f]{5}$",
        description="site code plus five hex digits, e.g. CM100012",
    )
    name: str = Field(min_length=1)
    version: str = ""
    source_path: str = ""
    sent: list[Distribution] = Field(default_factory=list)
