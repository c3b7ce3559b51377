"""DP group creation: pick or create the group, pick its DPs, follow the console steps.

The members page shows, through the rules engine (GRP001), the packages each late-joining DP
will not receive; the console page shows the seed's steps from the ``dp-group-creation``
checklist pack, filled in with the group's names.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
)

from cmplanner.checklists import fill, fill_header, load_packs
from cmplanner.gui.commands import InsertItemCommand, ReplaceItemCommand
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.richtext import SEVERITY_COLOURS, esc, source_html
from cmplanner.gui.wizards.base import PlanWizard, RulesPage, add_row
from cmplanner.model.distribution import DPGroup, GroupMember, GroupPurpose
from cmplanner.model.planfile import validation_message

PACK = "dp-group-creation"


class _DPGroupPage(RulesPage):
    """A page of the DP group wizard."""

    plan_wizard: DPGroupWizard  # the wizard these pages belong to


class GroupPage(_DPGroupPage):
    """A new group (name, purpose) or an existing one."""

    FIELDS = frozenset({"name", "description", "purpose"})

    def __init__(self, wizard: DPGroupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Group"))
        self.setSubTitle(
            self.tr("DP groups copy packages to many DPs at once; they do not balance load.")
        )
        self.create_new = QRadioButton(self.tr("Create a &new group"))
        self.existing = QRadioButton(self.tr("Add DPs to an &existing group"))
        self.create_new.setChecked(True)
        buttons = QButtonGroup(self)
        buttons.addButton(self.create_new)
        buttons.addButton(self.existing)
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("Copy content to many DPs"), GroupPurpose.CONTENT_COPY)
        self.purpose.addItem(self.tr("Balance the load"), GroupPurpose.LOAD_BALANCING)
        self.group = QComboBox()
        for group in wizard.doc.plan.dp_groups:
            self.group.addItem(group.name)
        self.existing.setEnabled(self.group.count() > 0)
        form = QFormLayout()
        form.addRow(self.create_new)
        add_row(form, self.tr("Group &name:"), self.name)
        add_row(form, self.tr("&Description:"), self.description)
        add_row(form, self.tr("&Purpose:"), self.purpose)
        form.addRow(self.existing)
        add_row(form, self.tr("E&xisting group:"), self.group)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.create_new.toggled.connect(self._mode)
        for signal in (self.name.textChanged, self.description.textChanged):
            signal.connect(self.request_check)
        self.purpose.currentIndexChanged.connect(lambda _i: self.revalidate())
        self.group.currentIndexChanged.connect(lambda _i: self.revalidate())
        self._mode()

    def _mode(self) -> None:
        new = self.create_new.isChecked()
        for widget in (self.name, self.description, self.purpose):
            widget.setEnabled(new)
        self.group.setEnabled(not new)
        self.revalidate()

    def page_problem(self) -> str:
        wizard = self.plan_wizard
        if self.create_new.isChecked():
            name = self.name.text().strip()
            if not name:
                return self.tr("Give the group a name.")
            if any(g.name.casefold() == name.casefold() for g in wizard.doc.plan.dp_groups):
                return self.tr("A group called %1 exists already: choose it below.").replace(
                    "%1", name
                )
        return wizard.model_problem()


class MembersPage(_DPGroupPage):
    """Tick the member DPs; late joiners and what they miss come from the rules engine."""

    FIELDS = frozenset({"members"})

    def __init__(self, wizard: DPGroupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Members"))
        self.setSubTitle(
            self.tr(
                "A DP that joins after packages were sent to the group does "
                "not receive them: the findings below list what to add by "
                "hand."
            )
        )
        self.dps = QListWidget()
        self.joined = QDateTimeEdit(QDateTime.currentDateTime())
        self.joined.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.joined.setCalendarPopup(True)
        form = QFormLayout()
        add_row(form, self.tr("&Distribution points:"), self.dps)
        add_row(form, self.tr("New members &join on:"), self.joined)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.dps.itemChanged.connect(lambda _i: self.revalidate())
        self.joined.dateTimeChanged.connect(lambda _d: self.revalidate())

    def initializePage(self) -> None:
        wizard = self.plan_wizard
        existing = wizard.existing_group()
        already = {m.dp.casefold() for m in existing.members} if existing else set()
        self.dps.blockSignals(True)
        ticked = set(self.ticked())
        self.dps.clear()
        for dp in wizard.doc.plan.distribution_points:
            item = QListWidgetItem(dp.name)
            item.setData(Qt.ItemDataRole.UserRole, dp.name)
            if dp.name.casefold() in already:
                item.setText(self.tr("%1 (member already)").replace("%1", dp.name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if dp.name in ticked else Qt.CheckState.Unchecked
                )
            self.dps.addItem(item)
        self.dps.blockSignals(False)
        super().initializePage()

    def ticked(self) -> list[str]:
        """Newly ticked DPs (existing members are not listed)."""
        return [
            self.dps.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.dps.count())
            if self.dps.item(i).checkState() == Qt.CheckState.Checked
            and self.dps.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def tick(self, name: str) -> None:
        for i in range(self.dps.count()):
            if self.dps.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.dps.item(i).setCheckState(Qt.CheckState.Checked)

    def page_problem(self) -> str:
        if not self.ticked() and not self.plan_wizard.existing_group():
            return self.tr("Tick at least one distribution point.")
        return ""


class ConsolePage(_DPGroupPage):
    """The seed's console steps for this group, filled in."""

    def __init__(self, wizard: DPGroupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Console steps"))
        self.setSubTitle(
            self.tr(
                "Do this in the ConfigMgr console; the runbook and the "
                "checklist keep the same steps."
            )
        )
        self.steps = QTextBrowser()
        self.steps.setAccessibleName(self.tr("Console steps"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 3)
        self.finish_layout(layout)

    def initializePage(self) -> None:
        self.steps.setHtml(self.plan_wizard.console_html())
        super().initializePage()


class DPGroupWizard(PlanWizard):
    """Create a DP group (or add members to one) and show the console steps."""

    SECTION = "dp-groups"

    def __init__(self, doc: PlanDocument, settings: object = None, parent: object = None) -> None:
        super().__init__(doc, settings, parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("DP group creation"))
        self.group_page = GroupPage(self)
        self.members_page = MembersPage(self)
        self.console_page = ConsolePage(self)
        self.addPage(self.group_page)
        self.addPage(self.members_page)
        self.addPage(self.console_page)
        self.add_finish_page()

    def existing_index(self) -> int | None:
        if self.group_page.create_new.isChecked():
            return None
        index = self.group_page.group.currentIndex()
        return index if index >= 0 else None

    def existing_group(self) -> DPGroup | None:
        index = self.existing_index()
        return self.doc.plan.dp_groups[index] if index is not None else None

    def joined(self) -> datetime:
        return cast(datetime, self.members_page.joined.dateTime().toPython())

    def group(self) -> DPGroup:
        when = self.joined()
        new_members = [GroupMember(dp=name, joined=when) for name in self.members_page.ticked()]
        existing = self.existing_group()
        if existing is not None:
            return existing.model_copy(
                update={"members": [*existing.members, *new_members]}, deep=True
            )
        page = self.group_page
        return DPGroup(
            name=page.name.text().strip(),
            description=page.description.text(),
            purpose=page.purpose.currentData(),
            members=new_members,
        )

    def model_problem(self) -> str:
        try:
            self.group()
        except ValidationError as exc:
            return validation_message(exc)[1]
        return ""

    def group_path(self) -> str:
        index = self.existing_index()
        return f"dp_groups[{len(self.doc.plan.dp_groups) if index is None else index}]"

    def make_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        group = self.group()
        index = self.existing_index()
        if index is None:
            return [
                InsertItemCommand(
                    doc,
                    "dp_groups",
                    group,
                    text=self.tr("Create DP group %1").replace("%1", group.name),
                )
            ]
        return [
            ReplaceItemCommand(
                doc,
                "dp_groups",
                index,
                group,
                text=self.tr("Add members to %1").replace("%1", group.name),
            )
        ]

    def result_prefixes(self) -> list[str]:
        return [self.group_path()]

    def console_html(self) -> str:
        pack = load_packs()[PACK]
        plan = self.scratch().plan
        try:
            name = self.group().name
        except ValidationError:
            name = ""
        # adding DPs to a group that exists: tick the group on each new DP, never New
        joining = self.members_page.ticked() if self.existing_index() is not None else None
        header = fill_header(pack, plan, name, joining)
        parts = [f"<h3>{esc(header.title)}</h3><p>{esc(header.summary)}</p>"]
        parts += [
            f"<p style='color:{SEVERITY_COLOURS['warning']}'>{esc(w)}</p>" for w in header.warnings
        ]
        parts.append("<ol>")
        for step in fill(pack, plan, name, joining=joining):
            warning = f"<br><b>{esc(step.warning)}</b>" if step.warning else ""
            parts.append(
                f"<li>{esc(step.instruction)}<br><i>{self.tr('Expected')}:</i> "
                f"{esc(step.expected)}{warning}</li>"
            )
        parts.append(f"</ol><p><i>{self.tr('Source')}:</i> {source_html(header.source)}</p>")
        return "".join(parts)

    def summary_html(self) -> str:
        try:
            group = self.group()
        except ValidationError:
            return ""
        members = ", ".join(m.dp for m in group.members) or "—"
        return f"<p><b>{esc(group.name)}</b>: {esc(members)}</p>"
