"""Settings (language, reminders, start at login, data folder: OK applies them) and the clock
rules (their own window, because a rule change applies at once and is recorded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.core import autostart
from desktop.core.changes import Changes
from desktop.core.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.features.settings.general_page import GeneralPage
from desktop.gui.features.settings.rules_page import RulesPage
from desktop.gui.widgets.form import add_buttons

translate = QCoreApplication.translate


class SettingsDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        login: autostart.Autostart | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(translate("Settings", "Settings"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.general = GeneralPage(ctx, login=login)
        layout.addWidget(self.general)
        add_buttons(self, layout, self.save, QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        settings = self._ctx.core.settings
        try:
            changes = settings.set_lead_minutes(self.general.lead_minutes())
        except ValidationError as err:
            self.general.form.show_problems(err.problems)
            return
        if not self.general.apply_start_at_login():
            self._ctx.publish(changes)
            return  # the reason is shown beside the switch; the dialog stays open
        language = self.general.language_value()
        language_changed = language != settings.language
        if language_changed:
            changes |= settings.set_language(language)
        self._ctx.publish(changes | Changes(settings=True))
        self.accept()
        if language_changed:
            self._ctx.language_changed.emit(language)


class RulesDialog(QDialog):
    """The clock rules. Every change applies at once and is recorded: there is no Cancel."""

    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Settings", "Clock rules"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        self.rules = RulesPage(ctx, language)
        layout.addWidget(self.rules)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
