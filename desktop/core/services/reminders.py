"""Reminders before merchant deadlines, with the database as the only truth.

A reminder is one (case, deadline, lead time): it is due at deadline − lead, and it is shown
once. Lead 0 ("the deadline has passed") always exists besides the user's lead times. A reminder
only exists if it falls after the deadline became known: a case entered with 3 hours left gets
no "24 hours left" message.

Whoever wakes the service (a timer, the start, a resume from sleep, a clock jump, a periodic
check) calls reconcile(): reminders that come due on time are shown one by one; anything that
came due while nobody watched is gathered into one digest. Delivered reminders are stored in
the same transaction that decides them, so none shows twice and none is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.model import Action, Platform
from desktop.core.services.settings import SettingsService
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch

#: A reminder this late was not missed: timers and App Nap are a little late sometimes.
ON_TIME_GRACE = timedelta(minutes=3)
#: More individual reminders than this at once become one digest.
MAX_SINGLE = 3


class WakeReason(StrEnum):
    TIMER = "timer"  # the scheduler fired for the next reminder
    PERIODIC = "periodic"  # the regular safety check
    START = "start"  # the app started
    RESUME = "resume"  # the computer woke from sleep
    CLOCK_JUMP = "clock_jump"  # the wall clock moved
    UNPAUSED = "unpaused"  # reminders were paused and are back on


@dataclass(frozen=True)
class Reminder:
    case_id: int
    platform: Platform
    after_sale_id: str
    due_at: datetime
    action: Action | None
    lead_minutes: int  # the most urgent lead time that came due (0: the deadline passed)
    fire_at: datetime


@dataclass(frozen=True)
class Delivery:
    singles: list[Reminder] = field(default_factory=list)
    digest: list[Reminder] = field(default_factory=list)  # one notification listing these
    reason: WakeReason = WakeReason.TIMER
    paused_until: datetime | None = None

    @property
    def empty(self) -> bool:
        return not self.singles and not self.digest

    @property
    def changes(self) -> Changes:
        return Changes() if self.empty else Changes(reminders=True)


class ReminderService:
    def __init__(self, db: Database, clock: Clock, settings: SettingsService):
        self._db, self._clock, self._settings = db, clock, settings

    def leads(self) -> tuple[int, ...]:
        return tuple(sorted({*self._settings.lead_minutes, 0}, reverse=True))

    def pending(self, now: datetime) -> list[Reminder]:
        """Reminders due by `now` that were never delivered, one per case (the most urgent)."""
        with self._db.read() as conn:
            return _most_urgent(self._instances(conn.connection.driver_connection, now))

    def _instances(self, raw: Any, now: datetime) -> list[Reminder]:
        """Every undelivered (case, deadline, lead) due by `now`."""
        now_s = to_epoch(now)
        found: list[Reminder] = []
        for lead in self.leads():
            offset = lead * 60
            rows = raw.execute(
                """
                SELECT c.id, c.platform, c.after_sale_id, c.merchant_due_at, c.merchant_due_action
                FROM cases c
                WHERE c.is_open = 1 AND c.merchant_due_at IS NOT NULL
                  AND c.merchant_due_at <= :now + :offset
                  AND c.merchant_due_at - :offset > c.merchant_due_known_at
                  AND NOT EXISTS (
                    SELECT 1 FROM reminders_sent r
                    WHERE r.case_id = c.id AND r.due_at = c.merchant_due_at
                      AND r.lead_minutes = :lead)
                """,
                {"now": now_s, "offset": offset, "lead": lead},
            ).fetchall()
            found.extend(
                Reminder(
                    case_id=case_id,
                    platform=Platform(platform),
                    after_sale_id=after_sale_id,
                    due_at=from_epoch(due),
                    action=Action(action) if action else None,
                    lead_minutes=lead,
                    fire_at=from_epoch(due - offset),
                )
                for case_id, platform, after_sale_id, due, action in rows
            )
        return found

    def next_fire_at(self, now: datetime) -> datetime | None:
        """When the next reminder comes due (or the pause ends), for the scheduler's timer."""
        paused = self._settings.paused_until(now)
        if paused is not None:
            return paused
        now_s = to_epoch(now)
        times: list[int] = []
        with self._db.read() as conn:
            raw = conn.connection.driver_connection
            for lead in self.leads():
                offset = lead * 60
                row = raw.execute(  # type: ignore[union-attr]
                    """
                    SELECT c.merchant_due_at FROM cases c
                    WHERE c.is_open = 1 AND c.merchant_due_at > :now + :offset
                      AND c.merchant_due_at - :offset > c.merchant_due_known_at
                      AND NOT EXISTS (
                        SELECT 1 FROM reminders_sent r
                        WHERE r.case_id = c.id AND r.due_at = c.merchant_due_at
                          AND r.lead_minutes = :lead)
                    ORDER BY c.merchant_due_at LIMIT 1
                    """,
                    {"now": now_s, "offset": offset, "lead": lead},
                ).fetchone()
                if row:
                    times.append(row[0] - offset)
        return from_epoch(min(times)) if times else None

    def reconcile(self, reason: WakeReason) -> Delivery:
        """Decide what to show now and record exactly that as delivered, in one transaction."""
        now = self._clock.now()
        paused = self._settings.paused_until(now)
        if paused is not None:
            return Delivery(reason=reason, paused_until=paused)
        with self._db.session() as s:
            conn = s.connection()
            instances = self._instances(conn.connection.driver_connection, now)
            if not instances:
                return Delivery(reason=reason)
            pending = _most_urgent(instances)
            single = (
                reason in (WakeReason.TIMER, WakeReason.PERIODIC)
                and len(pending) <= MAX_SINGLE
                and all(r.fire_at >= now - ON_TIME_GRACE for r in pending)
            )
            now_s = to_epoch(now)
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO reminders_sent "
                "(case_id, due_at, lead_minutes, delivered_at, via) VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        r.case_id,
                        to_epoch(r.due_at),
                        r.lead_minutes,
                        now_s,
                        "single" if single else "digest",
                    )
                    for r in instances
                ],
            )
        if single:
            return Delivery(singles=pending, reason=reason)
        return Delivery(digest=pending, reason=reason)

    def recent(self, limit: int = 50) -> list[tuple[int, datetime, int, datetime, str]]:
        """The last delivered reminders: (case id, deadline, lead, delivered at, via)."""
        with self._db.read() as conn:
            raw = conn.connection.driver_connection
            rows = raw.execute(  # type: ignore[union-attr]
                "SELECT case_id, due_at, lead_minutes, delivered_at, via FROM reminders_sent "
                "ORDER BY delivered_at DESC, id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [(r[0], from_epoch(r[1]), r[2], from_epoch(r[3]), r[4]) for r in rows]


def _most_urgent(instances: list[Reminder]) -> list[Reminder]:
    best: dict[int, Reminder] = {}
    for r in instances:
        held = best.get(r.case_id)
        if held is None or r.lead_minutes < held.lead_minutes:
            best[r.case_id] = r
    return sorted(best.values(), key=lambda r: (r.due_at, r.case_id))
