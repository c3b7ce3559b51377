"""Qt models of the log view: the entries table with severity colours, and its filter."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from cmplanner.gui.labels import log_type_label
from cmplanner.logs.entry import LogEntry
from cmplanner.tasksequence.secrets import mask_secrets_in_text

AnyIndex = QModelIndex | QPersistentModelIndex

# background and text colours per CMTrace type: 3 error, 2 warning, 1 info, 0 verbose
SEVERITY_BACKGROUND = {3: "#f9d6d5", 2: "#fff1c2"}
SEVERITY_FOREGROUND = {3: "#8b0000", 2: "#6b4e00", 0: "#6b6b6b"}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@lru_cache(maxsize=4096)
def shown_message(message: str) -> str:
    """A log message as the view shows it: passwords typed into it hidden. Masked only when
    a row is painted (Qt asks again on every repaint, hence the cache), never while reading."""
    return mask_secrets_in_text(message)


def time_text(entry: LogEntry) -> str:
    """The time of day first, then the date: what a reader compares between rows stays
    visible when the column is narrow (most logs cover one day)."""
    local = entry.local
    if local is None:
        return entry.time_text
    return local.strftime("%H:%M:%S.%f")[:-3] + local.strftime("  %Y-%m-%d")


class LogTableModel(QAbstractTableModel):
    """All entries read, in time order; one row per entry."""

    COLUMNS = ("line", "time", "component", "type", "thread", "message")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[LogEntry] = []

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Line"),
                self.tr("Time"),
                self.tr("Component"),
                self.tr("Type"),
                self.tr("Thread"),
                self.tr("Message"),
            ][section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.COLUMNS[index.column()]
            if column == "line":
                return entry.line
            if column == "time":
                return time_text(entry)
            if column == "type":
                return log_type_label(entry.severity_name)
            if column == "message":
                first, _, rest = shown_message(entry.message).partition("\n")
                return first + (" …" if rest else "")
            return getattr(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            color = SEVERITY_BACKGROUND.get(entry.severity)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ForegroundRole:
            color = SEVERITY_FOREGROUND.get(entry.severity)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(self.COLUMNS) - 1:
            return shown_message(entry.message)[:2000]
        if role == ENTRY_ROLE:
            return entry
        return None


class LogFilterModel(QSortFilterProxyModel):
    """Filter by text (in the message), by component and by type."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._component = ""
        self._types: frozenset[int] | None = None

    def set_filters(self, text: str, component: str, types: frozenset[int] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
        self._text = text.casefold()
        self._component = component
        self._types = types
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LogTableModel):
            return True
        entry = model.entries[source_row]
        if self._types is not None and entry.severity not in self._types:
            return False
        if self._component and entry.component != self._component:
            return False
        text = self._text
        if not text:
            return True
        # the raw message first (cheap); a row it finds must show the text too, so typing a
        # password in the filter does not point at the row that hides it
        return text in entry.message.casefold() and text in shown_message(entry.message).casefold()
