"""Self-signed certificates for tests, built one way: the PXE wizard and certificate tests,
the damaged-file tests, the Windows line-ending test, the fuzzer's seeds and the
screenshots all take theirs from here.

Keys are made once per kind and size (an RSA key costs tens of milliseconds); every file
format the planner reads is written by :func:`write_certificate`, chosen by the suffix.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

COMMON_NAME = "AMS-SCCM01 PXE"
_KEYS: dict[tuple[str, int], Any] = {}


def key_for(kind: str = "rsa", bits: int = 1024) -> Any:
    """A private key of ``kind`` (``rsa`` of ``bits``, or ``ec`` on P-256), made once."""
    found = _KEYS.get((kind, bits))
    if found is None:
        if kind == "ec":
            found = ec.generate_private_key(ec.SECP256R1())
        else:
            found = rsa.generate_private_key(public_exponent=65537, key_size=bits)
        _KEYS[(kind, bits)] = found
    return found


def self_signed(
    key: Any = None,
    *,
    client_auth: bool | None = True,
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    common_name: str = COMMON_NAME,
    serial: int | None = None,
) -> x509.Certificate:
    """A certificate signed by its own ``key`` (a 1024-bit RSA key when None): valid from
    two days ago for a year unless told, with the Client Authentication EKU
    (``client_auth=False``: Server Authentication instead; None: no EKU at all)."""
    key = key if key is not None else key_for()
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial if serial is not None else x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(days=2))
        .not_valid_after(not_after or now + timedelta(days=365))
    )
    if client_auth is not None:
        usage = ExtendedKeyUsageOID.CLIENT_AUTH if client_auth else ExtendedKeyUsageOID.SERVER_AUTH
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    return builder.sign(key, hashes.SHA256())


def certificate_bytes(
    cert: x509.Certificate, suffix: str, key: Any = None, password: str | None = None
) -> bytes:
    """The certificate as a file of that suffix holds it: ``.pfx``/``.p12`` with its key
    (encrypted with ``password`` when given), ``.crt``/``.pem`` as PEM, else DER."""
    if suffix in (".pfx", ".p12"):
        encryption = (
            serialization.BestAvailableEncryption(password.encode())
            if password
            else serialization.NoEncryption()
        )
        return pkcs12.serialize_key_and_certificates(b"pxe", key, cert, None, encryption)
    if suffix in (".crt", ".pem"):
        return cert.public_bytes(serialization.Encoding.PEM)
    return cert.public_bytes(serialization.Encoding.DER)


def make_cert(
    tmp: Path,
    name: str,
    client_auth: bool = True,
    bits: int = 1024,
    password: str | None = None,
    days: int = 365,
    valid_from_days: int = -2,
) -> Path:
    """Write a self-signed certificate as ``tmp/name`` (.pfx with its key, .cer without)."""
    key = key_for("rsa", bits)
    now = datetime.now(UTC)
    cert = self_signed(
        key,
        client_auth=client_auth,
        not_before=now + timedelta(days=valid_from_days),
        not_after=now + timedelta(days=days),
    )
    path = tmp / name
    path.write_bytes(certificate_bytes(cert, path.suffix, key, password))
    return path
