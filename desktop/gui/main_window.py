"""The main window: a shell holding the queue, the case detail and the due panel, with the
file actions (import, export) and the batch actions on the chosen cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.core.changes import Changes
from desktop.core.evidence.media import EVIDENCE_SUFFIXES
from desktop.core.importing.reading import SPREADSHEETS, TEXT_TABLES
from desktop.core.services.queue import View
from desktop.gui import files, icons, labels, messages
from desktop.gui.background import Job
from desktop.gui.context import AppContext
from desktop.gui.features.cases.case_detail import CaseDetailView
from desktop.gui.features.cases.case_dialog import CaseDialog
from desktop.gui.features.cases.export_shown import export_shown
from desktop.gui.features.cases.intercept_dialog import InterceptDialog
from desktop.gui.features.cases.queue_view import QueueView
from desktop.gui.features.evidence.trash_dialog import TrashDialog, verify_evidence
from desktop.gui.features.imports.import_dialog import ImportDialog
from desktop.gui.features.playbooks.library_dialog import LibraryDialog
from desktop.gui.features.reminders.due_panel import DuePanel
from desktop.gui.widgets.progress import follow_job

translate = QCoreApplication.translate
COUNTDOWN_REPAINT_MS = 30_000
STATUS_MESSAGE_MS = 15_000


def _evidence(mime: QMimeData) -> list[Path]:
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in EVIDENCE_SUFFIXES]


def _importable(mime: QMimeData) -> list[Path]:
    """The local files in a drag that CaseWatch can import."""
    suffixes = (*SPREADSHEETS, *TEXT_TABLES)
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in suffixes]


class MainWindow(QMainWindow):
    close_to_tray = Signal()  # the window was closed while the tray keeps CaseWatch running
    quit_requested = Signal()
    settings_requested = Signal()
    channels_requested = Signal()  # Settings, on the push channels
    rules_requested = Signal()
    pause_requested = Signal()
    resume_requested = Signal()

    def __init__(self, ctx: AppContext, *, tray_available: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._quitting = False
        self.setWindowTitle(translate("MainWindow", "CaseWatch — after-sales clocks"))
        self.setWindowIcon(icons.app_icon())
        self.resize(1360, 820)

        self.queue = QueueView(ctx)
        self.detail = CaseDetailView(ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 500])
        self.setCentralWidget(splitter)
        self.queue.case_selected.connect(self.detail.show_case)
        self.detail.edit_scenario_requested.connect(self.open_library)
        self.setAcceptDrops(True)  # platform exports dropped on the window are imported

        self.due_panel = DuePanel(ctx)
        self.due_dock = QDockWidget(translate("MainWindow", "Due soon / overdue"), self)
        self.due_dock.setObjectName("due-dock")
        self.due_dock.setWidget(self.due_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.due_dock)
        self.set_tray_available(tray_available)
        self.due_panel.open_case.connect(self.open_case)
        self.due_panel.pause_requested.connect(self.pause_requested)
        self.due_panel.resume_requested.connect(self.resume_requested)
        self.due_panel.channels_requested.connect(self.channels_requested)
        self.queue.stale_banner.import_requested.connect(lambda: self.import_files())

        self._build_actions()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._repaint = QTimer(self)
        self._repaint.setInterval(COUNTDOWN_REPAINT_MS)
        self._repaint.timeout.connect(self._repaint_countdowns)
        self._repaint.start()
        ctx.changed.connect(self.on_changes)
        self.update_status()
        self.queue.stale_banner.refresh()

    def _build_actions(self) -> None:
        self.new_action = QAction(translate("MainWindow", "New case…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case)
        self.settings_action = QAction(translate("MainWindow", "Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.settings_requested)
        self.rules_action = QAction(translate("MainWindow", "Clock rules…"), self)
        self.rules_action.triggered.connect(self.rules_requested)
        self.library_action = QAction(translate("MainWindow", "Scenario playbooks…"), self)
        self.library_action.triggered.connect(lambda: self.open_library())
        self.trash_action = QAction(translate("MainWindow", "Evidence trash…"), self)
        self.trash_action.triggered.connect(self.open_trash)
        self.verify_action = QAction(translate("MainWindow", "Check evidence files…"), self)
        self.verify_action.triggered.connect(lambda: verify_evidence(self._ctx, self))
        self.quit_action = QAction(translate("MainWindow", "Quit CaseWatch"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_requested)
        self.due_action = self.due_dock.toggleViewAction()
        self.due_action.setText(translate("MainWindow", "Due soon / overdue panel"))
        self.folder_action = QAction(translate("MainWindow", "Open data folder"), self)
        self.folder_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.core.paths.root)))
        )
        self.about_action = QAction(translate("MainWindow", "About CaseWatch"), self)
        self.about_action.triggered.connect(self._about)
        self.import_action = QAction(translate("MainWindow", "Import platform export…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.import_files())
        self.export_action = QAction(translate("MainWindow", "Export shown cases…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(
            translate("MainWindow", "The cases and columns shown, as CSV for Excel/WPS")
        )
        self.export_action.triggered.connect(self.export_shown)
        self.undo_import_action = QAction(translate("MainWindow", "Undo last import…"), self)
        self.undo_import_action.triggered.connect(self.undo_last_import)
        self.intercept_action = QAction(translate("MainWindow", "Intercept parcels…"), self)
        self.intercept_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.intercept_action.setToolTip(
            translate(
                "MainWindow",
                "The chosen cases' outbound tracking numbers by courier, and marking them "
                "intercepted",
            )
        )
        self.intercept_action.triggered.connect(self.intercept_selected)
        self.queue.case_actions = [self.intercept_action]
        self.queue.selection_changed.connect(self._update_case_actions)
        self._update_case_actions()

        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.undo_import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.folder_action)
        file_menu.addAction(self.quit_action)
        cases_menu = bar.addMenu(translate("MainWindow", "&Cases"))
        cases_menu.addAction(self.intercept_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.due_action)
        tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
        tools_menu.addAction(self.rules_action)
        tools_menu.addAction(self.library_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.trash_action)
        tools_menu.addAction(self.verify_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.intercept_action)
        toolbar.addSeparator()
        toolbar.addAction(self.due_action)
        toolbar.addAction(self.rules_action)
        toolbar.addAction(self.settings_action)
        self.addToolBar(toolbar)

    def set_tray_available(self, available: bool) -> None:
        self._tray_available = available
        # Without a tray the panel is where reminders show: keep it open.
        self.due_dock.setVisible(not available)

    # Behaviour ---------------------------------------------------------------------------
    def new_case(self) -> CaseDialog:
        dialog = CaseDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.created_id is not None and self.open_case(dialog.created_id)
        )
        dialog.open()
        return dialog

    # Files and batch work ----------------------------------------------------------------
    def import_files(self, paths: list[Path] | None = None) -> ImportDialog | None:
        if paths is None:
            paths = files.choose_import_files(self)
        if not paths:
            return None
        if self._ctx.refuse_while_writing(self):
            return None
        dialog = ImportDialog(self._ctx, paths, self)
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if _importable(mime) or (self.detail.case_id is not None and _evidence(mime)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Exports dropped on the window are imported; photos and videos are attached to the
        case shown."""
        mime = event.mimeData()
        tables, evidence = _importable(mime), _evidence(mime)
        if tables:
            event.acceptProposedAction()
            # After the drop returns: the source application is not kept waiting.
            QTimer.singleShot(0, lambda: self.import_files(tables))
        elif evidence and self.detail.case_id is not None:
            event.acceptProposedAction()
            self.detail.show_tab(self.detail.evidence)
            QTimer.singleShot(0, lambda: self.detail.evidence.attach_files(evidence))

    def export_shown(self) -> Job | None:
        ids, columns = self.queue.model.ids(), self.queue.shown_columns()
        if not ids:
            messages.inform(self, translate("MainWindow", "No cases are shown: nothing to export."))
            return None
        suggested = translate("MainWindow", "After-sales cases {date}.csv").format(
            date=self._ctx.clock.now().astimezone().strftime("%Y-%m-%d")
        )
        path = files.choose_csv_target(
            self, translate("MainWindow", "Export the cases shown"), suggested
        )
        if path is None:
            return None
        now = self._ctx.clock.now()

        def work(progress: Any, cancelled: Any) -> int:
            return export_shown(self._ctx.core.queue, path, ids, columns, now, progress, cancelled)

        job = self._ctx.start_job(work, "export", writes=False)
        shown = len(ids)
        follow_job(self, job, translate("MainWindow", "Exporting %n case(s)…", None, shown))
        job.succeeded.connect(
            lambda count: self.statusBar().showMessage(
                _exported(count).format(path=path), STATUS_MESSAGE_MS
            )
        )
        job.failed.connect(lambda err: messages.show_user_error(self, err))
        return job

    def undo_last_import(self) -> Job | None:
        batch = self._ctx.core.imports.last_import()
        if batch is None or batch.undone_at is not None:
            messages.inform(self, translate("MainWindow", "There is no import to undo."))
            return None
        if not messages.confirm(
            self,
            translate("MainWindow", "Undo the last import?"),
            translate(
                "MainWindow",
                "Undo the import of {file} ({time})? Its {new} new cases are removed, and "
                "what it changed in {updated} other cases is withdrawn (their timelines keep a "
                "note of it).",
            ).format(
                file=batch.file_name,
                time=labels.local_time(batch.started_at),
                new=batch.new_cases,
                updated=batch.updated_cases,
            ),
        ):
            return None
        if self._ctx.refuse_while_writing(self):
            return None
        job = self._ctx.start_job(
            lambda progress, cancelled: self._ctx.core.imports.undo_last(), "undo", writes=True
        )
        follow_job(self, job, translate("MainWindow", "Undoing the import…"), can_cancel=False)
        job.succeeded.connect(self._ctx.publish)
        job.succeeded.connect(
            lambda _: self.statusBar().showMessage(
                translate("MainWindow", "The import of {file} is undone.").format(
                    file=batch.file_name
                ),
                STATUS_MESSAGE_MS,
            )
        )
        job.failed.connect(lambda err: messages.show_user_error(self, err))
        return job

    def open_library(self, scenario_id: str = "") -> LibraryDialog:
        dialog = LibraryDialog(self._ctx, self, select=scenario_id)
        dialog.open()
        return dialog

    def open_trash(self) -> TrashDialog:
        dialog = TrashDialog(self._ctx, self)
        dialog.open()
        return dialog

    def intercept_selected(self) -> InterceptDialog | None:
        ids = self.queue.selected_ids()
        if not ids:
            return None
        dialog = InterceptDialog(self._ctx, ids, self)
        dialog.open()
        return dialog

    def _update_case_actions(self) -> None:
        self.intercept_action.setEnabled(bool(self.queue.table.selectionModel().hasSelection()))

    def open_case(self, case_id: int) -> None:
        self.bring_to_front()
        if self.queue.select_case(case_id):
            self.detail.show_case(case_id)

    def show_overdue(self) -> None:
        """After a digest: the overdue view, or what is due soon when nothing is overdue."""
        self.bring_to_front()
        counts = self._ctx.core.queue.counts(None, self._ctx.clock.now())
        self.queue.show_view(View.OVERDUE if counts[View.OVERDUE] else View.DUE_24H)
        self.due_dock.show()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def on_changes(self, changes: Changes) -> None:
        self.queue.on_changes(changes)
        case_id = self.detail.case_id
        if case_id is not None and (changes.touches_case(case_id) or changes.rules):
            self.detail.reload()
        self.due_panel.refresh()
        if changes.settings or changes.reminders:
            self.update_status()

    def tick(self) -> None:
        """The scheduler's periodic check: views that depend on time are refreshed."""
        self.queue.tick()
        self.detail.tick()
        self.due_panel.refresh()
        self.update_status()

    def _repaint_countdowns(self) -> None:
        self.queue.model.tick()
        self.detail.tick()

    def update_status(self) -> None:
        now = self._ctx.clock.now()
        paused = self._ctx.core.settings.paused_until(now)
        parts = [translate("MainWindow", "Data: {path}").format(path=self._ctx.core.paths.root)]
        if paused is not None:
            parts.insert(
                0,
                translate("MainWindow", "Reminders paused until {time}").format(
                    time=labels.local_time(paused)
                ),
            )
        self.status.setText("   ".join(parts))

    def _about(self) -> None:
        messages.inform(
            self,
            translate(
                "MainWindow",
                "{app} {version}\nAn offline desk for after-sales cases: every platform clock "
                "visible, a reminder before each deadline.\nData folder: {path}",
            ).format(app=APP_NAME, version=__version__, path=self._ctx.core.paths.root),
        )

    def save_state(self) -> dict[str, Any]:
        return {
            "geometry": bytes(self.saveGeometry().toBase64().data()).decode(),
            "state": bytes(self.saveState().toBase64().data()).decode(),
            "queue_header": self.queue.header_state(),
        }

    def restore_state(self, saved: dict[str, Any] | None) -> None:
        if not saved:
            return
        self.restoreGeometry(QByteArray.fromBase64(saved.get("geometry", "").encode()))
        self.restoreState(QByteArray.fromBase64(saved.get("state", "").encode()))
        self.queue.restore_header(saved.get("queue_header"))

    def allow_close(self) -> None:
        """CaseWatch is quitting: let the close through (Qt 6's quit() closes every window
        first, and an ignored close would cancel the quit)."""
        self._quitting = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting:
            event.accept()
            return
        if self._tray_available:
            event.ignore()
            self.hide()
            self.close_to_tray.emit()
            return
        if messages.confirm(
            self,
            translate("MainWindow", "Quit CaseWatch?"),
            translate(
                "MainWindow",
                "This computer shows no tray icon, so CaseWatch cannot remind you while it is "
                "closed. When you start it again it lists what came due in the meantime.",
            ),
        ):
            event.ignore()
            self.quit_requested.emit()
        else:
            event.ignore()


def _exported(count: int) -> str:
    return translate("MainWindow", "%n case(s) exported to {path}", None, count)
