"""General settings: language, start at login, the data folder."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import autostart
from desktop.core.paths import DataPaths
from desktop.gui.context import AppContext
from desktop.gui.features.evidence.trash_dialog import verify_evidence
from desktop.gui.widgets.form import ErrorForm

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class GeneralPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        login: autostart.Autostart | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        # Start at login: the system's entry, or the one a test injects. Like every setting
        # here it changes on OK, so Cancel leaves the system as it was.
        self._login = login if login is not None else autostart.for_platform()
        settings = ctx.core.settings
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = ErrorForm(form_layout)

        self.language = QComboBox()
        self.language.addItem(translate("Settings", "Same as the system"), "auto")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.form.add("language", translate("Settings", "Language"), self.language)

        self.start_at_login: QCheckBox | None = None
        self.login_problem = QLabel()
        if self._login is not None:
            self._add_start_at_login(form_layout)

        folder = QWidget()
        folder_layout = QHBoxLayout(folder)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        path = QLabel(str(ctx.core.paths.root))
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_layout.addWidget(path, 1)
        open_button = QPushButton(translate("Settings", "Open"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.core.paths.root)))
        )
        folder_layout.addWidget(open_button)
        form_layout.addRow(translate("Settings", "Data folder"), folder)
        check = QPushButton(translate("Settings", "Check evidence files…"))
        check.setToolTip(
            translate(
                "Settings",
                "Hash every stored photo and video again and report any that are missing or "
                "changed",
            )
        )
        check.clicked.connect(lambda: verify_evidence(self._ctx, self))
        form_layout.addRow(translate("Settings", "Evidence"), check)
        layout.addWidget(self.form.general)
        layout.addStretch(1)

    def _add_start_at_login(self, form_layout: QFormLayout) -> None:
        assert self._login is not None
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        check = QCheckBox(translate("Settings", "Start CaseWatch in the tray when I sign in"))
        try:
            check.setChecked(self._login.is_enabled())
        except OSError as exc:
            log.warning("cannot read the start-at-login entry: %s", exc)
        check.setToolTip(self._login.location())
        box_layout.addWidget(check)
        self.login_problem.setStyleSheet("color:#d93025;")
        self.login_problem.setWordWrap(True)
        self.login_problem.hide()
        box_layout.addWidget(self.login_problem)
        form_layout.addRow(translate("Settings", "Start at login"), box)
        self.start_at_login = check

    def login_command(self) -> list[str]:
        root = self._ctx.core.paths.root
        custom = root != DataPaths.at(None).root
        return autostart.launch_command(root if custom else None)

    def apply_start_at_login(self) -> bool:
        """Make the system's entry match the switch; False (and the reason shown) on failure."""
        if self._login is None or self.start_at_login is None:
            return True
        on = self.start_at_login.isChecked()
        try:
            if on == self._login.is_enabled():
                return True
            if on:
                self._login.enable(self.login_command())
            else:
                self._login.disable()
        except OSError as exc:
            log.warning("cannot change start at login (%s): %s", self._login.location(), exc)
            self.login_problem.setText(
                translate("Settings", "Could not change this: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )
            self.login_problem.show()
            return False
        log.info("start at login %s: %s", "on" if on else "off", self._login.location())
        self.login_problem.hide()
        return True

    def language_value(self) -> str:
        return self.language.currentData()
