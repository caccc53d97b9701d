"""How reminders reach the person: working hours, quiet hours, the card's repeat and sound,
the daily briefing and when data counts as stale. Kept in the settings table; the defaults
live here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from desktop.core.changes import Changes
from desktop.core.errors import FieldProblem, ValidationError
from desktop.core.services.settings import SettingsService
from desktop.core.workhours import QuietHours, WorkSchedule

MAX_REPEAT_MINUTES = 24 * 60
MAX_STALE_HOURS = 30 * 24


@dataclass(frozen=True)
class ReminderSettings:
    work_days: frozenset[int] = frozenset({1, 2, 3, 4, 5})  # ISO weekdays
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    last_call: bool = True  # a deadline after hours is announced as the working day ends
    quiet_enabled: bool = True
    quiet_start: time = time(22, 0)
    quiet_end: time = time(8, 0)
    repeat_minutes: int = 30  # an unacknowledged overdue case comes back (0: never)
    sound: bool = True
    briefing_enabled: bool = True
    briefing_time: time = time(9, 0)
    stale_hours: int = 12  # a platform's data older than this, with open cases, is stale

    @property
    def schedule(self) -> WorkSchedule:
        return WorkSchedule(self.work_days, self.work_start, self.work_end)

    @property
    def quiet(self) -> QuietHours:
        return QuietHours(self.quiet_start, self.quiet_end, self.quiet_enabled)


_DEFAULTS = ReminderSettings()
_KEY = "reminders.delivery"


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def _time(value: Any, default: time) -> time:
    try:
        hours, minutes = (int(p) for p in str(value).split(":"))
        return time(hours, minutes)
    except (TypeError, ValueError):
        return default


def load(settings: SettingsService) -> ReminderSettings:
    stored = settings.get(_KEY) or {}
    d = _DEFAULTS
    days = stored.get("work_days")
    return ReminderSettings(
        work_days=frozenset(int(n) for n in days if 1 <= int(n) <= 7)
        if isinstance(days, list)
        else d.work_days,
        work_start=_time(stored.get("work_start"), d.work_start),
        work_end=_time(stored.get("work_end"), d.work_end),
        last_call=bool(stored.get("last_call", d.last_call)),
        quiet_enabled=bool(stored.get("quiet_enabled", d.quiet_enabled)),
        quiet_start=_time(stored.get("quiet_start"), d.quiet_start),
        quiet_end=_time(stored.get("quiet_end"), d.quiet_end),
        repeat_minutes=int(stored.get("repeat_minutes", d.repeat_minutes)),
        sound=bool(stored.get("sound", d.sound)),
        briefing_enabled=bool(stored.get("briefing_enabled", d.briefing_enabled)),
        briefing_time=_time(stored.get("briefing_time"), d.briefing_time),
        stale_hours=int(stored.get("stale_hours", d.stale_hours)),
    )


def check(value: ReminderSettings) -> list[FieldProblem]:
    problems = []
    if value.work_days and value.work_end <= value.work_start:
        problems.append(
            FieldProblem("work_end", "end_before_start", {"start": _hhmm(value.work_start)})
        )
    if not 0 <= value.repeat_minutes <= MAX_REPEAT_MINUTES:
        problems.append(
            FieldProblem(
                "repeat_minutes",
                "minutes_range",
                {"value": value.repeat_minutes, "min": 0, "max": MAX_REPEAT_MINUTES},
            )
        )
    if not 1 <= value.stale_hours <= MAX_STALE_HOURS:
        problems.append(
            FieldProblem(
                "stale_hours",
                "hours_range",
                {"value": value.stale_hours, "min": 1, "max": MAX_STALE_HOURS},
            )
        )
    return problems


def save(settings: SettingsService, value: ReminderSettings) -> Changes:
    """Store exactly what was given, or refuse it whole naming each wrong field."""
    problems = check(value)
    if problems:
        raise ValidationError(problems)
    stored = {
        "work_days": sorted(value.work_days),
        "work_start": _hhmm(value.work_start),
        "work_end": _hhmm(value.work_end),
        "last_call": value.last_call,
        "quiet_enabled": value.quiet_enabled,
        "quiet_start": _hhmm(value.quiet_start),
        "quiet_end": _hhmm(value.quiet_end),
        "repeat_minutes": value.repeat_minutes,
        "sound": value.sound,
        "briefing_enabled": value.briefing_enabled,
        "briefing_time": _hhmm(value.briefing_time),
        "stale_hours": value.stale_hours,
    }
    return settings.set(_KEY, stored) | Changes(reminders=True)
