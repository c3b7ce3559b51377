"""What an export decided about secrets, for the command (stderr) and the app (a dialog).

The export itself is :func:`cmplanner.tasksequence.xmlwrite.export_task_sequence`; it returns
an :class:`ExportResult` listing every value left out, every secret kept because it was asked
for by name, and every password typed into a command line (written as it is).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SecretNote:
    """One secret an export left out, wrote because it was asked for, or could not remove.

    ``where`` names the place as a person finds it (``step 4 "Connect to Network Folder" (in
    "Error Catching")``, ``the collection variables``); ``property`` is the property or part
    that holds it (``Password``, ``VariableValue``, ``the action``, ``a condition``); ``name``
    is what to ask for it by (``--keep-secret NAME``)."""

    where: str
    property: str
    name: str
    kind: str  # "left out", "kept" or "typed"
    detail: str = ""

    def describe(self) -> str:
        what = self.property if self.property == self.name else f"{self.property} ({self.name})"
        if self.kind == "left out":
            return (
                f"{self.where}: left out {what}, a secret; ask for {self.name} by name to keep it"
            )
        if self.kind == "kept":
            return (
                f"{self.where}: exported the secret {what} as asked; "
                "keep this file away from other sites"
            )
        return (
            f"{self.where}: {self.property} holds a password typed into the command line "
            f"({self.detail}); written as it is, since cutting it out would break the "
            "command: move it into a secret property or variable"
        )


@dataclass
class ExportResult:
    """An export's text and every secret it had to decide about."""

    text: str
    left_out: list[SecretNote] = field(default_factory=list)
    kept: list[SecretNote] = field(default_factory=list)
    typed: list[SecretNote] = field(default_factory=list)

    @property
    def notes(self) -> list[SecretNote]:
        return [*self.left_out, *self.kept, *self.typed]

    @property
    def warnings(self) -> list[str]:
        """One line per note, in the order the export met them."""
        return [n.describe() for n in self.notes]
