"""A progress window for a background job, shown only when the job takes more than a moment
(a small export or a few photos finish before it would appear)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop import APP_NAME
from desktop.gui.background import Job

translate = QCoreApplication.translate
PROGRESS_DELAY_MS = 400


def follow_job(parent: QWidget, job: Job, text: str, *, can_cancel: bool = True) -> QProgressDialog:
    dialog = QProgressDialog(text, translate("MainWindow", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    if not can_cancel:
        dialog.setCancelButton(None)
    dialog.canceled.connect(job.cancel)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    job.progress.connect(on_progress)
    job.ended.connect(dialog.deleteLater)
    dialog.setValue(0)
    return dialog
