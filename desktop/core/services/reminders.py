"""Reminders before merchant deadlines, with the database as the only truth.

A reminder is one (case, deadline, lead time): it is due at deadline − lead, and it is shown
once. Lead 0 ("the deadline has passed") always exists besides the user's lead times. A reminder
only exists if it falls after the deadline became known: a case entered with 3 hours left gets
no "24 hours left" message.

Whoever wakes the service (a timer, the start, a resume from sleep, a clock jump, a periodic
check) calls reconcile(): reminders that come due on time are shown one by one; anything that
came due while nobody watched is gathered into one digest. Delivered reminders are stored in
the same transaction that decides them, so none shows twice and none is skipped.

Every running merchant clock of a case is reminded (table case_clocks), not only the earliest:
a shop's own promise must not hide the platform's auto-refund.

A deadline outside working hours gets one more reminder at the end of the working period
before it ("last call"): a 03:00 deadline is announced at 18:00 the day before.

The same transaction that records a reminder as delivered puts it on the reminder card
(table alerts, until acknowledged) and in the outbox of every push channel that wants it:
whichever process decides (the window or the headless watcher), nothing is shown or pushed
twice and nothing is lost in between.

Speed with 100,000 cases: the work is SQL over the (party, due_at) index; Python
objects are made only for what is shown. After a first full scan, a periodic scan only looks at
reminders that fell due since the previous one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.model import Action, Platform
from desktop.core.services import reminder_settings
from desktop.core.services.settings import SettingsService
from desktop.core.storage import reminders as store
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch

#: A reminder this late was not missed: timers and App Nap are a little late sometimes.
ON_TIME_GRACE = timedelta(minutes=3)
#: More individual reminders than this at once become one digest.
MAX_SINGLE = 3
#: How many of a digest's cases are loaded to be named (the count covers all of them).
DIGEST_NAMED = 50


class WakeReason(StrEnum):
    TIMER = "timer"  # the scheduler fired for the next reminder
    PERIODIC = "periodic"  # the regular safety check
    START = "start"  # the app started
    RESUME = "resume"  # the computer woke from sleep
    CLOCK_JUMP = "clock_jump"  # the wall clock moved
    UNPAUSED = "unpaused"  # reminders were paused and are back on (or settings changed)


@dataclass(frozen=True)
class Reminder:
    case_id: int
    platform: Platform
    after_sale_id: str
    due_at: datetime
    action: Action | None
    lead_minutes: int  # the most urgent lead time that came due (0: the deadline passed)
    fire_at: datetime
    last_call: bool = False  # the warning before the working day ends
    amount_fen: int | None = None
    product: str = ""


@dataclass(frozen=True)
class Delivered:
    """A reminder already shown (for the in-app history)."""

    case_id: int
    platform: Platform
    after_sale_id: str
    due_at: datetime
    lead_minutes: int
    delivered_at: datetime
    last_call: bool = False


@dataclass(frozen=True)
class Delivery:
    singles: list[Reminder] = field(default_factory=list)
    digest: list[Reminder] = field(default_factory=list)  # the most urgent cases, by deadline
    digest_count: int = 0  # how many cases the digest covers (may exceed len(digest))
    digest_overdue: int = 0  # how many of them are past their deadline
    reason: WakeReason = WakeReason.TIMER
    paused_until: datetime | None = None
    pushes: int = 0  # pushes queued for the channels

    @property
    def empty(self) -> bool:
        return not self.singles and not self.digest_count

    @property
    def changes(self) -> Changes:
        return Changes() if self.empty else Changes(reminders=True)


class ReminderService:
    def __init__(self, db: Database, clock: Clock, settings: SettingsService):
        self._db, self._clock, self._settings = db, clock, settings
        self._scanned_to: int | None = None  # reminders due by then were all seen

    def leads(self) -> tuple[int, ...]:
        return tuple(sorted({*self._settings.lead_minutes, 0}, reverse=True))

    def _gap(self, now: datetime, *, coming: bool = False) -> tuple[int, int] | None:
        """The off-hours stretch whose deadlines get a last call: the one `now` is in, or
        (`coming`) the next one; None when last calls are off."""
        prefs = reminder_settings.load(self._settings)
        if not prefs.last_call:
            return None
        schedule = prefs.schedule
        gap = schedule.next_gap(now) if coming else schedule.gap_around(now)
        return None if gap is None else (to_epoch(gap[0]), to_epoch(gap[1]))

    def pending(self, now: datetime) -> list[Reminder]:
        """Reminders due by `now` never delivered, one per case (the most urgent), by deadline."""
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            store.prepare(raw, self.leads())
            store.collect(raw, to_epoch(now), None, self._gap(now))
            found = _reminders(store.named(raw, None))
            s.rollback()
        return found

    def reconcile(self, reason: WakeReason) -> Delivery:
        """Decide what to show now and record exactly that as delivered, on the card and in
        the channels' outbox, in one transaction."""
        now = self._clock.now()
        paused = self._settings.paused_until(now)
        if paused is not None:
            return Delivery(reason=reason, paused_until=paused)
        full = self._scanned_to is None or reason is not WakeReason.PERIODIC
        now_s = to_epoch(now)
        leads = self.leads()
        with self._db.session(immediate=True) as s:
            raw = s.connection().connection.driver_connection
            if full:  # bookkeeping only (the card skips stopped clocks itself): not each minute
                store.clear_stopped_alerts(raw, now_s)
            store.prepare(raw, leads)
            store.collect(raw, now_s, None if full else self._scanned_to, self._gap(now))
            count, late, overdue = store.summary(raw, now_s, to_epoch(now - ON_TIME_GRACE))
            single = (
                reason in (WakeReason.TIMER, WakeReason.PERIODIC)
                and 0 < count <= MAX_SINGLE
                and not late
            )
            named = _reminders(store.named(raw, None if single else DIGEST_NAMED)) if count else []
            pushes = 0
            if count:
                store.record_delivered(raw, now_s, "single" if single else "digest")
                store.raise_alerts(raw, now_s)
                last_lead = min((n for n in leads if n > 0), default=None)
                pushes = store.enqueue_pushes(raw, now_s, last_lead)
        self._scanned_to = now_s
        if not count:
            return Delivery(reason=reason)
        if single:
            return Delivery(singles=named, reason=reason, pushes=pushes)
        return Delivery(
            digest=named, digest_count=count, digest_overdue=overdue, reason=reason, pushes=pushes
        )

    def next_fire_at(self, now: datetime) -> datetime | None:
        """When the next reminder comes due (or the pause ends), for the scheduler's timer."""
        paused = self._settings.paused_until(now)
        if paused is not None:
            return paused
        now_s = to_epoch(now)
        times: list[int] = []
        with self._db.read() as raw:
            for lead in self.leads():
                found = store.next_lead_due(raw, now_s, lead)
                if found is not None:
                    times.append(found)
            gap = self._gap(now, coming=True)
            if gap is not None:
                store.prepare(raw, self.leads())
                if store.has_last_call(raw, gap):
                    times.append(gap[0])
        return from_epoch(min(times)) if times else None

    def recent(self, limit: int = 30) -> list[Delivered]:
        """The last reminders shown, newest first: one per case and delivery (its most urgent)."""
        with self._db.read() as raw:
            rows = store.recent(raw, limit)
        return [
            Delivered(case_id, Platform(platform), asid, from_epoch(due), lead, from_epoch(at),
                      bool(last_call))
            for case_id, platform, asid, due, lead, last_call, at in rows
        ]  # fmt: skip


def _reminders(rows: list[tuple[Any, ...]]) -> list[Reminder]:
    return [
        Reminder(
            case_id=case_id,
            platform=Platform(platform),
            after_sale_id=after_sale_id,
            due_at=from_epoch(due),
            action=Action(action) if action else None,
            lead_minutes=lead,
            fire_at=from_epoch(due - lead * 60),
            last_call=bool(last_call),
            amount_fen=amount,
            product=product,
        )
        for case_id, platform, after_sale_id, due, action, lead, last_call, amount, product in rows
    ]
