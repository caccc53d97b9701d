"""The main window: a shell holding the queue, the case detail and the due panel."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
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
from desktop.core.services.queue import View
from desktop.gui import icons, labels, messages
from desktop.gui.context import AppContext
from desktop.gui.features.cases.case_detail import CaseDetailView
from desktop.gui.features.cases.case_dialog import CaseDialog
from desktop.gui.features.cases.queue_view import QueueView
from desktop.gui.features.reminders.due_panel import DuePanel

translate = QCoreApplication.translate
COUNTDOWN_REPAINT_MS = 30_000


class MainWindow(QMainWindow):
    close_to_tray = Signal()  # the window was closed while the tray keeps CaseWatch running
    quit_requested = Signal()
    settings_requested = Signal()
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

        self.due_panel = DuePanel(ctx)
        self.due_dock = QDockWidget(translate("MainWindow", "Due soon / overdue"), self)
        self.due_dock.setObjectName("due-dock")
        self.due_dock.setWidget(self.due_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.due_dock)
        self.set_tray_available(tray_available)
        self.due_panel.open_case.connect(self.open_case)
        self.due_panel.pause_requested.connect(self.pause_requested)
        self.due_panel.resume_requested.connect(self.resume_requested)

        self._build_actions()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._repaint = QTimer(self)
        self._repaint.setInterval(COUNTDOWN_REPAINT_MS)
        self._repaint.timeout.connect(self._repaint_countdowns)
        self._repaint.start()
        ctx.changed.connect(self.on_changes)
        self.update_status()

    def _build_actions(self) -> None:
        self.new_action = QAction(translate("MainWindow", "New case…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case)
        self.settings_action = QAction(translate("MainWindow", "Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.settings_requested)
        self.rules_action = QAction(translate("MainWindow", "Clock rules…"), self)
        self.rules_action.triggered.connect(self.rules_requested)
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

        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.folder_action)
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.due_action)
        tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
        tools_menu.addAction(self.rules_action)
        tools_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
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

    def save_state(self) -> dict[str, str]:
        return {
            "geometry": bytes(self.saveGeometry().toBase64().data()).decode(),
            "state": bytes(self.saveState().toBase64().data()).decode(),
        }

    def restore_state(self, saved: dict[str, str] | None) -> None:
        if not saved:
            return
        self.restoreGeometry(QByteArray.fromBase64(saved.get("geometry", "").encode()))
        self.restoreState(QByteArray.fromBase64(saved.get("state", "").encode()))

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
