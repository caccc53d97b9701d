"""What every part of the GUI shares: the core services, the clock, and one signal that
carries each write's Changes so that views refresh only on their own data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.bootstrap import Core
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.gui import messages

T = TypeVar("T")


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

    def attempt(self, parent: QWidget | None, action: Callable[[], T]) -> tuple[bool, T | None]:
        """Run a write; a UserError is shown plainly, Changes are published. Bugs propagate
        to the crash handler."""
        try:
            result: Any = action()
        except UserError as err:
            messages.show_user_error(parent, err)
            return False, None
        changes = result[-1] if isinstance(result, tuple) and result else result
        if isinstance(changes, Changes):
            self.publish(changes)
        return True, result
