"""A form whose fields show their own problems underneath, keeping what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldProblem
from desktop.gui.problems import problem_line, problem_text
from desktop.gui.widgets.time_edit import TimeEdit

ERROR_STYLE = "color: #b3261e;"


class ErrorForm:
    def __init__(self, layout: QFormLayout):
        self.layout = layout
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.layout.addRow(label, holder)
        self._errors[field] = error
        self._widgets[field] = widget
        return widget

    def clear(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general.clear()
        self.general.hide()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem under its field (first one focused); others in the general line."""
        self.clear()
        other: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            label = self._errors.get(problem.field)
            if label is None:
                other.append(problem_line(problem))
                continue
            text = problem_text(problem)
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
            first = first or self._widgets[problem.field]
        if other:
            self.general.setText("\n".join(other))
            self.general.show()
        if first is not None:
            first.setFocus()
        holder = self.layout.parentWidget()
        if holder is not None:
            holder.window().adjustSize()  # room for the messages, nothing clipped

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def datetime_edit(value: datetime) -> TimeEdit:
    return TimeEdit(value)


def set_datetime(edit: TimeEdit, value: datetime) -> None:
    edit.set_value(value)


def get_datetime(edit: TimeEdit, field: str) -> datetime:
    """The time as typed (desktop/gui/widgets/time_edit.py), or a ValidationError naming
    `field`: never a value the widget changed on its own."""
    return edit.value(field)


def add_buttons(
    dialog: QDialog,
    layout: QBoxLayout,
    on_accept: Callable[[], None],
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
    accept_text: str | None = None,
) -> QDialogButtonBox:
    """The dialog's accept / Cancel row: accepting runs `on_accept`, which closes the dialog
    only when what was entered is valid."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    if accept_text is not None:
        buttons.button(accept).setText(accept_text)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons
