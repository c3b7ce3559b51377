"""Boundaries and locality: define boundaries, then see per boundary which DPs are local,
remote or unavailable (``cmplanner.rules.locality.locality_table``), and where protected DPs
leave clients with no content at all.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtGui import QBrush, QColor, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from cmplanner.gui.commands import SetValueCommand
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.richtext import SEVERITY_COLOURS, esc
from cmplanner.gui.wizards.base import PlanWizard, RulesPage, add_row
from cmplanner.model.boundaries import Boundary, BoundaryType, Connection
from cmplanner.model.planfile import validation_message
from cmplanner.rules.finding import Finding
from cmplanner.rules.locality import locality_table


class _BoundariesWizardPage(RulesPage):
    """A page of the boundaries wizard."""

    plan_wizard: BoundariesWizard  # the wizard these pages belong to


class BoundariesPage(_BoundariesWizardPage):
    """A table of the boundaries and a form for the selected one."""

    FIELDS = frozenset({RulesPage.ALL})

    def __init__(self, wizard: BoundariesWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Boundaries"))
        self.setSubTitle(
            self.tr(
                "Clients in a fast boundary see the DPs inside it as local "
                "and every other DP as remote."
            )
        )
        self.rows: list[dict[str, str]] = [
            {
                "name": b.name,
                "type": b.type.value,
                "value": b.value,
                "connection": b.connection.value,
                "description": b.description,
            }
            for b in wizard.doc.plan.boundaries
        ]
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Boundaries"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Value"), self.tr("Connection")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add = QPushButton(self.tr("&Add boundary"))
        self.remove = QPushButton(self.tr("&Remove boundary"))
        self.name = QLineEdit()
        self.type = QComboBox()
        for kind in BoundaryType:
            self.type.addItem(kind.value.replace("_", " "), kind.value)
        self.value = QLineEdit()
        self.value.setPlaceholderText("10.1.0.0/16, 10.1.0.1-10.1.0.99, SITE-NAME, 2001:db8::/48")
        self.connection = QComboBox()
        for conn in Connection:
            self.connection.addItem(conn.value, conn.value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        form = QFormLayout()
        add_row(form, self.tr("&Name:"), self.name)
        add_row(form, self.tr("&Type:"), self.type)
        add_row(form, self.tr("&Value:"), self.value)
        add_row(form, self.tr("&Connection:"), self.connection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.finish_layout(layout)
        self._loading = False
        self.table.currentCellChanged.connect(lambda *_a: self._load_row())
        self.add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self.remove_row)
        self.name.textEdited.connect(lambda t: self._set("name", t))
        self.value.textEdited.connect(lambda t: self._set("value", t))
        self.type.activated.connect(lambda _i: self._set("type", self.type.currentData()))
        self.connection.activated.connect(
            lambda _i: self._set("connection", self.connection.currentData())
        )
        self._fill_table()
        if self.rows:
            self.table.selectRow(0)

    def _fill_table(self) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, key in enumerate(("name", "type", "value", "connection")):
                self.table.setItem(r, c, QTableWidgetItem(row[key].replace("_", " ")))
        if 0 <= current < len(self.rows):
            self.table.selectRow(current)

    def _load_row(self) -> None:
        r = self.table.currentRow()
        enabled = 0 <= r < len(self.rows)
        for widget in (self.name, self.type, self.value, self.connection, self.remove):
            widget.setEnabled(enabled)
        if not enabled:
            return
        row = self.rows[r]
        self._loading = True
        self.name.setText(row["name"])
        self.value.setText(row["value"])
        self.type.setCurrentIndex(self.type.findData(row["type"]))
        self.connection.setCurrentIndex(self.connection.findData(row["connection"]))
        self._loading = False

    def _set(self, key: str, value: str) -> None:
        r = self.table.currentRow()
        if self._loading or not 0 <= r < len(self.rows):
            return
        self.rows[r][key] = value
        item = self.table.item(r, ("name", "type", "value", "connection").index(key))
        if item is not None:
            item.setText(value.replace("_", " "))
        self.request_check()

    def add_row(self) -> None:
        n = len(self.rows) + 1
        self.rows.append(
            {
                "name": self.tr("Boundary %1").replace("%1", str(n)),
                "type": "ip_subnet",
                "value": f"192.168.{n % 256}.0/24",
                "connection": "fast",
                "description": "",
            }
        )
        self._fill_table()
        self.table.selectRow(len(self.rows) - 1)
        self.name.setFocus()
        self.name.selectAll()
        self.revalidate()

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            del self.rows[r]
            self._fill_table()
            self._load_row()
            self.revalidate()

    def page_problem(self) -> str:
        return self.plan_wizard.model_problem()


class LocalityPage(_BoundariesWizardPage):
    """Per boundary: local, remote and unavailable DPs; boundaries no DP serves stand out."""

    def __init__(self, wizard: BoundariesWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Locality"))
        self.setSubTitle(
            self.tr(
                "What a client in each boundary sees. A protected DP serves "
                "only its protected boundaries, and its clients use other DPs "
                "only as a fallback."
            )
        )
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Locality per boundary"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Boundary"),
                self.tr("Connection"),
                self.tr("Local DPs"),
                self.tr("Remote DPs"),
                self.tr("Fallback only\n(8 hours)"),
                self.tr("Unavailable\n(protected)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # every header fits in its column at the wizard's smallest size
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("Unavailable") + 16)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        self.finish_layout(layout)
        self.starved: list[str] = []

    def initializePage(self) -> None:
        plan = self.plan_wizard.scratch().plan
        rows = locality_table(plan)
        self.table.setRowCount(len(rows))
        self.starved = []
        for r, row in enumerate(rows):
            cells = [
                row.boundary,
                row.connection,
                ", ".join(row.local) or "—",
                ", ".join(row.remote) or "—",
                ", ".join(row.fallback) or "—",
                ", ".join(row.unavailable) or "—",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.starved:
                    item.setForeground(QBrush(QColor(SEVERITY_COLOURS["error"])))
                    item.setToolTip(self.tr("No DP serves clients here"))
                self.table.setItem(r, c, item)
            if row.starved:
                self.starved.append(row.boundary)
        self.table.resizeRowsToContents()
        super().initializePage()

    def page_findings(self) -> list[Finding]:
        return [f for f in self.plan_wizard.scratch().findings if f.rule.startswith("LOC")]


class BoundariesWizard(PlanWizard):
    """Define the plan's boundaries and check what each boundary's clients can reach."""

    SECTION = "locality"

    def __init__(self, doc: PlanDocument, settings: object = None, parent: object = None) -> None:
        super().__init__(doc, settings, parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Boundaries and locality"))
        self.boundaries_page = BoundariesPage(self)
        self.locality_page = LocalityPage(self)
        self.addPage(self.boundaries_page)
        self.addPage(self.locality_page)
        self.add_finish_page()

    def boundaries(self) -> list[Boundary]:
        return [Boundary.model_validate(row) for row in self.boundaries_page.rows]

    def model_problem(self) -> str:
        for r, row in enumerate(self.boundaries_page.rows):
            try:
                Boundary.model_validate(row)
            except ValidationError as exc:
                return (
                    self.tr("Row %1: %2")
                    .replace("%1", str(r + 1))
                    .replace("%2", validation_message(exc)[1])
                )
        names = [row["name"].casefold() for row in self.boundaries_page.rows]
        if len(set(names)) != len(names):
            return self.tr("Two boundaries have the same name.")
        return ""

    def make_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        if self.model_problem():
            return []
        return [
            SetValueCommand(doc, "boundaries", self.boundaries(), self.tr("Change the boundaries"))
        ]

    def result_prefixes(self) -> list[str]:
        return ["boundaries"]

    def summary_html(self) -> str:
        items = "".join(
            f"<li>{esc(b.name)}: {esc(b.value)} ({b.connection.value})</li>"
            for b in self.boundaries()
        )
        starved = self.locality_page.starved
        warn = ""
        if starved:
            warn = (
                f"<p style='color:{SEVERITY_COLOURS['error']}'>"
                + esc(self.tr("No DP serves clients in: %1").replace("%1", ", ".join(starved)))
                + "</p>"
            )
        return f"<ul>{items}</ul>{warn}"
