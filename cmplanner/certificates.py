"""Inspect a PXE certificate file (.pfx/.p12 or .cer/.crt) without Qt and without keeping
the password: what ConfigMgr 2007 checks on import (Client Authentication EKU, private key,
key size, subject, expiry) is read from the file and put into the plan's ``PxeCertificate``,
where the rules engine (PXE001/PXE002) judges it.

The password is used in memory for one call and never stored, logged or returned.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, ExtensionOID

from cmplanner.errors import InputError
from cmplanner.inputs import read_input
from cmplanner.model.pxe import CertificateSource, PxeCertificate

MAX_BYTES = 1024 * 1024
PFX_SUFFIXES = {".pfx", ".p12"}
CLIENT_AUTH_OID = ExtendedKeyUsageOID.CLIENT_AUTH.dotted_string
# What cryptography raises for a certificate it parsed lazily and finds damaged only when a
# part of it is read: each becomes one InputError naming that part.
_DAMAGED = (ValueError, TypeError, UnsupportedAlgorithm, x509.InvalidVersion)
T = TypeVar("T")


class PasswordRequired(InputError):
    """The PFX file is protected: ask for the password and try again."""


@dataclass(frozen=True)
class CertificateReport:
    """What a certificate file says about itself."""

    file_name: str
    subject: str
    issuer: str
    thumbprint: str
    enhanced_key_usages: tuple[str, ...]
    client_authentication: bool
    key_bits: int | None
    has_private_key: bool
    not_before: datetime
    expires: datetime

    def expired(self, at: datetime | None = None) -> bool:
        return (at or datetime.now(UTC)) > self.expires

    def not_yet_valid(self, at: datetime | None = None) -> bool:
        return (at or datetime.now(UTC)) < self.not_before

    def to_model(self, imported_on: datetime | None = None) -> PxeCertificate:
        """The plan's record of the certificate (never the key or the password)."""
        return PxeCertificate(
            source=CertificateSource.IMPORTED,
            file_name=self.file_name,
            subject=self.subject,
            thumbprint=self.thumbprint,
            client_authentication_eku=self.client_authentication,
            has_private_key=self.has_private_key,
            key_bits=self.key_bits,
            not_before=self.not_before.replace(tzinfo=None),
            expires=self.expires.replace(tzinfo=None),
            imported_on=imported_on,
        )


def _read(path: Path) -> bytes:
    return read_input(path, "a certificate file", MAX_BYTES, "a certificate")


def _load_pfx(path: Path, data: bytes, password: str | None) -> tuple[x509.Certificate, bool]:
    try:
        secret = password.encode("utf-8") if password else None
    except UnicodeEncodeError:
        raise InputError(path, "the password holds characters that are not text") from None
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(data, secret)
    except _DAMAGED:
        if not password:
            raise PasswordRequired(path, "the PFX file is protected by a password") from None
        raise InputError(path, "wrong password, or not a PFX file") from None
    finally:
        secret = None
    if cert is None:
        raise InputError(path, "the PFX file holds no certificate")
    return cert, key is not None


def _load_cer(path: Path, data: bytes) -> x509.Certificate:
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except _DAMAGED:
        raise InputError(path, "not a certificate (neither PEM nor DER)") from None


def inspect_certificate(path: str | Path, password: str | None = None) -> CertificateReport:
    """Read a .pfx/.p12 (with ``password`` if it has one) or a .cer/.crt file.

    Raises :class:`PasswordRequired` for a protected PFX without a password, and
    :class:`InputError` for anything unreadable.
    """
    path = Path(path)
    data = _read(path)
    # cryptography warns about files it still reads ("falling back to BER", "a serial number
    # which wasn't positive"): on a command line that would be a second line before ours.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _inspect(path, data, password)


def _inspect(path: Path, data: bytes, password: str | None) -> CertificateReport:
    if path.suffix.casefold() in PFX_SUFFIXES:
        cert, has_key = _load_pfx(path, data, password)
    else:
        cert, has_key = _load_cer(path, data), False
    usages = _part(path, "the extensions", lambda: _usages(cert))
    public_key = _part(path, "the public key", cert.public_key)
    key_bits = getattr(public_key, "key_size", None)
    return CertificateReport(
        file_name=path.name,
        subject=_part(path, "the subject", lambda: cert.subject.rfc4514_string()),
        issuer=_part(path, "the issuer", lambda: cert.issuer.rfc4514_string()),
        # The console and the Certificates snap-in show SHA-1 thumbprints: match them.
        thumbprint=cert.fingerprint(hashes.SHA1()).hex().upper(),
        enhanced_key_usages=usages,
        client_authentication=CLIENT_AUTH_OID in usages,
        key_bits=key_bits,
        has_private_key=has_key,
        not_before=_part(path, "the validity", lambda: cert.not_valid_before_utc),
        expires=_part(path, "the validity", lambda: cert.not_valid_after_utc),
    )


def _usages(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        eku = cert.extensions.get_extension_for_oid(ExtensionOID.EXTENDED_KEY_USAGE).value
    except x509.ExtensionNotFound:
        return ()
    return tuple(oid.dotted_string for oid in eku)  # type: ignore[attr-defined]


def _part(path: Path, place: str, read: Callable[[], T]) -> T:
    """One part of the certificate, or one :class:`InputError` naming the part that is
    damaged or of a kind no Windows certificate store would take."""
    try:
        return read()
    except _DAMAGED as exc:
        raise InputError(path, f"{place} cannot be read ({_first_line(exc)})") from None


def _first_line(exc: Exception) -> str:
    text = str(exc).split(". ")[0].splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]
