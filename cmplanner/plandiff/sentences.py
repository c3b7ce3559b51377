"""What a plan diff says, sentence by sentence: the one wording of the command line's text
output and of the app's compare view.

:func:`diff_sections` turns a :class:`PlanDiff` into sections of :class:`Line` s, each an
object or a fact named by name (never by list position), in the language in force, with the
exact subject the app jumps to; :func:`cmplanner.plandiff.output.format_text` prints the
same lines indented, one sentence each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cmplanner.language import N_, gettext
from cmplanner.model.plan import Plan
from cmplanner.plandiff.model import FieldChange, ObjectChange, PlanDiff, Status, field_words
from cmplanner.rules.finding import Finding
from cmplanner.rules.subjects import words_of

#: the states of a DP for a boundary's clients (``plandiff.consequences``), for the catalogue
STATE_WORDS = (
    N_("local"),
    N_("remote"),
    N_("fallback"),
    N_("unavailable"),
    N_("absent"),
    N_("served"),
    N_("unserved"),
)
#: what a task-sequence node is (``StepChange.kind``), for the catalogue
STEP_KINDS = (N_("step"), N_("group"))
#: finding severities, for the catalogue
SEVERITY_WORDS = (N_("error"), N_("warning"), N_("info"))


class Part(StrEnum):
    """The sections of a diff, in the order the text output prints them."""

    CHANGES = "changes"
    TOUCHES = "touches"
    INTRODUCED = "introduced"
    RESOLVED = "resolved"


_TITLES = {
    Part.CHANGES: N_("Changes"),
    Part.TOUCHES: N_("What it touches"),
    Part.INTRODUCED: N_("Findings introduced"),
    Part.RESOLVED: N_("Findings resolved"),
}


@dataclass(frozen=True)
class Line:
    """One thing the diff says: ``text`` names what it is about, ``detail`` what happened
    to it. ``rule`` is a finding's rule id, which only the text output prints (people read
    the message); ``subject`` is where the object is in the new plan (None: not there)."""

    text: str
    detail: str = ""
    subject: str | None = None
    rule: str = ""
    children: tuple[Line, ...] = ()

    @property
    def sentence(self) -> str:
        """The line as the text output prints it (a heading over its lines ends in ":")."""
        head = f"{self.text} {self.rule}" if self.rule else self.text
        if self.detail:
            return f"{head}: {self.detail}"
        return f"{head}:" if self.children else head


@dataclass(frozen=True)
class Section:
    part: Part
    lines: tuple[Line, ...]

    @property
    def title(self) -> str:
        return gettext(_TITLES[self.part])


def said(word: str) -> str:
    """A word of the diff's vocabulary (a status, a state, a severity) in the language in
    force; anything else (a value of the plan) as it is."""
    return gettext(word)


def change_title(change: ObjectChange) -> Line:
    """``distribution point AMS-DP02: changed`` / ``... AMS-DP9: renamed from AMS-DP02``."""
    if change.collection == "plan":
        return Line(gettext("plan"), said(change.status.value), change.new_subject or None)
    head = f"{gettext(change.kind)} {change.name}"
    if change.status is Status.RENAMED:
        detail = gettext("renamed from %(old)s") % {"old": change.old_name}
    else:
        detail = said(change.status.value)
    return Line(head, detail, change.new_subject)


def field_line(
    f: FieldChange, subject: str | None = None, label: Callable[[str], str] = words_of
) -> Line:
    pairs = zip((f.old, f.new), f.worded, strict=True)
    old, new = (gettext(value) if worded else value for value, worded in pairs)
    return Line(field_words(f.field, label), f"{old} -> {new}", subject)


def _number(n: int | None) -> str:
    return "-" if n is None else str(n)


def _change(change: ObjectChange, label: Callable[[str], str]) -> Line:
    title = change_title(change)
    subject = title.subject
    children = [field_line(f, subject, label) for f in change.fields]
    for step in change.steps:
        numbers = (
            _number(step.new_number)  # a step changed in place keeps its number: say it once
            if step.old_number == step.new_number
            else f"{_number(step.old_number)} -> {_number(step.new_number)}"
        )
        detail = gettext("%(status)s (step %(numbers)s)") % {
            "status": said(step.status.value),
            "numbers": numbers,
        }
        children.append(
            Line(
                f"{gettext(step.kind)} {step.name}",
                detail,
                subject,
                children=tuple(Line(d, subject=subject) for d in step.details),
            )
        )
    return Line(title.text, title.detail, subject, children=tuple(children))


def _positions(items: Sequence[Any]) -> dict[str, int]:
    """Each object's position by its folded name (the first of two of one name)."""
    found: dict[str, int] = {}
    for i, item in enumerate(items):
        found.setdefault(str(item.name).casefold(), i)
    return found


