"""Checklist wizards: walk a checklist pack's steps with tick boxes, evidence and sign-off.

Progress changes go through ``cmplanner.checklists`` (``tick``, ``untick``, ``sign_off``) on a
working copy of the plan; Finish puts the resulting run into the real plan as one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmplanner.checklists import (
    FilledStep,
    fill,
    fill_header,
    find_run,
    keep_evidence,
    load_packs,
    mark_not_applicable,
    open_steps,
    sign_off,
    subjects,
    tick,
    untick,
)
from cmplanner.errors import InputError
from cmplanner.gui.commands import InsertItemCommand, RemoveItemCommand, ReplaceItemCommand
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.names import pack_title
from cmplanner.gui.richtext import SEVERITY_COLOURS, esc, source_html
from cmplanner.gui.wizards.base import PlanWizard, RulesPage, add_row
from cmplanner.model.checklist import StepProgress
from cmplanner.model.plan import Plan


class _ChecklistPage(RulesPage):
    """A page of a checklist wizard."""

    plan_wizard: ChecklistWizard  # the wizard these pages belong to


class IntroPage(_ChecklistPage):
    """What the checklist is for, its warnings, and who is ticking."""

    def __init__(self, wizard: ChecklistWizard) -> None:
        super().__init__(wizard)
        self.setTitle(pack_title(wizard.pack.id))
        # a subtitle puts the page in the same header as the others
        self.setSubTitle(self.tr("What this checklist is for, and who is ticking."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.author = QLineEdit(wizard.settings.author())
        self.subject = QComboBox()
        for subject in wizard.subjects:
            self.subject.addItem(subject or self.tr("the whole plan"), subject)
        form = QFormLayout()
        add_row(form, self.tr("Your &name (recorded with each tick):"), self.author)
        if len(wizard.subjects) > 1:
            add_row(form, self.tr("Checklist &for:"), self.subject)
        else:
            self.subject.hide()
        self.subject.currentIndexChanged.connect(lambda _i: self._subject_changed())
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.author.textChanged.connect(self.request_check)

    def initializePage(self) -> None:
        wizard = self.plan_wizard
        header = fill_header(wizard.pack, wizard.work, wizard.subject)
        warnings = "".join(
            f"<p style='color:{SEVERITY_COLOURS['warning']}'>{esc(w)}</p>" for w in header.warnings
        )
        self.text.setText(
            f"<p>{esc(header.summary)}</p>{warnings}"
            f"<p><i>{self.tr('Source')}:</i> {source_html(header.source)}</p>"
        )
        super().initializePage()

    def _subject_changed(self) -> None:
        wizard = self.plan_wizard
        wizard.subject = self.subject.currentData() or ""
        for page in getattr(wizard, "phase_pages", []):
            page.reset()
        self.initializePage()

    def page_problem(self) -> str:
        if self.plan_wizard.subject_problem():
            return self.plan_wizard.subject_problem()
        if not self.author.text().strip():
            return self.tr("Say who you are: every tick records a name.")
        return ""

    def validatePage(self) -> bool:
        ok = super().validatePage()
        if ok:
            self.plan_wizard.settings.set_author(self.author.text().strip())
        return ok


class PhasePage(_ChecklistPage):
    """The steps of one phase of the pack, each with a tick box and an evidence field."""

    def __init__(self, wizard: ChecklistWizard, phase: str) -> None:
        super().__init__(wizard)
        self.phase = phase
        self.setTitle(phase or pack_title(wizard.pack.id))
        self.setSubTitle(self.tr("Tick each step when it is done and note the evidence."))
        self.boxes: dict[str, QCheckBox] = {}
        self.not_applicable: dict[str, QCheckBox] = {}
        self.reasons: dict[str, QLineEdit] = {}
        self.who: dict[str, QLabel] = {}
        self.numbers: dict[str, int] = {}
        self.evidence: dict[str, QLineEdit] = {}
        self.host = QWidget()
        self.steps_layout = QVBoxLayout(self.host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.host)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 4)
        self.finish_layout(layout)
        self._built = False

    def initializePage(self) -> None:
        if not self._built:
            self._build()
        super().initializePage()

    def reset(self) -> None:
        """Forget the rows (another subject was chosen); they are built again when shown."""
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for found in (self.boxes, self.not_applicable, self.reasons, self.who, self.numbers):
            found.clear()
        self.evidence.clear()
        self._built = False

    def _build(self) -> None:
        wizard = self.plan_wizard
        for number, step in enumerate(wizard.steps(), start=1):
            if step.phase != self.phase:
                continue
            box = QGroupBox(f"{number}. {step.title}")
            inner = QFormLayout(box)
            text = QLabel(
                f"{esc(step.instruction)}<br><i>{self.tr('Expected')}:</i> "
                f"{esc(step.expected)}"
                + (f"<br><b>{esc(step.warning)}</b>" if step.warning else "")
            )
            text.setWordWrap(True)
            inner.addRow(text)
            first = not self.boxes
            done = QCheckBox(self.tr("&Done") if first else self.tr("Done"))
            done.setAccessibleName(self.tr("Done: step %1").replace("%1", str(number)))
            done.setChecked(step.progress.done)
            who = QLabel()
            who.setObjectName(f"who_{step.id}")
            na = QCheckBox(self.tr("Not &applicable") if first else self.tr("Not applicable"))
            na.setAccessibleName(self.tr("Not applicable: step %1").replace("%1", str(number)))
            na.setChecked(step.progress.not_applicable)
            row = QHBoxLayout()
            row.addWidget(done)
            row.addWidget(na)
            row.addWidget(who, 1)
            inner.addRow(row)
            reason = QLineEdit(step.progress.reason)
            reason.setPlaceholderText(self.tr("Why this step does not apply here"))
            add_row(inner, self.tr("Reason:"), reason)
            reason.setAccessibleName(self.tr("Reason: step %1").replace("%1", str(number)))
            evidence = QLineEdit(step.progress.evidence)
            evidence.setPlaceholderText(step.evidence)
            add_row(inner, self.tr("Evidence:"), evidence)
            evidence.setAccessibleName(self.tr("Evidence: step %1").replace("%1", str(number)))
            done.toggled.connect(lambda on, sid=step.id: self._toggle(sid, on))
            na.toggled.connect(lambda on, sid=step.id: self._not_applicable(sid, on))
            reason.editingFinished.connect(lambda sid=step.id: self._reason(sid))
            evidence.editingFinished.connect(lambda sid=step.id: self._evidence(sid))
            self.boxes[step.id] = done
            self.not_applicable[step.id] = na
            self.reasons[step.id] = reason
            self.who[step.id] = who
            self.evidence[step.id] = evidence
            self.numbers[step.id] = number
            self.steps_layout.addWidget(box)
            self._show_who(step.id)
        self.steps_layout.addStretch(1)
        self._built = True

    def _show_who(self, step_id: str) -> None:
        """Who ticked the step (or marked it not applicable) and when, beside the tick."""
        progress = self.plan_wizard.progress(step_id)
        reason = self.reasons[step_id]
        reason.setEnabled(self.not_applicable[step_id].isChecked())
        self.boxes[step_id].setEnabled(not self.not_applicable[step_id].isChecked())
        if not progress.settled or not progress.by:
            self.who[step_id].clear()
            return
        when = f"{progress.at:%Y-%m-%d %H:%M}" if progress.at else ""
        text = self.tr("Not applicable, by %1, %2") if progress.not_applicable else None
        text = text or self.tr("Ticked by %1, %2")
        self.who[step_id].setText(text.replace("%1", progress.by).replace("%2", when))

    def _toggle(self, step_id: str, on: bool) -> None:
        wizard = self.plan_wizard
        if on:
            wizard.tick(step_id, self.evidence[step_id].text())
        else:
            wizard.untick(step_id)
        self._show_who(step_id)
        self.revalidate()

    def _not_applicable(self, step_id: str, on: bool) -> None:
        wizard = self.plan_wizard
        if on:
            self.boxes[step_id].blockSignals(True)
            self.boxes[step_id].setChecked(False)
            self.boxes[step_id].blockSignals(False)
            self._reason(step_id)
        else:
            wizard.untick(step_id)
        self._show_who(step_id)
        if on and not self.reasons[step_id].text().strip():
            self.reasons[step_id].setFocus()
        self.revalidate()

    def _reason(self, step_id: str) -> None:
        reason = self.reasons[step_id].text().strip()
        if self.not_applicable[step_id].isChecked() and reason:
            self.plan_wizard.mark_not_applicable(step_id, reason)
            self._show_who(step_id)
        self.revalidate()

    def _evidence(self, step_id: str) -> None:
        text = self.evidence[step_id].text()
        if self.boxes[step_id].isChecked():
            self.plan_wizard.tick(step_id, text)
        else:  # typed before the tick: kept, the tick comes later
            self.plan_wizard.keep_evidence(step_id, text)

    def page_problem(self) -> str:
        for step_id, na in self.not_applicable.items():
            if na.isChecked() and not self.reasons[step_id].text().strip():
                return self.tr("Say why step %1 does not apply here.").replace(
                    "%1", str(self.numbers[step_id])
                )
        return ""


class SignOffPage(_ChecklistPage):
    """Sign the run off once every step is ticked (or leave it open for later)."""

    def __init__(self, wizard: ChecklistWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sign-off"))
        self.setSubTitle(
            self.tr("Sign for the checklist once every step is done, or leave it open.")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.sign = QCheckBox(self.tr("&Sign off this checklist"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.sign)
        add_row(form, self.tr("Sign-off &note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.sign.toggled.connect(self.revalidate)
        self.note.textChanged.connect(self.request_check)

    def initializePage(self) -> None:
        wizard = self.plan_wizard
        missing = open_steps(wizard.work, wizard.pack.id, wizard.subject)
        total = len(wizard.steps())
        self.status.setText(
            self.tr("%1 of %2 steps ticked.")
            .replace("%1", str(total - len(missing)))
            .replace("%2", str(total))
        )
        super().initializePage()

    def page_problem(self) -> str:
        return self.plan_wizard.sign_problem() if self.sign.isChecked() else ""


class ChecklistWizard(PlanWizard):
    """Base of the checklist wizards; subclasses name the pack and may add pages first."""

    SECTION = "checklists"
    PACK = ""

    def __init__(
        self, doc: PlanDocument, settings: object = None, parent: object = None, pack: str = ""
    ) -> None:
        super().__init__(doc, settings, parent)  # type: ignore[arg-type]
        self.pack = load_packs()[pack or self.PACK]
        self.subjects = subjects(self.pack, doc.plan) or [""]
        self.subject = self.subjects[0]
        self.work: Plan = doc.plan.model_copy(deep=True)
        self.setWindowTitle(pack_title(self.pack.id))
        self.intro_page = IntroPage(self)
        self.addPage(self.intro_page)

    def add_checklist_pages(self) -> None:
        """One page per phase (steps are fixed once the subject is chosen on the intro)."""
        phases: list[str] = []
        for step in self.steps():
            if step.phase not in phases:
                phases.append(step.phase)
        self.phase_pages = [PhasePage(self, phase) for phase in phases]
        for page in self.phase_pages:
            self.addPage(page)
        self.sign_page = SignOffPage(self)
        self.addPage(self.sign_page)
        self.add_finish_page()

    def subject_problem(self) -> str:
        return ""

    def steps(self) -> list[FilledStep]:
        return fill(self.pack, self.work, self.subject)

    def author(self) -> str:
        return self.intro_page.author.text().strip()

    def tick(self, step_id: str, evidence: str) -> None:
        self.work = tick(
            self.work, self.pack.id, self.subject, step_id, self.author(), evidence=evidence
        )

    def untick(self, step_id: str) -> None:
        self.work = untick(self.work, self.pack.id, self.subject, step_id)

    def mark_not_applicable(self, step_id: str, reason: str) -> None:
        self.work = mark_not_applicable(
            self.work, self.pack.id, self.subject, step_id, self.author(), reason
        )

    def keep_evidence(self, step_id: str, evidence: str) -> None:
        self.work = keep_evidence(self.work, self.pack.id, self.subject, step_id, evidence)

    def progress(self, step_id: str) -> StepProgress:
        run = find_run(self.work, self.pack.id, self.subject)
        return run.steps.get(step_id, StepProgress()) if run is not None else StepProgress()

    def _signed(self) -> Plan:
        page = self.sign_page
        if not page.sign.isChecked():
            return self.work
        return sign_off(self.work, self.pack.id, self.subject, self.author(), page.note.text())

    def sign_problem(self) -> str:
        try:
            self._signed()
        except InputError as exc:
            return exc.problem
        return ""

    def final_plan(self) -> Plan:
        try:
            return self._signed()
        except InputError:
            return self.work

    def make_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        commands = self.extra_commands(doc)
        final = self.final_plan()
        run = find_run(final, self.pack.id, self.subject)
        old = find_run(doc.plan, self.pack.id, self.subject)
        text = self.tr("Checklist: %1").replace("%1", pack_title(self.pack.id))
        if old is not None:
            index = doc.plan.checklists.index(old)
            if run is None:
                commands.append(RemoveItemCommand(doc, "checklists", index, text))
            elif run != old:
                commands.append(ReplaceItemCommand(doc, "checklists", index, run, text))
        elif run is not None:
            commands.append(InsertItemCommand(doc, "checklists", run, text=text))
        return commands

    def extra_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        """Changes besides the checklist run (the PXE wizard records the certificate)."""
        return []

    def result_prefixes(self) -> list[str]:
        return ["checklists"]

    def summary_html(self) -> str:
        final = self.final_plan()
        missing = open_steps(final, self.pack.id, self.subject)
        run = find_run(final, self.pack.id, self.subject)
        signed = run.sign_off if run is not None else None
        line = (
            self.tr("Signed off by %1.").replace("%1", signed.by)
            if signed
            else self.tr("Not signed off yet.")
        )
        return (
            f"<p><b>{esc(pack_title(self.pack.id))}</b> {esc(self.subject)}</p>"
            f"<p>{esc(self.tr('%1 steps still open.').replace('%1', str(len(missing))))} "
            f"{esc(line)}</p>"
        )


class PackChecklistWizard(ChecklistWizard):
    """Any checklist pack, walked step by step (the log view opens the one that fixes an
    error it found)."""

    def __init__(
        self, doc: PlanDocument, settings: object = None, parent: object = None, pack: str = ""
    ) -> None:
        super().__init__(doc, settings, parent, pack)
        self.add_checklist_pages()
