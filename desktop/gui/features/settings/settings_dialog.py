"""Settings: general (language, start at login, data folder) and reminders (lead times,
working hours, the card, the briefing) apply on OK; push channels apply at once, like the
clock rules (their own window, because a rule change applies at once and is recorded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desktop.core import autostart
from desktop.core.changes import Changes
from desktop.gui.context import AppContext
from desktop.gui.features.settings.channels_page import ChannelsPage
from desktop.gui.features.settings.general_page import GeneralPage
from desktop.gui.features.settings.reminders_page import RemindersPage
from desktop.gui.features.settings.rules_page import RulesPage
from desktop.gui.widgets.form import add_buttons

translate = QCoreApplication.translate


class SettingsDialog(QDialog):
    PAGES = ("general", "reminders", "channels")

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        login: autostart.Autostart | None = None,
        page: str = "general",
    ):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(translate("Settings", "Settings"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tabs = QTabWidget()
        self.general = GeneralPage(ctx, login=login)
        self.reminders = RemindersPage(ctx)
        self.channels = ChannelsPage(ctx)
        self.tabs.addTab(self.general, translate("Settings", "General"))
        self.tabs.addTab(self.reminders, translate("Settings", "Reminders"))
        self.tabs.addTab(self.channels, translate("Settings", "Push channels"))
        self.tabs.setCurrentIndex(self.PAGES.index(page) if page in self.PAGES else 0)
        layout.addWidget(self.tabs)
        add_buttons(self, layout, self.save, QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        settings = self._ctx.core.settings
        changes = self.reminders.save()
        if changes is None:
            self.tabs.setCurrentWidget(self.reminders)
            return
        if not self.general.apply_start_at_login():
            self.tabs.setCurrentWidget(self.general)
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
