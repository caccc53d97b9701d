"""Intercepting outbound parcels for many cases (seed 001, steps 4-8): the chosen cases'
tracking numbers, one block per courier with its own Copy button (each goes to that
courier's group), then every case marked intercepted with the date in one step."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.services.batch import CourierBlock, InterceptResult, TrackingNumbers
from desktop.gui.context import AppContext
from desktop.gui.widgets.form import ErrorForm, datetime_edit, get_datetime

translate = QCoreApplication.translate
#: Lines a block shows before it scrolls.
BLOCK_LINES = 6


def courier_title(block: CourierBlock) -> str:
    courier = block.courier
    if courier.known:
        name = courier.name
    elif courier.starts:
        name = translate("Intercept", "Courier not recognised · {start}…").format(
            start=courier.starts
        )
    else:
        name = translate("Intercept", "Courier not recognised")
    return translate("Intercept", "{courier} ({count})").format(
        courier=name, count=len(block.tracking_numbers)
    )


def blocks_text(numbers: TrackingNumbers) -> str:
    """Every block as plain text: a heading line, then one number per line."""
    return "\n\n".join("\n".join([courier_title(b), *b.tracking_numbers]) for b in numbers.blocks)


class InterceptDialog(QDialog):
    def __init__(self, ctx: AppContext, case_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Intercept", "Intercept outbound parcels"))
        self.resize(560, 640)
        self.numbers = ctx.core.batch.tracking_numbers(case_ids)
        layout = QVBoxLayout(self)

        summary = translate(
            "Intercept", "{cases} cases chosen; {numbers} outbound tracking numbers."
        ).format(cases=len(case_ids), numbers=self.numbers.count)
        without = self.numbers.without_number
        if without:
            summary += " " + translate("Intercept", "%n of the cases have no outbound tracking number.", None, without)  # fmt: skip  # noqa: E501
        intro = QLabel(
            summary
            + "\n"
            + translate(
                "Intercept",
                "Copy each courier's numbers into that courier's group, then mark those cases "
                "intercepted so everyone sees it.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        blocks = QWidget()
        blocks_layout = QVBoxLayout(blocks)
        blocks_layout.setContentsMargins(0, 0, 0, 0)
        self.copy_buttons: list[QPushButton] = []
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for block in self.numbers.blocks:
            box = QGroupBox(courier_title(block))
            box_layout = QHBoxLayout(box)
            text = QPlainTextEdit("\n".join(block.tracking_numbers))
            text.setReadOnly(True)
            text.setFont(mono)
            lines = min(len(block.tracking_numbers), BLOCK_LINES)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * lines + 14)
            box_layout.addWidget(text, 1)
            copy = QPushButton(translate("Intercept", "Copy"))
            copy.clicked.connect(lambda _=False, b=block, c=copy: self._copy(b, c))
            box_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
            self.copy_buttons.append(copy)
            blocks_layout.addWidget(box)
        blocks_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(blocks)
        layout.addWidget(scroll, 1)

        copy_all = QPushButton(translate("Intercept", "Copy all, with courier headings"))
        copy_all.setEnabled(bool(self.numbers.blocks))
        copy_all.clicked.connect(self.copy_all)
        layout.addWidget(copy_all, 0, Qt.AlignmentFlag.AlignLeft)

        mark_box = QGroupBox(
            translate("Intercept", "Mark the cases with a tracking number intercepted")
        )
        form_layout = QFormLayout(mark_box)
        self.form = ErrorForm(form_layout)
        self.when = datetime_edit(ctx.clock.now())
        self.form.add("occurred_at", translate("Intercept", "Intercepted on"), self.when)
        chosen = len(self.numbers.case_ids)
        self.mark_button = QPushButton(
            translate("Intercept", "Mark %n case(s) intercepted", None, chosen)
        )
        self.mark_button.setEnabled(bool(self.numbers.case_ids))
        self.mark_button.clicked.connect(self.mark)
        form_layout.addRow("", self.mark_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form_layout.addRow("", self.result)
        form_layout.addRow(self.form.general)
        layout.addWidget(mark_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _copy(self, block: CourierBlock, button: QPushButton) -> None:
        QGuiApplication.clipboard().setText("\n".join(block.tracking_numbers))
        button.setText(translate("Intercept", "Copied ✓"))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(blocks_text(self.numbers))

    def chosen_time(self) -> datetime:
        return get_datetime(self.when, "occurred_at")

    def mark(self) -> None:
        done: list[InterceptResult] = []

        def action() -> Changes:
            done.append(
                self._ctx.core.batch.mark_intercepted(self.numbers.case_ids, self.chosen_time())
            )
            return done[0].changes

        if not self._ctx.attempt(self, action, self.form):
            return
        self.form.clear()
        result = done[0]
        marked, already, finished = result.marked, result.already, result.finished
        parts = [translate("Intercept", "%n case(s) marked intercepted.", None, marked)]
        if already:
            parts.append(translate("Intercept", "%n were marked before.", None, already))
        if finished:
            parts.append(translate("Intercept", "%n are finished and were left alone.", None, finished))  # fmt: skip  # noqa: E501
        self.result.setText(" ".join(parts))
        self.mark_button.setEnabled(False)
