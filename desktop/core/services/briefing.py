"""The daily briefing (每日简报): at a chosen time, what is overdue, due today and due
tomorrow, the money at stake, and which platform's data is stale. Made once per local day and
stored with what it said, in the same transaction that queues it for every push channel; a
computer that was off at 09:00 makes it when CaseWatch next runs that day."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.model import Action, Platform
from desktop.core.services import reminder_settings
from desktop.core.services.freshness import FreshnessService, Stale
from desktop.core.services.settings import SettingsService
from desktop.core.storage import briefings as store
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch
from desktop.core.workhours import at_local, local_date

#: How many cases a briefing names (the counts cover all of them).
NAMED = 10


@dataclass(frozen=True)
class BriefingCase:
    case_id: int
    platform: Platform
    after_sale_id: str
    due_at: datetime
    action: Action | None
    amount_fen: int | None
    product: str = ""


@dataclass(frozen=True)
class Briefing:
    day: date
    made_at: datetime
    overdue: int = 0
    overdue_fen: int = 0
    today: int = 0
    today_fen: int = 0
    tomorrow: int = 0
    tomorrow_fen: int = 0
    stale: list[Stale] = field(default_factory=list)
    cases: list[BriefingCase] = field(default_factory=list)  # the most urgent, soonest first
    acknowledged: bool = False

    @property
    def at_stake_fen(self) -> int:
        return self.overdue_fen + self.today_fen + self.tomorrow_fen

    @property
    def noteworthy(self) -> bool:
        """Worth bringing up the card for (a quiet day is only pushed, as a sign of life)."""
        return bool(self.overdue or self.today or self.tomorrow or self.stale)


class BriefingService:
    def __init__(
        self, db: Database, clock: Clock, settings: SettingsService, freshness: FreshnessService
    ):
        self._db, self._clock, self._settings = db, clock, settings
        self._freshness = freshness

    def compute(self, now: datetime) -> Briefing:
        """What a briefing made now would say (nothing is stored)."""
        prefs = reminder_settings.load(self._settings)
        today = local_date(now)
        midnight = at_local(today + timedelta(days=1), datetime.min.time())
        day_after = at_local(today + timedelta(days=2), datetime.min.time())
        with self._db.read() as raw:
            counts = store.due_counts(raw, to_epoch(now), to_epoch(midnight), to_epoch(day_after))
            rows = store.most_urgent(raw, to_epoch(midnight), NAMED)
        cases = [
            BriefingCase(
                case_id,
                Platform(platform),
                asid,
                from_epoch(due),
                Action(action) if action else None,
                amount,
                product,
            )
            for case_id, platform, asid, due, action, amount, product in rows
        ]
        stale = self._freshness.stale(now, timedelta(hours=prefs.stale_hours))
        overdue, overdue_fen, due_today, today_fen, tomorrow, tomorrow_fen = counts
        return Briefing(
            day=today,
            made_at=now,
            overdue=overdue,
            overdue_fen=overdue_fen,
            today=due_today,
            today_fen=today_fen,
            tomorrow=tomorrow,
            tomorrow_fen=tomorrow_fen,
            stale=stale,
            cases=cases,
        )

    def due_at(self, now: datetime) -> datetime | None:
        """When today's briefing is due (None: off, or already made)."""
        prefs = reminder_settings.load(self._settings)
        if not prefs.briefing_enabled:
            return None
        today = local_date(now)
        with self._db.read() as raw:
            if store.exists(raw, today.isoformat()):
                tomorrow = today + timedelta(days=1)
                return at_local(tomorrow, prefs.briefing_time)
        return at_local(today, prefs.briefing_time)

    def make_if_due(self) -> Briefing | None:
        """Today's briefing, made and queued for every channel, if its time has come and it
        was not made yet (by this process or another)."""
        now = self._clock.now()
        due = self.due_at(now)
        if due is None or due > now or local_date(due) != local_date(now):
            return None
        briefing = self.compute(now)
        with self._db.session(immediate=True) as s:
            raw = s.connection().connection.driver_connection
            if not store.insert(raw, briefing.day.isoformat(), to_epoch(now), _dump(briefing)):
                return None  # another process made it a moment ago
            store.enqueue_pushes(raw, briefing.day.isoformat(), to_epoch(now))
        return briefing

    def latest(self) -> Briefing | None:
        """The newest briefing made, as it was made."""
        with self._db.read() as raw:
            row = store.latest(raw)
        return None if row is None else _load(*row)

    def acknowledge(self, day: date) -> Changes:
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            done = store.acknowledge(raw, day.isoformat(), to_epoch(self._clock.now()))
        return Changes(reminders=True) if done else Changes()

    def get(self, day: date) -> Briefing | None:
        with self._db.read() as raw:
            row = store.get(raw, day.isoformat())
        return None if row is None else _load(*row)


def _dump(b: Briefing) -> str:
    return json.dumps(
        {
            "overdue": [b.overdue, b.overdue_fen],
            "today": [b.today, b.today_fen],
            "tomorrow": [b.tomorrow, b.tomorrow_fen],
            "stale": [[s.platform.value, to_epoch(s.last_import), s.open_cases] for s in b.stale],
            "cases": [
                [
                    c.case_id,
                    c.platform.value,
                    c.after_sale_id,
                    to_epoch(c.due_at),
                    c.action.value if c.action else None,
                    c.amount_fen,
                    c.product,
                ]
                for c in b.cases
            ],
        }
    )


def _load(day: str, made_at: int, summary: str, acknowledged_at: int | None) -> Briefing:
    data = json.loads(summary)
    return Briefing(
        day=date.fromisoformat(day),
        made_at=from_epoch(made_at),
        overdue=data["overdue"][0],
        overdue_fen=data["overdue"][1],
        today=data["today"][0],
        today_fen=data["today"][1],
        tomorrow=data["tomorrow"][0],
        tomorrow_fen=data["tomorrow"][1],
        stale=[Stale(Platform(p), from_epoch(at), n) for p, at, n in data["stale"]],
        cases=[
            BriefingCase(
                case_id,
                Platform(p),
                asid,
                from_epoch(due),
                Action(action) if action else None,
                amount,
                *rest,  # the product (not in briefings made before it was kept)
            )
            for case_id, p, asid, due, action, amount, *rest in data["cases"]
        ],
        acknowledged=acknowledged_at is not None,
    )
