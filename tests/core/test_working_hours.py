"""Working hours: the last call before the working day ends for deadlines after it, quiet
hours, and the settings that drive them (FixedClock; T0 is Friday 2026-11-20 10:00)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta

import pytest

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.errors import ValidationError
from desktop.core.services import reminder_settings
from desktop.core.services.reminders import WakeReason
from desktop.core.services.validation import CaseDraft
from desktop.core.times import SHANGHAI
from desktop.core.workhours import QuietHours, WorkSchedule

TIMER = WakeReason.TIMER
WEEKDAYS = WorkSchedule(frozenset({1, 2, 3, 4, 5}), time(9), time(18), SHANGHAI)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in November 2026, Shanghai (the 20th is a Friday)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def test_the_off_hours_stretch_around_a_time() -> None:
    assert WEEKDAYS.is_working(at(20, 10))
    assert WEEKDAYS.gap_around(at(20, 10)) is None
    assert WEEKDAYS.gap_around(at(21, 3)) == (at(20, 18), at(23, 9))  # the weekend
    assert WEEKDAYS.gap_around(at(24, 7)) == (at(23, 18), at(24, 9))  # Tuesday morning
    assert WEEKDAYS.next_gap(at(20, 10)) == (at(20, 18), at(23, 9))
    assert WEEKDAYS.next_start(at(20, 19)) == at(23, 9)
    no_days = WorkSchedule(frozenset(), time(9), time(18), SHANGHAI)
    assert no_days.gap_around(at(21, 3)) is None and no_days.next_gap(at(21, 3)) is None


def test_quiet_hours_may_span_midnight() -> None:
    quiet = QuietHours(time(22), time(8), zone=SHANGHAI)
    assert quiet.contains(at(20, 23)) and quiet.contains(at(21, 7, 59))
    assert not quiet.contains(at(21, 8)) and not quiet.contains(at(20, 21, 59))
    assert not QuietHours(time(22), time(8), enabled=False, zone=SHANGHAI).contains(at(20, 23))


def add(core: Core, asid: str, due: datetime) -> int:
    case_id, _ = core.cases.create(
        CaseDraft(
            platform="pinduoduo",
            after_sale_id=asid,
            case_type="refund_only",
            applied_at=core.clock.now() - timedelta(hours=1),
            platform_deadline=due,
        )
    )
    return case_id


def fired(core: Core, clock: FixedClock) -> list[tuple[datetime, int, bool]]:
    """Every reminder as the scheduler would fire them: (when, lead, last call)."""
    seen = []
    while (when := core.reminders.next_fire_at(clock.now())) is not None:
        clock.set(when)
        for r in core.engine.wake(TIMER).delivery.singles:
            seen.append((when.astimezone(SHANGHAI), r.lead_minutes, r.last_call))
    return seen


@pytest.fixture(autouse=True)
def _no_briefing(core: Core) -> None:
    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(core.settings, dataclasses.replace(prefs, briefing_enabled=False))


def test_a_deadline_at_night_is_announced_when_work_ends(core: Core, clock: FixedClock) -> None:
    add(core, "A", at(21, 3))  # Saturday 03:00
    assert fired(core, clock) == [
        (at(20, 18), 540, True),  # Friday 18:00, the end of the working day before it
        (at(21, 3) - timedelta(hours=4), 240, False),
        (at(21, 2), 60, False),
        (at(21, 2, 45), 15, False),
        (at(21, 3), 0, False),
    ]  # (the 24-hour reminder fell before the case was entered)


def test_no_last_call_inside_working_hours_or_right_after_a_reminder(
    core: Core, clock: FixedClock
) -> None:
    add(core, "INSIDE", at(20, 17))  # Friday 17:00: within working hours
    add(core, "SOON_AFTER", at(20, 18, 10))  # its 15-minute reminder fires at 17:55
    assert [f for f in fired(core, clock) if f[2]] == []


def test_a_deadline_known_only_after_work_gets_no_last_call(core: Core, clock: FixedClock) -> None:
    clock.set(at(20, 20))  # entered at 20:00, after the day ended
    add(core, "LATE", at(21, 3))
    assert [f for f in fired(core, clock) if f[2]] == []


def test_opening_the_app_in_the_evening_gives_the_missed_last_call(
    core: Core, clock: FixedClock
) -> None:
    add(core, "A", at(21, 3))
    clock.set(at(20, 20))  # the app was closed at 18:00
    delivery = core.engine.wake(WakeReason.START).delivery
    assert [(r.lead_minutes, r.last_call) for r in delivery.digest] == [(540, True)]
    assert core.engine.wake(WakeReason.PERIODIC).empty  # once


def test_last_calls_follow_the_working_hours_and_can_be_switched_off(
    core: Core, clock: FixedClock
) -> None:
    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(
        core.settings,
        dataclasses.replace(prefs, work_days=frozenset(range(1, 8)), work_end=time(20)),
    )
    add(core, "A", at(21, 3))
    assert fired(core, clock)[0] == (at(20, 20), 420, True)
    reminder_settings.save(core.settings, dataclasses.replace(prefs, last_call=False))
    add(core, "B", at(22, 3))
    assert [f for f in fired(core, clock) if f[2]] == []


def test_settings_are_kept_as_typed_or_refused_naming_the_field(core: Core) -> None:
    prefs = reminder_settings.load(core.settings)
    assert prefs.work_days == frozenset({1, 2, 3, 4, 5}) and prefs.repeat_minutes == 30
    with pytest.raises(ValidationError) as caught:
        reminder_settings.save(
            core.settings,
            dataclasses.replace(
                prefs, work_start=time(18), work_end=time(9), repeat_minutes=-5, stale_hours=0
            ),
        )
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("work_end", "end_before_start"),
        ("repeat_minutes", "minutes_range"),
        ("stale_hours", "hours_range"),
    ]
    assert reminder_settings.load(core.settings) == prefs  # nothing half-changed
    wanted = dataclasses.replace(
        prefs,
        work_days=frozenset({1, 2, 3, 4, 5, 6}),
        work_start=time(8, 30),
        quiet_enabled=False,
        stale_hours=24,
    )
    reminder_settings.save(core.settings, wanted)
    assert reminder_settings.load(core.settings) == wanted
