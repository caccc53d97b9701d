"""Settings: general (language, reminders, data folder) and the clock rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desktop.core.changes import Changes
from desktop.core.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.features.settings.general_page import GeneralPage
from desktop.gui.features.settings.rules_page import RulesPage

translate = QCoreApplication.translate


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(translate("Settings", "Settings"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.general = GeneralPage(ctx)
        self.rules = RulesPage(ctx, language)
        self.tabs.addTab(self.general, translate("Settings", "General"))
        self.tabs.addTab(self.rules, translate("Settings", "Clock rules"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        settings = self._ctx.core.settings
        try:
            changes = settings.set_lead_minutes(self.general.lead_minutes())
        except ValidationError as err:
            self.tabs.setCurrentWidget(self.general)
            self.general.form.show_problems(err.problems)
            return
        language = self.general.language_value()
        language_changed = language != settings.language
        if language_changed:
            changes |= settings.set_language(language)
        self._ctx.publish(changes | Changes(settings=True))
        self.accept()
        if language_changed:
            self._ctx.language_changed.emit(language)
