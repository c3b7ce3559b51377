"""The guided wizards, one module each; the window's Wizards menu is built from ``WIZARDS``.

Modules are imported only when their wizard is opened, so the window starts fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from cmplanner.gui.tr import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class WizardEntry:
    key: str
    title: str
    shortcut: str
    module: str
    cls: str

    def load(self) -> type:
        cls: type = getattr(
            importlib.import_module(f"cmplanner.gui.wizards.{self.module}"), self.cls
        )
        return cls


WIZARDS: list[WizardEntry] = [
    WizardEntry(
        "dp-design",
        QT_TRANSLATE_NOOP("Wizards", "&Distribution point design..."),
        "Ctrl+Shift+1",
        "dp_design",
        "DPDesignWizard",
    ),
    WizardEntry(
        "dp-group",
        QT_TRANSLATE_NOOP("Wizards", "DP &group creation..."),
        "Ctrl+Shift+2",
        "dp_group",
        "DPGroupWizard",
    ),
    WizardEntry(
        "boundaries",
        QT_TRANSLATE_NOOP("Wizards", "&Boundaries and locality..."),
        "Ctrl+Shift+3",
        "boundaries",
        "BoundariesWizard",
    ),
    WizardEntry(
        "pxe-certificate",
        QT_TRANSLATE_NOOP("Wizards", "&PXE certificate import..."),
        "Ctrl+Shift+4",
        "pxe_certificate",
        "PxeCertificateWizard",
    ),
    WizardEntry(
        "capture-only",
        QT_TRANSLATE_NOOP("Wizards", "&Capture-only task sequence..."),
        "Ctrl+Shift+5",
        "task_sequence",
        "CaptureOnlyWizard",
    ),
    WizardEntry(
        "usmt-hardlink",
        QT_TRANSLATE_NOOP("Wizards", "&USMT 4 hard-link task sequence..."),
        "Ctrl+Shift+6",
        "task_sequence",
        "UsmtHardlinkWizard",
    ),
    WizardEntry(
        "error-catching",
        QT_TRANSLATE_NOOP("Wizards", "&Log-copy (error catching) wrapper..."),
        "Ctrl+Shift+7",
        "task_sequence",
        "ErrorCatchingWizard",
    ),
    WizardEntry(
        "sp2-upgrade",
        QT_TRANSLATE_NOOP("Wizards", "&SP2 upgrade check..."),
        "Ctrl+Shift+8",
        "sp2_upgrade",
        "Sp2UpgradeWizard",
    ),
]