def _touches(diff: PlanDiff, plan: Plan | None) -> Iterator[Line]:
    # positions looked up once: a plan that loses its last unprotected DP leaves every one
    # of its (maybe thousands of) boundaries unserved
    dps = _positions(plan.distribution_points) if plan and diff.locality else {}
    bounds = _positions(plan.boundaries) if plan and diff.service else {}
    ts_at = _positions(plan.task_sequences) if plan and diff.renumbered else {}

    def where(collection: str, at: dict[str, int], name: str) -> str | None:
        found = at.get(name.casefold())
        return f"{collection}[{found}]" if found is not None else None

    if diff.renumbered:
        yield Line(
            gettext("renumbered steps (smsts.log instruction numbers)"),
            children=tuple(
                Line(
                    f"{r.task_sequence}: {r.name}",
                    f"{r.old_number} -> {r.new_number}",
                    where("task_sequences", ts_at, r.task_sequence),
                )
                for r in diff.renumbered
            ),
        )
    for j in diff.late_joiners:
        yield Line(
            gettext("%(dp)s joined %(group)s on %(joined)s and will not get by itself")
            % {"dp": j.dp, "group": j.group, "joined": j.joined},
            ", ".join(f"{n} ({p})" for p, n in zip(j.packages, j.package_names, strict=True)),
            j.subject,
        )
    for s in diff.locality:
        yield Line(
            s.dp,
            gettext("%(before)s -> %(after)s for clients in %(where)s")
            % {"before": said(s.before), "after": said(s.after), "where": ", ".join(s.boundaries)},
            where("distribution_points", dps, s.dp),
        )
    for shift in diff.service:
        yield Line(
            gettext("clients in %(where)s") % {"where": shift.boundary},
            f"{said(shift.before)} -> {said(shift.after)}",
            where("boundaries", bounds, shift.boundary),
        )
    for c in diff.settings:
        yield Line(
            gettext("%(dp)s settings %(settings)s")
            % {"dp": c.dp, "settings": ", ".join(c.new_settings)},
            gettext("compatible") if c.compatible else "; ".join(c.conflicts),
            c.subject,
        )
    if diff.pxe is not None:
        yield Line(
            gettext("PXE checklist needed"),
            "; ".join(diff.pxe.reasons),
            "pxe" if plan is not None and plan.pxe is not None else None,
        )


def _finding(verb: str, f: Finding, subject: str | None) -> Line:
    return Line(verb % {"severity": said(f.severity.value)}, f.message, subject, f.rule)


def diff_sections(
    diff: PlanDiff, plan: Plan | None = None, label: Callable[[str], str] = words_of
) -> list[Section]:
    """The diff's sections with at least one line. ``plan`` is the new plan, to give the
    lines about an object named in a consequence its subject; ``label`` names fields (the
    app passes its translated labels)."""
    found = [
        Section(Part.CHANGES, tuple(_change(c, label) for c in diff.changes)),
        Section(Part.TOUCHES, tuple(_touches(diff, plan))),
        Section(
            Part.INTRODUCED,
            tuple(
                _finding(gettext("introduced %(severity)s"), f, f.subject) for f in diff.introduced
            ),
        ),
        Section(
            Part.RESOLVED,
            tuple(_finding(gettext("resolved %(severity)s"), f, None) for f in diff.resolved),
        ),
    ]
    return [s for s in found if s.lines]


def summary(diff: PlanDiff) -> str:
    """The last line: how many changes, and findings introduced and resolved."""
    if diff.equal:
        return gettext("the plans are equal")
    return gettext(
        "%(changes)d change(s), %(introduced)d finding(s) introduced, %(resolved)d resolved"
    ) % {
        "changes": len(diff.changes),
        "introduced": len(diff.introduced),
        "resolved": len(diff.resolved),
    }
