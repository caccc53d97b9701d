"""Add a case by hand, or correct one's details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.model import CaseType, Platform, yuan_text
from desktop.core.services.validation import CaseDraft
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.widgets.form import (
    ErrorForm,
    add_buttons,
    datetime_edit,
    get_datetime,
    set_datetime,
)

translate = QCoreApplication.translate


class CaseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, case_id: int | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._case_id = case_id
        self.created_id: int | None = None
        self.setWindowTitle(
            translate("CaseDialog", "New after-sales case")
            if case_id is None
            else translate("CaseDialog", "Correct case details")
        )
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = ErrorForm(form_layout)
        now = ctx.clock.now()

        self.platform = QComboBox()
        self.platform.addItem(translate("CaseDialog", "Choose…"), "")
        for p in Platform:
            self.platform.addItem(labels.label(p), p.value)
        self.form.add("platform", translate("CaseDialog", "Platform"), self.platform)
        self.after_sale_id = QLineEdit()
        self.after_sale_id.setPlaceholderText(
            translate("CaseDialog", "The platform's after-sales / refund number")
        )
        self.form.add(
            "after_sale_id", translate("CaseDialog", "After-sales id"), self.after_sale_id
        )
        self.order_id = QLineEdit()
        self.form.add("order_id", translate("CaseDialog", "Order id"), self.order_id)
        self.case_type = QComboBox()
        self.case_type.addItem(translate("CaseDialog", "Choose…"), "")
        for t in CaseType:
            self.case_type.addItem(labels.label(t), t.value)
        self.form.add("case_type", translate("CaseDialog", "Type"), self.case_type)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("CaseDialog", "Refund amount in yuan, e.g. 88.50"))
        self.form.add("amount", translate("CaseDialog", "Amount (¥)"), self.amount)
        self.reason = QLineEdit()
        self.form.add("reason", translate("CaseDialog", "Reason"), self.reason)
        self.buyer = QLineEdit()
        self.form.add("buyer", translate("CaseDialog", "Buyer"), self.buyer)
        self.product = QLineEdit()
        self.product.setPlaceholderText(translate("CaseDialog", "商品名称 / 宝贝标题, and the SKU"))
        self.form.add("product", translate("CaseDialog", "Product"), self.product)
        self.applied_at = datetime_edit(now)
        self.form.add("applied_at", translate("CaseDialog", "Applied at"), self.applied_at)

        self.has_deadline = QCheckBox(
            translate("CaseDialog", "The platform shows a deadline for this case")
        )
        self.deadline = datetime_edit(now)
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        if case_id is None:
            form_layout.addRow("", self.has_deadline)
            self.form.add(
                "platform_deadline", translate("CaseDialog", "Platform deadline"), self.deadline
            )
        layout.addWidget(self.form.general)
        add_buttons(self, layout, self.save)
        if case_id is not None:
            self._load(case_id)

    def _load(self, case_id: int) -> None:
        facts = self._ctx.core.cases.detail(case_id).facts
        self.platform.setCurrentIndex(self.platform.findData(facts.platform.value))
        self.after_sale_id.setText(facts.after_sale_id)
        self.order_id.setText(facts.order_id)
        self.case_type.setCurrentIndex(self.case_type.findData(facts.case_type.value))
        self.amount.setText(yuan_text(facts.amount_fen))
        self.reason.setText(facts.reason)
        self.buyer.setText(facts.buyer)
        self.product.setText(facts.product)
        set_datetime(self.applied_at, facts.applied_at)

    def draft(self) -> CaseDraft:
        return CaseDraft(
            platform=self.platform.currentData() or "",
            after_sale_id=self.after_sale_id.text(),
            order_id=self.order_id.text(),
            case_type=self.case_type.currentData() or "",
            amount=self.amount.text(),
            product=self.product.text(),
            reason=self.reason.text(),
            buyer=self.buyer.text(),
            applied_at=get_datetime(self.applied_at, "applied_at"),
            platform_deadline=get_datetime(self.deadline, "platform_deadline")
            if self.has_deadline.isChecked()
            else None,
        )

    def save(self) -> None:
        cases = self._ctx.core.cases
        try:
            if self._case_id is None:
                self.created_id, changes = cases.create(self.draft())
            else:
                changes = cases.edit(self._case_id, self.draft())
        except ValidationError as err:
            self.form.show_problems(err.problems)  # what was typed stays in the fields
            return
        self._ctx.publish(changes)
        self.accept()
