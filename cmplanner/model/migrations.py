"""Upgrades of older ``.cmplan`` documents to the current schema, one step per version.

Version 0 was the first prototype's format: a flat site (``site_code``, ``site_name``,
``service_pack``), DPs under ``dps`` with a ``type`` list of setting names, and no
``schema_version`` key at all (``version: 0``). Version 2 added the approval stamp
(``approval``, see ``cmplanner.model.approval``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Document = dict[str, Any]

_V0_SETTING_FIELDS = {
    "server share": ("host", "server_share"),
    "branch": ("branch", True),
    "bits-enabled": ("bits_enabled", True),
    "protected": ("protected", True),
    "mobile device": ("mobile_device_support", True),
    "internet based clients": ("internet_based", True),
    "streaming": ("streaming", True),
    "multicast": ("multicast", True),
}


def _v0_to_v1(doc: Document) -> Document:
    """Nest the site, rename ``dps`` and turn each DP's ``type`` list into flags."""
    new: Document = {
        key: value
        for key, value in doc.items()
        if key not in {"version", "site_code", "site_name", "service_pack", "dps"}
    }
    new["site"] = {
        "code": doc.get("site_code", "CM1"),
        "name": doc.get("site_name", "Primary site"),
        "service_pack": doc.get("service_pack", "SP2"),
    }
    dps = []
    for old in doc.get("dps", []):
        dp = {key: value for key, value in old.items() if key != "type"}
        for setting in old.get("type", []):
            field = _V0_SETTING_FIELDS.get(str(setting).casefold())
            if field is not None:
                dp[field[0]] = field[1]
        dps.append(dp)
    new["distribution_points"] = dps
    new["schema_version"] = 1
    return new


def _v1_to_v2(doc: Document) -> Document:
    """Version 2 adds the optional approval stamp; a version 1 plan was never approved."""
    return {**doc, "schema_version": 2}


MIGRATIONS: dict[int, Callable[[Document], Document]] = {0: _v0_to_v1, 1: _v1_to_v2}


def schema_version_of(doc: Document) -> int:
    """The schema version a document declares; version 0 documents say ``version: 0``."""
    version = doc["schema_version"] if "schema_version" in doc else doc.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError(f"schema_version must be a whole number, not {version!r}")
    return version


def migrate(doc: Document, target: int) -> Document:
    """Apply each migration in turn until the document is at ``target``."""
    version = schema_version_of(doc)
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ValueError(f"no migration from schema version {version}")
        doc = step(doc)
        version = schema_version_of(doc)
    return doc
