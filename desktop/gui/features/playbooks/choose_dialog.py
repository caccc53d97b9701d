"""Choosing a scenario for a case by hand: every scenario of the library, searchable, with
its summary and steps shown before following it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.playbooks.model import Origin, Scenario, text_in
from desktop.core.playbooks.suggest import fold
from desktop.gui import i18n
from desktop.gui.context import AppContext
from desktop.gui.widgets.form import add_buttons

translate = QCoreApplication.translate


def origin_mark(scenario: Scenario) -> str:
    if scenario.origin is Origin.EDITED:
        return translate("Playbook", " (edited)")
    if scenario.origin is Origin.OWN:
        return translate("Playbook", " (your own)")
    return ""


class ChooseScenarioDialog(QDialog):
    def __init__(
        self, ctx: AppContext, case_id: int, followed: set[str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._ctx, self._case_id = ctx, case_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Playbook", "Choose a scenario"))
        self.resize(820, 520)
        language = i18n.current()
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Playbook", "Search scenarios"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMinimumWidth(300)
        for scenario in sorted(
            ctx.core.playbooks.library().scenarios.values(),
            key=lambda s: text_in(s.title, language),
        ):
            if scenario.id in followed:
                continue
            item = QListWidgetItem(text_in(scenario.title, language) + origin_mark(scenario))
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            searchable = " ".join(
                [
                    text_in(scenario.title, language),
                    text_in(scenario.summary, language),
                    *scenario.applies.reason_keywords,
                ]
            )
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(searchable))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._preview)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept_choice())
        row.addWidget(self.list, 2)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.preview, 3)
        layout.addLayout(row, 1)
        self.buttons = add_buttons(
            self,
            layout,
            self.accept_choice,
            QDialogButtonBox.StandardButton.Ok,
            translate("Playbook", "Follow"),
        )
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(wanted) and wanted not in item.data(Qt.ItemDataRole.UserRole + 1))

    def _preview(self) -> None:
        scenario_id = self.chosen()
        scenario = self._ctx.core.playbooks.library().get(scenario_id) if scenario_id else None
        if scenario is None:
            self.preview.clear()
            return
        language = i18n.current()
        steps = "".join(
            f"<li>{html.escape(text_in(s.text, language))}</li>" for s in scenario.steps
        )
        self.preview.setText(
            f"<b>{html.escape(text_in(scenario.title, language))}</b>"
            f"<p style='color:#5f6368'>{html.escape(text_in(scenario.summary, language))}</p>"
            f"<ol>{steps}</ol>"
        )

    def accept_choice(self) -> None:
        scenario_id = self.chosen()
        if scenario_id is None:
            return
        if self._ctx.attempt(
            self, lambda: self._ctx.core.playbooks.follow(self._case_id, scenario_id)
        ):
            self.accept()
