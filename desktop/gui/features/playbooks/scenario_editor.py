"""The form for one scenario: title, when it is suggested, the steps, the reply scripts, the
evidence to collect, the outcomes and cautions. A text the user did not touch keeps every
language it had; a changed one becomes the shop's own words, shown in every language."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.evidence_kinds import load_kinds
from desktop.core.model import CaseType, Platform, Stage
from desktop.core.playbooks.model import (
    ANY_LANGUAGE,
    PLACEHOLDERS,
    Applies,
    EvidenceNeed,
    Scenario,
    Script,
    Step,
    Text,
    text_in,
)
from desktop.gui import labels
from desktop.gui.features.playbooks.evidence_need_dialog import EvidenceNeedDialog
from desktop.gui.widgets.form import ErrorForm

translate = QCoreApplication.translate
_WORDS = re.compile(r"[、,，;；\s]+")
IdRole = Qt.ItemDataRole.UserRole
BUYER_LANGUAGE = "zh_CN"
OriginalRole = Qt.ItemDataRole.UserRole + 1


def _buyer_text(original: Text, shown: str) -> Text:
    """A script's words for the buyer: kept in every language if untouched; an edit is the
    Chinese text (the English gloss would no longer match it, so it goes)."""
    if original and text_in(original, BUYER_LANGUAGE) == shown:
        return original
    return {BUYER_LANGUAGE: shown} if shown else {}


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _WORDS.split(text) if w)


class ScenarioEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "zh_CN"
        self._loading = False
        self._scripts: list[list[Any]] = []  # [id, title, text, the original Script or None]
        self._needs: list[EvidenceNeed] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form_layout = QFormLayout()
        self.form = ErrorForm(form_layout)
        self.title = QLineEdit()
        self.form.add("title", translate("PlaybookEditor", "Title"), self.title)
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(60)
        form_layout.addRow(translate("PlaybookEditor", "Summary"), self.summary)

        applies = QWidget()
        grid = QGridLayout(applies)
        grid.setContentsMargins(0, 0, 0, 0)
        self.case_types = {t: QCheckBox(labels.label(t)) for t in CaseType}
        self.platforms = {p: QCheckBox(labels.label(p)) for p in Platform}
        self.stages = {s: QCheckBox(labels.label(s)) for s in Stage}
        for row, boxes in enumerate((self.case_types, self.platforms)):
            for column, box in enumerate(boxes.values()):
                grid.addWidget(box, row, column)
        for n, box in enumerate(self.stages.values()):
            grid.addWidget(box, 2 + n // 5, n % 5)
        form_layout.addRow(translate("PlaybookEditor", "Suggested for"), applies)
        hint = QLabel(translate("PlaybookEditor", "Nothing ticked in a row means any."))
        hint.setStyleSheet("color:#5f6368;")
        form_layout.addRow("", hint)
        self.reason_keywords = QLineEdit()
        self.reason_keywords.setPlaceholderText(translate("PlaybookEditor", "e.g. 寄错、退错"))
        form_layout.addRow(translate("PlaybookEditor", "Words in the reason"), self.reason_keywords)
        self.logistics_keywords = QLineEdit()
        form_layout.addRow(
            translate("PlaybookEditor", "Words in the parcel's status"), self.logistics_keywords
        )
        self.always = QCheckBox(
            translate("PlaybookEditor", "Suggest whenever the ticked rows match, without a word")
        )
        form_layout.addRow("", self.always)

        steps = QWidget()
        steps_layout = QHBoxLayout(steps)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps = QListWidget()
        self.steps.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setMinimumHeight(130)
        steps_layout.addWidget(self.steps, 1)
        step_buttons = QVBoxLayout()
        for text, slot in (
            (translate("PlaybookEditor", "Add"), self.add_step),
            (translate("PlaybookEditor", "Remove"), self.remove_step),
            (translate("PlaybookEditor", "Up"), lambda: self._move_step(-1)),
            (translate("PlaybookEditor", "Down"), lambda: self._move_step(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        steps_layout.addLayout(step_buttons)
        self.form.add("steps", translate("PlaybookEditor", "Steps (double-click to edit)"), steps)

        scripts = QWidget()
        scripts_layout = QGridLayout(scripts)
        scripts_layout.setContentsMargins(0, 0, 0, 0)
        self.scripts = QListWidget()
        self.scripts.setMaximumWidth(230)
        self.scripts.currentRowChanged.connect(self._show_script)
        scripts_layout.addWidget(self.scripts, 0, 0, 3, 1)
        self.script_title = QLineEdit()
        self.script_title.textEdited.connect(self._script_edited)
        scripts_layout.addWidget(self.script_title, 0, 1)
        self.script_text = QPlainTextEdit()
        self.script_text.setMinimumHeight(90)
        self.script_text.setToolTip(
            translate("PlaybookEditor", "In Chinese: these are the words the buyer receives")
        )
        self.script_text.textChanged.connect(self._script_edited)
        scripts_layout.addWidget(self.script_text, 1, 1)
        script_buttons = QHBoxLayout()
        add_script = QPushButton(translate("PlaybookEditor", "Add a script"))
        add_script.clicked.connect(self.add_script)
        remove_script = QPushButton(translate("PlaybookEditor", "Remove"))
        remove_script.clicked.connect(self.remove_script)
        script_buttons.addWidget(add_script)
        script_buttons.addWidget(remove_script)
        script_buttons.addStretch(1)
        scripts_layout.addLayout(script_buttons, 2, 1)
        placeholders = QLabel(
            translate("PlaybookEditor", "Filled from the case: {names}").format(
                names=" ".join("{" + p + "}" for p in PLACEHOLDERS)
            )
        )
        placeholders.setWordWrap(True)
        placeholders.setStyleSheet("color:#5f6368;")
        placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scripts_layout.addWidget(placeholders, 3, 0, 1, 2)
        self.form.add("scripts", translate("PlaybookEditor", "Reply scripts"), scripts)

        evidence = QWidget()
        evidence_layout = QHBoxLayout(evidence)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        self.evidence = QListWidget()
        self.evidence.setMinimumHeight(80)
        self.evidence.setMaximumHeight(130)
        self.evidence.setWordWrap(True)
        self.evidence.itemDoubleClicked.connect(lambda _item: self.edit_need())
        evidence_layout.addWidget(self.evidence, 1)
        need_buttons = QVBoxLayout()
        for text, slot in (
            (translate("PlaybookEditor", "Add…"), self.add_need),
            (translate("PlaybookEditor", "Change…"), self.edit_need),
            (translate("PlaybookEditor", "Remove"), self.remove_need),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            need_buttons.addWidget(button)
        need_buttons.addStretch(1)
        evidence_layout.addLayout(need_buttons)
        self.form.add("evidence", translate("PlaybookEditor", "Evidence to collect"), evidence)
        self.outcomes = QPlainTextEdit()
        self.outcomes.setFixedHeight(60)
        form_layout.addRow(
            translate("PlaybookEditor", "Usual outcomes (one a line)"), self.outcomes
        )
        self.cautions = QPlainTextEdit()
        self.cautions.setFixedHeight(60)
        form_layout.addRow(translate("PlaybookEditor", "Cautions (one a line)"), self.cautions)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general)

        for widget in (self.title, self.reason_keywords, self.logistics_keywords):
            widget.textEdited.connect(self._touched)
        for edit in (self.summary, self.outcomes, self.cautions):
            edit.textChanged.connect(self._touched)
        for box in (*self.case_types.values(), *self.platforms.values(), *self.stages.values()):
            box.toggled.connect(self._touched)
        self.always.toggled.connect(self._touched)
        self.steps.itemChanged.connect(self._touched)
        self.steps.model().rowsMoved.connect(self._touched)

    # Filling -----------------------------------------------------------------------------
    def show_scenario(self, scenario: Scenario, language: str) -> None:
        self._loading = True
        self._scenario, self._language = scenario, language
        self.form.clear()
        self.title.setText(text_in(scenario.title, language))
        self.summary.setPlainText(text_in(scenario.summary, language))
        a = scenario.applies
        for members, boxes in (
            (a.case_types, self.case_types),
            (a.platforms, self.platforms),
            (a.stages, self.stages),
        ):
            for member, box in boxes.items():
                box.setChecked(member in members)
        self.reason_keywords.setText("、".join(a.reason_keywords))
        self.logistics_keywords.setText("、".join(a.logistics_keywords))
        self.always.setChecked(a.always)
        self.steps.clear()
        for step in scenario.steps:
            self._add_step_item(step.id, text_in(step.text, language), step.text)
        self.scripts.clear()
        # Scripts go to the buyer: edited in Chinese whatever the window's language.
        self._scripts = [
            [s.id, text_in(s.title, language), text_in(s.text, BUYER_LANGUAGE), s]
            for s in scenario.scripts
        ]
        for entry in self._scripts:
            self.scripts.addItem(entry[1])
        if self._scripts:
            self.scripts.setCurrentRow(0)
        else:
            self._show_script(-1)
        self._needs = list(scenario.evidence)
        self._show_needs()
        self.outcomes.setPlainText("\n".join(text_in(t, language) for t in scenario.outcomes))
        self.cautions.setPlainText("\n".join(text_in(t, language) for t in scenario.cautions))
        self._loading = False

    def _add_step_item(self, step_id: str, text: str, original: Text | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(IdRole, step_id)
        item.setData(OriginalRole, dict(original) if original else None)
        self.steps.addItem(item)
        return item

    # Reading back ------------------------------------------------------------------------
    def scenario(self) -> Scenario:
        """The scenario as the form now says it."""
        assert self._scenario is not None
        base = self._scenario
        steps = []
        for n in range(self.steps.count()):
            item = self.steps.item(n)
            original = item.data(OriginalRole)
            steps.append(Step(item.data(IdRole), self._text(original or {}, item.text().strip())))
        scripts = []
        for script_id, title, text, original in self._scripts:
            scripts.append(
                Script(
                    script_id,
                    self._text(original.title if original else {}, title.strip()),
                    _buyer_text(original.text if original else {}, text.strip()),
                )
            )
        return replace(
            base,
            title=self._text(base.title, self.title.text().strip()),
            summary=self._text(base.summary, self.summary.toPlainText().strip()),
            applies=Applies(
                case_types=frozenset(t for t, b in self.case_types.items() if b.isChecked()),
                stages=frozenset(s for s, b in self.stages.items() if b.isChecked()),
                platforms=frozenset(p for p, b in self.platforms.items() if b.isChecked()),
                reason_keywords=_words(self.reason_keywords.text()),
                logistics_keywords=_words(self.logistics_keywords.text()),
                always=self.always.isChecked(),
            ),
            steps=tuple(steps),
            evidence=tuple(self._needs),
            scripts=tuple(scripts),
            outcomes=self._lines(base.outcomes, self.outcomes.toPlainText()),
            cautions=self._lines(base.cautions, self.cautions.toPlainText()),
        )

    def _text(self, original: Text, shown: str) -> Text:
        """The original (every language) if untouched, else the shop's words."""
        if original and text_in(original, self._language) == shown:
            return original
        return {ANY_LANGUAGE: shown} if shown else {}

    def _lines(self, originals: tuple[Text, ...], text: str) -> tuple[Text, ...]:
        by_text = {text_in(o, self._language): o for o in originals}
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return tuple(by_text.get(line) or {ANY_LANGUAGE: line} for line in lines)

    # Steps and scripts -------------------------------------------------------------------
    def add_step(self) -> None:
        # Never a former step's id: ticks on cases refer to it, and must not come back.
        step_id = f"step-{uuid.uuid4().hex[:10]}"
        item = self._add_step_item(step_id, translate("PlaybookEditor", "New step"), None)
        self.steps.setCurrentItem(item)
        self.steps.editItem(item)
        self._touched()

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.takeItem(row)
            self._touched()

    def _move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        target = row + by
        if row < 0 or not 0 <= target < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)
        self._touched()

    def add_script(self) -> None:
        title = translate("PlaybookEditor", "New script")
        self._scripts.append([f"script-{uuid.uuid4().hex[:10]}", title, "", None])
        self.scripts.addItem(title)
        self.scripts.setCurrentRow(self.scripts.count() - 1)
        self.script_title.setFocus()
        self._touched()

    def remove_script(self) -> None:
        row = self.scripts.currentRow()
        if row >= 0:
            del self._scripts[row]
            self.scripts.takeItem(row)
            self._touched()

    def _show_script(self, row: int) -> None:
        loading, self._loading = self._loading, True
        has = 0 <= row < len(self._scripts)
        self.script_title.setEnabled(has)
        self.script_text.setEnabled(has)
        self.script_title.setText(self._scripts[row][1] if has else "")
        self.script_text.setPlainText(self._scripts[row][2] if has else "")
        self._loading = loading

    def _script_edited(self) -> None:
        row = self.scripts.currentRow()
        if self._loading or not 0 <= row < len(self._scripts):
            return
        self._scripts[row][1] = self.script_title.text()
        self._scripts[row][2] = self.script_text.toPlainText()
        self.scripts.item(row).setText(self.script_title.text())
        self._touched()

    # Evidence to collect -----------------------------------------------------------------
    def _show_needs(self, current: int = -1) -> None:
        kinds = load_kinds()
        self.evidence.clear()
        for need in self._needs:
            names = " / ".join(
                text_in(kinds[k].names, self._language) for k in need.kinds if k in kinds
            )
            self.evidence.addItem(
                translate("PlaybookEditor", "{text} ({kinds}, at least {minimum})").format(
                    text=text_in(need.text, self._language), kinds=names, minimum=need.minimum
                )
            )
        self.evidence.setCurrentRow(current)

    def add_need(self) -> None:
        dialog = EvidenceNeedDialog(None, self._language, self)
        if dialog.exec() and dialog.need is not None:
            self._needs.append(dialog.need)
            self._show_needs(len(self._needs) - 1)
            self._touched()

    def edit_need(self) -> None:
        row = self.evidence.currentRow()
        if not 0 <= row < len(self._needs):
            return
        dialog = EvidenceNeedDialog(self._needs[row], self._language, self)
        if dialog.exec() and dialog.need is not None and dialog.need != self._needs[row]:
            self._needs[row] = dialog.need
            self._show_needs(row)
            self._touched()

    def remove_need(self) -> None:
        row = self.evidence.currentRow()
        if 0 <= row < len(self._needs):
            del self._needs[row]
            self._show_needs(min(row, len(self._needs) - 1))
            self._touched()

    def _touched(self) -> None:
        if not self._loading:
            self.changed.emit()
