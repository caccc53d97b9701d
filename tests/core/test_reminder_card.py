"""The reminder card's truth in the database: on it until acknowledged, snoozed until a chosen
time, back with a more urgent reminder, back every 30 minutes while overdue, off it when the
case is handled (FixedClock throughout)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from desktop.core.bootstrap import Core, open_core
from desktop.core.clock import FixedClock
from desktop.core.model import EventKind
from desktop.core.services import reminder_settings
from desktop.core.services.alerts import Snooze
from desktop.core.services.cases import EventInput
from desktop.core.services.reminders import WakeReason
from desktop.core.times import SHANGHAI
from tests.core.factories import hours
from tests.core.reminding import add_due, fire, leads_only

TIMER = WakeReason.TIMER


@pytest.fixture(autouse=True)
def _leads_only(core: Core) -> None:
    leads_only(core)


def add(core: Core, after_sale_id: str, due_in: timedelta, amount: str = "88.00") -> int:
    return add_due(core, after_sale_id, due_in, amount)


def on_card(core: Core) -> list[str]:
    return [a.after_sale_id for a in core.alerts.card().alerts]


def test_a_reminder_stays_on_the_card_until_acknowledged(core: Core, clock: FixedClock) -> None:
    case_id = add(core, "A", hours(30), amount="128.50")
    assert core.alerts.card().empty
    fire(core, clock)  # 24 hours left
    card = core.alerts.card()
    assert card.total == 1 and card.overdue == 0 and card.amount_fen == 12850
    [alert] = card.alerts
    assert (alert.case_id, alert.lead_minutes, alert.action) == (case_id, 1440, alert.action)
    clock.advance(hours(2))
    core.engine.wake(WakeReason.PERIODIC)
    assert on_card(core) == ["A"]  # nothing new, still there: nobody acknowledged it
    core.alerts.acknowledge([case_id])
    assert core.alerts.card().empty
    fire(core, clock)  # 4 hours left: a more urgent reminder brings it back
    assert [a.lead_minutes for a in core.alerts.card().alerts] == [240]


def test_acknowledging_all_leaves_a_snoozed_case_snoozed(core: Core, clock: FixedClock) -> None:
    a = add(core, "A", hours(5))
    add(core, "B", hours(5.5))
    clock.advance(hours(1.5))  # both have 4 hours left or less
    core.engine.wake(TIMER)
    assert on_card(core) == ["A", "B"]
    core.alerts.snooze(Snooze.HOUR_1, [a])
    core.alerts.acknowledge(None)
    assert core.alerts.card().empty
    clock.advance(hours(1))
    assert on_card(core) == ["A"]


def test_snooze_hides_until_its_time_and_the_deadline_passing_ends_it_early(
    core: Core, clock: FixedClock
) -> None:
    case_id = add(core, "A", timedelta(minutes=70))
    fire(core, clock)  # 1 hour left
    core.alerts.snooze(Snooze.HOUR_1, [case_id])
    assert core.alerts.card().empty
    assert core.alerts.next_change(clock.now()) == clock.now() + hours(1)
    fire(core, clock)  # 15 minutes left: more urgent than the snooze
    assert on_card(core) == ["A"]
    core.alerts.snooze(Snooze.MINUTES_15, [case_id])
    clock.advance(timedelta(minutes=14))
    assert core.alerts.card().empty
    clock.advance(timedelta(minutes=1))
    assert on_card(core) == ["A"]


def test_snooze_until_work_starts_skips_the_weekend(core: Core, clock: FixedClock) -> None:
    clock.set(datetime(2026, 11, 20, 19, 30, tzinfo=SHANGHAI))  # Friday evening
    until = core.alerts.snooze_until(Snooze.NEXT_WORKDAY)
    assert until == datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)  # Monday 09:00
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=SHANGHAI))  # Monday before work
    assert core.alerts.snooze_until(Snooze.NEXT_WORKDAY) == datetime(
        2026, 11, 23, 9, 0, tzinfo=SHANGHAI
    )


def test_an_overdue_case_nobody_acknowledged_comes_back_every_30_minutes(
    core: Core, clock: FixedClock
) -> None:
    case_id = add(core, "A", timedelta(minutes=10))
    fire(core, clock)  # the deadline passed
    assert core.alerts.card().overdue == 1
    assert core.alerts.repeat_due() == []  # just shown
    assert core.alerts.next_change(clock.now()) == clock.now() + timedelta(minutes=30)
    clock.advance(timedelta(minutes=29))
    assert core.alerts.repeat_due() == []
    clock.advance(timedelta(minutes=1))
    assert core.alerts.repeat_due() == [case_id]
    assert core.alerts.repeat_due() == []  # marked shown: next time in 30 minutes
    clock.advance(timedelta(minutes=30))
    assert core.alerts.repeat_due() == [case_id]
    core.alerts.acknowledge([case_id])
    clock.advance(hours(2))
    assert core.alerts.repeat_due() == []


def test_repeat_every_zero_minutes_means_never(core: Core, clock: FixedClock) -> None:
    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(core.settings, dataclasses.replace(prefs, repeat_minutes=0))
    assert reminder_settings.load(core.settings).repeat_minutes == 0  # kept as typed
    add(core, "A", timedelta(minutes=10))
    fire(core, clock)
    clock.advance(hours(5))
    assert core.alerts.repeat_due() == []
    assert core.alerts.next_change(clock.now()) is None


def test_a_handled_case_leaves_the_card_by_itself(core: Core, clock: FixedClock) -> None:
    case_id = add(core, "A", hours(5))
    add(core, "B", hours(5.5))
    clock.advance(hours(1.5))
    core.engine.wake(TIMER)
    core.cases.record(case_id, EventInput(EventKind.REFUNDED, clock.now()))
    assert on_card(core) == ["B"]
    core.engine.wake(WakeReason.START)  # a full scan notes when its clock stopped
    with core.db.read() as raw:
        cleared = raw.execute("SELECT cleared_at FROM alerts WHERE case_id = ?", (case_id,))
        assert cleared.fetchone()[0] == int(clock.now().timestamp())


def test_a_moved_deadline_leaves_the_card_and_gets_its_own_reminders(
    core: Core, clock: FixedClock
) -> None:
    case_id = add(core, "A", hours(5))
    fire(core, clock)
    assert on_card(core) == ["A"]
    core.cases.record(
        case_id, EventInput(EventKind.DEADLINE_CHANGED, clock.now(), due_at=clock.now() + hours(50))
    )
    assert core.alerts.card().empty
    fire(core, clock)
    assert [a.lead_minutes for a in core.alerts.card().alerts] == [1440]


def test_the_card_names_the_most_urgent_and_counts_all(core: Core, clock: FixedClock) -> None:
    for n in range(12):
        add(core, f"A{n:02d}", hours(1 + n), amount="10.00")
    clock.advance(hours(30))
    core.engine.wake(WakeReason.RESUME)
    card = core.alerts.card(limit=8)
    assert card.total == 12 and card.overdue == 12 and card.amount_fen == 12000
    assert [a.after_sale_id for a in card.alerts] == [f"A{n:02d}" for n in range(8)]


def test_what_the_watcher_decided_is_on_the_windows_card(core: Core, clock: FixedClock) -> None:
    add(core, "A", hours(5))
    clock.advance(hours(1.5))
    watcher = open_core(core.paths.root, clock)  # another process, the same folder
    try:
        assert not watcher.engine.wake(TIMER).empty
    finally:
        watcher.close()
    assert core.engine.wake(WakeReason.START).empty  # decided once, by the watcher
    assert on_card(core) == ["A"]
