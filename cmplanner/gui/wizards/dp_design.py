"""Distribution point design: host, settings from the seed table, placement; adds one DP.

The settings page asks the seed's compatibility table (``cmplanner.rules.dp_matrix``) about
every box: a box whose setting the table forbids with what is already chosen cannot be ticked
and says why, citing the table's source; a setting whose "Required" partner is missing offers
to tick the partner.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from cmplanner.gui.commands import InsertItemCommand
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.richtext import esc
from cmplanner.gui.wizards.base import (
    AppendedItemCheck,
    PlanWizard,
    RulesPage,
    add_row,
    give_mnemonics,
)
from cmplanner.model.distribution import DistributionPoint, DPHost, WindowsVersion
from cmplanner.model.planfile import validation_message
from cmplanner.rules.dp_matrix import SETTING_FIELDS, Cell, conflicts, load_table, settings_of
from cmplanner.rules.finding import Finding


class _DPDesignPage(RulesPage):
    """A page of the DP design wizard."""

    plan_wizard: DPDesignWizard  # the wizard these pages belong to


class HostPage(_DPDesignPage):
    """Name, server, and whether the DP is the server or a share on it."""

    # "" is the DP as a whole (where clients see it from: its address and AD site)
    FIELDS = frozenset({"", "name", "server", "host", "share_name", "os", "ip_address", "ad_site"})

    def __init__(self, wizard: DPDesignWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Host"))
        self.setSubTitle(
            self.tr(
                "Where the distribution point lives. A DP is either a server "
                "or a share on a server, never both."
            )
        )
        self.name = QLineEdit()
        self.server = QLineEdit()
        self.server.setPlaceholderText("dp01.corp.example.com")
        self.on_server = QRadioButton(self.tr("On a &server (a standard or branch DP)"))
        self.on_share = QRadioButton(self.tr("As a share &on a server"))
        self.on_server.setChecked(True)
        self.host_group = QButtonGroup(self)
        self.host_group.addButton(self.on_server)
        self.host_group.addButton(self.on_share)
        self.share = QLineEdit()
        self.os = QComboBox()
        for version in WindowsVersion:
            self.os.addItem(version.value, version)
        self.os.setCurrentIndex(self.os.findData(WindowsVersion.WINDOWS_SERVER_2008))
        self.ip = QLineEdit()
        self.ip.setPlaceholderText("10.1.0.10")
        self.ad_site = QLineEdit()
        form = QFormLayout()
        add_row(form, self.tr("&Name:"), self.name)
        add_row(form, self.tr("Ser&ver:"), self.server)
        form.addRow(self.on_server)
        form.addRow(self.on_share)
        add_row(form, self.tr("S&hare name:"), self.share)
        add_row(form, self.tr("Operating s&ystem:"), self.os)
        add_row(form, self.tr("&IP address:"), self.ip)
        add_row(form, self.tr("&AD site:"), self.ad_site)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.registerField("name*", self.name)
        for edit in (self.name, self.server, self.share, self.ip, self.ad_site):
            edit.textChanged.connect(self.request_check)
        self.on_share.toggled.connect(self.revalidate)
        self.os.currentIndexChanged.connect(self.revalidate)

    def page_problem(self) -> str:
        return self.plan_wizard.model_problem()


class SettingsPage(_DPDesignPage):
    """One box per setting of the seed table; forbidden boxes are disabled with the reason."""

    FIELDS = frozenset({"settings", "pxe", *SETTING_FIELDS.values()})

    def __init__(self, wizard: DPDesignWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Settings"))
        self.table = load_table()
        self.setSubTitle(
            self.tr(
                "Settings from the compatibility table (%1). A setting the "
                "table forbids with your choices cannot be ticked."
            ).replace("%1", self.table.source)
        )
        self.boxes: dict[str, QCheckBox] = {}
        self.reasons: dict[str, QLabel] = {}
        self.offers: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for row, (setting_id, _field) in enumerate(SETTING_FIELDS.items()):
            setting = self.table.by_id(setting_id)
            box = QCheckBox(setting.column)
            box.setObjectName(f"setting_{setting_id}")
            box.setAccessibleName(setting.column)
            box.toggled.connect(self._changed)
            reason = QLabel()
            reason.setWordWrap(True)
            reason.setObjectName(f"reason_{setting_id}")
            reason.setStyleSheet("color: #6b6b6b;")
            offer = QPushButton()
            offer.setObjectName(f"offer_{setting_id}")
            offer.hide()
            offer.clicked.connect(lambda _c=False, s=setting_id: self._tick_partner(s))
            reason.setContentsMargins(24, 0, 0, 0)
            grid.addWidget(box, 2 * row, 0)
            grid.addWidget(offer, 2 * row, 1)
            grid.addWidget(reason, 2 * row + 1, 0, 1, 3)
            grid.setColumnStretch(2, 1)
            self.boxes[setting_id] = box
            self.reasons[setting_id] = reason
            self.offers[setting_id] = offer
        self.pxe = QCheckBox(self.tr("&PXE service point on this server"))
        self.pxe.setAccessibleName(self.tr("PXE service point on this server"))
        self.pxe.toggled.connect(self._changed)
        grid.addWidget(self.pxe, 2 * len(SETTING_FIELDS), 0, 1, 3)
        grid.setVerticalSpacing(2)
        give_mnemonics([*self.boxes.values(), self.pxe])  # every box answers to an Alt-key
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.finish_layout(layout)
        self._partners: dict[str, str] = {}

    def initializePage(self) -> None:
        self.refresh_boxes()
        super().initializePage()

    def _changed(self) -> None:
        self.refresh_boxes()
        self.revalidate()

    def chosen(self) -> dict[str, bool]:
        return {sid: box.isChecked() for sid, box in self.boxes.items()}

    def refresh_boxes(self) -> None:
        """Ask the table, for each unticked box, whether ticking it would be refused."""
        wizard = self.plan_wizard
        base = wizard.dp()
        self._partners = {}
        for setting_id, box in self.boxes.items():
            reason, offer = self.reasons[setting_id], self.offers[setting_id]
            offer.hide()
            field = SETTING_FIELDS[setting_id]
            trial = base.model_copy(update={field: True})
            refused = [
                c
                for c in conflicts(settings_of(trial, self.table), self.table)
                if c.cell is Cell.NO and setting_id in (c.first.id, c.second.id)
            ]
            if refused and not box.isChecked():
                box.setEnabled(False)
                reason.setText(
                    self.tr("Cannot be ticked: %1. Source: %2")
                    .replace("%1", refused[0].reason)
                    .replace("%2", self.table.source)
                )
                continue
            box.setEnabled(True)
            reason.clear()
            if box.isChecked():
                missing = [
                    c
                    for c in conflicts(settings_of(base, self.table), self.table)
                    if c.cell is Cell.REQUIRED and c.first.id == setting_id
                ]
                if missing:
                    partner = missing[0].second
                    reason.setText(
                        self.tr("%1. Source: %2")
                        .replace("%1", missing[0].reason)
                        .replace("%2", self.table.providers_source)
                    )
                    offer.setText(self.tr("Also tick %1").replace("%1", partner.column))
                    offer.setAccessibleName(offer.text())
                    offer.show()
                    self._partners[setting_id] = partner.id

        for reason in self.reasons.values():
            reason.setVisible(bool(reason.text()))

    def _tick_partner(self, setting_id: str) -> None:
        partner = self._partners.get(setting_id)
        if partner in self.boxes:
            self.boxes[partner].setChecked(True)


class PlacementPage(_DPDesignPage):
    """Protected boundaries, the DP a branch DP pulls from, how it is used."""

    FIELDS = frozenset({"protected_boundaries", "pulls_from", "often_off", "roams"})

    def __init__(self, wizard: DPDesignWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Placement"))
        self.setSubTitle(
            self.tr(
                "A protected DP serves only clients in the boundaries you "
                "tick; a branch DP pulls its content from a standard DP."
            )
        )
        self.boundaries = QListWidget()
        self.pulls_from = QComboBox()
        self.often_off = QCheckBox(self.tr("The computer is &often switched off"))
        self.roams = QCheckBox(self.tr("The computer &roams between sites"))
        form = QFormLayout()
        add_row(form, self.tr("Protected &boundaries:"), self.boundaries)
        add_row(form, self.tr("&Pulls content from:"), self.pulls_from)
        form.addRow(self.often_off)
        form.addRow(self.roams)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.boundaries.itemChanged.connect(lambda _i: self.revalidate())
        self.pulls_from.currentIndexChanged.connect(lambda _i: self.revalidate())
        self.often_off.toggled.connect(self.revalidate)
        self.roams.toggled.connect(self.revalidate)

    def initializePage(self) -> None:
        wizard = self.plan_wizard
        settings = wizard.settings_page.chosen()
        self.boundaries.blockSignals(True)
        ticked = set(self.ticked_boundaries())
        self.boundaries.clear()
        for boundary in wizard.doc.plan.boundaries:
            item = QListWidgetItem(f"{boundary.name} ({boundary.value})")
            item.setData(Qt.ItemDataRole.UserRole, boundary.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if boundary.name in ticked else Qt.CheckState.Unchecked
            )
            self.boundaries.addItem(item)
        self.boundaries.setEnabled(settings["protected"])
        self.boundaries.blockSignals(False)
        self.pulls_from.blockSignals(True)
        current = self.pulls_from.currentData()
        self.pulls_from.clear()
        self.pulls_from.addItem(self.tr("(none)"), None)
        for dp in wizard.doc.plan.distribution_points:
            if dp.standard:
                self.pulls_from.addItem(dp.name, dp.name)
        self.pulls_from.setCurrentIndex(max(0, self.pulls_from.findData(current)))
        self.pulls_from.setEnabled(settings["branch"])
        self.pulls_from.blockSignals(False)
        super().initializePage()

    def ticked_boundaries(self) -> list[str]:
        return [
            self.boundaries.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.boundaries.count())
            if self.boundaries.item(i).checkState() == Qt.CheckState.Checked
        ]


class DPDesignWizard(PlanWizard):
    """Design one distribution point and add it to the plan."""

    SECTION = "dp-design"

    def __init__(self, doc: PlanDocument, settings: object = None, parent: object = None) -> None:
        super().__init__(doc, settings, parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Distribution point design"))
        self.host_page = HostPage(self)
        self.settings_page = SettingsPage(self)
        self.placement_page = PlacementPage(self)
        self.addPage(self.host_page)
        self.addPage(self.settings_page)
        self.addPage(self.placement_page)
        self.add_finish_page()
        self.check = AppendedItemCheck(doc, "distribution_points")

    def dp_path(self) -> str:
        return self.check.path()

    def result_findings(self) -> list[Finding]:
        """Findings about the new DP, re-checked incrementally as the pages change it."""
        path = self.dp_path()
        return [
            f
            for f in self.check.findings(self.dp())
            if f.subject == path or f.subject.startswith((path + ".", path + "["))
        ]

    def values(self) -> dict[str, object]:
        host = self.host_page
        data: dict[str, object] = {
            "name": host.name.text().strip() or "?",
            "server": host.server.text().strip(),
            "host": DPHost.SERVER_SHARE if host.on_share.isChecked() else DPHost.SERVER,
            "share_name": host.share.text().strip(),
            "os": host.os.currentData(),
            "ip_address": host.ip.text().strip() or None,
            "ad_site": host.ad_site.text().strip() or None,
        }
        for setting_id, box in self.settings_page.boxes.items():
            data[SETTING_FIELDS[setting_id]] = box.isChecked()
        data["pxe"] = self.settings_page.pxe.isChecked()
        place = self.placement_page
        if data["protected"]:
            data["protected_boundaries"] = place.ticked_boundaries()
        if data["branch"] and place.pulls_from.currentData():
            data["pulls_from"] = place.pulls_from.currentData()
        data["often_off"] = place.often_off.isChecked()
        data["roams"] = place.roams.isChecked()
        return data

    def model_problem(self) -> str:
        try:
            DistributionPoint(**self.values())
        except ValidationError as exc:
            return validation_message(exc)[1]
        return ""

    def dp(self) -> DistributionPoint:
        try:
            return DistributionPoint(**self.values())
        except ValidationError:
            return DistributionPoint(name="?")

    def make_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        dp = self.dp()
        return [
            InsertItemCommand(
                doc,
                "distribution_points",
                dp,
                text=self.tr("Add distribution point %1").replace("%1", dp.name),
            )
        ]

    def result_prefixes(self) -> list[str]:
        return [self.dp_path()]

    def summary_html(self) -> str:
        dp = self.dp()
        chosen = [s.column for s in settings_of(dp)]
        return (
            f"<p><b>{esc(dp.name)}</b> ({esc(dp.server or '?')})</p><p>{esc(', '.join(chosen))}</p>"
        )
