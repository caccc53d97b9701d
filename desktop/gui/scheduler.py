"""APScheduler 3.x on the Qt event loop, waking the reminder engine (research/ecosystem-
pitfalls.md §4).

- The stock QtScheduler keeps `QTimer.singleShot(...)`'s return value (None) as its timer, so it
  can never stop one and every wakeup starts another chain: this subclass owns one QTimer.
- Jobs run on the GUI thread (DebugExecutor) and never touch widgets: they ask the reminder
  service, which decides from the database, and emit a signal.
- No silent drop of a late job (misfire_grace_time=None, coalesce=True).
- The database is the truth: the only date job is "the next thing due" (a reminder, the daily
  briefing, a push to retry, a snooze ending, an overdue case coming back on the card),
  recomputed after every change. A periodic check reconciles and detects sleep and wall-clock
  jumps; it runs on a plain QTimer (monotonic time), since a wall-clock interval job stalls
  when the clock is set back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.executors.debug import DebugExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.bootstrap import Core
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.services.engine import JumpDetector, Wake
from desktop.core.services.reminders import WakeReason

log = logging.getLogger(__name__)

PERIOD = timedelta(seconds=60)
_MAX_TIMER_MS = 2_147_483_647


class QtTimerScheduler(BaseScheduler):
    """QtScheduler with a single, stoppable timer."""

    def __init__(self, **options):  # type: ignore[no-untyped-def]
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        self._qtimer.timeout.connect(self._process_jobs)
        super().__init__(**options)

    def shutdown(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().shutdown(*args, **kwargs)
        self._qtimer.stop()

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        if wait_seconds is not None:
            self._qtimer.start(min(max(int(wait_seconds * 1000), 0), _MAX_TIMER_MS))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def wakeup(self) -> None:
        self._start_timer(0)

    def _process_jobs(self):  # type: ignore[no-untyped-def]
        wait_seconds = super()._process_jobs()
        self._start_timer(wait_seconds)
        return wait_seconds


class ReminderScheduler(QObject):
    woke = Signal(object)  # a Wake: what came due (maybe nothing); the card and pushes follow
    ticked = Signal()  # the periodic check ran: time-based views may refresh

    def __init__(
        self,
        core: Core,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._core = core
        self._jumps = JumpDetector(core.clock, monotonic)
        self._held: WakeReason | None = None
        self.hold: Callable[[], bool] = lambda: False  # True while an import is being saved
        self._periodic = QTimer(self)
        self._periodic.setInterval(int(PERIOD.total_seconds() * 1000))
        self._periodic.timeout.connect(self._on_periodic)
        self._scheduler = QtTimerScheduler(
            jobstores={"default": MemoryJobStore()},
            executors={"default": DebugExecutor()},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone=UTC,
        )

    @property
    def scheduler(self) -> QtTimerScheduler:
        return self._scheduler

    @property
    def periodic_active(self) -> bool:
        return self._periodic.isActive()

    def start(self) -> None:
        self._scheduler.start()
        self._periodic.start()
        self._jumps.remember()
        self.wake(WakeReason.START)

    def shutdown(self) -> None:
        self._periodic.stop()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def wake(self, reason: WakeReason) -> None:
        if self.hold():
            # Recording reminders would wait on the import's transaction: do it right after.
            if self._held is None or self._held in (WakeReason.PERIODIC, WakeReason.TIMER):
                self._held = reason
            return
        try:
            wake: Wake = self._core.engine.wake(reason)
        except UserError as err:
            # Another program holds the database (an import from the command line, a backup):
            # nothing was recorded, and the next check (within a minute) catches up.
            log.warning("reminder check (%s) put off: %s", reason, err.code)
            if self._held is None:
                self._held = reason
            return
        delivery = wake.delivery
        if not delivery.empty:
            log.info(
                "reminders (%s): %d single, %d in digest, %d push(es) queued",
                reason,
                len(delivery.singles),
                delivery.digest_count,
                delivery.pushes,
            )
        self.woke.emit(wake)
        self.reschedule()

    def release(self) -> None:
        """The import is saved: deliver what came due meanwhile."""
        held, self._held = self._held, None
        if held is not None and not self.hold():
            self.wake(held)

    def reschedule(self) -> None:
        """Point the one date job at the next thing the database knows is due."""
        now = self._core.clock.now()
        next_at = self._core.engine.next_wake(now, card=True)
        if next_at is None:
            if self._scheduler.get_job("next-reminder"):
                self._scheduler.remove_job("next-reminder")
            return
        # The injected clock may differ from the real one (tests): wait the same length of time.
        run_at = datetime.now(UTC) + max(next_at - now, timedelta(0))
        self._scheduler.add_job(
            self.wake,
            "date",
            run_date=run_at,
            args=[WakeReason.TIMER],
            id="next-reminder",
            replace_existing=True,
        )

    def next_run(self) -> datetime | None:
        job = self._scheduler.get_job("next-reminder")
        return job.next_run_time if job else None

    def on_changes(self, changes: Changes) -> None:
        if changes.touches_cases or changes.reminders or changes.rules:
            if changes.reminders:
                self.wake(WakeReason.UNPAUSED)  # a resumed pause delivers what it held
            else:
                self.reschedule()

    def detect_jump(self) -> WakeReason:
        """PERIODIC, or RESUME / CLOCK_JUMP when wall time moved unlike elapsed time."""
        return self._jumps.check()

    def _on_periodic(self) -> None:
        self.wake(self.detect_jump())
        self.ticked.emit()
