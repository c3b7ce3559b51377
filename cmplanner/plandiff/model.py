"""What a plan diff says: changed objects, findings that came and went, and consequences.

Everything is a frozen dataclass holding names for people and exact subjects
(``distribution_points[3]``) for JSON and for the app to jump to; nothing here computes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from cmplanner.language import N_, gettext
from cmplanner.rules.finding import Finding
from cmplanner.rules.subjects import kind_of, words_of

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan

#: what follows a list field's path when items came or went, or only their order changed
LIST_SUFFIXES = (N_("added"), N_("removed"), N_("(order)"))


class Status(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"
    CHANGED = "changed"


class StepStatus(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    CHANGED = "changed"


#: the words of Status and StepStatus values, marked for the catalogue (shown translated)
STATUS_WORDS = (N_("added"), N_("removed"), N_("changed"), N_("moved"))


def field_words(field: str, label: Callable[[str], str] = words_of) -> str:
    """``pxe.certificate.thumbprint added`` -> ``PXE certificate thumbprint added``: a field
    path as people read it, each name in the words of :mod:`cmplanner.rules.subjects` (or of
    ``label``, the app's own translated ones); the JSON output keeps the path itself."""
    path, _, suffix = field.partition(" ")
    words = " ".join(label(key) for key in path.split("."))
    return f"{words} {gettext(suffix)}" if suffix else words


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: ``old`` and ``new`` are already words (secrets masked);
    ``field`` is the exact path (JSON), ``label`` the words people read."""

    field: str
    old: str
    new: str
    #: whether ``old`` and ``new`` are words the diff wrote itself ("(none)", "yes", "set"),
    #: which people read in their language, rather than the plan's own values (kept as typed)
    worded: tuple[bool, bool] = (False, False)

    @property
    def label(self) -> str:
        return field_words(self.field)


@dataclass(frozen=True)
class StepChange:
    """A task-sequence step or group that was added, removed, moved or changed, with the
    instruction numbers smsts.log shows before and after (None where it does not exist)."""

    status: StepStatus
    kind: str  # step or group
    name: str
    old_number: int | None
    new_number: int | None
    old_path: str | None
    new_path: str | None
    details: tuple[str, ...] = ()


#: objects a plan has at most one of: their subject is the collection's name itself
SINGLE = frozenset({"site", "pxe"})


@dataclass(frozen=True)
class ObjectChange:
    """One object of the plan that differs. ``name`` is its name in the new plan (the old
    one for a removed object); ``old_name`` differs from it only for a rename. ``old_at``
    and ``new_at`` are its positions in the two plans' lists (0 for the site, the PXE
    service point and the plan itself; None where the object is not in that plan): the
    exact subjects are made from them, never read back."""

    collection: str
    status: Status
    name: str
    old_name: str
    old_at: int | None
    new_at: int | None
    fields: tuple[FieldChange, ...] = ()
    steps: tuple[StepChange, ...] = ()

    @property
    def kind(self) -> str:
        return kind_of(self.collection)

    def _subject(self, at: int | None) -> str | None:
        if at is None:
            return None
        if self.collection == "plan":
            return ""
        if self.collection in SINGLE:
            return self.collection
        return f"{self.collection}[{at}]"

    @property
    def old_subject(self) -> str | None:
        """Where the object was in the old plan (``distribution_points[3]``), or None."""
        return self._subject(self.old_at)

    @property
    def new_subject(self) -> str | None:
        """Where the object is in the new plan, or None when it was removed."""
        return self._subject(self.new_at)

    @property
    def subject(self) -> str:
        """Where the object is now (where it was, for a removed one)."""
        return self.new_subject or self.old_subject or self.collection

    def old_item(self, plan: Plan) -> Any:
        """The object in the old ``plan`` (None when it was added)."""
        return _item(plan, self.collection, self.old_at)

    def new_item(self, plan: Plan) -> Any:
        """The object in the new ``plan`` (None when it was removed)."""
        return _item(plan, self.collection, self.new_at)


def _item(plan: Plan, collection: str, at: int | None) -> Any:
    if at is None:
        return None
    if collection == "plan":
        return plan
    if collection in SINGLE:
        return getattr(plan, collection)
    return getattr(plan, collection)[at]


@dataclass(frozen=True)
class LateJoiner:
    """A DP that joined a group in this change and will not get, by itself, the packages
    sent to the group before it joined (the rules engine's GRP001 list)."""

    group: str
    dp: str
    joined: str
    packages: tuple[str, ...]
    package_names: tuple[str, ...]
    subject: str


@dataclass(frozen=True)
class LocalityShift:
    """How one DP changed for the clients of some boundaries (``local`` -> ``remote``...).
    ``absent`` means the DP is not in that plan."""

    dp: str
    before: str
    after: str
    boundaries: tuple[str, ...]


@dataclass(frozen=True)
class ServiceShift:
    """Clients of a boundary that gained or lost every DP (served -> unserved)."""

    boundary: str
    before: str
    after: str


@dataclass(frozen=True)
class SettingsCheck:
    """A DP whose settings changed, re-checked against the compatibility table."""

    dp: str
    subject: str
    old_settings: tuple[str, ...]
    new_settings: tuple[str, ...]
    conflicts: tuple[str, ...]

    @property
    def compatible(self) -> bool:
        return not self.conflicts


@dataclass(frozen=True)
class PxeChange:
    """Why the PXE checklists must be followed again for this change."""

    server: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Renumbered:
    """A step that keeps its place in the plan but gets another instruction number."""

    task_sequence: str
    name: str
    old_number: int
    new_number: int


@dataclass
class PlanDiff:
    old_name: str
    new_name: str
    changes: list[ObjectChange] = field(default_factory=list)
    introduced: list[Finding] = field(default_factory=list)
    resolved: list[Finding] = field(default_factory=list)
    late_joiners: list[LateJoiner] = field(default_factory=list)
    locality: list[LocalityShift] = field(default_factory=list)
    service: list[ServiceShift] = field(default_factory=list)
    settings: list[SettingsCheck] = field(default_factory=list)
    pxe: PxeChange | None = None
    renumbered: list[Renumbered] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not self.changes

    def of(self, collection: str) -> list[ObjectChange]:
        return [c for c in self.changes if c.collection == collection]
