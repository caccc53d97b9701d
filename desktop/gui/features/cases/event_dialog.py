"""Record what happened on a case (one event on its timeline), or withdraw an earlier one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deadlines import SETTLED_CLOSED, SETTLED_REFUNDED
from desktop.core.errors import ValidationError
from desktop.core.model import Event, EventKind
from desktop.core.services.cases import EventInput, settled_outcome
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.widgets.form import ErrorForm, add_buttons, datetime_edit, get_datetime

translate = QCoreApplication.translate

#: The couriers shop owners meet most; any other name can be typed.
COURIERS = (
    "顺丰速运",
    "中通快递",
    "圆通速递",
    "韵达快递",
    "申通快递",
    "极兔速递",
    "京东快递",
    "中国邮政",
    "EMS",
    "德邦快递",
)


def caution(kind: EventKind) -> str:
    """A word of advice shown before recording some events (seeds 000 and 001)."""
    if kind is EventKind.REJECTED:
        return translate(
            "EventDialog",
            "A rejection counts in the shop's rejection rate (售后拒绝率) and the buyer can ask "
            "the platform to step in. Talk to the buyer first where you can.",
        )
    if kind is EventKind.RECEIPT_EXTENDED:
        return translate(
            "EventDialog",
            "Record this after using 延长收货 in the platform's back-end. It adds the rule's "
            "extension to the deadline.",
        )
    if kind is EventKind.DEADLINE_CHANGED:
        return translate(
            "EventDialog",
            "Enter the deadline exactly as the platform's back-end shows it. It replaces the "
            "rule's deadline until the case moves to another stage.",
        )
    if kind is EventKind.PLATFORM_SETTLED:
        return translate(
            "EventDialog",
            "For a case the platform refunded or closed by itself because a deadline ran out. "
            "The case is finished honestly and counts as a missed clock in the shop's figures.",
        )
    if kind is EventKind.COMPENSATION_PAID:
        return translate(
            "EventDialog",
            "Record a payment made to the buyer (小额打款 in the back-end, or otherwise). It does "
            "not finish the case: record the refund or close it when the buyer withdraws.",
        )
    return ""


class EventDialog(QDialog):
    def __init__(
        self, ctx: AppContext, case_id: int, kind: EventKind, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._ctx, self._case_id, self._kind = ctx, case_id, kind
        self.setWindowTitle(
            translate("EventDialog", "Record: {event}").format(event=labels.label(kind))
        )
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        advice = caution(kind)
        if advice:
            note = QLabel(advice)
            note.setWordWrap(True)
            note.setStyleSheet("background:#fff6cf; color:#4d3b00; padding:6px; border-radius:4px;")
            layout.addWidget(note)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = ErrorForm(form_layout)
        now = ctx.clock.now()
        self.occurred_at = datetime_edit(now)
        self.form.add("occurred_at", translate("EventDialog", "When"), self.occurred_at)
        self.courier = QComboBox()
        self.courier.setEditable(True)
        self.courier.addItems(COURIERS)
        self.courier.setCurrentText("")
        self.tracking_no = QLineEdit()
        if kind in (EventKind.RETURN_SHIPPED, EventKind.RESEND_SHIPPED):
            self.form.add("courier", translate("EventDialog", "Courier"), self.courier)
            self.form.add(
                "tracking_no",
                translate("EventDialog", "Tracking number")
                if kind is EventKind.RETURN_SHIPPED
                else translate("EventDialog", "New tracking number"),
                self.tracking_no,
            )
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("EventDialog", "for example 5 or 12.50"))
        if kind is EventKind.COMPENSATION_PAID:
            self.form.add("amount", translate("EventDialog", "Amount (yuan)"), self.amount)
        self.outcome = QComboBox()
        self.outcome.addItem(translate("EventDialog", "Refunded the buyer"), SETTLED_REFUNDED)
        self.outcome.addItem(translate("EventDialog", "Closed the request"), SETTLED_CLOSED)
        if kind is EventKind.PLATFORM_SETTLED:
            likely = settled_outcome(ctx.core.cases.detail(case_id).state)
            self.outcome.setCurrentIndex(self.outcome.findData(likely))
            self.form.add("outcome", translate("EventDialog", "What the platform did"),
                          self.outcome)  # fmt: skip
        self.due_at = datetime_edit(now)
        if kind is EventKind.DEADLINE_CHANGED:
            self.form.add("due_at", translate("EventDialog", "New deadline"), self.due_at)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(90)
        self.form.add(
            "text",
            translate("EventDialog", "Note")
            if kind is EventKind.NOTE
            else translate("EventDialog", "Note (optional)"),
            self.text,
        )
        layout.addWidget(self.form.general)
        add_buttons(self, layout, self.save)
        (self.text if kind is EventKind.NOTE else self.occurred_at).setFocus()

    def entry(self) -> EventInput:
        return EventInput(
            kind=self._kind,
            occurred_at=get_datetime(self.occurred_at, "occurred_at"),
            courier=self.courier.currentText(),
            tracking_no=self.tracking_no.text(),
            due_at=get_datetime(self.due_at, "due_at")
            if self._kind is EventKind.DEADLINE_CHANGED
            else None,
            text=self.text.toPlainText(),
            amount=self.amount.text(),
            outcome=str(self.outcome.currentData()),
        )

    def save(self) -> None:
        try:
            changes = self._ctx.core.cases.record(self._case_id, self.entry())
        except ValidationError as err:
            self.form.show_problems(err.problems)
            return
        self._ctx.publish(changes)
        self.accept()


class RevokeDialog(QDialog):
    """Withdraw an event: the original stays on the timeline, marked as withdrawn."""

    def __init__(self, ctx: AppContext, case_id: int, event: Event, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._case_id, self._event = ctx, case_id, event
        self.setWindowTitle(translate("EventDialog", "Withdraw an event"))
        layout = QVBoxLayout(self)
        text = QLabel(
            translate(
                "EventDialog",
                "Withdraw “{event}” of {time}? It stays on the timeline, marked as withdrawn, "
                "and the case's clocks are worked out again without it.",
            ).format(event=labels.label(event.kind), time=labels.local_time(event.occurred_at))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = ErrorForm(form_layout)
        self.reason = QLineEdit()
        self.form.add("reason", translate("EventDialog", "Why (optional)"), self.reason)
        layout.addWidget(self.form.general)
        add_buttons(
            self,
            layout,
            self.save,
            QDialogButtonBox.StandardButton.Ok,
            translate("EventDialog", "Withdraw"),
        )

    def save(self) -> None:
        try:
            changes = self._ctx.core.cases.revoke(self._case_id, self._event.id, self.reason.text())
        except ValidationError as err:
            self.form.show_problems(err.problems)
            return
        self._ctx.publish(changes)
        self.accept()
