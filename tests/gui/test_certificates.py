"""Reading PXE certificate files: EKU, key size, subject, expiry, private key, password."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.x509.oid import ExtendedKeyUsageOID

from cmplanner.certificates import PasswordRequired, inspect_certificate
from cmplanner.errors import InputError

pytestmark = pytest.mark.core


def test_pfx_with_password_reports_everything(cert_factory) -> None:
    path = cert_factory("pxe.pfx", password="s3cret")
    with pytest.raises(PasswordRequired):
        inspect_certificate(path)
    with pytest.raises(InputError, match="wrong password"):
        inspect_certificate(path, "nope")
    report = inspect_certificate(path, "s3cret")
    assert report.client_authentication and report.has_private_key
    assert report.key_bits == 1024
    assert report.subject == "CN=AMS-SCCM01 PXE"
    assert not report.expired()
    assert len(report.thumbprint) == 40
    model = report.to_model()
    assert model.source.value == "imported" and model.has_private_key
    assert "s3cret" not in model.model_dump_json()


def test_cer_has_no_private_key_and_server_eku_is_not_client_auth(cert_factory) -> None:
    report = inspect_certificate(cert_factory("pxe.cer", client_auth=False, days=-1))
    assert not report.has_private_key
    assert not report.client_authentication
    assert report.enhanced_key_usages == (ExtendedKeyUsageOID.SERVER_AUTH.dotted_string,)
    assert report.expired()


def test_garbage_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cer"
    bad.write_text("not a certificate")
    with pytest.raises(InputError, match="not a certificate"):
        inspect_certificate(bad)
    with pytest.raises(InputError, match="no such file"):
        inspect_certificate(tmp_path / "missing.pfx")
