"""The editor pane: a form for whichever plan object the tree has selected.

The form is built from the pydantic model's fields, so a new field in the model appears here
without GUI work. Every change is pushed as an undoable command; a value the model refuses is
not applied and the model's own message is shown under the form.
"""

from __future__ import annotations

import types
import typing
from datetime import datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmplanner.gui import plan_paths
from cmplanner.gui.commands import SetValueCommand
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.labels import SECRETS, category_label, field_label
from cmplanner.gui.names import checklist_run_name, pack_title
from cmplanner.gui.richtext import SEVERITY_COLOURS, esc
from cmplanner.model.planfile import validation_message

#: fields shown as words, never edited in place: a checklist run's pack is named by its
#: title (its id is for the file), and another pack would make its ticks meaningless
_SHOWN_AS_WORDS = {"pack"}

#: findings listed above the form; the rest are in the Findings panel (the form stays visible)
SHOWN_FINDINGS = 4

_SKIP = {
    "schema_version",
    "approval",
    "extra_attributes",
    "extra_xml",
    "package_properties",
    "global_variables",
    "references",
    "kind",
}


def field_kind(annotation: Any) -> tuple[str, Any, bool]:
    """(kind, inner type, optional) for a model field's annotation."""
    optional = False
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        if len(args) != 1:
            return "complex", annotation, optional
        annotation = args[0]
        origin = typing.get_origin(annotation)
    if annotation is bool:
        return "bool", bool, optional
    if annotation is int:
        return "int", int, optional
    if annotation is str:
        return "str", str, optional
    if annotation is datetime:
        return "datetime", datetime, optional
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "enum", annotation, optional
    if origin is list and typing.get_args(annotation) == (str,):
        return "strlist", str, optional
    return "complex", annotation, optional


