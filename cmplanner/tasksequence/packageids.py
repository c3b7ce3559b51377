"""Package IDs a built task sequence still lacks, said the same way by ``ts new`` and the app.

A builder leaves a package ID blank when it was not given (the admin picks the package in the
console later); the sysprep package matters only for a Windows XP reference machine.
"""

from __future__ import annotations

from collections.abc import Mapping


def is_package_option(name: str) -> bool:
    """Options that hold a ConfigMgr package ID (chosen from the plan's packages)."""
    return name.endswith("_package_id") or name == "boot_image_id"


def _on(value: object) -> bool:
    return str(value).strip().casefold() in {"true", "yes", "1", "on"}


def blank_package_ids(options: Mapping[str, object]) -> list[str]:
    """The builder options naming a package whose ID is still blank (as recorded on the
    task sequence), in name order."""
    blank = []
    for key, value in sorted(options.items()):
        if not is_package_option(key) or str(value).strip():
            continue
        if key == "sysprep_package_id" and not _on(options.get("windows_xp")):
            continue  # the sysprep package matters only for Windows XP
        blank.append(key)
    return blank


def blank_package_note(key: str) -> str:
    """``no sysprep package ID yet; set it with --option sysprep_package_id=PACKAGEID ...``"""
    if key == "boot_image_id":
        return (
            "no boot image yet: the restart into Windows PE needs one; "
            "set it with --option boot_image_id=PACKAGEID before importing"
        )
    return (
        f"no {key.removesuffix('_id').replace('_', ' ')} ID yet; "
        f"set it with --option {key}=PACKAGEID before importing"
    )
