"""Task sequence wizards: capture-only, USMT 4 hard-link, and the log-copy (error catching)
wrapper. Options come from the builder's own defaults; the builder refuses what cannot work
(``BuilderRefused``, with its source), the rules engine lints the result, and the 2007 XML is
exported by ``cmplanner.tasksequence.xmlio``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmplanner.errors import InputError
from cmplanner.gui.commands import InsertItemCommand, ReplaceItemCommand
from cmplanner.gui.dialogs import FileDialogs
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.richtext import SEVERITY_COLOURS, esc
from cmplanner.gui.secret_notes import secret_note_text
from cmplanner.gui.tr import QT_TRANSLATE_NOOP
from cmplanner.gui.wizards.base import (
    PlanWizard,
    RulesPage,
    add_row,
    give_mnemonics,
    mnemonic_of,
)
from cmplanner.model.planfile import atomic_write_text
from cmplanner.model.tasksequence import TaskSequence
from cmplanner.rules.finding import Finding
from cmplanner.rules.tasksequence_lint import lint_task_sequence
from cmplanner.tasksequence import builders
from cmplanner.tasksequence.logscript import SCRIPT_NAME, log_copy_script, where_it_goes
from cmplanner.tasksequence.numbering import instructions
from cmplanner.tasksequence.packageids import is_package_option, missing_values
from cmplanner.tasksequence.xmlio import export_task_sequence

OPTION_LABELS = {
    "name": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Task sequence name"),
    "domain_joined": QT_TRANSLATE_NOOP(
        "TaskSequenceOptions", "The reference machine is domain-joined"
    ),
    "workgroup": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Workgroup to join before capture"),
    "windows_xp": QT_TRANSLATE_NOOP("TaskSequenceOptions", "The reference machine runs Windows XP"),
    "sysprep_package_id": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Sysprep package ID"),
    "capture_destination": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Capture destination (.wim)"),
    "capture_account": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Capture account"),
    "start_in_winpe": QT_TRANSLATE_NOOP(
        "TaskSequenceOptions", "Start from WinPE (PXE or boot media)"
    ),
    "reference_machine": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Reference machine"),
    "mandatory_assignment": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Mandatory assignment"),
    "local_admin_password_blank": QT_TRANSLATE_NOOP(
        "TaskSequenceOptions", "Local administrator password is blank"
    ),
    "boot_image_id": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Boot image package ID"),
    "source_os": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Operating system now"),
    "target_os": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Operating system after"),
    "capture_in_winpe": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Capture user state in WinPE"),
    "usmt_package_id": QT_TRANSLATE_NOOP("TaskSequenceOptions", "USMT 4 package ID"),
    "image_package_id": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Image package ID"),
    "image_index": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Image index"),
    "client_package_id": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Client package ID"),
    "domain": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Domain to rejoin"),
    "domain_ou": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Organizational unit"),
    "domain_account": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Domain join account"),
    "wrap": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Wrap this task sequence"),
    "share": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Log share"),
    "drive": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Drive letter for the share"),
    "account": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Account that writes the logs"),
    "folder": QT_TRANSLATE_NOOP("TaskSequenceOptions", "Folder on the share"),
    "fail_at_end": QT_TRANSLATE_NOOP(
        "TaskSequenceOptions",
        "After copying the logs, fail the task sequence (so its status reports the failure)",
    ),
}

# the error-catching builder puts the wrapped steps into its first group
WORK_GROUP_INDEX = 0
# what the error-catching builder writes itself when it wraps; the rest is the wrapped one's
WRAPPER_FIELDS = frozenset({"name", "steps", "builder", "builder_options"})
# a task sequence's fields the plan's editor changes (select it in the plan tree)
EDITOR_FIELDS = frozenset({"description", "version", "boot_image_id", "category"})

DEFAULTS = {
    "capture-only": builders.CAPTURE_DEFAULTS,
    "usmt-hardlink": builders.HARDLINK_DEFAULTS,
    "error-catching": builders.CATCH_DEFAULTS,
}


def package_id_of(combo: QComboBox) -> str:
    """The package ID a package combo box holds: the chosen package's, or what was typed."""
    text = combo.currentText().strip()
    found = combo.findText(text)
    if found >= 0:
        return str(combo.itemData(found))
    return text


def option_label(name: str) -> str:
    return QCoreApplication.translate(
        "TaskSequenceOptions", OPTION_LABELS.get(name, name.replace("_", " "))
    )


