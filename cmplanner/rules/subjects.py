"""A finding's subject as an admin names it: "RTM-BDP01 · Pulls content from", never
``distribution_points[2].pulls_from``.

Findings keep their exact plan path (JSON and SARIF need it); whatever a person reads goes
through :func:`describe_subject`. Field labels come from the caller (the app translates its
own); :func:`field_words` is the plain English one the runbook and the command line use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from cmplanner.model.plan import Plan

_TOKEN = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
SEPARATOR = " · "

#: English words for fields whose name does not read well on its own
_WORDS = {
    "add_on": "Add-on",
    "ad_site": "AD site",
    "bits_enabled": "BITS-enabled",
    "boot_image_id": "Boot image ID",
    "client_authentication_eku": "Client Authentication EKU",
    "code": "Site code",
    "ip_address": "IP address",
    "is_client": "Is a ConfigMgr client",
    "key_bits": "Key size",
    "mobile_device_support": "Mobile device support",
    "not_before": "Valid from",
    "often_off": "Often switched off",
    "roams": "Roams between sites",
    "package_id": "Package ID",
    "pulls_from": "Pulls content from",
    "pxe": "PXE",
    "sent": "Sent to",
    "settings": "Settings",
    "unknown_computer_support": "Unknown computer support",
}

_COLLECTIONS = {
    "distribution_points": "DP",
    "boundaries": "boundary",
    "dp_groups": "DP group",
    "packages": "package",
    "task_sequences": "task sequence",
    "checklists": "checklist",
    "notes": "note",
}


def field_words(name: str) -> str:
    """``pulls_from`` -> ``Pulls content from``; other fields in plain words."""
    return _WORDS.get(name, name.replace("_", " ").capitalize())


def _split(path: str) -> list[str | int]:
    keys: list[str | int] = []
    pos = 0
    while pos < len(path):
        match = _TOKEN.match(path, pos)
        if match is None:
            return []
        keys.append(match[1] if match[1] is not None else int(match[2]))
        pos = match.end()
    return keys


def _item_name(collection: str, item: Any, pack_titles: dict[str, str]) -> str:
    if collection == "packages":
        name = getattr(item, "name", "")
        return f"{item.package_id} ({name})" if name else str(item.package_id)
    if collection == "checklists":
        title = pack_titles.get(item.pack) or "Checklist"  # callers pass the packs' titles
        return f"{title}: {item.subject}" if item.subject else title
    if collection == "notes":
        return "Note"
    return str(getattr(item, "name", "") or "")


def describe_subject(
    plan: Plan,
    subject: str,
    label: Callable[[str], str] = field_words,
    pack_titles: dict[str, str] | None = None,
) -> str:
    """The object's name and the field's words, joined by a middle dot. Task-sequence steps
    are named by their step names; list positions never show. A subject the plan does not
    hold any more (the object was removed) is said in words as far as it goes."""
    keys = _split(subject)
    if not keys:
        return subject
    parts: list[str] = []
    value: Any = plan
    first = keys[0]
    rest = keys[1:]
    if first == "site":
        parts.append(f"Site {plan.site.code}")
    elif first == "pxe":
        server = plan.pxe.server if plan.pxe is not None else ""
        parts.append(f"PXE service point {server}".strip())
        value = plan.pxe
    elif first in _COLLECTIONS and rest and isinstance(rest[0], int):
        items = getattr(plan, str(first))
        index = rest[0]
        rest = rest[1:]
        kind = _COLLECTIONS[str(first)]
        if index < len(items):
            value = items[index]
            parts.append(_item_name(str(first), value, pack_titles or {}) or kind)
        else:
            parts.append(kind)
            value = None
    else:
        return label(str(first))
    # walk the rest: a step or group of a task sequence is named by its name
    for n, key in enumerate(rest):
        if isinstance(key, int):
            if value is not None:
                try:
                    value = value[key]
                except (IndexError, KeyError, TypeError):
                    value = None
            node_name = getattr(value, "name", None)
            if (
                isinstance(node_name, str)
                and node_name
                and str(rest[n - 1])
                in (
                    "steps",
                    "children",
                )
            ):
                parts.append(node_name)
            elif isinstance(getattr(value, "dp", None), str):
                parts.append(value.dp)  # a group member is its DP
            continue
        if key in ("steps", "children") or (first == "pxe" and key == "certificate" and n):
            value = getattr(value, key, None) if value is not None else None
            continue
        value = getattr(value, key, None) if value is not None else None
        if not (key == "name" and parts and first == "checklists"):
            parts.append(label(key))
    return SEPARATOR.join(p for p in parts if p)
