"""The clock rules: every default with its source and verified-on date, the user's changes,
and their history. A change applies to running clocks at once and is recorded."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.model import Confidence
from desktop.core.rules import Rule
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.features.settings.reminders_page import UNITS, unit_name
from desktop.gui.rule_text import platforms_text, rule_note, rule_scope, rule_summary, source_text
from desktop.gui.widgets.form import ErrorForm, add_buttons

translate = QCoreApplication.translate


class RulesPage(QWidget):
    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._language = ctx, language
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RulesPage",
                "The platform's own deadline always wins. These rules fill in where there is none. "
                "Platforms change their clocks around holidays: a change here applies to every "
                "running clock at once and is kept in the list of your changes below.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                translate("RulesPage", "Platform"),
                translate("RulesPage", "Applies to"),
                translate("RulesPage", "Clock"),
                translate("RulesPage", "Source"),
                translate("RulesPage", "Checked"),
                translate("RulesPage", "State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.change_duration)
        layout.addWidget(self.table, 3)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(translate("RulesPage", "Change duration…"))
        self.change_button.clicked.connect(self.change_duration)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle_enabled)
        self.restore_button = QPushButton(translate("RulesPage", "Restore default"))
        self.restore_button.clicked.connect(self.restore_default)
        for b in (self.change_button, self.toggle_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        history_caption = QLabel(translate("RulesPage", "Your changes"))
        history_caption.setStyleSheet("color:#5f6368; font-weight:bold;")
        layout.addWidget(history_caption)
        self.history = QListWidget()
        layout.addWidget(self.history, 1)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_rule()
        rules = list(self._ctx.core.rules.current())
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            state = []
            if not rule.enabled:
                state.append(translate("RulesPage", "off"))
            if rule.duration != rule.default_duration:
                state.append(
                    translate("RulesPage", "changed (default {duration})").format(
                        duration=labels.duration_text(rule.default_duration)
                    )
                )
            values = [
                platforms_text(rule),
                rule_scope(rule),
                rule_summary(rule),
                labels.label(rule.confidence),
                rule.verified_on.isoformat(),
                ", ".join(state) or translate("RulesPage", "default"),
            ]
            tooltip = "\n".join(
                x
                for x in (source_text(rule), f"“{rule.quote}”", rule_note(rule, self._language))
                if x
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tooltip)
                item.setData(Qt.ItemDataRole.UserRole, rule.id)
                if not rule.enabled:
                    item.setForeground(QColor("#80868b"))
                if column == 3 and rule.confidence is Confidence.UNVERIFIED:
                    item.setForeground(QColor("#8a3b00"))
                self.table.setItem(row, column, item)
            if rule.id == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.clear()
        for change in reversed(self._ctx.core.rules.history()):
            what = []
            if change.duration is None and change.enabled is None:
                what.append(translate("RulesPage", "restored the default"))
            if change.duration is not None:
                what.append(labels.duration_text(change.duration))
            if change.enabled is not None:
                what.append(
                    translate("RulesPage", "on")
                    if change.enabled
                    else translate("RulesPage", "off")
                )
            line = translate("RulesPage", "{time}  {rule}: {what}").format(
                time=labels.local_time(change.changed_at),
                rule=self._rule_name(change.rule_id),
                what=", ".join(what),
            )
            if change.note:
                line += f" — {change.note}"
            self.history.addItem(line)
        self._update_buttons()

    def _rule_name(self, rule_id: str) -> str:
        rules = self._ctx.core.rules.defaults
        if rule_id not in rules:
            return translate("RulesPage", "a rule no longer shipped ({id})").format(id=rule_id)
        rule = rules.get(rule_id)
        return f"{platforms_text(rule)} · {rule_scope(rule)}"

    def selected_rule(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_rule(self, rule_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == rule_id:
                self.table.selectRow(row)

    def _rule(self) -> Rule | None:
        rule_id = self.selected_rule()
        return self._ctx.core.rules.current().get(rule_id) if rule_id else None

    def _update_buttons(self) -> None:
        rule = self._rule()
        for b in (self.change_button, self.toggle_button, self.restore_button):
            b.setEnabled(rule is not None)
        self.toggle_button.setText(
            translate("RulesPage", "Switch off")
            if rule is None or rule.enabled
            else translate("RulesPage", "Switch on")
        )
        if rule is not None:
            self.restore_button.setEnabled(rule.modified)

    def change_duration(self) -> None:
        rule = self._rule()
        if rule is not None:
            dialog = DurationDialog(self._ctx, rule, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(self.reload)
            dialog.open()

    def toggle_enabled(self) -> None:
        rule = self._rule()
        if rule is not None:
            self._ctx.attempt(
                self, lambda: self._ctx.core.rules.change(rule.id, enabled=not rule.enabled)
            )
            self.reload()

    def restore_default(self) -> None:
        rule = self._rule()
        if rule is not None:
            self._ctx.attempt(self, lambda: self._ctx.core.rules.restore_default(rule.id))
            self.reload()


class DurationDialog(QDialog):
    def __init__(self, ctx: AppContext, rule: Rule, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._rule = ctx, rule
        self.setWindowTitle(translate("RulesPage", "Change a clock"))
        layout = QVBoxLayout(self)
        about = QLabel(
            f"<b>{platforms_text(rule)}</b> · {rule_scope(rule)}<br>{rule_summary(rule)}"
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = ErrorForm(form_layout)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.value = QSpinBox()
        self.value.setRange(0, 9999)  # a 0 typed is refused with a reason, never replaced
        self.unit = QComboBox()
        for factor, key in UNITS:
            self.unit.addItem(unit_name(key), factor)
        minutes = int(rule.duration.total_seconds() // 60)
        factor = next(f for f, _ in reversed(UNITS) if minutes % f == 0)
        self.value.setValue(minutes // factor)
        self.unit.setCurrentIndex(self.unit.findData(factor))
        row.addWidget(self.value)
        row.addWidget(self.unit)
        self.form.add("duration", translate("RulesPage", "Duration"), holder)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("RulesPage", "Why, e.g. “春节物流延长”"))
        self.form.add("text", translate("RulesPage", "Note"), self.note)
        layout.addWidget(self.form.general)
        add_buttons(self, layout, self.save)

    def duration(self) -> timedelta:
        return timedelta(minutes=self.value.value() * self.unit.currentData())

    def save(self) -> None:
        try:
            changes = self._ctx.core.rules.change(
                self._rule.id, duration=self.duration(), note=self.note.text()
            )
        except ValidationError as err:
            self.form.show_problems(err.problems)
            return
        self._ctx.publish(changes)
        self.accept()
