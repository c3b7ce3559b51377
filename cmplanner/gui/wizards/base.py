"""What every wizard shares: pages that ask the rules engine before Next, a last page that
shows the result and offers its runbook section, and one undo macro when it finishes.

A wizard describes its result as undo commands (:meth:`PlanWizard.make_commands`). To check a
page, those commands are run on a scratch copy of the plan and the rules engine validates the
copy, so what the page shows is exactly what Finish will do to the real plan.

A page blocks Next only on what it can change: each page names the fields of the result it
shows (:attr:`RulesPage.FIELDS`), and a finding about a field of another page is shown as
"you will fix this on page N" (or "go back to page N") without blocking. The last page blocks
on every error that is left. So Back never leads to a page that cannot be left.

A finding about something the wizard takes as it is (the steps of a task sequence it wraps)
belongs to no page: :meth:`PlanWizard.outside_note` says where it is fixed instead, and it
never blocks, not even on the last page (the command line accepts the same input).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cmplanner.errors import InputError
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.labels import severity_label
from cmplanner.gui.richtext import SEVERITY_COLOURS, esc, source_html
from cmplanner.gui.settings import AppSettings
from cmplanner.rules.engine import Validator
from cmplanner.rules.finding import Finding

#: on a plan with more objects than this (DPs, boundaries, packages, task sequences) a page
#: checks again only once typing pauses for DEBOUNCE_MS; a smaller plan checks on every key
#: (a check there costs a few milliseconds; the 1,000-DP benchmark plan's cost hundreds)
LARGE_PLAN = 200
DEBOUNCE_MS = 150

_COLORS = SEVERITY_COLOURS


_NAME = re.compile(r"[A-Za-z_]+")
_ITEM = re.compile(r"^[a-z_]+\[\d+\]")


def findings_html(findings: Iterable[Finding], notes: dict[int, str] | None = None) -> str:
    """Message, why and source of each finding: a page never refuses without saying why.

    ``notes`` maps a finding's position to a line saying where it is fixed (another page)."""
    parts = []
    why = QCoreApplication.translate("RulesPage", "Why")
    source = QCoreApplication.translate("RulesPage", "Source")
    notes = notes or {}
    for n, f in enumerate(findings):
        where = f"<br><b>{esc(notes[n])}</b>" if n in notes else ""
        parts.append(
            f"<p><b style='color:{_COLORS[f.severity.value]}'>{f.rule} "
            f"{esc(severity_label(f.severity.value))}</b> "
            f"{esc(f.message)}{where}<br><i>{why}:</i> {esc(f.why)}<br>"
            f"<i>{source}:</i> {source_html(f.source)}</p>"
        )
    return "".join(parts)


