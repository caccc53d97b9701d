"""Working hours and quiet hours, in the computer's own time zone.

A shop owner works, say, Monday to Friday 09:00-18:00. A deadline that falls outside those
hours (03:00, Sunday) gets one more warning at the end of the working period before it: at
18:00 the day before, while someone is still at the desk. Quiet hours mute the card's sound.

Times are computed per day from the local wall clock, so a daylight-saving change moves a
working day's end with the wall clock, as a person expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

#: How far a search for the next or previous working period looks (a schedule with one
#: working day a week still finds it).
_SEARCH_DAYS = 15


def at_local(day: date, clock_time: time, zone: tzinfo | None = None) -> datetime:
    """That wall-clock time on that day, as an aware UTC instant (`zone` None: the
    computer's own zone)."""
    if zone is None:
        return datetime.combine(day, clock_time).astimezone().astimezone(UTC)
    return datetime.combine(day, clock_time, tzinfo=zone).astimezone(UTC)


def local_date(when: datetime, zone: tzinfo | None = None) -> date:
    return when.astimezone(zone).date()


@dataclass(frozen=True)
class WorkSchedule:
    days: frozenset[int]  # ISO weekdays, 1 = Monday ... 7 = Sunday
    start: time
    end: time  # after start: a working period lies within one day
    zone: tzinfo | None = None  # None: the computer's own time zone

    def _periods(self, first: date, count: int, step: int) -> list[tuple[datetime, datetime]]:
        found = []
        for n in range(count):
            day = first + timedelta(days=n * step)
            if day.isoweekday() in self.days:
                found.append(
                    (at_local(day, self.start, self.zone), at_local(day, self.end, self.zone))
                )
        return found

    def is_working(self, when: datetime) -> bool:
        today = local_date(when, self.zone)
        return any(s <= when < e for s, e in self._periods(today, 1, 1))

    def next_start(self, when: datetime) -> datetime | None:
        """The first start of a working period after `when`."""
        today = local_date(when, self.zone)
        return next((s for s, _ in self._periods(today, _SEARCH_DAYS, 1) if s > when), None)

    def next_end(self, when: datetime) -> datetime | None:
        """The first end of a working period after `when`."""
        today = local_date(when, self.zone)
        return next((e for _, e in self._periods(today, _SEARCH_DAYS, 1) if e > when), None)

    def last_end(self, when: datetime) -> datetime | None:
        """The last end of a working period at or before `when`."""
        today = local_date(when, self.zone)
        return next((e for _, e in self._periods(today, _SEARCH_DAYS, -1) if e <= when), None)

    def gap_around(self, when: datetime) -> tuple[datetime, datetime] | None:
        """The off-hours stretch `when` falls in, as (the end before it, the start after
        it); None during working hours or when the schedule has no working day."""
        if not self.days or self.is_working(when):
            return None
        end, start = self.last_end(when), self.next_start(when)
        if end is None or start is None:
            return None
        return end, start

    def next_gap(self, when: datetime) -> tuple[datetime, datetime] | None:
        """The first off-hours stretch that starts after `when`."""
        end = self.next_end(when)
        if end is None:
            return None
        start = self.next_start(end)
        return (end, start) if start is not None else None


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time  # may be earlier than start: the quiet spans midnight (22:00-08:00)
    enabled: bool = True
    zone: tzinfo | None = None

    def contains(self, when: datetime) -> bool:
        if not self.enabled or self.start == self.end:
            return False
        now = when.astimezone(self.zone).time()
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end
