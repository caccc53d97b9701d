"""The evidence trash (files removed from cases, not yet deleted) and the integrity check of
every stored file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.gui import labels, messages
from desktop.gui.background import Job
from desktop.gui.context import AppContext
from desktop.gui.features.evidence.texts import verify_text
from desktop.gui.widgets.progress import follow_job

translate = QCoreApplication.translate


class TrashDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Evidence", "Evidence trash"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Evidence",
                "Files removed from cases stay here until the trash is emptied: restore them "
                "if one went by mistake. Emptying deletes their bytes for good (unless another "
                "case still holds the same file).",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Evidence", "Case"),
                translate("Evidence", "File"),
                translate("Evidence", "Shows"),
                translate("Evidence", "Size"),
                translate("Evidence", "Removed"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(translate("Evidence", "Restore"))
        self.restore_button.clicked.connect(self.restore)
        self.empty_button = QPushButton(translate("Evidence", "Empty the trash…"))
        self.empty_button.clicked.connect(self.empty)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        found = self._ctx.core.evidence.trash()
        self.table.setRowCount(len(found))
        for row, (a, after_sale_id) in enumerate(found):
            cells = [
                after_sale_id,
                a.original_name,
                labels.evidence_kind(a.kind),
                labels.file_size(a.size),
                labels.local_time(a.removed_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(row, column, item)
        self.empty_button.setEnabled(bool(found))
        self.restore_button.setEnabled(bool(found))

    def chosen_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in sorted(rows)]

    def restore(self) -> None:
        ids = self.chosen_ids()
        if ids and self._ctx.attempt(self, lambda: self._ctx.core.evidence.restore(ids)):
            self.refresh()

    def empty(self) -> None:
        count = self.table.rowCount()
        question = translate("Evidence", "The %n file(s) in the trash are deleted for good. This cannot be undone.", None, count)  # fmt: skip  # noqa: E501
        if not messages.confirm(self, translate("Evidence", "Empty the trash?"), question):
            return
        done: list[tuple[int, int]] = []

        def action() -> Any:
            done.append(self._ctx.core.evidence.empty_trash())
            return Changes(all_cases=True)

        if self._ctx.attempt(self, action):
            removed, freed = done[0]
            deleted = translate("Evidence", "%n file(s) deleted, {size} freed.", None, removed)
            messages.inform(self, deleted.format(size=labels.file_size(freed)))
            self.refresh()


def verify_evidence(ctx: AppContext, parent: QWidget) -> Job:
    """Hash every stored file again, in the background, and say what was found."""
    job = ctx.start_job(
        lambda progress, cancelled: ctx.core.evidence.verify(progress, cancelled),
        "verify",
        writes=False,
    )
    follow_job(parent, job, translate("Evidence", "Checking the evidence files…"))
    job.succeeded.connect(lambda report: messages.inform(parent, verify_text(report)))
    job.failed.connect(lambda err: messages.show_user_error(parent, err))
    return job
