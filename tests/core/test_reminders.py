"""Reminders with a FixedClock: once per lead time and deadline, digests after gaps, pauses."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.model import Action, EventKind
from desktop.core.services.cases import EventInput
from desktop.core.services.reminders import WakeReason
from desktop.core.services.validation import CaseDraft
from tests.core.conftest import T0
from tests.core.factories import days, hours

TIMER = WakeReason.TIMER


@pytest.fixture(autouse=True)
def _lead_times_only(core: Core) -> None:
    """These tests follow the lead times; the warning before the working day ends has its
    own tests (test_working_hours.py)."""
    from desktop.core.services import reminder_settings

    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(core.settings, dataclasses.replace(prefs, last_call=False))


def add(core: Core, after_sale_id: str, due_in: timedelta, **kw) -> int:  # type: ignore[no-untyped-def]
    """A 拼多多 refund-only case whose platform deadline is `due_in` from now."""
    now = core.clock.now()
    case_id, _ = core.cases.create(
        CaseDraft(
            platform=kw.get("platform", "pinduoduo"),
            after_sale_id=after_sale_id,
            case_type="refund_only",
            applied_at=now - hours(1),
            platform_deadline=now + due_in,
        )
    )
    return case_id


def fire_next(core: Core, clock: FixedClock, reason: WakeReason = TIMER):  # type: ignore[no-untyped-def]
    """What the scheduler does: wake at the next fire time and reconcile."""
    when = core.reminders.next_fire_at(clock.now())
    assert when is not None
    clock.set(when)
    return core.reminders.reconcile(reason)


def test_each_lead_time_fires_once_then_the_deadline(core: Core, clock: FixedClock) -> None:
    case_id = add(core, "A", days(2))
    seen = []
    for _ in range(5):
        delivery = fire_next(core, clock)
        assert delivery.digest == []
        [reminder] = delivery.singles
        assert reminder.case_id == case_id
        seen.append(reminder.lead_minutes)
        assert core.reminders.reconcile(TIMER).empty  # never twice
    assert seen == [1440, 240, 60, 15, 0]
    assert core.reminders.next_fire_at(clock.now()) is None


def test_a_case_entered_late_skips_lead_times_already_past(core: Core, clock: FixedClock) -> None:
    add(core, "A", hours(3))
    assert core.reminders.reconcile(WakeReason.START).empty
    delivery = fire_next(core, clock)
    assert [r.lead_minutes for r in delivery.singles] == [60]
    assert clock.now() == T0 + hours(2)


def test_sleep_gap_gives_one_digest_with_what_came_due(core: Core, clock: FixedClock) -> None:
    a = add(core, "A", hours(5))
    b = add(core, "B", hours(8))
    c = add(core, "C", days(3))
    clock.advance(hours(10))  # the laptop slept through the night
    delivery = core.reminders.reconcile(WakeReason.RESUME)
    assert delivery.singles == []
    assert [(r.case_id, r.lead_minutes) for r in delivery.digest] == [(a, 0), (b, 0)]
    assert c not in {r.case_id for r in delivery.digest}
    # Everything in the digest counts as delivered: nothing from before shows again.
    assert core.reminders.reconcile(WakeReason.PERIODIC).empty
    later = fire_next(core, clock)
    assert [(r.case_id, r.lead_minutes) for r in later.singles] == [(c, 1440)]


def test_a_late_timer_is_not_dropped_but_digested(core: Core, clock: FixedClock) -> None:
    add(core, "A", hours(6))
    when = core.reminders.next_fire_at(clock.now())
    assert when == T0 + hours(2)
    clock.set(when + timedelta(minutes=40))  # App Nap / a busy machine
    delivery = core.reminders.reconcile(TIMER)
    assert delivery.singles == []
    assert [r.lead_minutes for r in delivery.digest] == [240]


def test_clock_jump_backwards_never_repeats_a_reminder(core: Core, clock: FixedClock) -> None:
    add(core, "A", hours(6))
    first = fire_next(core, clock)
    assert [r.lead_minutes for r in first.singles] == [240]
    clock.advance(hours(-1))  # the wall clock is set back
    assert core.reminders.reconcile(WakeReason.CLOCK_JUMP).empty
    assert core.reminders.next_fire_at(clock.now()) == T0 + hours(5)


def test_clock_jump_forwards_gives_a_digest(core: Core, clock: FixedClock) -> None:
    add(core, "A", hours(6))
    clock.advance(
        hours(
            5,
        )
    )
    delivery = core.reminders.reconcile(WakeReason.CLOCK_JUMP)
    assert [r.lead_minutes for r in delivery.digest] == [60]


def test_app_closed_overnight_start_digest(core: Core, clock: FixedClock) -> None:
    add(core, "A", hours(2))
    add(
        core,
        "B",
        hours(
            4,
        ),
    )
    clock.advance(hours(12))
    delivery = core.reminders.reconcile(WakeReason.START)
    assert len(delivery.digest) == 2 and all(r.lead_minutes == 0 for r in delivery.digest)


def test_many_reminders_at_once_become_one_digest(core: Core, clock: FixedClock) -> None:
    for n in range(5):
        add(core, f"A{n}", days(2))
    delivery = fire_next(core, clock)
    assert delivery.singles == [] and len(delivery.digest) == 5


def test_a_changed_deadline_gets_its_own_reminders(core: Core, clock: FixedClock) -> None:
    case_id = add(core, "A", days(2))
    assert [r.lead_minutes for r in fire_next(core, clock).singles] == [1440]
    core.cases.record(
        case_id,
        EventInput(EventKind.DEADLINE_CHANGED, clock.now(), due_at=clock.now() + days(2)),
    )
    assert [r.lead_minutes for r in fire_next(core, clock).singles] == [1440]


def test_finished_cases_are_not_reminded(core: Core, clock: FixedClock) -> None:
    case_id = add(core, "A", hours(5))
    core.cases.record(case_id, EventInput(EventKind.REFUNDED, clock.now()))
    clock.advance(days(1))
    assert core.reminders.reconcile(WakeReason.PERIODIC).empty
    assert core.reminders.next_fire_at(clock.now()) is None


def test_pause_holds_reminders_and_gives_them_after(core: Core, clock: FixedClock) -> None:
    add(
        core,
        "A",
        hours(
            4,
        )
        + timedelta(minutes=30),
    )
    core.settings.pause(clock.now(), hours(1))
    assert core.reminders.next_fire_at(clock.now()) == T0 + hours(1)
    clock.advance(hours(0.75))
    paused = core.reminders.reconcile(TIMER)
    assert paused.empty and paused.paused_until == T0 + hours(1)
    clock.advance(hours(0.25))
    delivery = core.reminders.reconcile(WakeReason.UNPAUSED)
    assert [r.lead_minutes for r in delivery.digest] == [240]


def test_lead_times_are_editable(core: Core, clock: FixedClock) -> None:
    core.settings.set_lead_minutes([120])
    add(core, "A", hours(5))
    assert [r.lead_minutes for r in fire_next(core, clock).singles] == [120]
    assert [r.lead_minutes for r in fire_next(core, clock).singles] == [0]


def test_delivered_reminders_survive_a_restart(core: Core, clock: FixedClock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.bootstrap import open_core

    add(core, "A", hours(5))
    assert len(fire_next(core, clock).singles) == 1
    core.close()
    reopened = open_core(core.paths.root, clock)
    try:
        assert reopened.reminders.reconcile(WakeReason.START).empty
        assert len(reopened.reminders.recent()) == 1
    finally:
        reopened.close()


def test_periodic_scans_look_only_at_what_fell_due_since(core: Core, clock: FixedClock) -> None:
    add(core, "A", hours(5))
    assert core.reminders.reconcile(WakeReason.START).empty
    clock.advance(hours(1) + timedelta(minutes=1))  # the 4 h reminder fell due a minute ago
    delivery = core.reminders.reconcile(WakeReason.PERIODIC)
    assert [r.lead_minutes for r in delivery.singles] == [240]
    clock.advance(timedelta(minutes=1))
    assert core.reminders.reconcile(WakeReason.PERIODIC).empty


def test_a_deadline_that_reappears_after_it_passed_is_not_reminded_late(
    core: Core, clock: FixedClock
) -> None:
    """A refund withdrawn after the deadline passed: the case is overdue in the queue at once,
    but no reminder fires for times before the deadline was known again."""
    from desktop.core.services.queue import QueueFilter, QueueSort, View

    case_id = add(core, "A", hours(5))
    core.cases.record(case_id, EventInput(EventKind.REFUNDED, clock.now()))
    refunded = core.cases.detail(case_id).events[-1]
    assert core.reminders.reconcile(WakeReason.START).empty
    clock.advance(hours(7))
    core.cases.revoke(case_id, refunded.id, "退款失败")
    assert core.reminders.reconcile(WakeReason.PERIODIC).empty
    assert core.reminders.reconcile(WakeReason.START).empty
    assert core.queue.ids(QueueFilter(View.OVERDUE), QueueSort(), clock.now()) == [case_id]


def test_a_corrected_request_time_does_not_repeat_reminders(core: Core, clock: FixedClock) -> None:
    case_id, _ = core.cases.create(
        CaseDraft(platform="pinduoduo", after_sale_id="A", case_type="refund_only",
                  applied_at=clock.now())
    )  # fmt: skip
    first = fire_next(core, clock)  # 48 h rule: the 24 h reminder
    assert [r.lead_minutes for r in first.singles] == [1440]
    core.cases.edit(case_id, CaseDraft(platform="pinduoduo", after_sale_id="A",
                                       case_type="refund_only",
                                       applied_at=T0 - timedelta(minutes=10)))  # fmt: skip
    assert core.reminders.reconcile(WakeReason.PERIODIC).empty
    assert core.reminders.reconcile(WakeReason.START).empty
    assert [r.lead_minutes for r in fire_next(core, clock).singles] == [240]


def test_every_merchant_clock_is_reminded_not_only_the_earliest(
    core: Core, clock: FixedClock
) -> None:
    """With the shop's 72 h promise on, the platform's auto-refund still gets its reminders."""
    core.rules.change("shop.refund_after_return", enabled=True)
    case_id, _ = core.cases.create(
        CaseDraft(platform="taobao", after_sale_id="T", case_type="return_refund",
                  applied_at=clock.now())
    )  # fmt: skip
    core.cases.record(case_id, EventInput(EventKind.AGREED, clock.now()))
    core.cases.record(case_id, EventInput(EventKind.RETURN_SHIPPED, clock.now(), tracking_no="1"))
    clock.advance(days(2))
    core.cases.record(case_id, EventInput(EventKind.RETURN_RECEIVED, clock.now()))
    seen = []
    while (when := core.reminders.next_fire_at(clock.now())) is not None:
        clock.set(when)
        for r in core.reminders.reconcile(WakeReason.TIMER).singles:
            seen.append((r.action, r.lead_minutes))
    shop, auto = Action.SHOP_PROMISE_BROKEN, Action.AUTO_REFUND
    assert seen == [(shop, 1440), (shop, 240), (shop, 60), (shop, 15), (shop, 0),
                    (auto, 1440), (auto, 240), (auto, 60), (auto, 15), (auto, 0)]  # fmt: skip


def test_a_big_digest_names_the_most_urgent_and_counts_all(core: Core, clock: FixedClock) -> None:
    from desktop.core.services.reminders import DIGEST_NAMED

    for n in range(DIGEST_NAMED + 10):
        add(core, f"A{n:03d}", hours(2) + timedelta(minutes=n))
    clock.advance(days(1))
    delivery = core.reminders.reconcile(WakeReason.START)
    assert delivery.digest_count == DIGEST_NAMED + 10
    assert delivery.digest_overdue == DIGEST_NAMED + 10
    assert len(delivery.digest) == DIGEST_NAMED
    assert delivery.digest[0].after_sale_id == "A000"
    assert core.reminders.reconcile(WakeReason.START).empty


def test_with_no_lead_times_only_the_deadline_itself_is_reminded(
    core: Core, clock: FixedClock
) -> None:
    core.settings.set_lead_minutes([])
    assert core.settings.lead_minutes == ()
    add(core, "A", hours(30))
    assert [r.lead_minutes for r in fire_next(core, clock).singles] == [0]
