"""One evidence need of a scenario: what to collect (in the shop's words), which kinds of
evidence count for it, and how many files at least. The case's evidence tab counts the
files of those kinds against it ("破损特写 1/2")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldProblem
from desktop.core.evidence_kinds import load_kinds
from desktop.core.playbooks.model import ANY_LANGUAGE, EvidenceNeed, text_in
from desktop.gui import labels
from desktop.gui.widgets.form import ErrorForm, add_buttons

translate = QCoreApplication.translate
MOST_FILES = 20


class EvidenceNeedDialog(QDialog):
    def __init__(self, need: EvidenceNeed | None, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._original = need
        self._language = language
        self.setWindowTitle(
            translate("PlaybookEditor", "Evidence to collect")
            if need is None
            else translate("PlaybookEditor", "Change the evidence to collect")
        )
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        self.form = ErrorForm(form_layout)
        self.text = QLineEdit(text_in(need.text, language) if need else "")
        self.text.setPlaceholderText(
            translate("PlaybookEditor", "e.g. the label photographed with the returned goods")
        )
        self.form.add("text", translate("PlaybookEditor", "What to collect"), self.text)
        kinds = QWidget()
        grid = QGridLayout(kinds)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[str, QCheckBox] = {}
        for n, kind in enumerate(load_kinds()):
            box = QCheckBox(labels.evidence_kind(kind))
            box.setChecked(need is not None and kind in need.kinds)
            self.kinds[kind] = box
            grid.addWidget(box, n // 2, n % 2)
        self.form.add("kinds", translate("PlaybookEditor", "Files of these kinds count"), kinds)
        self.minimum = QSpinBox()
        # A hand-edited file may ask for more: keep what it says.
        self.minimum.setRange(1, max(MOST_FILES, need.minimum if need else 1))
        self.minimum.setValue(need.minimum if need else 1)
        self.form.add("min", translate("PlaybookEditor", "At least"), self.minimum)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general)
        add_buttons(
            self,
            layout,
            self.accept_need,
            QDialogButtonBox.StandardButton.Ok,
            translate("PlaybookEditor", "OK"),
        )
        self.need: EvidenceNeed | None = None

    def accept_need(self) -> None:
        shown = self.text.text().strip()
        chosen = {kind for kind, box in self.kinds.items() if box.isChecked()}
        # In the order the scenario had them, new ones after: OK without a change is no edit.
        kept = [k for k in self._original.kinds if k in chosen] if self._original else []
        ticked = tuple(kept + [k for k in self.kinds if k in chosen and k not in kept])
        problems = []
        if not shown:
            problems.append(FieldProblem("text", "required"))
        if not ticked:
            problems.append(FieldProblem("kinds", "choose_one"))
        if problems:
            self.form.show_problems(problems)
            return
        original = self._original.text if self._original else {}
        # Untouched words keep every language they had; changed ones are the shop's own.
        text = original if original and text_in(original, self._language) == shown else None
        self.need = EvidenceNeed(ticked, self.minimum.value(), text or {ANY_LANGUAGE: shown})
        self.accept()
