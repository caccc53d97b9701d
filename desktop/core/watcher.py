"""The headless watcher (`casewatch watch`): the window's reminder engine without a window, for
a PC nobody is logged in to, a small Linux box or NAS, or a scheduled task.

It delivers for its data folder only while it holds the delivery lock (desktop/core/
delivery.py): when the window runs, the window delivers and the watcher stands by; when the
window starts while the watcher delivers, the watcher hands over within a second or two.

Each pass: wake the engine (what came due is recorded, on the card and in the outbox, in one
transaction), then deliver the outbox. Between passes it sleeps until the next thing is due,
at most a minute, so that a case imported meanwhile by another process is seen in time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.bootstrap import Core
from desktop.core.delivery import DeliveryLock, Owner
from desktop.core.errors import UserError
from desktop.core.services.engine import JumpDetector, Wake
from desktop.core.services.pushes import PushReport
from desktop.core.services.reminders import WakeReason

#: The longest sleep between passes: changes made by other processes are seen this soon.
PERIOD = timedelta(seconds=60)
#: How often a sleeping watcher looks for the window asking to take over.
TAKEOVER_POLL_S = 1.0
#: How often a standing-by watcher tries the lock again.
STANDBY_POLL_S = 5.0


class WatchState(StrEnum):
    DELIVERING = "delivering"
    STANDING_BY = "standing_by"  # another CaseWatch delivers for this folder
    HANDED_OVER = "handed_over"  # the window asked and got it


@dataclass(frozen=True)
class Pass:
    at: datetime
    wake: Wake
    report: PushReport

    @property
    def failed(self) -> bool:
        return bool(self.report.failed)


class Watcher:
    def __init__(
        self,
        core: Core,
        lock: DeliveryLock,
        *,
        stop: threading.Event | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        period: timedelta = PERIOD,
        standby_poll: float = STANDBY_POLL_S,
    ):
        self._core, self._lock = core, lock
        self.stop = stop or threading.Event()
        self._jumps = JumpDetector(core.clock, monotonic)
        self._period = period
        self._standby_poll = standby_poll

    def one_pass(self, reason: WakeReason) -> Pass:
        wake = self._core.engine.wake(reason)
        report = self._core.pushes.deliver(cancel=self.stop.is_set)
        return Pass(self._core.clock.now(), wake, report)

    def owner(self) -> Owner | None:
        return self._lock.owner()

    def run(
        self,
        on_pass: Callable[[Pass], None],
        on_state: Callable[[WatchState], None],
        on_error: Callable[[UserError], None] = lambda _err: None,
    ) -> None:
        """Deliver until stopped (Ctrl+C, SIGTERM: `stop` is set). A pass that fails for a
        reason outside CaseWatch (the database busy with a long import, a full disk) is said
        through `on_error` and tried again after the usual wait: a watcher keeps watching."""
        reason = WakeReason.START
        standing_by = False
        while not self.stop.is_set():
            if not self._lock.held:
                # A window waiting for the lock has it first; otherwise take it if free.
                if self._lock.takeover_requested() or not self._lock.try_acquire():
                    if not standing_by:
                        on_state(WatchState.STANDING_BY)
                        standing_by = True
                    self.stop.wait(self._standby_poll)
                    continue
                standing_by = False
                on_state(WatchState.DELIVERING)
                reason = WakeReason.START
                self._jumps.remember()
            try:
                on_pass(self.one_pass(reason))
            except UserError as err:
                on_error(err)  # nothing was recorded: the next pass catches up
            if self._sleep():
                self._lock.release()
                on_state(WatchState.HANDED_OVER)
                standing_by = True
                continue
            reason = self._jumps.check()
        self._lock.release()

    def _sleep(self) -> bool:
        """Wait until the next thing is due (at most `period`); True when the window asked
        to take over."""
        now = self._core.clock.now()
        due = self._core.engine.next_wake(now, card=False)
        wait = self._period if due is None else min(max(due - now, timedelta(0)), self._period)
        end = time.monotonic() + max(wait.total_seconds(), 0.05)
        while not self.stop.is_set():
            if self._lock.takeover_requested():
                return True
            left = end - time.monotonic()
            if left <= 0:
                return False
            self.stop.wait(min(left, TAKEOVER_POLL_S))
        return False
