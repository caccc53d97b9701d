"""User settings, kept in the database (it owns every truth). Defaults live here, in code;
only what the user changed is stored."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from desktop.core.changes import Changes
from desktop.core.errors import FieldProblem, ValidationError
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch

#: Reminder lead times before a merchant deadline, in minutes (24 h, 4 h, 1 h, 15 min).
DEFAULT_LEAD_MINUTES = (24 * 60, 4 * 60, 60, 15)
MAX_LEAD_MINUTES = 30 * 24 * 60
MAX_LEADS = 8
LANGUAGES = ("auto", "zh_CN", "en")


class SettingsService:
    def __init__(self, db: Database):
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        with self._db.read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> Changes:
        from desktop.core.storage.tables import SettingRow

        with self._db.session() as s:
            s.merge(SettingRow(key=key, value=json.dumps(value, ensure_ascii=False)))
        return Changes(settings=True)

    # Reminder lead times -------------------------------------------------------------
    @property
    def lead_minutes(self) -> tuple[int, ...]:
        stored = self.get("reminders.lead_minutes")
        # An empty list is a choice (only "the deadline has passed"), not "never set".
        return DEFAULT_LEAD_MINUTES if stored is None else tuple(stored)

    def set_lead_minutes(self, minutes: list[int]) -> Changes:
        problems = []
        if len(minutes) > MAX_LEADS:
            problems.append(FieldProblem("lead_minutes", "too_many", {"max": MAX_LEADS}))
        for m in minutes:
            if not isinstance(m, int) or not 0 < m <= MAX_LEAD_MINUTES:
                problems.append(
                    FieldProblem("lead_minutes", "out_of_range", {"value": m, "max_days": 30})
                )
        if problems:
            raise ValidationError(problems)
        return self.set("reminders.lead_minutes", sorted(set(minutes), reverse=True)) | Changes(
            reminders=True
        )

    # Pause -------------------------------------------------------------------------------
    def paused_until(self, now: datetime) -> datetime | None:
        stored = self.get("reminders.paused_until")
        if stored is None:
            return None
        until = from_epoch(stored)
        return until if until > now else None

    def pause(self, now: datetime, duration: timedelta) -> Changes:
        return self.set("reminders.paused_until", to_epoch(now + duration)) | Changes(
            reminders=True
        )

    def resume(self) -> Changes:
        return self.set("reminders.paused_until", None) | Changes(reminders=True)

    # Language ----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self.get("ui.language", "auto")
        return value if value in LANGUAGES else "auto"

    def set_language(self, language: str) -> Changes:
        if language not in LANGUAGES:
            raise ValidationError([FieldProblem("language", "unknown", {"value": language})])
        return self.set("ui.language", language)
