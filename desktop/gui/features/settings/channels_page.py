"""Settings → 提醒渠道: where reminders go when nobody is at the PC: team chat robots (企业微信,
钉钉, 飞书) and email. Each channel shows what it gets, its last delivery and, in words, its
last failure. Changes apply at once (a channel is tested as soon as it is added)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.push.senders import PushError
from desktop.core.services.channels import Channel
from desktop.gui import labels, messages, style
from desktop.gui.context import AppContext
from desktop.gui.features.settings.channel_dialog import ChannelDialog
from desktop.text.push import error_text, kind_label, wants_label

translate = QCoreApplication.translate


class ChannelsPage(QWidget):
    COLUMNS = 6
    GETS, PROBLEM = 3, 5

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._testing = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Settings",
                "Reminders also go to these channels, so they reach you away from the PC. "
                "Without a network they wait and go later; nothing is sent twice. Keys and "
                "passwords are kept in the system's keychain, never in exports or backups.",
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color:{style.muted()};")
        layout.addWidget(intro)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Settings", "Name"),
                translate("Settings", "Kind"),
                translate("Settings", "Sends to"),
                translate("Settings", "Gets"),
                translate("Settings", "Last delivered"),
                translate("Settings", "Problem"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.GETS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.GETS, 170)  # what a channel gets wraps; the problem needs room
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Wrapped problems need their rows' height again once the columns have their width.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Settings", "Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(translate("Settings", "Change…"))
        self.edit_button.clicked.connect(self.edit)
        self.test_button = QPushButton(translate("Settings", "Test"))
        self.test_button.clicked.connect(self.test)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle)
        self.remove_button = QPushButton(translate("Settings", "Remove"))
        self.remove_button.clicked.connect(self.remove)
        for button in (
            self.add_button,
            self.edit_button,
            self.test_button,
            self.toggle_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.channels: list[Channel] = []
        ctx.pushes_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.channels = self._ctx.core.channels.channels()
        self.table.setRowCount(len(self.channels))
        for row, c in enumerate(self.channels):
            name = (
                c.name if c.enabled else translate("Settings", "{name} (off)").format(name=c.name)
            )
            last = labels.local_time(c.last_ok_at) if c.last_ok_at else "—"
            problem = ""
            if c.last_error is not None:
                problem = error_text(c.last_error.code, c.last_error.detail)
            pending = c.pending  # a plain name: lupdate skips %n texts counted otherwise
            if pending:
                waiting = translate("Settings", "%n waiting", None, pending)
                problem = f"{problem} ({waiting})" if problem else waiting
            cells = [name, kind_label(c.kind), c.target, wants_label(c.wants), last, problem]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if column == self.PROBLEM and c.last_error is not None:
                    item.setForeground(style.colour(style.danger()))
                self.table.setItem(row, column, item)
            if selected is not None and c.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        if selected is None and self.channels:
            self.table.selectRow(0)
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def selected(self) -> Channel | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.channels):
            return None
        return self.channels[rows[0].row()]

    def _selection_changed(self) -> None:
        channel = self.selected()
        for button in (self.edit_button, self.test_button, self.toggle_button, self.remove_button):
            button.setEnabled(channel is not None and not self._testing)
        self.toggle_button.setText(
            translate("Settings", "Switch on")
            if channel is not None and not channel.enabled
            else translate("Settings", "Switch off")
        )

    def add(self) -> ChannelDialog:
        dialog = ChannelDialog(self._ctx, None, self)
        dialog.accepted.connect(self._added)
        dialog.open()
        return dialog

    def _added(self) -> None:
        before = {c.id for c in self.channels}
        self.refresh()
        new = [n for n, c in enumerate(self.channels) if c.id not in before]
        if new:
            self.table.selectRow(new[0])
            self.test()  # a channel that does not work is best found out now

    def edit(self) -> ChannelDialog | None:
        channel = self.selected()
        if channel is None:
            return None
        try:
            dialog = ChannelDialog(self._ctx, channel, self)
        except PushError as err:  # its secrets cannot be read (a locked keychain)
            self.result.setText(error_text(err.code, err.detail))
            return None
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def toggle(self) -> None:
        channel = self.selected()
        if channel is not None:
            channels = self._ctx.core.channels
            self._ctx.attempt(self, lambda: channels.set_enabled(channel, not channel.enabled))
            self.refresh()

    def remove(self) -> None:
        channel = self.selected()
        if channel is None:
            return
        question = translate(
            "Settings", "Remove the channel “{name}”? Pushes waiting for it are dropped."
        ).format(name=channel.name)
        if messages.confirm(self, translate("Settings", "Remove channel"), question):
            self._ctx.attempt(self, lambda: self._ctx.core.channels.remove(channel))
            self.refresh()

    def test(self) -> None:
        """Send a test message in the background (a slow network must not freeze the window)."""
        channel = self.selected()
        if channel is None or self._testing:
            return
        self._testing = True
        self._selection_changed()
        self.result.setStyleSheet("")
        self.result.setText(
            translate("Settings", "Sending a test message to “{name}”…").format(name=channel.name)
        )
        channels = self._ctx.core.channels

        def work(_progress: object, _cancelled: object) -> PushError | None:
            try:
                channels.test(channel)
            except PushError as err:
                return err
            return None

        job = self._ctx.start_job(work, "push-test", writes=False)
        job.succeeded.connect(lambda err: self._tested(channel, err))
        job.ended.connect(self._test_ended)

    def _tested(self, channel: Channel, err: PushError | None) -> None:
        if err is None:
            self.result.setStyleSheet(f"color:{style.OK};")
            self.result.setText(
                translate(
                    "Settings", "Test message sent to “{name}”: check that it arrived."
                ).format(name=channel.name)
            )
        else:
            self.result.setStyleSheet(f"color:{style.danger()};")
            self.result.setText(
                translate("Settings", "“{name}”: {reason}").format(
                    name=channel.name, reason=error_text(err.code, err.detail)
                )
            )

    def _test_ended(self) -> None:
        self._testing = False
        self.refresh()
