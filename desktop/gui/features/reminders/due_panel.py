"""The in-app "due soon / overdue" panel: what the tray says, for systems without a tray (or
with notifications hidden by Focus Assist / Do Not Disturb); pushes that keep failing, in
words; and who delivers reminders when it is not this window (the headless watcher)."""

from __future__ import annotations

from datetime import timedelta

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

from desktop.core.delivery import Owner
from desktop.core.model import Action, Platform
from desktop.core.services.queue import DUE_SOON, View
from desktop.core.times import opt_from_epoch
from desktop.gui import labels, style
from desktop.gui.context import AppContext
from desktop.gui.labels import Urgency
from desktop.gui.models.queue_model import URGENCY_COLOURS
from desktop.text.push import error_text

translate = QCoreApplication.translate
MAX_ITEMS = 50
MAX_MESSAGES = 30


class DuePanel(QWidget):
    open_case = Signal(int)
    pause_requested = Signal()
    resume_requested = Signal()
    channels_requested = Signal()  # Settings → push channels

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.delivery = QLabel()
        self.delivery.setWordWrap(True)
        self.delivery.setStyleSheet(style.banner_css() + " padding:4px;")
        self.delivery.hide()
        layout.addWidget(self.delivery)
        problems_row = QHBoxLayout()
        self.push_problems = QLabel()
        self.push_problems.setWordWrap(True)
        self.push_problems.setStyleSheet(f"color:{style.danger()};")
        problems_row.addWidget(self.push_problems, 1)
        self.channels_button = QPushButton(translate("DuePanel", "Push channels…"))
        self.channels_button.clicked.connect(self.channels_requested)
        problems_row.addWidget(self.channels_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(problems_row)
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
        self.refresh_pushes()
        self.refresh_recent()

    def set_delivering(self, held: bool, owner: Owner | None) -> None:
        """Say when this window does not deliver reminders (the watcher does, for now)."""
        if held:
            self.delivery.hide()
            return
        if owner is not None and owner.who == "watcher":
            text = translate(
                "DuePanel",
                "The CaseWatch watcher (process {pid}) delivers reminders for this data folder; "
                "this window takes over as soon as it lets go.",
            ).format(pid=owner.pid)
        else:
            text = translate(
                "DuePanel",
                "Another CaseWatch delivers reminders for this data folder; this window takes "
                "over as soon as it lets go.",
            )
        self.delivery.setText(text)
        self.delivery.show()

    def refresh_pushes(self) -> None:
        """Channels whose pushes are failing, in words, with what waits."""
        lines = []
        for channel in self._ctx.core.channels.channels():
            failure = channel.last_error
            if failure is None or not channel.enabled:
                continue
            line = translate("DuePanel", "Push to “{name}” failed: {reason}").format(
                name=channel.name, reason=error_text(failure.code, failure.detail)
            )
            if channel.pending:
                waiting = channel.pending  # a plain name: lupdate skips %n texts counted otherwise
                line += " " + translate("DuePanel", "(%n waiting)", None, waiting)
            lines.append(line)
        self.push_problems.setText("\n".join(lines))
        self.push_problems.setVisible(bool(lines))
        self.channels_button.setVisible(bool(lines))

    def refresh_recent(self) -> None:
        """Reminders already shown, from the database: they outlive a restart."""
        self.recent.clear()
        for r in self._ctx.core.reminders.recent(MAX_MESSAGES):
            if r.lead_minutes:
                what = translate("DuePanel", "{lead} before the deadline {due}").format(
                    lead=labels.duration_text(timedelta(minutes=r.lead_minutes)),
                    due=labels.local_time(r.due_at),
                )
            else:
                what = translate("DuePanel", "deadline {due} passed").format(
                    due=labels.local_time(r.due_at)
                )
            item = QListWidgetItem(
                translate("DuePanel", "{time}  {platform} {after_sale_id}: {what}").format(
                    time=labels.local_time(r.delivered_at),
                    platform=labels.label(r.platform),
                    after_sale_id=r.after_sale_id,
                    what=what,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, r.case_id)
            if r.lead_minutes == 0:
                item.setForeground(QColor("#a50e0e"))
            self.recent.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def _toggle_pause(self) -> None:
        if self._ctx.core.settings.paused_until(self._ctx.clock.now()) is None:
            self.pause_requested.emit()
        else:
            self.resume_requested.emit()
