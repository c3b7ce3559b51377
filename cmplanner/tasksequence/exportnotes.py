"""What an export decided about secrets, for the command (stderr), the app (a dialog) and
lint (TS012, which reports exactly what the export would leave out).

The export itself is :func:`cmplanner.tasksequence.xmlwrite.export_task_sequence`; it returns
an :class:`ExportResult` listing every value left out (a secret property or variable, a
password typed into a command line, the value a condition compares a secret variable with)
and every secret kept because it was asked for by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cmplanner.tasksequence.secrets import REMOVED_PASSWORD

#: what a note says was done with a secret
LEFT_OUT = "left out"  # the value is written empty
KEPT = "kept"  # written as it is, because the admin asked for it by name
TYPED = "typed"  # a password typed into a command line, written as REMOVED_PASSWORD
CONDITION = "condition"  # the value a condition compares a secret variable with, blanked


@dataclass(frozen=True)
class SecretNote:
    """One secret an export left out or wrote because it was asked for.

    ``where`` names the place as a person finds it (``step 4 "Connect to Network Folder" (in
    "Error Catching")``, ``the collection variables``); ``property`` is the property or part
    that holds it (``Password``, ``VariableValue``, ``the action``, ``a condition``); ``name``
    is what to ask for it by (``--keep-secret NAME``). ``subject`` is the exact place in the
    task sequence (``steps[0].children[2].variables[1]``) and ``finding`` what lint says
    about it (TS012); ``detail`` is what the detector recognised (``net use``) or, for a
    condition, its operator."""

    where: str
    property: str
    name: str
    kind: str
    detail: str = ""
    subject: str = ""
    finding: str = ""

    def describe(self) -> str:
        what = self.property if self.property == self.name else f"{self.property} ({self.name})"
        if self.kind == KEPT:
            return (
                f"{self.where}: exported the secret {what} as asked; "
                "keep this file away from other sites"
            )
        if self.kind == TYPED:
            ask = (
                f'ask for "{self.name}" by name to keep it'
                if self.name.strip()
                else "the step has no name to ask for it by"
            )
            return (
                f"{self.where}: left out the password typed into {self.property} "
                f"({self.detail}), a secret: written as {REMOVED_PASSWORD}, so the command "
                f"fails until the password is entered again on the target site; {ask}"
            )
        if self.kind == CONDITION:
            return (
                f"{self.where}: blanked the value its condition compares {self.name} with, a "
                f'secret: the condition now reads {self.name} {self.detail} "", so it may now '
                "run when it did not before, or not run when it did; enter the value "
                f"again after import, or ask for {self.name} by name to keep it"
            )
        return f"{self.where}: left out {what}, a secret; ask for {self.name} by name to keep it"


@dataclass
class ExportResult:
    """An export's text and every secret it had to decide about."""

    text: str
    left_out: list[SecretNote] = field(default_factory=list)
    kept: list[SecretNote] = field(default_factory=list)

    @property
    def notes(self) -> list[SecretNote]:
        return [*self.left_out, *self.kept]

    @property
    def warnings(self) -> list[str]:
        """One line per note: what was left out, then what was kept as asked."""
        return [n.describe() for n in self.notes]
