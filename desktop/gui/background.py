"""Long work (reading a 100,000-row export, saving it, writing a CSV) off the GUI thread, with
progress and cancel, so the window keeps painting and answering.

The work is plain core code given two callables: `progress(done, total)` and `cancelled()`.
The worker thread never emits a public signal itself: it posts each report to the Job, which
lives on the GUI thread, and the Job emits from there. So every slot (lambdas included) runs
on the GUI thread, and a job that ends at once still reaches the slots connected just after
it started. A UserError is the user's to read; any other exception is a bug and goes to the
crash handler, like one on the GUI thread would.

While a job writes, other writes would wait on SQLite's lock (busy_timeout) and freeze the
window: `AppContext.writing` says a long write is running, and the reminder scheduler holds
off until it ends.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

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
    _report = Signal(str, object)  # worker -> GUI thread

    def __init__(
        self,
        work: Work,
        name: str,
        parent: QObject | None = None,
        *,
        cleanup: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self._work = work
        self._cleanup = cleanup  # run on the worker thread when the work is over
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"casewatch-{name}", daemon=True)
        self._report.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.finished = False  # set on the GUI thread once every slot has run

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

    # Worker thread ---------------------------------------------------------------------
    def _run(self) -> None:
        # What the work holds (an import plan: 400,000 objects) goes as soon as it returns,
        # on this thread, before the GUI thread hears of it and refreshes the window.
        work, self._work = self._work, None  # type: ignore[assignment]
        try:
            result = work(
                lambda done, total: self._report.emit("progress", (done, total)),
                self._stop.is_set,
            )
            del work
        except Cancelled:
            self._report.emit("cancelled", None)
        except UserError as err:
            self._report.emit("failed", err)
        except BaseException as exc:  # a bug: logged here, shown by the crash handler
            log.error("background job %s failed", self._thread.name, exc_info=exc)
            self._report.emit("crashed", exc)
        else:
            # Done is done, even if Cancel came too late to stop it: never say otherwise.
            self._report.emit("succeeded", result)
        finally:
            if self._cleanup is not None:
                self._cleanup()

    # GUI thread ------------------------------------------------------------------------
    def _deliver(self, kind: str, payload: Any) -> None:
        if kind == "progress":
            self.progress.emit(*payload)
            return
        if kind == "succeeded":
            self.succeeded.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        self.finished = True
        self.ended.emit()
        if kind == "crashed":
            sys.excepthook(type(payload), payload, payload.__traceback__)
