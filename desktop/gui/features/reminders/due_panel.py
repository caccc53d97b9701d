"""The in-app "due soon / overdue" panel: what the tray says, for systems without a tray (or
with notifications hidden by Focus Assist / Do Not Disturb)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Action, Platform
from desktop.core.services.queue import DUE_SOON, View
from desktop.core.times import opt_from_epoch
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.labels import Urgency
from desktop.gui.models.queue_model import URGENCY_COLOURS
from desktop.gui.notify import Message

translate = QCoreApplication.translate
MAX_ITEMS = 50
MAX_MESSAGES = 30


class DuePanel(QWidget):
    open_case = Signal(int)
    pause_requested = Signal()
    resume_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.summary)
        self.due = QListWidget()
        self.due.itemActivated.connect(self._activated)
        self.due.itemClicked.connect(self._activated)
        layout.addWidget(self.due, 3)
        recent_caption = QLabel(translate("DuePanel", "Recent reminders"))
        recent_caption.setStyleSheet("color:#5f6368; font-weight:bold;")
        layout.addWidget(recent_caption)
        self.recent = QListWidget()
        self.recent.setWordWrap(True)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)
        layout.addWidget(self.recent, 2)
        row = QHBoxLayout()
        self.pause_state = QLabel()
        self.pause_state.setWordWrap(True)
        row.addWidget(self.pause_state, 1)
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self._toggle_pause)
        row.addWidget(self.pause_button)
        layout.addLayout(row)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            return  # refreshed when shown: no queries for a hidden panel
        core, now = self._ctx.core, self._ctx.clock.now()
        counts = core.queue.counts(None, now)
        self.summary.setText(
            translate("DuePanel", "Overdue: {overdue} · Due within 24 h: {soon}").format(
                overdue=counts[View.OVERDUE], soon=counts[View.DUE_24H]
            )
        )
        rows = core.queue.due(now, DUE_SOON, limit=MAX_ITEMS)
        self.due.clear()
        for row in rows:
            due = opt_from_epoch(row.merchant_due_at)
            action = (
                labels.label(Action(row.merchant_due_action)) if row.merchant_due_action else ""
            )
            item = QListWidgetItem(
                translate("DuePanel", "{countdown} · {platform} {after_sale_id} · {action}").format(
                    countdown=labels.countdown(due, now),
                    platform=labels.label(Platform(row.platform)),
                    after_sale_id=row.after_sale_id,
                    action=action,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            colours = URGENCY_COLOURS.get(labels.urgency(due, now), URGENCY_COLOURS[Urgency.SOON])
            item.setBackground(QColor(colours[0]))
            item.setForeground(QColor(colours[1]))
            self.due.addItem(item)
        if not rows:
            empty = QListWidgetItem(
                translate("DuePanel", "Nothing is overdue or due within 24 hours.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.due.addItem(empty)
        paused = core.settings.paused_until(now)
        if paused is None:
            self.pause_state.setText(translate("DuePanel", "Reminders are on."))
            self.pause_button.setText(translate("DuePanel", "Pause 1 hour"))
        else:
            self.pause_state.setText(
                translate("DuePanel", "Reminders paused until {time}.").format(
                    time=labels.local_time(paused)
                )
            )
            self.pause_button.setText(translate("DuePanel", "Resume"))

    def add_messages(self, messages: list[Message]) -> None:
        stamp = labels.local_time(self._ctx.clock.now())
        for message in messages:
            item = QListWidgetItem(f"{stamp}  {message.title}\n{message.body}")
            if message.case_id is not None:
                item.setData(Qt.ItemDataRole.UserRole, message.case_id)
            if message.urgent:
                item.setForeground(QColor("#a50e0e"))
            self.recent.insertItem(0, item)
        while self.recent.count() > MAX_MESSAGES:
            self.recent.takeItem(self.recent.count() - 1)

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def _toggle_pause(self) -> None:
        if self._ctx.core.settings.paused_until(self._ctx.clock.now()) is None:
            self.pause_requested.emit()
        else:
            self.resume_requested.emit()
