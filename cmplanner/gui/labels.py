"""Translatable labels for the plan's fields and enum values, shown by the generic editor.

The strings are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them; the
editor translates them at run time in the ``Fields`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmplanner.gui.tr import QT_TRANSLATE_NOOP

FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "code": QT_TRANSLATE_NOOP("Fields", "Site code"),
    "server": QT_TRANSLATE_NOOP("Fields", "Server"),
    "service_pack": QT_TRANSLATE_NOOP("Fields", "Service pack"),
    "add_on": QT_TRANSLATE_NOOP("Fields", "Add-on"),
    "security_mode": QT_TRANSLATE_NOOP("Fields", "Security mode"),
    "type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "connection": QT_TRANSLATE_NOOP("Fields", "Connection"),
    "host": QT_TRANSLATE_NOOP("Fields", "Host"),
    "share_name": QT_TRANSLATE_NOOP("Fields", "Share name"),
    "branch": QT_TRANSLATE_NOOP("Fields", "Branch distribution point"),
    "bits_enabled": QT_TRANSLATE_NOOP("Fields", "BITS-enabled"),
    "protected": QT_TRANSLATE_NOOP("Fields", "Protected"),
    "protected_boundaries": QT_TRANSLATE_NOOP("Fields", "Protected boundaries"),
    "mobile_device_support": QT_TRANSLATE_NOOP("Fields", "Mobile device support"),
    "internet_based": QT_TRANSLATE_NOOP("Fields", "Internet-based clients"),
    "streaming": QT_TRANSLATE_NOOP("Fields", "Streaming (App-V)"),
    "multicast": QT_TRANSLATE_NOOP("Fields", "Multicast"),
    "pxe": QT_TRANSLATE_NOOP("Fields", "PXE"),
    "is_client": QT_TRANSLATE_NOOP("Fields", "Is a ConfigMgr client"),
    "os": QT_TRANSLATE_NOOP("Fields", "Operating system"),
    "domain_joined": QT_TRANSLATE_NOOP("Fields", "Domain joined"),
    "roams": QT_TRANSLATE_NOOP("Fields", "Roams between sites"),
    "often_off": QT_TRANSLATE_NOOP("Fields", "Often switched off"),
    "pulls_from": QT_TRANSLATE_NOOP("Fields", "Pulls content from"),
    "ip_address": QT_TRANSLATE_NOOP("Fields", "IP address"),
    "ad_site": QT_TRANSLATE_NOOP("Fields", "AD site"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "members": QT_TRANSLATE_NOOP("Fields", "Members"),
    "package_id": QT_TRANSLATE_NOOP("Fields", "Package ID"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version"),
    "source_path": QT_TRANSLATE_NOOP("Fields", "Source path"),
    "sent": QT_TRANSLATE_NOOP("Fields", "Sent to"),
    "unknown_computer_support": QT_TRANSLATE_NOOP("Fields", "Unknown computer support"),
    "password": QT_TRANSLATE_NOOP("Fields", "PXE password"),
    "response_delay_seconds": QT_TRANSLATE_NOOP("Fields", "Response delay (seconds)"),
    "certificate": QT_TRANSLATE_NOOP("Fields", "Certificate"),
    "boot_image_id": QT_TRANSLATE_NOOP("Fields", "Boot image ID"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "builder": QT_TRANSLATE_NOOP("Fields", "Built by"),
    "steps": QT_TRANSLATE_NOOP("Fields", "Steps"),
    "pack": QT_TRANSLATE_NOOP("Fields", "Checklist"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "started": QT_TRANSLATE_NOOP("Fields", "Started"),
    "sign_off": QT_TRANSLATE_NOOP("Fields", "Sign-off"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "author": QT_TRANSLATE_NOOP("Fields", "Author"),
    # words a finding's subject names that the editor shows elsewhere or not at all (the
    # certificate's facts, a step's conditions and variables, the options a task sequence
    # was built with, a DP's combination of settings)
    "settings": QT_TRANSLATE_NOOP("Fields", "Settings"),
    "conditions": QT_TRANSLATE_NOOP("Fields", "Conditions"),
    "variables": QT_TRANSLATE_NOOP("Fields", "Variables"),
    "expires": QT_TRANSLATE_NOOP("Fields", "Expires"),
    "key_bits": QT_TRANSLATE_NOOP("Fields", "Key size"),
    "builder_options": QT_TRANSLATE_NOOP("Fields", "Built with the options"),
    "local_admin_password_blank": QT_TRANSLATE_NOOP("Fields", "Blank local administrator password"),
    "mandatory_assignment": QT_TRANSLATE_NOOP("Fields", "Mandatory assignment"),
    "reference_machine": QT_TRANSLATE_NOOP("Fields", "Reference machine"),
}

CATEGORIES: dict[str, str] = {
    "site": QT_TRANSLATE_NOOP("Fields", "Site"),
    "boundaries": QT_TRANSLATE_NOOP("Fields", "Boundaries"),
    "distribution_points": QT_TRANSLATE_NOOP("Fields", "Distribution points"),
    "dp_groups": QT_TRANSLATE_NOOP("Fields", "DP groups"),
    "packages": QT_TRANSLATE_NOOP("Fields", "Packages"),
    "pxe": QT_TRANSLATE_NOOP("Fields", "PXE service point"),
    "task_sequences": QT_TRANSLATE_NOOP("Fields", "Task sequences"),
    "checklists": QT_TRANSLATE_NOOP("Fields", "Checklists"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
}

#: fields the generic editor never shows as plain text (secrets get a password box)
SECRETS = {"password"}


def field_label(name: str) -> str:
    text = FIELDS.get(name, name.replace("_", " ").capitalize())
    return QCoreApplication.translate("Fields", text)


def category_label(name: str) -> str:
    return QCoreApplication.translate("Fields", CATEGORIES.get(name, name))


# the words of the findings' severities (the core's values are English)
SEVERITIES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Severity", "error"),
    "warning": QT_TRANSLATE_NOOP("Severity", "warning"),
    "info": QT_TRANSLATE_NOOP("Severity", "info"),
}

# the words of a log line's type (a log's "info" is not a finding's note)
LOG_TYPES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("LogType", "error"),
    "warning": QT_TRANSLATE_NOOP("LogType", "warning"),
    "info": QT_TRANSLATE_NOOP("LogType", "info"),
    "verbose": QT_TRANSLATE_NOOP("LogType", "verbose"),
}


def severity_label(value: str) -> str:
    """``error`` -> ``fout`` in Dutch: a finding's severity as the app shows it."""
    return QCoreApplication.translate("Severity", SEVERITIES.get(value, value))


def log_type_label(value: str) -> str:
    """A log line's type (``warning``) as the app shows it."""
    return QCoreApplication.translate("LogType", LOG_TYPES.get(value, value))
