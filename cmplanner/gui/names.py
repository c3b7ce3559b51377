"""How the app names plan objects to a person: checklist runs by their pack's title, any
subject by its object's name and the field's words. A pack id or a list position is for
files, JSON and SARIF, never for a label, a tooltip, a status line or an undo text."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from cmplanner.gui.labels import field_label
from cmplanner.language import active_language, gettext
from cmplanner.model.plan import Plan
from cmplanner.rules.subjects import describe_subject


@cache
def _titles(language: str) -> dict[str, str]:
    from cmplanner.checklists import load_packs

    return {pack.id: gettext(pack.title) for pack in load_packs().values()}


def pack_titles() -> dict[str, str]:
    """Checklist titles by pack id, in the language in force (the bundled packs do not
    change while the app runs, and tables ask on every paint, so each language's table is
    made once)."""
    return _titles(active_language())


def pack_title(pack_id: str) -> str:
    """The title of one pack; a pack this version does not have is "an unknown checklist"
    (its id would mean nothing to the admin)."""
    return pack_titles().get(pack_id) or QCoreApplication.translate(
        "Names", "Unknown checklist (not in this version of cmplanner)"
    )


def checklist_run_name(pack_id: str, subject: str) -> str:
    """``Create a distribution point group (All Netherlands DPs)``."""
    title = pack_title(pack_id)
    return f"{title} ({subject})" if subject else title


def subject_words(plan: Plan, path: str) -> str:
    """``checklists[2]`` -> ``Create a distribution point group: All Netherlands DPs``;
    ``distribution_points[3].multicast`` -> ``AMS-FS01 share · Multicast``."""
    return describe_subject(plan, path, field_label, pack_titles())
