"""A damaged certificate file is one InputError naming the part that cannot be read, never an
exception from the cryptography library and never a warning printed before our line."""

from __future__ import annotations

import contextlib
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from cmplanner.certificates import PasswordRequired, inspect_certificate
from cmplanner.errors import InputError
from tests.certs import certificate_bytes, key_for, self_signed

pytestmark = pytest.mark.core

RSA_OID = bytes.fromhex("06092a864886f70d010101")


@pytest.fixture(scope="module")
def parts() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = key_for("rsa", 2048)
    cert = self_signed(
        key,
        common_name="pxe.corp.contoso.com",
        serial=7,
        not_before=datetime(2020, 1, 1, tzinfo=UTC),
        not_after=datetime(2040, 1, 1, tzinfo=UTC),
    )
    return key, cert


@pytest.fixture(scope="module")
def der(parts: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> bytes:
    return parts[1].public_bytes(serialization.Encoding.DER)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_undamaged_certificate_reads(tmp_path: Path, der: bytes) -> None:
    report = inspect_certificate(_write(tmp_path, "pxe.cer", der))
    assert report.client_authentication and report.key_bits == 2048


def test_an_unknown_key_type_names_the_public_key(tmp_path: Path, der: bytes) -> None:
    assert der.count(RSA_OID) == 1
    damaged = der.replace(RSA_OID, bytes.fromhex("06092a864886f70d01014e"))
    with pytest.raises(InputError) as info:
        inspect_certificate(_write(tmp_path, "pxe.cer", damaged))
    assert info.value.problem.startswith("the public key cannot be read")


@pytest.mark.parametrize("field", ["subject", "issuer"])
def test_a_damaged_name_names_its_part(tmp_path: Path, der: bytes, field: str) -> None:
    cn = b"\x0c\x14pxe.corp.contoso.com"
    assert der.count(cn) == 2  # the issuer's comes first in the DER
    at = der.index(cn) if field == "issuer" else der.rindex(cn)
    damaged = der[:at] + b"\x41" + der[at + 1 :]  # an application tag where a string belongs
    with pytest.raises(InputError) as info:
        inspect_certificate(_write(tmp_path, "pxe.cer", damaged))
    assert info.value.problem.startswith(f"the {field} cannot be read")


def test_an_unknown_version_is_not_a_certificate(tmp_path: Path, der: bytes) -> None:
    v3 = bytes.fromhex("a003020102")
    damaged = der.replace(v3, bytes.fromhex("a003020107"), 1)
    with pytest.raises(InputError) as info:
        inspect_certificate(_write(tmp_path, "pxe.cer", damaged))
    assert "not a certificate" in info.value.problem


def test_a_password_that_is_not_text(
    tmp_path: Path, parts: tuple[rsa.RSAPrivateKey, x509.Certificate]
) -> None:
    key, cert = parts
    path = _write(tmp_path, "pxe.pfx", certificate_bytes(cert, ".pfx", key, "secret"))
    with pytest.raises(PasswordRequired):
        inspect_certificate(path)
    with pytest.raises(InputError) as info:
        inspect_certificate(path, "se\ud800cret")
    assert info.value.problem == "the password holds characters that are not text"
    assert inspect_certificate(path, "secret").has_private_key


def test_no_warning_reaches_the_terminal(tmp_path: Path, der: bytes) -> None:
    """A negative serial number still loads, with a deprecation warning we keep to ourselves."""
    serial = bytes.fromhex("020107")
    assert der.count(serial) == 1
    negative = der.replace(serial, bytes.fromhex("0201f9"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with contextlib.suppress(InputError):
            inspect_certificate(_write(tmp_path, "pxe.cer", negative))
