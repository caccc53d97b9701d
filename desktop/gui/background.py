"""Long work (reading a 100,000-row export, saving it, writing a CSV) off the GUI thread, with
progress and cancel, so the window keeps painting and answering.

The work is plain core code given two callables: `progress(done, total)` and `cancelled()`.
Results come back as queued signals on the GUI thread. A UserError is the user's to read; any
other exception is a bug and goes to the crash handler, like one on the GUI thread would.

While a job writes, other writes would wait on SQLite's lock (busy_timeout) and freeze the
window: `AppContext.busy` says a long write is running, and the reminder scheduler holds off
until it ends.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import Cancelled, UserError

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
CancelRequested = Callable[[], bool]
Work = Callable[[Progress, CancelRequested], Any]


class Job(QObject):
    progress = Signal(int, int)  # done, total (0: unknown)
    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # a UserError
    cancelled = Signal()
    ended = Signal()  # after any of the three above
    _crashed = Signal(object)  # a bug: re-raised on the GUI thread

    def __init__(self, work: Work, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"casewatch-{name}", daemon=True)
        self._crashed.connect(self._raise)
        self.finished = False

    def start(self) -> Job:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the thread ends (at quit); True when it did."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._stop.is_set)
        except Cancelled:
            self._end(self.cancelled)
        except UserError as err:
            self._end(self.failed, err)
        except BaseException as exc:  # a bug: logged and shown by the crash handler
            log.error("background job %s failed", self._thread.name, exc_info=exc)
            self.finished = True
            self._crashed.emit(exc)
            self.ended.emit()
        else:
            # Done is done, even if Cancel came too late to stop it: never say otherwise.
            self._end(self.succeeded, result)

    def _end(self, signal: Any, *args: Any) -> None:
        self.finished = True
        signal.emit(*args)
        self.ended.emit()

    def _raise(self, exc: BaseException) -> None:
        sys.excepthook(type(exc), exc, exc.__traceback__)
