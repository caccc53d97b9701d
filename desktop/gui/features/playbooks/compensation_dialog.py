"""The small-compensation helper (seed 004): where the buyer is and what the goods cost give a
range; the words to send explain why, instead of leading with a number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import yuan_text
from desktop.core.playbooks.compensation import (
    HIGH_VALUE_FROM_FEN,
    Advice,
    Distance,
    advise,
    script,
)
from desktop.gui import labels

translate = QCoreApplication.translate


def advice_range(advice: Advice) -> str:
    if advice.low_fen == 0:
        return translate("Compensation", "up to ¥{high}").format(high=yuan_text(advice.high_fen))
    return translate("Compensation", "¥{low} – ¥{high}").format(
        low=yuan_text(advice.low_fen), high=yuan_text(advice.high_fen)
    )


def advice_reason(advice: Advice) -> str:
    return {
        "same_city": translate(
            "Compensation",
            "Small compensation follows one-way postage: within the same city that is up to 10 元.",
        ),
        "other_province": translate(
            "Compensation",
            "Small compensation follows one-way postage: to another province that is 10–15 元.",
        ),
        "high_value": translate(
            "Compensation",
            "For high-value goods 20–50 元, depending on the margin: the shop must still earn "
            "something on the order.",
        ),
    }[advice.basis]


class CompensationDialog(QDialog):
    def __init__(self, amount_fen: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._amount = amount_fen
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Compensation", "Small compensation"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        where = QWidget()
        where_row = QHBoxLayout(where)
        where_row.setContentsMargins(0, 0, 0, 0)
        self.same_city = QRadioButton(translate("Compensation", "Same city"))
        self.other_province = QRadioButton(translate("Compensation", "Another province"))
        self.other_province.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.same_city, self.other_province):
            group.addButton(button)
            where_row.addWidget(button)
            button.toggled.connect(self.update_advice)
        where_row.addStretch(1)
        form.addRow(translate("Compensation", "The buyer is in"), where)
        self.high_value = QCheckBox(
            translate("Compensation", "High-value goods (¥{from_} or more)").format(
                from_=yuan_text(HIGH_VALUE_FROM_FEN)
            )
        )
        self.high_value.setChecked(amount_fen is not None and amount_fen >= HIGH_VALUE_FROM_FEN)
        self.high_value.toggled.connect(self.update_advice)
        form.addRow(translate("Compensation", "Paid"), QLabel(labels.money(amount_fen) or "—"))
        form.addRow("", self.high_value)
        layout.addLayout(form)
        self.range = QLabel()
        self.range.setStyleSheet("font-size:18px; font-weight:bold; color:#1a73e8;")
        layout.addWidget(self.range)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        layout.addWidget(
            QLabel(translate("Compensation", "What to send (the reason first, then the amount):"))
        )
        self.script = QPlainTextEdit()
        self.script.setToolTip(
            translate(
                "Compensation",
                "In the buyer's language. It says: sorry for the trouble; since sending the goods "
                "back means another parcel, we would like to compensate one-way postage; you keep "
                "the goods.",
            )
        )
        layout.addWidget(self.script, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = QPushButton(translate("Compensation", "Copy"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.update_advice()

    def advice(self) -> Advice:
        distance = Distance.SAME_CITY if self.same_city.isChecked() else Distance.OTHER_PROVINCE
        return advise(distance, self._amount, self.high_value.isChecked())

    def update_advice(self) -> None:
        advice = self.advice()
        self.range.setText(advice_range(advice))
        reason = advice_reason(advice)
        if advice.capped:
            reason += " " + translate(
                "Compensation", "Lowered to what the buyer paid for the goods."
            )
        reason += " " + translate(
            "Compensation",
            "If the buyer asks for much more, decline politely; as a last resort, take the "
            "return and pay the postage.",
        )
        self.reason.setText(reason)
        self.script.setPlainText(script(advice))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.script.toPlainText())
        self.copy_button.setText(translate("Compensation", "Copied ✓"))
