"""The reminder card (提醒卡片): every reminder stays on it until someone acknowledges it.

The card is a view of the alerts table, which the reminder scan fills in the same transaction
that records a reminder as delivered, whichever process made it: a reminder pushed by the
headless watcher at night is still on the card when the window opens in the morning.

- 知道了 (acknowledge) takes a case off the card until a more urgent reminder of it comes.
- 稍后提醒 (snooze) hides it until a chosen time: 15 minutes, an hour, or the start of the next
  working period.
- An overdue case nobody acknowledged comes back every `repeat_minutes` (with a sound).
- A case whose clock stops (handled, refunded, deadline moved) leaves the card by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.model import Action, Platform
from desktop.core.services import reminder_settings
from desktop.core.services.settings import SettingsService
from desktop.core.storage import alerts as store
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, opt_from_epoch, to_epoch

#: How many cases the card names; the rest are counted ("and 12 more").
CARD_LINES = 8


class Snooze(StrEnum):
    MINUTES_15 = "15m"
    HOUR_1 = "1h"
    NEXT_WORKDAY = "workday"  # the start of the next working period


@dataclass(frozen=True)
class Alert:
    case_id: int
    platform: Platform
    after_sale_id: str
    order_id: str
    due_at: datetime
    action: Action | None
    amount_fen: int | None
    lead_minutes: int
    last_call: bool
    shown_at: datetime
    product: str = ""

    def overdue(self, now: datetime) -> bool:
        return self.due_at <= now


@dataclass(frozen=True)
class Card:
    alerts: list[Alert]  # the most urgent cases, soonest deadline first
    total: int  # cases on the card (may exceed len(alerts))
    overdue: int
    amount_fen: int

    @property
    def empty(self) -> bool:
        return self.total == 0


class AlertService:
    def __init__(self, db: Database, clock: Clock, settings: SettingsService):
        self._db, self._clock, self._settings = db, clock, settings

    def card(self, now: datetime | None = None, limit: int = CARD_LINES) -> Card:
        now_s = to_epoch(now or self._clock.now())
        with self._db.read() as raw:
            rows = store.active(raw, now_s, limit)
            total, overdue, amount = store.totals(raw, now_s) if rows else (0, 0, 0)
        return Card([_alert(*row) for row in rows], total, overdue, amount)

    def acknowledge(self, case_ids: Sequence[int] | None = None) -> Changes:
        """知道了: these cases (None: everything on the card) leave it."""
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            done = store.acknowledge(raw, to_epoch(self._clock.now()), case_ids)
        return Changes(reminders=True) if done else Changes()

    def snooze_until(self, choice: Snooze, now: datetime | None = None) -> datetime:
        now = now or self._clock.now()
        if choice is Snooze.MINUTES_15:
            return now + timedelta(minutes=15)
        if choice is Snooze.HOUR_1:
            return now + timedelta(hours=1)
        schedule = reminder_settings.load(self._settings).schedule
        start = schedule.next_start(now) if schedule.days else None
        # No working days set: tomorrow at the usual start.
        return start or now + timedelta(days=1)

    def snooze(self, choice: Snooze, case_ids: Sequence[int] | None = None) -> Changes:
        """稍后提醒: off the card until the chosen time; a more urgent reminder of the same
        deadline (its last lead time, the deadline passing) brings it back sooner."""
        now = self._clock.now()
        until = self.snooze_until(choice, now)
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            done = store.snooze(raw, to_epoch(now), to_epoch(until), case_ids)
        return Changes(reminders=True) if done else Changes()

    def repeat_due(self) -> list[int]:
        """Overdue cases nobody acknowledged whose card came up `repeat_minutes` ago or more:
        they come back now (and are marked shown)."""
        minutes = reminder_settings.load(self._settings).repeat_minutes
        if not minutes:
            return []
        now_s = to_epoch(self._clock.now())
        with self._db.read() as raw:
            due = store.due_to_repeat(raw, now_s, now_s - minutes * 60)
        if due:
            self.mark_shown(due)
        return due

    def mark_shown(self, case_ids: Sequence[int]) -> None:
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            store.mark_shown(raw, to_epoch(self._clock.now()), case_ids)

    def next_change(self, now: datetime) -> datetime | None:
        """When the card changes by itself next (a snooze ends, an overdue case comes back)."""
        minutes = reminder_settings.load(self._settings).repeat_minutes
        with self._db.read() as raw:
            found = store.next_change(raw, to_epoch(now), minutes * 60 if minutes else None)
        return opt_from_epoch(found)


def _alert(
    case_id: int,
    platform: str,
    after_sale_id: str,
    order_id: str,
    due: int,
    action: str | None,
    amount_fen: int | None,
    lead: int,
    last_call: int,
    shown: int,
    product: str,
) -> Alert:
    return Alert(
        case_id,
        Platform(platform),
        after_sale_id,
        order_id,
        from_epoch(due),
        Action(action) if action else None,
        amount_fen,
        lead,
        bool(last_call),
        from_epoch(shown),
        product,
    )
