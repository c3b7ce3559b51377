"""PXE005: an imported PXE certificate that has expired, or is not valid yet."""

from __future__ import annotations

from datetime import datetime

from cmplanner.model.plan import Plan
from cmplanner.model.pxe import CertificateSource, PxeCertificate, PxeServicePoint
from cmplanner.rules.engine import validate


def _findings(**dates: datetime) -> list[str]:
    cert = PxeCertificate(source=CertificateSource.IMPORTED, key_bits=2048, **dates)
    plan = Plan(name="p", pxe=PxeServicePoint(server="PXE01", certificate=cert))
    return [f"{f.subject}: {f.message}" for f in validate(plan) if f.rule == "PXE005"]


def test_expired_and_not_yet_valid_are_errors_with_their_dates() -> None:
    assert _findings(expires=datetime(2011, 1, 1)) == [
        "pxe.certificate.expires: the PXE certificate expired on 2011-01-01 00:00 UTC"
    ]
    assert _findings(not_before=datetime(2999, 1, 1), expires=datetime(3000, 1, 1)) == [
        "pxe.certificate.not_before: the PXE certificate is not valid before 2999-01-01 00:00 UTC"
    ]


def test_a_certificate_valid_today_passes() -> None:
    assert _findings(not_before=datetime(2009, 1, 1), expires=datetime(2999, 1, 1)) == []
    assert _findings() == []  # dates not known: nothing to say