def add_row(form: QFormLayout, text: str, widget: QWidget) -> QLabel:
    """A form row whose label is the input's buddy and whose text is its accessible name."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(label, widget)
    return label


#: Alt-keys the wizard's own buttons use (Back, Next, Finish, Cancel)
WIZARD_KEYS = frozenset("bnfc")


def mnemonic_of(text: str) -> str:
    """The Alt-key letter of a label ("" when it has none)."""
    found = re.search(r"&([^&])", text)
    return found.group(1).casefold() if found else ""


def give_mnemonics(buttons: Iterable[QAbstractButton], taken: Iterable[str] = ()) -> None:
    """Give every button without an Alt-key one: the first free letter that starts a word
    of its text, else any free letter. Keys already in use on the page are never reused."""
    used = set(WIZARD_KEYS) | {k.casefold() for k in taken}
    buttons = list(buttons)
    used |= {mnemonic_of(b.text()) for b in buttons} - {""}
    for button in buttons:
        text = button.text()
        if mnemonic_of(text):
            continue
        starts = [m.start() for m in re.finditer(r"\b[A-Za-z]", text)]
        others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
        for i in starts + others:
            if text[i].casefold() not in used:
                used.add(text[i].casefold())
                button.setText(text[:i] + "&" + text[i:])
                break


class FindingsView(QLabel):
    """The findings a page's proposal would have, shown on the page itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("pageFindings")
        self.setAccessibleName(self.tr("Findings for this page"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class RulesPage(QWizardPage):
    """A page that asks the rules engine about its proposal before Next is allowed.

    :meth:`page_findings` returns the findings to show (by default every finding of the
    wizard's result). An error about a field in :attr:`FIELDS` keeps Next disabled; any other
    finding is shown with the page where it is fixed and does not block.
    """

    #: the result's fields this page shows (a finding's subject names one); ALL: every one
    FIELDS: ClassVar[frozenset[str]] = frozenset()
    ALL: ClassVar[str] = "*"
    #: the last page blocks on every error that is left, whoever's field it is
    BLOCKS_ON_ALL: ClassVar[bool] = False

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__()
        self.plan_wizard = wizard
        self.findings_view = FindingsView()
        self.problem = QLabel()
        self.problem.setObjectName("pageProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {SEVERITY_COLOURS['error']};")
        self.blocking: list[Finding] = []
        self.shown: list[Finding] = []
        self._problem_text = ""
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(DEBOUNCE_MS)
        self._pending.timeout.connect(self.revalidate)

    def request_check(self, *_args: object) -> None:
        """Check after an edit: at once when checking is quick, else when typing pauses,
        so a key never waits for the rules engine on a large plan."""
        if self.plan_wizard.large_plan():
            self._pending.start()
        else:
            self.revalidate()

    def finish_layout(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.problem)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.findings_view)
        self.findings_view.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(scroll, 1)
        self.findings_scroll = (
            scroll  # hidden while there is nothing to say: the page keeps the room
        )

    def page_findings(self) -> list[Finding]:
        return self.plan_wizard.result_findings()

    def owns(self, field: str) -> bool:
        """Whether the admin changes ``field`` of the result on this page."""
        return self.ALL in self.FIELDS or field in self.FIELDS

    def page_problem(self) -> str:
        """A problem the model itself finds (a bad address), before the rules engine runs."""
        return ""

    def revalidate(self) -> None:
        self._pending.stop()
        self._problem_text = self.page_problem()
        self.problem.setText(self._problem_text)
        self.shown = [] if self._problem_text else self.page_findings()
        wizard = self.plan_wizard
        outside = [wizard.outside_note(f) for f in self.shown]
        owners = [
            None if out else wizard.page_of(f) for f, out in zip(self.shown, outside, strict=True)
        ]
        self.blocking = [
            f
            for f, owner, out in zip(self.shown, owners, outside, strict=True)
            if not out and f.severity.value == "error" and (self.BLOCKS_ON_ALL or owner is self)
        ]
        notes = {n: out for n, out in enumerate(outside) if out}
        notes.update(
            (n, wizard.where_fixed(owner, self))
            for n, owner in enumerate(owners)
            if not outside[n]
            and owner is not self
            and (owner is not None or not self.BLOCKS_ON_ALL)
        )
        self.findings_view.setText(findings_html(self.shown, notes))
        scroll = getattr(self, "findings_scroll", None)
        if scroll is not None:
            scroll.setVisible(bool(self.shown))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.revalidate()

    def isComplete(self) -> bool:
        return not self._problem_text and not self.blocking and super().isComplete()

    def validatePage(self) -> bool:
        self.revalidate()
        return self.isComplete()


class AppendedItemCheck:
    """The rules engine on the plan with the wizard's new object appended, kept between
    keys: the plan is copied shallowly once (the other objects are shared, never changed),
    and each change of the new object is re-checked through the engine's incremental path
    (``Validator.recheck``) instead of a deep copy and a full validation per key."""

    def __init__(self, doc: PlanDocument, collection: str) -> None:
        self.doc = doc
        self.collection = collection
        self._source: Any = None
        self._revision = -1
        self._plan: Any = None
        self._validator: Validator | None = None

    def path(self) -> str:
        return f"{self.collection}[{len(getattr(self.doc.plan, self.collection))}]"

    def findings(self, item: Any) -> list[Finding]:
        revision = self.doc.undo_stack.index()
        if (
            self._validator is None
            or self._source is not self.doc.plan
            or self._revision != revision
        ):
            items = getattr(self.doc.plan, self.collection)
            self._plan = self.doc.plan.model_copy(update={self.collection: [*items, item]})
            self._validator = Validator(self._plan)
            self._source, self._revision = self.doc.plan, revision
            return self._validator.findings
        items = getattr(self._plan, self.collection)
        if items[-1] == item:
            return self._validator.findings
        items[-1] = item
        return self._validator.recheck(f"{self.collection}[{len(items) - 1}]")


class FinishPage(RulesPage):
    """The last page: what Finish adds, every finding it will have, the runbook offer."""

    BLOCKS_ON_ALL = True

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Add to the plan"))
        self.setSubTitle(self.tr("Finish adds this to the plan as one step you can undo."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.show_runbook = QCheckBox(self.tr("Show the runbook section for this afterwards"))
        self.show_runbook.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.show_runbook)
        self.finish_layout(layout)

    def initializePage(self) -> None:
        self.summary.setText(self.plan_wizard.summary_html())
        super().initializePage()


class PlanWizard(QWizard):
    """Base of every wizard; subclasses add their pages, then :meth:`add_finish_page`."""

    #: the runbook section id the wizard's result belongs to
    SECTION = "overview"
    show_runbook = Signal(str)

    def __init__(
        self, doc: PlanDocument, settings: AppSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.settings = settings or AppSettings()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 520)
        self.resize(860, 660)
        self.finish_page: FinishPage | None = None
        self.added = False
        self._last_id = -1
        self.currentIdChanged.connect(self._page_shown)

    def _page_shown(self, page_id: int) -> None:
        """Back shows a page again without initialising it: check it again, since later pages
        may have changed what it shows (Next checks the page in ``initializePage``)."""
        went_back = 0 <= page_id < self._last_id
        self._last_id = page_id
        page = self.page(page_id)
        if went_back and isinstance(page, RulesPage):
            page.revalidate()

    def large_plan(self) -> bool:
        plan = self.doc.plan
        size = sum(
            len(items)
            for items in (
                plan.distribution_points,
                plan.boundaries,
                plan.packages,
                plan.task_sequences,
            )
        )
        return size > LARGE_PLAN

    def add_finish_page(self) -> None:
        self.finish_page = FinishPage(self)
        self.addPage(self.finish_page)

    # -- the result ----------------------------------------------------------------------
    def make_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        """The commands that add the wizard's result to ``doc``'s plan."""
        raise NotImplementedError

    def result_prefixes(self) -> list[str]:
        """Plan paths of what the wizard adds: findings under them concern it."""
        return []

    def summary_html(self) -> str:
        return ""

    def scratch(self) -> PlanDocument:
        """A copy of the plan with the wizard's result applied, validated."""
        scratch = PlanDocument(self.doc.plan.model_copy(deep=True))
        try:
            commands = self.make_commands(scratch)
        except (ValidationError, InputError, ValueError):
            commands = []  # the page shows the model's own problem instead
        for command in commands:
            scratch.push(command)
        return scratch

    def findings_under(
        self,
        prefixes: list[str],
        scratch: PlanDocument | None = None,
    ) -> list[Finding]:
        scratch = scratch or self.scratch()
        return [
            f
            for f in scratch.findings
            if any(f.subject == p or f.subject.startswith((p + ".", p + "[")) for p in prefixes)
        ]

    def result_findings(self) -> list[Finding]:
        return self.findings_under(self.result_prefixes())

    # -- which page fixes a finding -------------------------------------------------------
    def field_of(self, finding: Finding) -> str:
        """The field of the result a finding is about: ``pulls_from`` for
        ``distribution_points[4].pulls_from``, ``certificate`` for ``pxe.certificate.key_bits``
        ("" for the whole object)."""
        subject = finding.subject
        for prefix in self.result_prefixes():
            if subject.startswith((prefix + ".", prefix + "[")):
                rest = subject[len(prefix) :]
                break
        else:
            rest = _ITEM.sub("", subject)
        found = _NAME.search(rest)
        return found.group(0) if found else ""

    def rules_pages(self) -> list[RulesPage]:
        pages = [self.page(pid) for pid in self.pageIds()]
        return [p for p in pages if isinstance(p, RulesPage)]

    def outside_note(self, finding: Finding) -> str:
        """Where a finding no page of this wizard can change is fixed, in words ("" when a
        page or Finish can fix it). Such a finding is shown with this line and never blocks."""
        return ""

    def page_of(self, finding: Finding) -> RulesPage | None:
        """The first page that shows the field ``finding`` is about (None: no page does)."""
        if self.outside_note(finding):
            return None
        field = self.field_of(finding)
        for page in self.rules_pages():
            if not page.BLOCKS_ON_ALL and page.owns(field):
                return page
        return None

    def page_number(self, page: RulesPage) -> int:
        return next(n for n, p in enumerate(self.rules_pages(), start=1) if p is page)

    def where_fixed(self, owner: RulesPage | None, here: RulesPage) -> str:
        """The line a page shows under a finding it does not block on."""
        if owner is None:
            return self.tr("Finish checks this again before it adds anything.")
        number, title = str(self.page_number(owner)), owner.title()
        if here.BLOCKS_ON_ALL or self.page_number(owner) < self.page_number(here):
            text = self.tr("Go back to page %1, %2, to fix this.")
        else:
            text = self.tr("You will fix this on page %1, %2.")
        return text.replace("%1", number).replace("%2", title)

    def accept(self) -> None:
        if self.finish_page is not None and not self.finish_page.validatePage():
            return
        commands = self.make_commands(self.doc)
        with self.doc.macro(self.windowTitle()):
            for command in commands:
                self.doc.push(command)
        self.added = True
        if self.finish_page is not None and self.finish_page.show_runbook.isChecked():
            self.show_runbook.emit(self.SECTION)
        super().accept()
