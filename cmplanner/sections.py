"""The runbook's sections by id, in print order.

A module of its own, below the runbook, because the core below it points at them too: a
known error or a failed step says which section explains its fix.
"""

from __future__ import annotations

from cmplanner.language import N_

# id -> title (English; shown in the runbook's language); the order is the print order.
SECTIONS: dict[str, str] = {
    "overview": N_("Plan overview"),
    "dp-design": N_("Distribution point design and findings"),
    "locality": N_("Which DPs are local and remote for each boundary"),
    "dp-groups": N_("Distribution point groups"),
    "pxe": N_("PXE service point"),
    "task-sequences": N_("Task sequences"),
    "checklists": N_("Checklists"),
}


def section_words(section_id: str) -> str:
    """A section as the report speaks of it: by its title, never its id."""
    return f"the runbook's section '{SECTIONS.get(section_id, section_id)}'"
