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
from desktop.core.services.settings import SettingsService
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch

#: A reminder this late was not missed: timers and App Nap are a little late sometimes.
ON_TIME_GRACE = timedelta(minutes=3)
#: More individual reminders than this at once become one digest.
MAX_SINGLE = 3
#: How many of a digest's cases are loaded to be named (the count covers all of them).
DIGEST_NAMED = 50

# Every undelivered (case, deadline, lead) due by :now. {window} narrows it to reminders that
# fell due after the previous scan.
_PENDING_SQL = """
INSERT INTO temp.reminder_pending (case_id, due_at, lead_minutes, action)
SELECT k.case_id, k.due_at, l.lead, k.action
FROM temp.reminder_leads l
JOIN case_clocks k ON k.party = 'merchant'
    AND k.due_at <= :now + l.lead * 60
    AND k.due_at - l.lead * 60 > k.known_at
    {window}
WHERE NOT EXISTS (
    SELECT 1 FROM reminders_sent r
    WHERE r.case_id = k.case_id AND r.due_at = k.due_at AND r.lead_minutes = l.lead)
"""
# Enough, because a reminder exists only after its clock was written (due - lead > known_at,
# and a new or moved clock is known from when it was written): nothing can fall due unseen
# before the previous scan.
_WINDOW = "AND k.due_at > :since + l.lead * 60"


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


@dataclass(frozen=True)
class Delivered:
    """A reminder already shown (for the in-app history)."""

    case_id: int
    platform: Platform
    after_sale_id: str
    due_at: datetime
    lead_minutes: int
    delivered_at: datetime


@dataclass(frozen=True)
class Delivery:
    singles: list[Reminder] = field(default_factory=list)
    digest: list[Reminder] = field(default_factory=list)  # the most urgent cases, by deadline
    digest_count: int = 0  # how many cases the digest covers (may exceed len(digest))
    digest_overdue: int = 0  # how many of them are past their deadline
    reason: WakeReason = WakeReason.TIMER
    paused_until: datetime | None = None

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

    def pending(self, now: datetime) -> list[Reminder]:
        """Reminders due by `now` never delivered, one per case (the most urgent), by deadline."""
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            self._collect(raw, now, full=True)
            found = self._named(raw, limit=-1)
            s.rollback()
        return found

    def reconcile(self, reason: WakeReason) -> Delivery:
        """Decide what to show now and record exactly that as delivered, in one transaction."""
        now = self._clock.now()
        paused = self._settings.paused_until(now)
        if paused is not None:
            return Delivery(reason=reason, paused_until=paused)
        full = self._scanned_to is None or reason is not WakeReason.PERIODIC
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            self._collect(raw, now, full=full)
            count, late, overdue = raw.execute(
                "SELECT COUNT(DISTINCT case_id), SUM(due_at - lead_minutes * 60 < :edge), "
                "       COUNT(DISTINCT CASE WHEN due_at <= :now THEN case_id END) "
                "FROM temp.reminder_pending",
                {"edge": to_epoch(now - ON_TIME_GRACE), "now": to_epoch(now)},
            ).fetchone()
            single = (
                reason in (WakeReason.TIMER, WakeReason.PERIODIC)
                and 0 < count <= MAX_SINGLE
                and not late
            )
            named = self._named(raw, limit=-1 if single else DIGEST_NAMED) if count else []
            raw.execute(
                "INSERT OR IGNORE INTO reminders_sent "
                "(case_id, due_at, lead_minutes, delivered_at, via) "
                "SELECT case_id, due_at, lead_minutes, ?, ? FROM temp.reminder_pending",
                (to_epoch(now), "single" if single else "digest"),
            )
        self._scanned_to = to_epoch(now)
        if not count:
            return Delivery(reason=reason)
        if single:
            return Delivery(singles=named, reason=reason)
        return Delivery(digest=named, digest_count=count, digest_overdue=overdue, reason=reason)

    def _collect(self, raw: Any, now: datetime, *, full: bool) -> None:
        """Fill temp.reminder_pending with every undelivered reminder due by `now`."""
        for sql in (
            "CREATE TEMP TABLE IF NOT EXISTS reminder_leads (lead INTEGER PRIMARY KEY)",
            "CREATE TEMP TABLE IF NOT EXISTS reminder_pending "
            "(case_id INTEGER, due_at INTEGER, lead_minutes INTEGER, action TEXT)",
            "DELETE FROM temp.reminder_leads",
            "DELETE FROM temp.reminder_pending",
        ):
            raw.execute(sql)
        raw.executemany("INSERT INTO temp.reminder_leads VALUES (?)", [(n,) for n in self.leads()])
        raw.execute(
            _PENDING_SQL.format(window="" if full else _WINDOW),
            {"now": to_epoch(now), "since": self._scanned_to or 0},
        )

    def _named(self, raw: Any, limit: int) -> list[Reminder]:
        """The most urgent reminder of each pending case, soonest deadline first."""
        rows = raw.execute(
            """
            SELECT p.case_id, c.platform, c.after_sale_id, p.due_at, p.action, p.lead_minutes
            FROM (
                SELECT case_id, due_at, action, lead_minutes,
                       ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY due_at, lead_minutes) AS n
                FROM temp.reminder_pending
            ) p JOIN cases c ON c.id = p.case_id
            WHERE p.n = 1 ORDER BY p.due_at, p.case_id LIMIT ?
            """,
            (limit,),
        ).fetchall()
        return [
            Reminder(
                case_id=case_id,
                platform=Platform(platform),
                after_sale_id=after_sale_id,
                due_at=from_epoch(due),
                action=Action(action) if action else None,
                lead_minutes=lead,
                fire_at=from_epoch(due - lead * 60),
            )
            for case_id, platform, after_sale_id, due, action, lead in rows
        ]

    def next_fire_at(self, now: datetime) -> datetime | None:
        """When the next reminder comes due (or the pause ends), for the scheduler's timer."""
        paused = self._settings.paused_until(now)
        if paused is not None:
            return paused
        now_s = to_epoch(now)
        times: list[int] = []
        with self._db.read() as raw:
            for lead in self.leads():
                offset = lead * 60
                row = raw.execute(
                    """
                    SELECT k.due_at FROM case_clocks k
                    WHERE k.party = 'merchant' AND k.due_at > :now + :offset
                      AND k.due_at - :offset > k.known_at
                      AND NOT EXISTS (
                        SELECT 1 FROM reminders_sent r
                        WHERE r.case_id = k.case_id AND r.due_at = k.due_at
                          AND r.lead_minutes = :lead)
                    ORDER BY k.due_at LIMIT 1
                    """,
                    {"now": now_s, "offset": offset, "lead": lead},
                ).fetchone()
                if row:
                    times.append(row[0] - offset)
        return from_epoch(min(times)) if times else None

    def recent(self, limit: int = 30) -> list[Delivered]:
        """The last reminders shown, newest first: one per case and delivery (its most urgent)."""
        with self._db.read() as raw:
            rows = raw.execute(
                """
                SELECT r.case_id, c.platform, c.after_sale_id, r.due_at, MIN(r.lead_minutes),
                       r.delivered_at
                FROM reminders_sent r JOIN cases c ON c.id = r.case_id
                GROUP BY r.case_id, r.delivered_at
                ORDER BY r.delivered_at DESC, MIN(r.id) DESC LIMIT ?
                """,
                (limit,),
            ).fetchall()
        return [
            Delivered(case_id, Platform(platform), asid, from_epoch(due), lead, from_epoch(at))
            for case_id, platform, asid, due, lead, at in rows
        ]
