"""The tray icon: CaseWatch keeps running there when the window is closed.

showMessage() is best effort (a hidden icon, Focus Assist, macOS quirks), so every reminder
also lands in the in-app due panel. messageClicked carries no id: the last message's case is
remembered here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.core.model import Platform
from desktop.core.services.queue import DUE_SOON, View
from desktop.core.times import opt_from_epoch
from desktop.gui import icons, labels
from desktop.gui.context import AppContext
from desktop.gui.notify import Message

translate = QCoreApplication.translate
DUE_MENU_ITEMS = 10


class Tray(QObject):
    show_window = Signal()
    open_case = Signal(int)
    show_digest = Signal()
    pause_requested = Signal()
    resume_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._last: Message | None = None
        self._icon = QSystemTrayIcon(icons.app_icon(), self)
        self._menu = QMenu()
        self._menu.aboutToShow.connect(self._build_menu)
        self._due_menu = QMenu()  # kept: QMenu.clear() would leave a new submenu behind each time
        self._due_menu.aboutToShow.connect(lambda: self._fill_due_menu(self._due_menu))
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._on_activated)
        self._icon.messageClicked.connect(self._on_message_clicked)
        self._overdue = -1
        self.refresh()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    def is_visible(self) -> bool:
        return self._icon.isVisible()

    def notify(self, message: Message) -> None:
        self._last = message
        if not self._icon.isVisible() or not QSystemTrayIcon.supportsMessages():
            return
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if message.urgent
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._icon.showMessage(message.title, message.body, icon, 15_000)

    def refresh(self) -> None:
        """Tooltip and badge: how many are overdue and due within 24 hours."""
        now = self._ctx.clock.now()
        counts = self._ctx.core.queue.counts(None, now)
        overdue, soon = counts[View.OVERDUE], counts[View.DUE_24H]
        lines = [
            translate("Tray", "CaseWatch"),
            translate("Tray", "Overdue: {n}").format(n=overdue),
            translate("Tray", "Due within 24 h: {n}").format(n=soon),
        ]
        paused = self._ctx.core.settings.paused_until(now)
        if paused is not None:
            lines.append(
                translate("Tray", "Reminders paused until {time}").format(
                    time=labels.local_time(paused)
                )
            )
        self._icon.setToolTip("\n".join(lines))
        if overdue != self._overdue:
            self._overdue = overdue
            self._icon.setIcon(icons.tray_icon(overdue))

    def tooltip(self) -> str:
        return self._icon.toolTip()

    @property
    def last_message(self) -> Message | None:
        return self._last

    # Menu ------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self._menu
        menu.clear()
        menu.addAction(translate("Tray", "Open CaseWatch"), self.show_window.emit)
        self._due_menu.setTitle(translate("Tray", "Due soon"))
        menu.addMenu(self._due_menu)  # filled when it opens
        now = self._ctx.clock.now()
        if self._ctx.core.settings.paused_until(now) is None:
            menu.addAction(
                translate("Tray", "Pause reminders for 1 hour"), self.pause_requested.emit
            )
        else:
            menu.addAction(translate("Tray", "Resume reminders"), self.resume_requested.emit)
        menu.addSeparator()
        menu.addAction(translate("Tray", "Quit CaseWatch"), self.quit_requested.emit)

    def due_actions(self) -> list[tuple[str, int]]:
        """The due-soon entries: (text, case id), most urgent first."""
        now = self._ctx.clock.now()
        return [
            (
                translate("Tray", "{countdown} · {platform} {after_sale_id}").format(
                    countdown=labels.countdown(opt_from_epoch(row.merchant_due_at), now),
                    platform=labels.label(Platform(row.platform)),
                    after_sale_id=row.after_sale_id,
                ),
                row.id,
            )
            for row in self._ctx.core.queue.due(now, DUE_SOON, limit=DUE_MENU_ITEMS)
        ]

    def _fill_due_menu(self, menu: QMenu) -> None:
        menu.clear()
        entries = self.due_actions()
        if not entries:
            empty = QAction(translate("Tray", "Nothing due within 24 hours"), menu)
            empty.setEnabled(False)
            menu.addAction(empty)
        for text, case_id in entries:
            menu.addAction(text, lambda c=case_id: self.open_case.emit(c))

    # Clicks ----------------------------------------------------------------------------
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window.emit()

    def notify_text(self, title: str, body: str) -> None:
        """A plain message (not a reminder): a click only shows the window."""
        self.notify(Message(title, body, None, urgent=False))

    def _on_message_clicked(self) -> None:
        last = self._last
        if last is not None and last.case_id is not None:
            self.open_case.emit(last.case_id)
        elif last is not None and last.digest:
            self.show_digest.emit()
        else:
            self.show_window.emit()

    def message_clicked(self) -> None:
        """What a click on the last notification does (tests call it: no tray offscreen)."""
        self._on_message_clicked()
