"""The reminder engine that the window's scheduler and the headless watcher both run: wake,
decide what came due (reminders, the daily briefing), deliver the outbox, and say when to
wake next. One engine, so the window and `casewatch watch` behave the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.clock import Clock
from desktop.core.services.alerts import AlertService
from desktop.core.services.briefing import Briefing, BriefingService
from desktop.core.services.pushes import PushService
from desktop.core.services.reminders import Delivery, ReminderService, WakeReason

#: The wall clock and the monotonic clock may disagree this much before it counts as a jump.
JUMP_TOLERANCE = timedelta(seconds=90)


@dataclass(frozen=True)
class Wake:
    delivery: Delivery
    briefing: Briefing | None  # made by this wake

    @property
    def empty(self) -> bool:
        return self.delivery.empty and self.briefing is None


class ReminderEngine:
    def __init__(
        self,
        reminders: ReminderService,
        briefings: BriefingService,
        pushes: PushService,
        alerts: AlertService,
    ):
        self.reminders = reminders
        self.briefings = briefings
        self.pushes = pushes
        self.alerts = alerts

    def wake(self, reason: WakeReason) -> Wake:
        """Record what came due (a paused desk records nothing until the pause ends)."""
        delivery = self.reminders.reconcile(reason)
        briefing = None if delivery.paused_until else self.briefings.make_if_due()
        return Wake(delivery, briefing)

    def next_wake(self, now: datetime, *, card: bool) -> datetime | None:
        """The next moment something is due: a reminder, the briefing, a push to retry and,
        for the window (`card`), a snooze ending or an overdue case coming back."""
        found = [
            self.reminders.next_fire_at(now),
            self.briefings.due_at(now),
            self.pushes.next_attempt_at(),
        ]
        if card:
            found.append(self.alerts.next_change(now))
        times = [t for t in found if t is not None]
        return min(times) if times else None


class JumpDetector:
    """Tells a regular wake from one after sleep or a wall-clock change, by comparing how far
    the wall clock moved with how far the monotonic clock did."""

    def __init__(self, clock: Clock, monotonic: Callable[[], float]):
        self._clock, self._monotonic = clock, monotonic
        self._last: tuple[datetime, float] | None = None

    def remember(self) -> None:
        self._last = (self._clock.now(), self._monotonic())

    def check(self) -> WakeReason:
        """PERIODIC, or RESUME / CLOCK_JUMP when wall time moved unlike elapsed time."""
        now, mono = self._clock.now(), self._monotonic()
        last, self._last = self._last, (now, mono)
        if last is None:
            return WakeReason.PERIODIC
        drift = (now - last[0]) - timedelta(seconds=mono - last[1])
        if drift > JUMP_TOLERANCE:
            return WakeReason.RESUME  # asleep (or the clock was set forward: indistinguishable)
        if drift < -JUMP_TOLERANCE:
            return WakeReason.CLOCK_JUMP
        return WakeReason.PERIODIC
