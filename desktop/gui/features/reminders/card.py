"""The reminder card (提醒卡片): CaseWatch's own small window in a corner of the screen, on top
of every other window, shown without taking the keyboard. It lists each case a reminder is
about and stays until someone acknowledges it; the system's notifications are not trusted to
carry a deadline alone (Windows drops them under Focus Assist, hides tray icons in the
overflow, and Qt's documentation says they "may not appear at all").

Everything on it is read from the database (desktop/core/services/alerts.py): a reminder the
headless watcher pushed overnight is on the card when the window opens.
"""

from __future__ import annotations

import sys
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.services.alerts import Alert, Card, Snooze
from desktop.core.services.briefing import Briefing
from desktop.core.workhours import local_date
from desktop.gui import labels, style
from desktop.gui.context import AppContext
from desktop.gui.features.reminders.texts import briefing_summary
from desktop.gui.labels import Urgency
from desktop.gui.models.queue_model import URGENCY_COLOURS

translate = QCoreApplication.translate
WIDTH = 500
MARGIN = 16


def snooze_label(choice: Snooze, until: datetime, now: datetime) -> str:
    if choice is Snooze.MINUTES_15:
        return translate("Card", "In 15 minutes")
    if choice is Snooze.HOUR_1:
        return translate("Card", "In 1 hour")
    local = until.astimezone()
    days = (local.date() - now.astimezone().date()).days
    if days == 0:
        day = translate("Card", "today")
    elif days == 1:
        day = translate("Card", "tomorrow")
    else:
        day = labels.weekday(local.isoweekday())
    return translate("Card", "When work starts ({day} {time})").format(
        day=day, time=local.strftime("%H:%M")
    )