class _TaskSequencePage(RulesPage):
    """A page of a task sequence wizard."""

    plan_wizard: TaskSequenceWizard  # the wizard these pages belong to


class OptionsPage(_TaskSequencePage):
    """The builder's options; a refusal names its reason and source and blocks Next."""

    # every step the builder makes comes from these options; what a wrapped task sequence
    # brings is taken as it is and belongs to no page (TaskSequenceWizard.outside_note)
    FIELDS = frozenset({RulesPage.ALL})

    def __init__(self, wizard: TaskSequenceWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Options"))
        self.setSubTitle(
            self.tr("Site version: %1. The builder refuses what cannot work.").replace(
                "%1", str(wizard.doc.plan.site.version)
            )
        )
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout()
        for name, default in DEFAULTS[wizard.KIND].items():
            widget: QWidget
            if name == "wrap":
                combo = QComboBox()
                combo.addItem(self.tr("(an empty task sequence)"), None)
                for i, ts in enumerate(wizard.doc.plan.task_sequences):
                    combo.addItem(ts.name, i)
                combo.currentIndexChanged.connect(lambda _i: self._wrap_changed())
                widget = combo
                add_row(form, option_label(name) + ":", widget)
            elif is_package_option(name):
                widget = self._package_combo(str(default))
                add_row(form, option_label(name) + ":", widget)
            elif isinstance(default, bool):
                box = QCheckBox(option_label(name))
                box.setChecked(default)
                box.setAccessibleName(option_label(name))
                box.toggled.connect(self.revalidate)
                widget = box
                form.addRow(box)
            else:
                edit = QLineEdit(str(default))
                edit.textChanged.connect(self.request_check)
                widget = edit
                add_row(form, option_label(name) + ":", widget)
            widget.setObjectName(f"option_{name}")
            self.inputs[name] = widget
        boxes = [w for w in self.inputs.values() if isinstance(w, QCheckBox)]
        labels = [mnemonic_of(label.text()) for label in self.findChildren(QLabel)]
        give_mnemonics(boxes, labels)
        self.notes = QLabel()
        self.notes.setObjectName("packageNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {SEVERITY_COLOURS['warning']};")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        self.finish_layout(layout)
        self._name_typed = False
        name_edit = self.inputs.get("name")
        if isinstance(name_edit, QLineEdit):
            name_edit.textEdited.connect(self._name_edited)

    def _package_combo(self, default: str) -> QComboBox:
        """An editable list of the plan's packages, "ID (name)"; an ID may still be typed."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", "")
        for package in self.plan_wizard.doc.plan.packages:
            combo.addItem(f"{package.package_id} ({package.name})", package.package_id)
        found = combo.findData(default)
        combo.setCurrentIndex(found if found >= 0 else 0)
        if found < 0:
            combo.setEditText(default)
        combo.currentTextChanged.connect(lambda _t: self.revalidate())
        return combo

    def revalidate(self) -> None:
        super().revalidate()
        if hasattr(self, "notes"):
            ts = self.plan_wizard.task_sequence()
            missing = missing_values(ts) if ts is not None else []
            lines = []
            for m in missing:
                sentence = m.sentence[:1].upper() + m.sentence[1:]
                if m.option in self.inputs:
                    text = self.tr("%1; fill it in above before importing.")
                else:  # a value of the task sequence being wrapped: no field here sets it
                    text = self.tr(
                        "%1, in the task sequence being wrapped, which this wizard copies as "
                        "it is; set it in the ConfigMgr console after the import."
                    )
                lines.append(esc(text.replace("%1", sentence)))
            self.notes.setText("<br>".join(lines))

    def _name_edited(self) -> None:
        self._name_typed = True

    def _wrap_changed(self) -> None:
        """Wrapping keeps the wrapped task sequence's name unless the admin typed another."""
        wrapped = self.plan_wizard.wrapped_index()
        name_edit = self.inputs.get("name")
        if wrapped is not None and isinstance(name_edit, QLineEdit) and not self._name_typed:
            name_edit.setText(self.plan_wizard.doc.plan.task_sequences[wrapped].name)
        self.revalidate()

    def options(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox) and widget.isEditable():
                values[name] = package_id_of(widget)
            elif isinstance(widget, QComboBox):
                index = widget.currentData()
                values[name] = (
                    self.plan_wizard.doc.plan.task_sequences[index] if index is not None else None
                )
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip()
        return values

    def page_problem(self) -> str:
        return self.plan_wizard.refusal()


class OutlinePage(_TaskSequencePage):
    """The numbered outline, numbered as smsts.log counts the steps."""

    def __init__(self, wizard: TaskSequenceWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Outline"))
        self.setSubTitle(self.tr("Step numbers are the ones smsts.log shows."))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Numbered outline"))
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Step"), self.tr("Type")])
        self.tree.setColumnWidth(0, 60)
        self.tree.setColumnWidth(1, 320)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 3)
        self.finish_layout(layout)

    def initializePage(self) -> None:
        self.tree.clear()
        ts = self.plan_wizard.task_sequence()
        parents: list[QTreeWidgetItem] = []
        if ts is not None:
            for ins in instructions(ts):
                del parents[ins.depth :]
                kind = getattr(ins.node, "type", "") or self.tr("group")
                item = QTreeWidgetItem([str(ins.number), ins.name, kind])
                if parents:
                    parents[-1].addChild(item)
                else:
                    self.tree.addTopLevelItem(item)
                if ins.kind == "group":
                    parents.append(item)
            self.tree.expandAll()
        super().initializePage()

    def outline(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append((item.text(0), item.text(1)))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found


class ExportPage(_TaskSequencePage):
    """Write the 2007-importable XML (optional: the task sequence is added to the plan too)."""

    def __init__(self, wizard: TaskSequenceWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Export"))
        self.setSubTitle(
            self.tr(
                "Import this file in the ConfigMgr 2007 console (Task "
                "Sequences > Import). Secrets are left out."
            )
        )
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("&Browse..."))
        self.browse.setAccessibleName(self.tr("Choose where to export"))
        self.export = QPushButton(self.tr("&Export XML"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        add_row(form, self.tr("Export &to:"), self.path)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse)
        buttons.addWidget(self.export)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.finish_layout(layout)
        self.browse.clicked.connect(self._browse)
        self.export.clicked.connect(self.write)

    def _browse(self) -> None:
        name = f"{self.plan_wizard.options_page.options().get('name', 'task-sequence')}.xml"
        path = FileDialogs.save_path(self, name, self.tr("Task sequence XML (*.xml)"))
        if path is not None:
            self.path.setText(str(path))

    def write(self) -> Path | None:
        ts = self.plan_wizard.task_sequence()
        text = self.path.text().strip()
        if ts is None or not text:
            self.status.setText(self.tr("Choose a file name first."))
            return None
        result = export_task_sequence(ts)
        xml = result.text
        warnings = [secret_note_text(note) for note in result.notes]
        try:
            atomic_write_text(text, xml, keep_backup=True)
        except OSError as exc:
            self.status.setText(
                esc(InputError(text, f"cannot write: {exc.strerror or exc}").describe())
            )
            return None
        notes = "".join(f"<br>{esc(w)}" for w in warnings)
        script = self.plan_wizard.write_script(Path(text))
        if script:
            notes += "<br>" + esc(script)
        self.status.setText(self.tr("Exported to %1.").replace("%1", esc(text)) + notes)
        return Path(text)


class TaskSequenceWizard(PlanWizard):
    """Build one kind of task sequence, see its outline and lint, export it, add it."""

    SECTION = "task-sequences"
    KIND = ""
    TITLE = ""

    def __init__(self, doc: PlanDocument, settings: object = None, parent: object = None) -> None:
        super().__init__(doc, settings, parent)  # type: ignore[arg-type]
        self.setWindowTitle(QCoreApplication.translate("Wizards", self.TITLE))
        self.options_page = OptionsPage(self)
        self.outline_page = OutlinePage(self)
        self.export_page = ExportPage(self)
        self.addPage(self.options_page)
        self.addPage(self.outline_page)
        self.addPage(self.export_page)
        self.add_finish_page()

    def _build(self) -> tuple[TaskSequence | None, str]:
        try:
            ts = builders.build(
                self.KIND, self.doc.plan.site.version, **self.options_page.options()
            )
        except builders.BuilderRefused as exc:
            return None, self.tr("Refused: %1. Source: %2").replace("%1", exc.reason).replace(
                "%2", exc.source
            )
        return ts, ""

    def task_sequence(self) -> TaskSequence | None:
        return self._build()[0]

    def refusal(self) -> str:
        return self._build()[1]

    def lint(self) -> list[Finding]:
        ts = self.task_sequence()
        return lint_task_sequence(ts, self.doc.plan) if ts is not None else []

    def wrapped_index(self) -> int | None:
        """The plan's task sequence being wrapped (error catching), or None."""
        combo = self.options_page.inputs.get("wrap")
        return combo.currentData() if isinstance(combo, QComboBox) else None

    def outside_note(self, finding: Finding) -> str:
        """A finding about what the wrapped task sequence brings (its steps, its variables,
        its own fields): the wizard copies it unchanged, so no page can fix it."""
        wrapped = self.wrapped_index()
        if wrapped is None:
            return ""
        name = self.doc.plan.task_sequences[wrapped].name
        prefix = self.result_prefixes()[0]
        field = self.field_of(finding)
        if finding.subject.startswith(f"{prefix}.steps[{WORK_GROUP_INDEX}].children["):
            text = self.tr(
                "A step of \u201c%1\u201d, which this wizard wraps as it is: no page of this "
                "wizard changes it, so it does not hold you up. The app keeps imported steps as "
                "they are: fix the step in the ConfigMgr console (or in an exported file) and "
                "import the task sequence again with File > Import task sequence."
            )
        elif field in EDITOR_FIELDS:
            text = self.tr(
                "Part of \u201c%1\u201d, which this wizard wraps as it is: no page of this "
                "wizard changes it, so it does not hold you up. Fix it in the plan: select the "
                "task sequence in the plan tree and change it in the editor."
            )
        elif field and field not in WRAPPER_FIELDS:
            text = self.tr(
                "Part of \u201c%1\u201d, which this wizard wraps as it is: no page of this "
                "wizard changes it, so it does not hold you up. Fix it in the ConfigMgr console "
                "(or in an exported file) and import the task sequence again with File > "
                "Import task sequence."
            )
        else:
            return ""
        return text.replace("%1", name)

    def write_script(self, export: Path) -> str:
        """The log-copy wizard saves CopyLogs.vbs next to the export; says where ("" when
        the task sequence has no log-copy step)."""
        return ""

    def make_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        ts = self.task_sequence()
        if ts is None:
            return []
        wrapped = self.wrapped_index()
        if wrapped is not None:  # wrapped in place: no copy left beside it
            return [
                ReplaceItemCommand(
                    doc,
                    "task_sequences",
                    wrapped,
                    ts,
                    text=self.tr("Wrap %1 with error catching").replace(
                        "%1", doc.plan.task_sequences[wrapped].name
                    ),
                )
            ]
        return [
            InsertItemCommand(
                doc,
                "task_sequences",
                ts,
                text=self.tr("Add task sequence %1").replace("%1", ts.name),
            )
        ]

    def result_prefixes(self) -> list[str]:
        wrapped = self.wrapped_index()
        index = len(self.doc.plan.task_sequences) if wrapped is None else wrapped
        return [f"task_sequences[{index}]"]

    def summary_html(self) -> str:
        ts = self.task_sequence()
        if ts is None:
            return ""
        count = len(instructions(ts))
        return (
            f"<p><b>{esc(ts.name)}</b>: "
            + esc(self.tr("%1 steps and groups").replace("%1", str(count)))
            + "</p>"
        )


class CaptureOnlyWizard(TaskSequenceWizard):
    KIND = "capture-only"
    TITLE = QT_TRANSLATE_NOOP("Wizards", "Capture-only task sequence")


class UsmtHardlinkWizard(TaskSequenceWizard):
    KIND = "usmt-hardlink"
    TITLE = QT_TRANSLATE_NOOP("Wizards", "USMT 4 hard-link task sequence")


class ErrorCatchingWizard(TaskSequenceWizard):
    KIND = "error-catching"
    TITLE = QT_TRANSLATE_NOOP("Wizards", "Log-copy (error catching) wrapper")

    def write_script(self, export: Path) -> str:
        options = self.options_page.options()
        target = export.with_name(SCRIPT_NAME)
        try:
            script = log_copy_script(str(options["drive"]), str(options["folder"]))
            atomic_write_text(target, script, keep_backup=True)
        except ValueError as exc:
            return str(exc)
        except OSError as exc:
            return InputError(str(target), f"cannot write: {exc.strerror or exc}").describe()
        return (
            self.tr("%1 saved next to it: %2.")
            .replace("%2", where_it_goes(str(options["share"]), str(options["drive"])))
            .replace("%1", str(target))
        )
