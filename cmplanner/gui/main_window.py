"""The main window: plan tree, editor, live findings, runbook preview; files, undo, autosave."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

from cmplanner.demo import demo_path
from cmplanner.errors import InputError, internal_error
from cmplanner.gui import plan_paths
from cmplanner.gui.autosave import AutosaveSession, orphans, set_aside
from cmplanner.gui.commands import (
    ApprovePlanCommand,
    InsertItemCommand,
    RemoveItemCommand,
    ReplacePlanCommand,
    SetValueCommand,
)
from cmplanner.gui.dialogs import (
    AuthorDialog,
    Choice,
    ErrorMessage,
    FileDialogs,
    RecoveryPrompt,
    UnsavedChangesPrompt,
)
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.editor import ObjectEditor
from cmplanner.gui.findings_panel import FindingsPanel
from cmplanner.gui.language_menu import LanguageMenu
from cmplanner.gui.names import subject_words
from cmplanner.gui.plan_tree import PlanTree
from cmplanner.gui.runbook_panel import RunbookPanel
from cmplanner.gui.secret_notes import secret_note_text
from cmplanner.gui.settings import AppSettings
from cmplanner.gui.wizards import WIZARDS, WizardEntry
from cmplanner.model import (
    Boundary,
    DistributionPoint,
    DPGroup,
    Note,
    Package,
    Plan,
    PxeServicePoint,
)
from cmplanner.model.planfile import check_nesting, load_plan, save_plan
from cmplanner.rules.engine import Validator

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

AUTOSAVE_MS = 60_000
LOG_DOCK_SHARE = 0.45  # of the window's height, when logs are opened


class MainWindow(QMainWindow):
    """One window over one :class:`PlanDocument`."""

    def __init__(
        self,
        plan: Plan,
        path: Path | None = None,
        parent: QWidget | None = None,
        validator: Validator | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.settings = AppSettings()
        self.doc = PlanDocument(plan, path, self, validator)
        self.autosave = AutosaveSession()
        self.wizard: Any = None
        self.tree = PlanTree(self.doc)
        self.editor = ObjectEditor(self.doc)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 620])
        self.setCentralWidget(split)
        self.findings = FindingsPanel(self.doc)
        self.findings_dock = self._dock(
            "findings", self.tr("Findings"), self.findings, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.runbook = RunbookPanel(self.doc)
        self.runbook_dock = self._dock(
            "runbook",
            self.tr("Runbook preview"),
            self.runbook,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.runbook_dock.visibilityChanged.connect(self.runbook.set_shown)
        self.diagram_dock = self._diagram_dock()
        self.log_dock = self._log_dock()
        self.compare_dock: QDockWidget | None = None  # made on the first File > Compare with
        self.tree.path_selected.connect(self._on_selected)
        self.findings.subject_activated.connect(self.go_to_subject)
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.runbook.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.doc.modified_changed.connect(lambda _m: self._update_title())
        self.doc.path_changed.connect(self._update_title)
        self.doc.findings_changed.connect(self._update_status)
        self._build_actions()
        self._build_menus()
        self._update_title()
        self._update_status()
        self.resize(1280, 720)
        geometry, state = self.settings.layout()
        self._default_layout = state is None
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        self._autosaved_at: int | None = None

    # -- layout --------------------------------------------------------------------------
    def setVisible(self, visible: bool) -> None:
        """On the first show without a saved layout, give the docks their default sizes.

        (Not a ``showEvent`` override, here or in a panel: handing Python its first event makes
        PySide6 build QEvent's enum of 179 types, which costs start-up time.)"""
        super().setVisible(visible)
        if visible and self._default_layout:
            self._default_layout = False
            self.resizeDocks([self.runbook_dock], [400], Qt.Orientation.Horizontal)
            self.resizeDocks([self.findings_dock], [230], Qt.Orientation.Vertical)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _diagram_dock(self) -> QDockWidget | None:
        """Embed the diagrams when this build has the diagram view."""
        import importlib.util

        if importlib.util.find_spec("cmplanner.gui.diagram_view") is None:
            return None
        from cmplanner.gui.diagram_panel import DiagramPanel

        panel = DiagramPanel(self.doc)
        panel.subject_activated.connect(self.go_to_subject)
        dock = self._dock(
            "diagrams", self.tr("Diagrams"), panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        dock.visibilityChanged.connect(panel.set_shown)
        self.tabifyDockWidget(self.runbook_dock, dock)
        self.runbook_dock.raise_()
        return dock

    def _log_dock(self) -> QDockWidget | None:
        """A dock for the log analysis view, made the first time it is shown (its import costs
        start-up time); None when this build has no log view."""
        import importlib.util

        if importlib.util.find_spec("cmplanner.gui.log_view") is None:
            return None
        dock = self._dock(
            "logs", self.tr("Log analysis"), QWidget(), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.findings_dock, dock)
        self.findings_dock.raise_()
        dock.visibilityChanged.connect(lambda visible: visible and self.log_view())
        return dock

    def log_view(self) -> Any:
        """The embedded log view (created on first use)."""
        if self.log_dock is None:
            return None
        view = self.log_dock.widget()
        if type(view).__name__ == "LogView":
            return view
        module = importlib.import_module("cmplanner.gui.log_view")
        view = module.LogView()
        self.log_dock.setWidget(view)
        set_plan = getattr(view, "set_plan", None)
        if set_plan is not None:
            set_plan(self.doc.plan)
            self.doc.plan_replaced.connect(lambda: set_plan(self.doc.plan))
            self.doc.structure_changed.connect(lambda: set_plan(self.doc.plan))
        signal = getattr(view, "open_checklist", None)
        if signal is not None:
            signal.connect(self.open_checklist)
        return view

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(self)  # QAction(text, parent) would make QIcon's enums (start-up time)
        action.setText(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New"), self.new_plan, std.New, "new")
        self.act_open = self._action(self.tr("&Open..."), self.open_plan_dialog, std.Open, "open")
        self.act_save = self._action(self.tr("&Save"), self.save, std.Save, "save")
        self.act_save_as = self._action(
            self.tr("Save &as..."), self.save_as, "Ctrl+Shift+S", "save_as"
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quit")
        self.act_import_ts = self._action(
            self.tr("&Import task sequence..."),
            self.import_task_sequence_dialog,
            "Ctrl+I",
            "import_ts",
        )
        self.act_export_ts = self._action(
            self.tr("E&xport selected task sequence..."),
            self.export_task_sequence_dialog,
            "Ctrl+Shift+E",
            "export_ts",
        )
        self.act_open_log = self._action(
            self.tr("Analyse &logs..."), self.open_logs_dialog, "Ctrl+L", "open_log"
        )
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(std.Undo))
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_author = self._action(self.tr("Author &name..."), self.ask_author, None, "author")
        self.act_delete = self._action(
            self.tr("&Delete selected"), self.delete_selected, "Ctrl+Del", "delete"
        )
        self.add_actions = [
            self._action(
                self.tr("Add &boundary"),
                lambda: self.add_item("boundaries"),
                "Ctrl+Alt+B",
                "add_boundary",
            ),
            self._action(
                self.tr("Add &distribution point"),
                lambda: self.add_item("distribution_points"),
                "Ctrl+Alt+D",
                "add_dp",
            ),
            self._action(
                self.tr("Add DP &group"),
                lambda: self.add_item("dp_groups"),
                "Ctrl+Alt+G",
                "add_group",
            ),
            self._action(
                self.tr("Add &package"),
                lambda: self.add_item("packages"),
                "Ctrl+Alt+P",
                "add_package",
            ),
            self._action(
                self.tr("Add PXE &service point"),
                lambda: self.add_item("pxe"),
                "Ctrl+Alt+X",
                "add_pxe",
            ),
            self._action(
                self.tr("Add &note"), lambda: self.add_item("notes"), "Ctrl+Alt+N", "add_note"
            ),
        ]
        self.act_findings = self._action(
            self.tr("Go to &findings"), self._focus_findings, "F6", "focus_findings"
        )
        self.act_tree = self._action(
            self.tr("Go to the plan &tree"), self.tree.setFocus, "F5", "focus_tree"
        )
        self.act_print_preview = self._action(
            self.tr("Print pre&view..."),
            self.runbook.print_preview,
            "Ctrl+Shift+P",
            "print_preview",
        )
        self.act_print = self._action(
            self.tr("&Print..."), self.runbook.print_dialog, std.Print, "print"
        )
        self.act_pdf = self._action(
            self.tr("Export runbook as P&DF..."), self.runbook.export_pdf, "Ctrl+E", "export_pdf"
        )
        self.wizard_actions: dict[str, QAction] = {}
        for entry in WIZARDS:
            text = QCoreApplication.translate("Wizards", entry.title)
            action = self._action(
                text, lambda e=entry: self.open_wizard(e.key), entry.shortcut, f"wizard_{entry.key}"
            )
            self.wizard_actions[entry.key] = action
        self._build_change_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addActions([self.act_save, self.act_save_as])
        file_menu.addAction(self.act_compare)
        file_menu.addSeparator()
        file_menu.addActions([self.act_import_ts, self.act_export_ts, self.act_open_log])
        file_menu.addSeparator()
        file_menu.addActions([self.act_print_preview, self.act_print, self.act_pdf])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions(self.add_actions)
        edit.addAction(self.act_delete)
        edit.addSeparator()
        edit.addAction(self.act_author)
        edit.addMenu(LanguageMenu(self.settings, self.statusBar().showMessage, self))
        bar.addMenu(self.tr("&Plan")).addAction(self.act_approve)
        wizards = bar.addMenu(self.tr("&Wizards"))
        wizards.addActions(list(self.wizard_actions.values()))
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.act_tree, self.act_findings])
        view.addSeparator()
        for dock in (self.findings_dock, self.runbook_dock, self.diagram_dock, self.log_dock):
            if dock is not None:
                view.addAction(dock.toggleViewAction())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(self.settings.recent_files(), start=1):
            action = self.recent_menu.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_plan(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # -- status --------------------------------------------------------------------------
    def _update_title(self) -> None:
        path = self.doc.path
        where = str(path) if path else self.tr("not saved")
        approval = self._approval_words()
        self.setWindowTitle(f"{self.doc.plan.name}{approval} — {where} [*] — cmplanner")
        self.setWindowModified(self.doc.is_modified())

    def _update_status(self) -> None:
        self.statusBar().showMessage(self.findings.summary.text())

    def _focus_findings(self) -> None:
        self.findings_dock.show()
        self.findings_dock.raise_()
        self.findings.focus_table()

    # -- selection and findings ----------------------------------------------------------
    def _on_selected(self, path: str) -> None:
        self.editor.show_path(None if path == "#" else path)

    def go_to_subject(self, subject: str) -> None:
        """Select the object a finding is about and focus the field it names."""
        if self.tree.select_path(subject):
            self.editor.show_path(plan_paths.item_of(subject))
            self.editor.focus_field(plan_paths.field_of(subject))

    # -- edits ---------------------------------------------------------------------------
    def add_item(self, collection: str) -> None:
        plan = self.doc.plan
        if collection == "pxe":
            if plan.pxe is None:
                server = plan.site.server or "pxe-server"
                self.doc.push(
                    SetValueCommand(
                        self.doc,
                        "pxe",
                        PxeServicePoint(server=server),
                        self.tr("Add PXE service point"),
                    )
                )
            self.tree.select_path("pxe")
            return
        count = len(getattr(plan, collection)) + 1
        item: Any
        if collection == "boundaries":
            item = Boundary(
                name=self.tr("New boundary %1").replace("%1", str(count)),
                type="ip_subnet",
                value=f"192.168.{count % 256}.0/24",
            )
        elif collection == "distribution_points":
            item = DistributionPoint(name=f"NEW-DP{count:02d}")
        elif collection == "dp_groups":
            item = DPGroup(name=self.tr("New group %1").replace("%1", str(count)))
        elif collection == "packages":
            used = {p.package_id.upper() for p in plan.packages}
            number = count
            while f"{plan.site.code}{number:05X}".upper() in used:
                number += 1
            item = Package(
                package_id=f"{plan.site.code}{number:05X}",
                name=self.tr("New package %1").replace("%1", str(count)),
            )
        else:
            item = Note(text=self.tr("New note"), author=self.settings.author())
        command = InsertItemCommand(self.doc, collection, item)
        self.doc.push(command)
        self.tree.select_path(command.path)

    def delete_selected(self) -> None:
        path = self.tree.current_path() or ""
        keys = plan_paths.split(path) if path and not path.startswith("#") else []
        if path == "pxe":
            self.doc.push(
                SetValueCommand(self.doc, "pxe", None, self.tr("Remove PXE service point"))
            )
        elif len(keys) == 2 and isinstance(keys[1], int):
            text = self.tr("Delete %1").replace("%1", subject_words(self.doc.plan, path))
            self.doc.push(RemoveItemCommand(self.doc, str(keys[0]), keys[1], text))

    def ask_author(self) -> None:
        name = AuthorDialog.get_author(self, self.settings.author())
        if name is not None:
            self.settings.set_author(name)

    # -- files ---------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.doc.is_modified():
            return True
        choice = UnsavedChangesPrompt.ask(self, self.doc.plan.name)
        if choice is Choice.SAVE:
            return self.save()
        return choice is Choice.DISCARD

    def new_plan(self) -> None:
        if self.maybe_save():
            self.doc.replace(Plan(), None)

    def open_plan_dialog(self) -> None:
        if not self.maybe_save():
            return
        folder = str(self.doc.path.parent) if self.doc.path else ""
        path = FileDialogs.open_path(self, folder)
        if path is not None:
            self.open_plan(path, asked=True)

    def open_plan(self, path: Path, asked: bool = False) -> bool:
        if not asked and not self.maybe_save():
            return False
        try:
            plan = load_plan(path)
        except InputError as exc:
            ErrorMessage.show(self, self.tr("Cannot open the plan"), exc.describe())
            return False
        self.doc.replace(plan, path)
        self.settings.add_recent(path)
        return True

    def _writable_path(self) -> Path | None:
        path = self.doc.path
        if path is None or path.resolve() == demo_path().resolve():
            return None  # never write over the bundled demo
        return path

    def save(self) -> bool:
        path = self._writable_path()
        if path is None:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        suggested = (
            str(self.doc.path.with_suffix(".cmplan").name)
            if self.doc.path
            else f"{self.doc.plan.name}.cmplan"
        )
        path = FileDialogs.save_path(self, suggested)
        if path is None:
            return False
        if path.suffix == "":
            path = path.with_suffix(".cmplan")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save to ``path``; any failure is a dialog and the document stays modified."""
        try:
            save_plan(self.doc.plan, path)
        except InputError as exc:
            ErrorMessage.show(self, self.tr("Cannot save the plan"), exc.describe())
            return False
        except Exception as exc:  # a bug: still a dialog, never a lost plan without a word
            ErrorMessage.show(self, self.tr("Cannot save the plan"), internal_error(path, exc))
            return False
        self.doc.mark_saved(path)
        self.settings.add_recent(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    # -- task sequences and logs ---------------------------------------------------------
    def import_task_sequence_dialog(self) -> None:
        path = FileDialogs.open_path(self, "", self.tr("Task sequence XML (*.xml);;All files (*)"))
        if path is not None:
            self.import_task_sequence(path)

    def import_task_sequence(self, path: Path) -> bool:
        """Add a 2007 (or later) task sequence export to the plan; lint findings follow."""
        from cmplanner.tasksequence.xmlio import load_task_sequence

        try:
            ts = load_task_sequence(path)
            check_nesting(ts, path)  # what could never be saved is refused here
        except InputError as exc:
            ErrorMessage.show(self, self.tr("Cannot import the task sequence"), exc.describe())
            return False
        command = InsertItemCommand(
            self.doc, "task_sequences", ts, text=self.tr("Import %1").replace("%1", ts.name)
        )
        self.doc.push(command)
        self.tree.select_path(command.path)
        return True

    def export_task_sequence_dialog(self) -> None:
        path = self.tree.current_path() or ""
        if not path.startswith("task_sequences["):
            self.statusBar().showMessage(self.tr("Select a task sequence in the tree first."), 8000)
            return
        ts = plan_paths.get(self.doc.plan, path)
        target = FileDialogs.save_path(self, f"{ts.name}.xml", self.tr("Task sequence XML (*.xml)"))
        if target is not None:
            self.export_task_sequence(path, target)

    def export_task_sequence(self, path: str, target: Path) -> bool:
        """Write the task sequence at ``path`` as 2007 XML (secrets left out); a dialog lists
        every value left out, kept or typed into a command line, by step and property."""
        from cmplanner.model.planfile import atomic_write_text
        from cmplanner.tasksequence.xmlwrite import export_task_sequence

        result = export_task_sequence(plan_paths.get(self.doc.plan, path))
        xml, warnings = result.text, [secret_note_text(note) for note in result.notes]
        try:
            atomic_write_text(target, xml)
        except OSError as exc:
            ErrorMessage.show(
                self,
                self.tr("Cannot export"),
                InputError(target, f"cannot write: {exc.strerror or exc}").describe(),
            )
            return False
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(target)), 8000)
        if warnings:
            ErrorMessage.show(
                self,
                self.tr("Secrets in the export"),
                self.tr("Exported %1. Check these values on the target site:").replace(
                    "%1", str(target)
                )
                + "\n\n"
                + "\n".join(f"- {w}" for w in warnings),
            )
        return True

    def open_logs_dialog(self) -> None:
        path = FileDialogs.open_path(self, "", self.tr("Logs (*.log *.lo_);;All files (*)"))
        if path is not None:
            self.open_logs([path])

    def open_logs(self, paths: list[Path]) -> Any:
        """Show the log view and read ``paths`` there (in its worker thread)."""
        view = self.log_view()
        if view is None or self.log_dock is None:
            return None
        self.log_dock.show()
        self.log_dock.raise_()
        share = int(self.height() * LOG_DOCK_SHARE)  # logs need rows: never left 3 rows high
        if self.log_dock.height() < share:
            self.resizeDocks([self.log_dock], [share], Qt.Orientation.Vertical)
        view.load([str(p) for p in paths], self.doc.plan)
        return view

    # -- autosave and recovery -----------------------------------------------------------
    def autosave_now(self) -> bool:
        """Write the autosave if the plan changed since the last one."""
        index = self.doc.undo_stack.index()
        if not self.doc.is_modified() or index == self._autosaved_at:
            return False
        try:
            self.autosave.write(self.doc.plan, self._writable_path())
        except Exception as exc:  # a full disk or a bug: shown until the next autosave works
            problem = (
                exc.describe()
                if isinstance(exc, InputError)
                else internal_error(self.autosave.plan_file, exc)
            )
            self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", problem))
            return False
        self._autosaved_at = index
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave left behind. True if recovered."""
        found = orphans()
        if not found:
            return False
        newest = found[0]
        if not RecoveryPrompt.ask(self, newest):
            for orphan in found:
                set_aside(orphan)
            return False
        try:
            plan = newest.load()
        except InputError as exc:
            ErrorMessage.show(self, self.tr("Cannot recover"), exc.describe())
            return False
        self.doc.push(ReplacePlanCommand(self.doc, plan, self.tr("Recover autosave")))
        self.doc.set_path(newest.original)
        self.autosave_now()
        for orphan in found:
            set_aside(orphan)
        return True

    # -- wizards and other panels --------------------------------------------------------
    def open_wizard(self, key: str, wizard: Any = None) -> Any:
        if wizard is None:
            entry: WizardEntry = next(e for e in WIZARDS if e.key == key)
            wizard = entry.load()(self.doc, self.settings, self)
        self.wizard = wizard
        self.wizard.show_runbook.connect(self.runbook.show_section)
        self.wizard.show_runbook.connect(lambda _s: self._show_runbook_dock())
        self.wizard.open()
        return self.wizard

    def _show_runbook_dock(self) -> None:
        """Show the runbook preview dock and bring it to the front."""
        self.runbook_dock.show()
        self.runbook_dock.raise_()

    def open_checklist(self, pack: str) -> Any:
        """Walk a checklist pack (the log view found a failure it fixes). The packs with a
        wizard of their own open that wizard; any other pack opens as a plain checklist."""
        from cmplanner.checklists import load_packs

        own = {"pxe-certificate-import": "pxe-certificate", "sp2-upgrade": "sp2-upgrade"}
        if pack in own:
            return self.open_wizard(own[pack])
        if pack not in load_packs():
            self.statusBar().showMessage(
                self.tr("This version of cmplanner has no such checklist"), 8000
            )
            return None
        from cmplanner.gui.wizards.checklist import PackChecklistWizard

        return self.open_wizard(pack, PackChecklistWizard(self.doc, self.settings, self, pack))

    def end_session(self) -> None:
        """Close as a window close does, without asking (SIGTERM: a logout, a shutdown, a
        kill): unsaved work stays in the autosave, offered for recovery at the next start."""
        self._ending_session = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        ending = getattr(self, "_ending_session", False)
        if not ending and not self.maybe_save():
            event.ignore()
            return
        self.settings.set_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.autosave_timer.stop()
        if ending and self.doc.is_modified():
            self.autosave_now()
            self.autosave.release()
        else:
            self.autosave.discard()
        self.runbook.stop_export()  # a PDF half written is removed, never left behind
        event.accept()

    # -- approval and compare (plan diff) ------------------------------------------------
    def _build_change_actions(self) -> None:
        self.act_compare = self._action(
            self.tr("Compare &with..."), self.compare_with_dialog, "Ctrl+Shift+D", "compare"
        )
        self.act_approve = self._action(
            self.tr("&Approve..."), self.approve_plan_dialog, "Ctrl+Shift+A", "approve"
        )
        self.title_timer = QTimer(self)
        self.title_timer.setSingleShot(True)
        self.title_timer.setInterval(300)  # hashing a large plan on every keystroke is waste
        self.title_timer.timeout.connect(self._update_title)
        self.doc.changed.connect(lambda _path: self.title_timer.start())
        self.doc.plan_replaced.connect(self._update_title)

    def _approval_words(self) -> str:
        from cmplanner.model.approval import ApprovalState, approval_state

        state = approval_state(self.doc.plan)
        if state is ApprovalState.CHANGED:
            return " — " + self.tr("changed since approved")
        if state is ApprovalState.APPROVED:
            return " — " + self.tr("approved")
        return ""

    def approve_plan_dialog(self) -> None:
        from cmplanner.gui.approval import ApprovalDialog

        answer = ApprovalDialog.ask(self, self.settings.author())
        if answer is not None:
            self.approve_plan(answer.by, answer.note)

    def approve_plan(self, by: str, note: str = "") -> None:
        """Stamp the plan as approved (one undoable edit)."""
        self.doc.push(ApprovePlanCommand(self.doc, by, note))
        self._update_title()

    def compare_with_dialog(self) -> None:
        folder = str(self.doc.path.parent) if self.doc.path else ""
        path = FileDialogs.open_path(self, folder)
        if path is not None:
            self.compare_with(path)

    def compare_with(self, path: Path) -> Any:
        """Show what changed since the plan at ``path`` in the compare dock beside the plan."""
        try:
            old = load_plan(path)
        except InputError as exc:
            ErrorMessage.show(self, self.tr("Cannot compare"), exc.describe())
            return None
        panel = self.compare_panel()
        panel.compare_with(old, path)
        assert self.compare_dock is not None
        self.compare_dock.show()
        self.compare_dock.raise_()
        return panel

    def compare_panel(self) -> Any:
        """The compare dock's panel (created on first use)."""
        if self.compare_dock is not None:
            return self.compare_dock.widget()
        from cmplanner.gui.compare_panel import ComparePanel

        panel = ComparePanel(self.doc)
        panel.subject_activated.connect(self.go_to_subject)
        panel.runbook_button.clicked.connect(self.change_runbook_dialog)
        self.compare_dock = self._dock(
            "compare", self.tr("Changes"), panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.runbook_dock, self.compare_dock)
        return panel

    def change_runbook_dialog(self) -> None:
        panel = self.compare_panel()
        suggested = f"{self.doc.plan.name} change.pdf"
        target = FileDialogs.save_path(
            self, suggested, self.tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)")
        )
        if target is None:
            return
        if target.suffix == "":
            target = target.with_suffix(".pdf")
        try:
            panel.write_change_runbook(target)
        except InputError as exc:
            ErrorMessage.show(self, self.tr("Cannot write the change runbook"), exc.describe())
            return
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(target)), 8000)
