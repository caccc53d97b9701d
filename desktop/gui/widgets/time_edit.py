"""A time typed as text, kept exactly as typed or refused naming the field.

Qt's QDateTimeEdit changes what is typed without a word: with the text selected, typing
"2030-11-20 15:10" leaves the year at 2026; 30 February becomes the 28th; the seconds of the
moment the dialog opened stay hidden in the value. Shop owners also paste times from the
platforms' back-ends ("2026-11-27 10:20:00"). So a time is a line of text in the computer's
local time, read strictly when saved, with a calendar for picking the day.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.core.errors import FieldProblem, ValidationError
from desktop.core.times import parse_local

translate = QCoreApplication.translate
SHOWN = "%Y-%m-%d %H:%M"


class TimeEdit(QWidget):
    changed = Signal()

    def __init__(self, value: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(translate("TimeEdit", "e.g. 2026-12-04 15:10"))
        self.line.textChanged.connect(self.changed)
        layout.addWidget(self.line, 1)
        self.pick = QToolButton()
        self.pick.setText(translate("TimeEdit", "Calendar"))
        self.pick.setToolTip(translate("TimeEdit", "Choose the day"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget()
        self._calendar.clicked.connect(self._day_chosen)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self._calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_day)
        self._menu = menu
        self.pick.setMenu(menu)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.line)
        self.set_value(value)

    def set_value(self, value: datetime) -> None:
        self.line.setText(value.astimezone().strftime(SHOWN))

    def text(self) -> str:
        return self.line.text()

    def value(self, field: str) -> datetime:
        """The typed time; a ValidationError naming `field` when it is not one."""
        found = parse_local(self.line.text())
        if found is None:
            raise ValidationError(
                [FieldProblem(field, "not_a_time", {"value": self.line.text().strip()})]
            )
        return found

    def _show_day(self) -> None:
        found = parse_local(self.line.text())
        if found is not None:
            local = found.astimezone()
            self._calendar.setSelectedDate(QDate(local.year, local.month, local.day))

    def _day_chosen(self, day: QDate) -> None:
        """Another day, the same time of day as typed (or the current one)."""
        found = parse_local(self.line.text()) or datetime.now().astimezone()
        local = found.astimezone()
        moved = local.replace(year=day.year(), month=day.month(), day=day.day())
        self.line.setText(moved.strftime(SHOWN) if local.second == 0 else
                          moved.strftime("%Y-%m-%d %H:%M:%S"))  # fmt: skip
        self._menu.hide()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
