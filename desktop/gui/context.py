"""What every part of the GUI shares: the core services, the clock, and one signal that
carries each write's Changes so that views refresh only on their own data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.bootstrap import Core
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.gui import messages


class AppContext(QObject):
    changed = Signal(object)  # Changes
    open_case = Signal(int)  # show this case (from a notification, the tray, the due panel)
    language_changed = Signal(str)

    def __init__(self, core: Core, parent: QObject | None = None):
        super().__init__(parent)
        self.core = core

    @property
    def clock(self):  # type: ignore[no-untyped-def]
        return self.core.clock

    def publish(self, changes: Changes) -> None:
        if changes != Changes():
            self.changed.emit(changes)

    def attempt(self, parent: QWidget | None, action: Callable[[], Changes]) -> bool:
        """Run a write; a UserError is shown plainly and its Changes published. Bugs go on to
        the crash handler."""
        try:
            changes = action()
        except UserError as err:
            messages.show_user_error(parent, err)
            return False
        self.publish(changes)
        return True