class CaseRow(QFrame):
    """One case on the card: what runs out, when and what then; 打开, 稍后提醒, 知道了."""

    def __init__(self, card: ReminderCard, alert: Alert, now: datetime):
        super().__init__()
        self.alert = alert
        self.setObjectName("card-row")
        urgency = labels.urgency(alert.due_at, now)
        background, foreground = URGENCY_COLOURS.get(urgency, URGENCY_COLOURS[Urgency.SOON])
        self.setStyleSheet(
            f"#card-row {{ background:{background}; border-radius:6px; }}"
            f" QLabel#card-head {{ color:{foreground}; font-weight:bold; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(2)
        head_text = translate("Card", "{countdown} · {platform} {after_sale_id}").format(
            countdown=labels.countdown(alert.due_at, now),
            platform=labels.label(alert.platform),
            after_sale_id=alert.after_sale_id,
        )
        if alert.last_call:
            head_text += translate("Card", " (before work ends)")
        self.head = QLabel(head_text)
        self.head.setObjectName("card-head")
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head.setWordWrap(True)
        layout.addWidget(self.head)
        bottom = QHBoxLayout()
        action = labels.label(alert.action) if alert.action else ""
        detail = translate("Card", "Deadline {due}: {action}").format(
            due=labels.local_time(alert.due_at), action=action
        )
        if alert.amount_fen is not None:
            detail += translate("Card", " · {amount}").format(amount=labels.money(alert.amount_fen))
        if alert.product:
            detail = f"{alert.product}\n{detail}"
        self.detail = QLabel(detail)
        self.detail.setStyleSheet(f"color:{foreground};")
        self.detail.setWordWrap(True)
        bottom.addWidget(self.detail, 1)
        self.open_button = QPushButton(translate("Card", "Open"))
        self.open_button.clicked.connect(lambda: card.open_case.emit(alert.case_id))
        self.snooze_button = card.snooze_button([alert.case_id])
        self.ack_button = QPushButton(translate("Card", "Got it"))
        self.ack_button.clicked.connect(lambda: card.acknowledge([alert.case_id]))
        for button in (self.open_button, self.snooze_button, self.ack_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bottom.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)


class ReminderCard(QWidget):
    open_case = Signal(int)
    open_all = Signal()  # show the queue's overdue / due-soon view

    def __init__(self, ctx: AppContext):
        super().__init__(None)
        self._ctx = ctx
        self._drag: QPoint | None = None
        self._moved = False
        self.card = Card([], 0, 0, 0)
        self.briefing: Briefing | None = None
        self.setWindowTitle(translate("Card", "CaseWatch reminders"))
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint
        )
        # Up without taking the keyboard from what the person is typing in.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        if sys.platform == "darwin":  # a tool window would hide whenever CaseWatch is inactive
            self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setFixedWidth(WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # draw the border below
        self.setObjectName("reminder-card")
        self.setStyleSheet(
            "#reminder-card { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 12)
        outer.setSpacing(8)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:bold; font-size:14px;")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.briefing_box = QFrame()
        self.briefing_box.setObjectName("card-briefing")
        self.briefing_box.setStyleSheet(f"#card-briefing {{ {style.banner_css()} }}")
        briefing_layout = QHBoxLayout(self.briefing_box)
        briefing_layout.setContentsMargins(10, 6, 6, 6)
        self.briefing_label = QLabel()
        self.briefing_label.setWordWrap(True)
        briefing_layout.addWidget(self.briefing_label, 1)
        self.briefing_ack = QPushButton(translate("Card", "Got it"))
        self.briefing_ack.clicked.connect(self.acknowledge_briefing)
        briefing_layout.addWidget(self.briefing_ack, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.briefing_box)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        outer.addLayout(self.rows_box)
        self.more = QLabel()
        self.more.setStyleSheet(f"color:{style.muted()};")
        outer.addWidget(self.more)
        footer = QHBoxLayout()
        self.open_all_button = QPushButton(translate("Card", "Show all in CaseWatch"))
        self.open_all_button.clicked.connect(self.open_all)
        self.snooze_all_button = self.snooze_button(None, all_cases=True)
        self.ack_all_button = QPushButton(translate("Card", "Got it, all"))
        self.ack_all_button.clicked.connect(lambda: self.acknowledge(None))
        footer.addWidget(self.open_all_button)
        footer.addStretch(1)
        footer.addWidget(self.snooze_all_button)
        footer.addWidget(self.ack_all_button)
        outer.addLayout(footer)
        self.rows: list[CaseRow] = []

    # What is on it ------------------------------------------------------------------------
    def refresh(self, *, bring_up: bool = False) -> bool:
        """Read the card from the database; show it when there is something, hide it when
        not. `bring_up`: raise it even if it is showing (a new reminder, a repeat). True when
        the card is up."""
        core, now = self._ctx.core, self._ctx.clock.now()
        self.card = core.alerts.card(now)
        latest = core.briefings.latest()
        today = local_date(now)
        self.briefing = (
            latest
            if latest is not None
            and latest.day == today
            and not latest.acknowledged
            and latest.noteworthy
            else None
        )
        if self.card.empty and self.briefing is None:
            self.hide()
            return False
        self._fill(now)
        if bring_up or not self.isVisible():
            self._show_in_corner()
        return True

    def _fill(self, now: datetime) -> None:
        card = self.card
        if card.total:
            total, overdue = card.total, card.overdue  # plain names, or lupdate skips the %n
            title = translate("Card", "%n after-sales case(s) need you", None, total)
            if overdue:
                title += translate("Card", " · %n overdue", None, overdue)
            if card.amount_fen:
                title += translate("Card", " · {amount} at stake").format(
                    amount=labels.money(card.amount_fen)
                )
        else:
            title = translate("Card", "CaseWatch daily briefing")
        self.title.setText(title)
        self.briefing_box.setVisible(self.briefing is not None)
        if self.briefing is not None:
            self.briefing_label.setText(briefing_summary(self.briefing))
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = [CaseRow(self, alert, now) for alert in card.alerts]
        for row in self.rows:
            self.rows_box.addWidget(row)
        hidden = card.total - len(card.alerts)
        self.more.setVisible(hidden > 0)
        self.more.setText(translate("Card", "… and %n more: Show all in CaseWatch", None, hidden))
        for widget in (self.snooze_all_button, self.ack_all_button):
            widget.setVisible(card.total > 1)
        self.open_all_button.setVisible(card.total > 0)
        self.adjustSize()

    def _show_in_corner(self) -> None:
        if not self._moved:
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.adjustSize()
                x = area.right() - self.width() - MARGIN
                # macOS puts notifications top right; Windows and Linux bottom right.
                if sys.platform == "darwin":
                    y = area.top() + MARGIN
                else:
                    y = area.bottom() - self.height() - MARGIN
                self.move(x, max(area.top(), y))
        self.show()
        self.raise_()

    # Acting on it ---------------------------------------------------------------------------
    def snooze_button(self, case_ids: list[int] | None, *, all_cases: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(
            translate("Card", "Remind me later, all") if all_cases else translate("Card", "Later")
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._fill_snooze_menu(menu, case_ids))
        button.setMenu(menu)
        return button

    def _fill_snooze_menu(self, menu: QMenu, case_ids: list[int] | None) -> None:
        menu.clear()
        now = self._ctx.clock.now()
        for choice in Snooze:
            until = self._ctx.core.alerts.snooze_until(choice, now)
            menu.addAction(snooze_label(choice, until, now), partial(self.snooze, choice, case_ids))

    def snooze(self, choice: Snooze, case_ids: list[int] | None) -> None:
        self._ctx.attempt(self, lambda: self._ctx.core.alerts.snooze(choice, case_ids))
        self.refresh()

    def acknowledge(self, case_ids: list[int] | None) -> None:
        core, briefing = self._ctx.core, self.briefing

        def done() -> Changes:
            changes = core.alerts.acknowledge(case_ids)
            if case_ids is None and briefing is not None:
                changes |= core.briefings.acknowledge(briefing.day)
            return changes

        self._ctx.attempt(self, done)
        self.refresh()

    def acknowledge_briefing(self) -> None:
        briefing = self.briefing
        if briefing is not None:
            self._ctx.attempt(self, lambda: self._ctx.core.briefings.acknowledge(briefing.day))
        self.refresh()

    # Moving it by its body (it has no title bar) ------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag)
            self._moved = True
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        super().mouseReleaseEvent(event)
