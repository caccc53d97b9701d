"""Tagging what is being attached: one kind and an optional caption for the files added
together (they are usually one scene: the label and the goods, the damage, the unboxing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.evidence_kinds import load_kinds
from desktop.core.services.evidence import CAPTION_LIMIT
from desktop.gui import labels
from desktop.gui.widgets.form import ErrorForm, add_buttons

translate = QCoreApplication.translate


def kind_combo(selected: str) -> QComboBox:
    combo = QComboBox()
    for kind in load_kinds():
        combo.addItem(labels.evidence_kind(kind), kind)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    return combo


class AttachDialog(QDialog):
    """Asks the kind and caption; the caller attaches when it is accepted."""

    def __init__(
        self,
        names: list[str],
        kind: str,
        parent: QWidget | None = None,
        *,
        caption: str = "",
        title: str | None = None,
        accept_text: str | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title or translate("Evidence", "Add evidence"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        shown = "、".join(names[:5]) + ("…" if len(names) > 5 else "")
        count = len(names)
        files = QLabel(
            translate("Evidence", "%n file(s): {names}", None, count).format(names=shown)
        )
        files.setWordWrap(True)
        layout.addWidget(files)
        form_layout = QFormLayout()
        self.form = ErrorForm(form_layout)
        self.kind = kind_combo(kind)
        self.form.add("kind", translate("Evidence", "What it shows"), self.kind)
        self.caption = QLineEdit(caption)
        self.caption.setMaxLength(CAPTION_LIMIT)
        self.caption.setPlaceholderText(translate("Evidence", "e.g. 外箱压痕, 左下角"))
        self.form.add("caption", translate("Evidence", "Caption"), self.caption)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general)
        add_buttons(
            self,
            layout,
            self.accept,
            QDialogButtonBox.StandardButton.Ok,
            accept_text or translate("Evidence", "Add"),
        )

    def chosen(self) -> tuple[str, str]:
        return self.kind.currentData(), self.caption.text().strip()
