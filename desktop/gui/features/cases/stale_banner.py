"""The banner above the queue when a platform's data is stale: its deadlines are only as fresh
as its last export, and a platform may have refunded a case or moved a deadline since."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.services import reminder_settings
from desktop.gui import labels, style
from desktop.gui.context import AppContext
from desktop.gui.features.reminders.texts import stale_sentence

translate = QCoreApplication.translate


class StaleBanner(QFrame):
    import_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("stale-banner")
        self.setStyleSheet(f"#stale-banner {{ {style.banner_css()} }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.import_button = QPushButton(translate("QueueView", "Import an export…"))
        self.import_button.clicked.connect(self.import_requested)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def refresh(self) -> None:
        core, now = self._ctx.core, self._ctx.clock.now()
        hours = reminder_settings.load(core.settings).stale_hours
        stale = core.freshness.stale(now, timedelta(hours=hours))
        self.text.setText(
            "\n".join(stale_sentence(labels.label(s.platform), s.hours(now)) for s in stale)
        )
        self.setVisible(bool(stale))
