"""What an export did with each secret, in words that point at what the admin can do.

The core's sentence for a secret left out tells a command-line user to ask for it by name
(``--keep-secret``); the app never writes a secret, so its line says where the value goes
instead: into the console on the site that imports the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmplanner.tasksequence.exportnotes import SecretNote


def secret_note_text(note: SecretNote) -> str:
    """One line for one secret of an export."""
    if note.kind != "left out":
        return note.describe()
    what = note.property if note.property == note.name else f"{note.property} ({note.name})"
    text = QCoreApplication.translate(
        "SecretNotes",
        "%1: left out %2, a secret; enter it in the ConfigMgr console after the import",
    )
    return text.replace("%1", note.where).replace("%2", what)
