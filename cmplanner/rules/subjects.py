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

from cmplanner.language import N_, gettext
from cmplanner.model.plan import Plan

_TOKEN = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
SEPARATOR = " · "

#: English words for fields whose name does not read on its own (others lose their
#: underscores), written as they read inside a sentence: :func:`field_words` starts them
#: with a capital for a label, the plan diff uses them as they are
WORDS = {
    "add_on": "add-on",
    "ad_site": "AD site",
    "bits_enabled": "BITS-enabled",
    "boot_image_id": "boot image ID",
    "branch": "branch distribution point",
    "client_authentication_eku": "Client Authentication EKU",
    "code": "site code",
    "internet_based": "Internet-based clients",
    "ip_address": "IP address",
    "is_client": "is a ConfigMgr client",
    "key_bits": "key size",
    "mobile_device_support": "mobile device support",
    "not_before": "valid from",
    "often_off": "often switched off",
    "os": "operating system",
    "package_id": "package ID",
    "password": "PXE password",
    "pulls_from": "pulls content from",
    "pxe": "PXE",
    "response_delay_seconds": "response delay (seconds)",
    "roams": "roams between sites",
    "sent": "sent to",
    "streaming": "streaming (App-V)",
    "unknown_computer_support": "unknown computer support",
}

#: what one object of each collection is called, inside a sentence ("the DP group X")
KINDS = {
    "site": N_("site"),
    "plan": N_("plan"),
    "boundaries": N_("boundary"),
    "distribution_points": N_("distribution point"),
    "dp_groups": N_("DP group"),
    "packages": N_("package"),
    "pxe": N_("PXE service point"),
    "task_sequences": N_("task sequence"),
    "checklists": N_("checklist"),
    "notes": N_("note"),
}

#: collections whose objects a subject reaches by position (``boundaries[2]``)
_LISTS = frozenset(KINDS) - {"site", "plan", "pxe"}


def words_of(name: str) -> str:
    """``pulls_from`` -> ``pulls content from``: a field as it reads inside a sentence."""
    return WORDS.get(name, name.replace("_", " "))


def kind_of(collection: str) -> str:
    """``dp_groups`` -> ``DP group`` (English; the catalogue translates it where shown)."""
    return KINDS.get(collection, collection)


def _kind_word(collection: str) -> str:
    """The word for one object of a collection, capitalised, in the language in force (the
    command line's is English): "Site", "PXE-servicepunt", "Notitie"."""
    text = gettext(kind_of(collection))
    return text[:1].upper() + text[1:]


def field_words(name: str) -> str:
    """``pulls_from`` -> ``Pulls content from``; other fields in plain words."""
    text = words_of(name)
    return text[:1].upper() + text[1:]


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
        title = pack_titles.get(item.pack) or _kind_word("checklists")  # callers pass titles
        return f"{title}: {item.subject}" if item.subject else title
    if collection == "notes":
        return _kind_word("notes")
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
        parts.append(f"{_kind_word('site')} {plan.site.code}")
    elif first == "pxe":
        server = plan.pxe.server if plan.pxe is not None else ""
        parts.append(f"{_kind_word('pxe')} {server}".strip())
        value = plan.pxe
    elif first in _LISTS and rest and isinstance(rest[0], int):
        items = getattr(plan, str(first))
        index = rest[0]
        rest = rest[1:]
        kind = _kind_word(str(first))
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
