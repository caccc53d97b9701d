"""The one place that opens message boxes (tests replace these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import UserError

translate = QCoreApplication.translate


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    from desktop.gui.problems import error_text

    QMessageBox.warning(parent, translate("Messages", "CaseWatch"), error_text(error))


def show_bug(parent: QWidget | None, log_file: Path | None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Messages", "CaseWatch"))
    box.setText(translate("Messages", "Something went wrong. Your data is safe."))
    if log_file is not None:
        box.setInformativeText(
            translate("Messages", "The details are in the log file:\n{path}").format(path=log_file)
        )
        open_button = box.addButton(
            translate("Messages", "Open log folder"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if log_file is not None and box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, translate("Messages", "CaseWatch"), text)
