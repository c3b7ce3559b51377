"""SP2 upgrade check: the before and after steps of the ``sp2-upgrade`` pack, with evidence
and sign-off, including one step per remote site system the prerequisite checker skips."""

from __future__ import annotations

from cmplanner.gui.document import PlanDocument
from cmplanner.gui.wizards.checklist import ChecklistWizard


class Sp2UpgradeWizard(ChecklistWizard):
    """Walk the SP2 upgrade checklist."""

    PACK = "sp2-upgrade"
    SECTION = "checklists"

    def __init__(self, doc: PlanDocument, settings: object = None, parent: object = None) -> None:
        super().__init__(doc, settings, parent)
        self.add_checklist_pages()
