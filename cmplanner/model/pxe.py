"""The PXE service point and the certificate it needs (mandatory import in native mode)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import ConfigDict, Field

from cmplanner.model.base import PlanModel, SiteTime


class CertificateSource(StrEnum):
    SELF_SIGNED = "self_signed"
    IMPORTED = "imported"


class PxeCertificate(PlanModel):
    """What the admin knows of the PXE certificate; never the password or the key itself."""

    source: CertificateSource = CertificateSource.SELF_SIGNED
    file_name: str = ""
    subject: str = ""
    thumbprint: str = ""
    client_authentication_eku: bool | None = None
    has_private_key: bool | None = None
    key_bits: int | None = None
    not_before: SiteTime | None = None
    expires: SiteTime | None = None
    imported_on: SiteTime | None = None


class PxeServicePoint(PlanModel):
    model_config = ConfigDict(validate_assignment=True)

    server: str = Field(min_length=1)
    unknown_computer_support: bool = False
    password: str = Field("", description="a secret: never printed unless asked for by name")
    response_delay_seconds: int = Field(0, ge=0, le=32)
    certificate: PxeCertificate | None = None