def _scalar(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _item_summary(item: Any) -> str:
    """One line for a member, a send, a step: its first few plain values."""
    if not isinstance(item, BaseModel):
        return _scalar(item)
    name = getattr(item, "name", None)
    if isinstance(name, str) and name:
        return name
    parts = [
        _scalar(v)
        for k, v in item
        if k not in _SKIP
        and v not in (None, "", [], {})
        and not isinstance(v, BaseModel | list | dict)
    ]
    return " ".join(parts[:3])


def _summary(value: Any) -> str:
    """Read-only text for fields the form cannot edit in place (lists of members, sends)."""
    if value is None:
        return "—"
    if isinstance(value, list):
        if not value:
            return "—"
        text = "; ".join(_item_summary(item) for item in value[:12])
        return text + (f"; … ({len(value)})" if len(value) > 12 else "")
    if isinstance(value, dict):
        return str(len(value))
    if isinstance(value, BaseModel):
        return (
            ", ".join(
                f"{k}={v}"
                for k, v in value.model_dump(exclude_defaults=True).items()
                if not isinstance(v, dict | list)
            )
            or "—"
        )
    return str(value)


class ObjectEditor(QWidget):
    """Shows and edits the fields of the object at one plan path."""

    #: a message for the status bar (why an edit was refused)
    message = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path: str | None = None
        self.widgets: dict[str, QWidget] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        self.title.setObjectName("editorTitle")
        self.title.setWordWrap(True)  # a long checklist title must not push the tree aside
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        outer.addWidget(self.title)
        self.object_findings = QLabel()
        self.object_findings.setWordWrap(True)
        self.object_findings.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.object_findings)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        outer.addWidget(self.scroll_area, 1)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {SEVERITY_COLOURS['error']};")
        self.error.setAccessibleName(self.tr("Edit problem"))
        outer.addWidget(self.error)
        doc.changed.connect(self._on_changed)
        doc.structure_changed.connect(self._on_structure)
        doc.plan_replaced.connect(lambda: self.show_path(""))
        doc.findings_changed.connect(self._show_findings)
        self.show_path("")

    # -- building the form ---------------------------------------------------------------
    def show_path(self, path: str | None) -> None:
        """Build the form of the object at ``path`` ("" is the plan, None shows nothing)."""
        self.path = path if path is not None and plan_paths.exists(self.doc.plan, path) else None
        self.widgets = {}
        self.error.clear()
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        obj = plan_paths.get(self.doc.plan, self.path) if self.path is not None else None
        self.title.setText(self._title(self.path, obj))
        if isinstance(obj, BaseModel):
            for name, info in type(obj).model_fields.items():
                if name in _SKIP:
                    continue
                if self.path == "" and name not in ("name", "description"):
                    continue
                widget = self._make(name, info.annotation)
                label = QLabel(field_label(name) + ":")
                label.setBuddy(widget)
                widget.setAccessibleName(field_label(name))
                if info.description and name not in _SHOWN_AS_WORDS:
                    widget.setToolTip(info.description)
                form.addRow(label, widget)
                self.widgets[name] = widget
        self.scroll_area.setWidget(form_host)
        self.reload()
        self._show_findings()

    def _title(self, path: str | None, obj: Any) -> str:
        if path is None:
            return self.tr("Nothing selected")
        if path == "":
            return self.tr("Plan: %1").replace("%1", self.doc.plan.name)
        keys = plan_paths.split(path)
        kind = category_label(str(keys[0]))
        if keys[0] == "checklists" and getattr(obj, "pack", None):
            return f"{kind}: {checklist_run_name(obj.pack, obj.subject)}"
        name = (
            getattr(obj, "name", None)
            or getattr(obj, "server", None)
            or getattr(obj, "code", None)
            or ""
        )
        return f"{kind}: {name}" if name else kind

    def _make(self, name: str, annotation: Any) -> QWidget:
        kind, inner, optional = field_kind(annotation)
        if name in _SHOWN_AS_WORDS:
            kind = "complex"
        widget: QWidget
        if kind == "bool":
            box = QCheckBox()
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            box.toggled.connect(lambda _=False, n=name: self._commit(n))
            widget = box
        elif kind == "int" and not optional:
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.editingFinished.connect(lambda n=name: self._commit(n))
            widget = spin
        elif kind == "enum":
            combo = QComboBox()
            if optional:
                combo.addItem("—", None)
            for member in inner:
                combo.addItem(str(member.value).replace("_", " "), member)
            combo.activated.connect(lambda _=0, n=name: self._commit(n))
            widget = combo
        elif kind in ("str", "strlist", "datetime", "int"):
            edit = QLineEdit()
            if name in SECRETS:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            if kind == "strlist":
                edit.setPlaceholderText(self.tr("names separated by semicolons"))
            elif kind == "datetime":
                edit.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
            edit.editingFinished.connect(lambda n=name: self._commit(n))
            widget = edit
        else:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget = label
        widget.setProperty("fieldKind", kind)
        widget.setProperty("optional", optional)
        widget.setObjectName(f"field_{name}")
        return widget

    # -- values in and out ---------------------------------------------------------------
    def reload(self) -> None:
        """Put the model's current values into the widgets (without committing)."""
        if self.path is None or not plan_paths.exists(self.doc.plan, self.path):
            return
        obj = plan_paths.get(self.doc.plan, self.path)
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                value = getattr(obj, name)
                kind = widget.property("fieldKind")
                widget.blockSignals(True)
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QSpinBox):
                    widget.setValue(int(value or 0))
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                elif isinstance(widget, QLineEdit):
                    widget.setText(self._to_text(kind, value))
                elif isinstance(widget, QLabel):
                    widget.setText(pack_title(value) if name == "pack" else _summary(value))
                widget.blockSignals(False)
        finally:
            self._loading = False

    @staticmethod
    def _to_text(kind: str, value: Any) -> str:
        if value is None:
            return ""
        if kind == "strlist":
            return "; ".join(value)
        if kind == "datetime":
            return str(value.strftime("%Y-%m-%d %H:%M"))
        return str(value)

    def _value(self, name: str) -> Any:
        widget = self.widgets[name]
        kind = widget.property("fieldKind")
        optional = bool(widget.property("optional"))
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip() if name not in SECRETS else widget.text()
        if kind == "strlist":
            return [part.strip() for part in text.split(";") if part.strip()]
        if optional and not text:
            return None
        if kind == "int":
            return int(text) if text.lstrip("-").isdigit() else text
        return text

    def _commit(self, name: str) -> None:
        if self._loading or self.path is None or name not in self.widgets:
            return
        path = plan_paths.join([*plan_paths.split(self.path), name])
        if not plan_paths.exists(self.doc.plan, path):
            return
        value = self._value(name)
        if value == plan_paths.get(self.doc.plan, path):
            return
        try:
            command = SetValueCommand(
                self.doc, path, value, self.tr("Change %1").replace("%1", field_label(name))
            )
        except ValidationError as exc:
            _place, problem = validation_message(exc)
            text = self.tr("%1 was not changed: %2").replace("%1", field_label(name))
            self.error.setText(text.replace("%2", problem))
            self.message.emit(self.error.text())
            self.reload()
            return
        self.error.clear()
        self.doc.push(command)

    def focus_field(self, name: str | None) -> QWidget | None:
        """Put the keyboard focus on one field (a clicked finding names it)."""
        widget = self.widgets.get(name or "")
        if widget is not None:
            self.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # -- keeping up with the document ----------------------------------------------------
    def _on_changed(self, item: str) -> None:
        if self.path is not None and item == self.path:
            self.reload()
            obj = plan_paths.get(self.doc.plan, self.path)
            self.title.setText(self._title(self.path, obj))

    def _on_structure(self) -> None:
        path = self.path
        if path is not None and plan_paths.exists(self.doc.plan, path):
            self.reload()
        else:
            self.show_path(None)

    def _show_findings(self) -> None:
        if self.path is None:
            self.object_findings.clear()
            return
        path = self.path
        dotted, indexed = path + ".", path + "["
        mine = [
            f
            for f in self.doc.findings
            if f.subject.startswith(path)
            and (f.subject == path or f.subject.startswith((dotted, indexed)))
        ]
        if not mine or self.path == "":
            self.object_findings.clear()
            return
        colors = SEVERITY_COLOURS
        lines = [
            f"<span style='color:{colors[f.severity.value]}'><b>{f.rule}</b></span> "
            f"{esc(f.message)}"
            for f in mine[:SHOWN_FINDINGS]
        ]
        if len(mine) > SHOWN_FINDINGS:
            more = self.tr("… and %1 more in the Findings panel (F6)")
            lines.append(f"<i>{esc(more.replace('%1', str(len(mine) - SHOWN_FINDINGS)))}</i>")
        self.object_findings.setText("<br>".join(lines))
