"""Event -> stage -> clock transitions, the platform's own deadline, and undoing by revocation."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.deadlines import CLOCK_START_ESTIMATED, EXTENSION_OVER_LIMIT, derive, in_force
from desktop.core.model import (
    Action,
    CaseType,
    DeadlineSource,
    EventKind,
    Party,
    Platform,
    Stage,
)
from desktop.core.rules import load_default_rules
from tests.core.conftest import T0
from tests.core.factories import Timeline, days, facts, hours

RULES = load_default_rules()
K = EventKind
DY_RETURN = facts(Platform.DOUYIN, CaseType.RETURN_REFUND, T0)


def state_of(timeline: Timeline, case=DY_RETURN):  # type: ignore[no-untyped-def]
    return derive(case, timeline.events, RULES)


def test_new_request_waits_for_the_merchant() -> None:
    state = state_of(Timeline(T0))
    assert state.stage is Stage.AWAITING_MERCHANT
    assert state.turn is Party.MERCHANT
    assert state.merchant_clock is not None
    assert state.merchant_clock.due_at == T0 + hours(48)


def test_agreeing_a_refund_only_request_stops_the_merchant_clock() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(2))
    state = state_of(t, facts(Platform.PINDUODUO, CaseType.REFUND_ONLY, T0))
    assert state.stage is Stage.AGREED
    assert state.merchant_clock is None
    assert state.is_open


def test_refund_and_close_finish_the_case() -> None:
    for kind, stage in ((K.REFUNDED, Stage.REFUNDED), (K.CLOSED, Stage.CLOSED)):
        t = Timeline(T0)
        t.add(K.AGREED, T0 + hours(1))
        t.add(K.RETURN_SHIPPED, T0 + hours(2), tracking_no="1")
        t.add(kind, T0 + hours(3))
        state = state_of(t)
        assert state.stage is stage
        assert not state.is_open
        assert state.clocks == ()
        assert state.turn is Party.NOBODY


def test_platform_deadline_wins_over_the_rule_for_its_stage() -> None:
    t = Timeline(T0)
    t.deadline(T0, T0 + hours(30))  # 自动处理截止时间 shorter than the 48 h rule
    state = state_of(t)
    clock = state.merchant_clock
    assert clock is not None
    assert clock.source is DeadlineSource.PLATFORM
    assert clock.due_at == T0 + hours(30)
    assert clock.action is Action.AUTO_AGREE  # the action of the rule it replaces
    superseded = [c for c in state.clocks if c.superseded]
    assert [c.rule_id for c in superseded] == ["douyin.merchant_handle_request"]


def test_platform_deadline_ends_with_its_stage() -> None:
    t = Timeline(T0)
    t.deadline(T0, T0 + hours(30))
    t.add(K.AGREED, T0 + hours(1))
    t.add(K.RETURN_SHIPPED, T0 + hours(5), tracking_no="ZT9")
    state = state_of(t)
    assert state.merchant_clock is not None
    assert state.merchant_clock.source is DeadlineSource.RULE
    assert state.merchant_clock.due_at == T0 + hours(5) + days(7)


def test_platform_deadline_given_later_in_the_same_stage() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    t.add(K.RETURN_SHIPPED, T0 + hours(5), tracking_no="ZT9")
    t.deadline(T0 + days(1), T0 + days(6))
    state = state_of(t)
    assert state.merchant_clock is not None
    assert state.merchant_clock.source is DeadlineSource.PLATFORM
    assert state.merchant_clock.due_at == T0 + days(6)


def test_extension_moves_a_platform_deadline_entered_before_it() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    shipped = T0 + hours(5)
    t.add(K.RETURN_SHIPPED, shipped, tracking_no="ZT9")
    t.deadline(shipped + hours(1), shipped + days(7))
    t.add(
        K.RECEIPT_EXTENDED,
        shipped
        + days(
            5,
        ),
    )
    clock = state_of(t).merchant_clock
    assert clock is not None
    assert clock.source is DeadlineSource.PLATFORM
    assert clock.due_at == shipped + days(14)


def test_a_second_extension_does_not_count() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    shipped = T0 + hours(5)
    t.add(K.RETURN_SHIPPED, shipped, tracking_no="ZT9")
    t.add(K.RECEIPT_EXTENDED, shipped + days(5))
    t.add(K.RECEIPT_EXTENDED, shipped + days(6))
    state = state_of(t)
    assert state.merchant_clock is not None
    assert state.merchant_clock.due_at == shipped + days(14)
    assert EXTENSION_OVER_LIMIT in state.warnings


def test_revoking_an_event_undoes_it_and_revoking_the_revocation_restores_it() -> None:
    t = Timeline(T0)
    agreed = t.add(K.AGREED, T0 + hours(1))
    revocation = t.add(K.REVOKED, T0 + hours(2), event_id=agreed.id)
    assert state_of(t).stage is Stage.AWAITING_MERCHANT
    t.add(K.REVOKED, T0 + hours(3), event_id=revocation.id)
    assert state_of(t).stage is Stage.AWAITING_RETURN
    assert [e.id for e in in_force(t.events)] == [1, agreed.id]


def test_buyer_reapplying_after_rejection_restarts_the_merchant_clock() -> None:
    t = Timeline(T0)
    t.add(K.REJECTED, T0 + hours(3))
    again = T0 + days(1)
    t.add(K.REAPPLIED, again)
    state = state_of(t)
    assert state.stage is Stage.AWAITING_MERCHANT
    assert state.merchant_clock is not None
    assert state.merchant_clock.due_at == again + hours(48)


def test_escalated_case_is_the_platforms_turn() -> None:
    t = Timeline(T0)
    t.add(K.REJECTED, T0 + hours(3))
    t.add(K.ESCALATED, T0 + hours(20))
    state = state_of(t)
    assert state.stage is Stage.ESCALATED
    assert state.turn is Party.PLATFORM


def test_signed_for_without_shipped_counts_from_signing_and_says_so() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    t.add(K.RETURN_RECEIVED, T0 + days(2))
    state = state_of(t, facts(Platform.PINDUODUO, CaseType.RETURN_REFUND, T0))
    assert state.merchant_clock is not None
    assert state.merchant_clock.due_at == T0 + days(9)
    assert CLOCK_START_ESTIMATED in state.warnings


def test_return_tracking_comes_from_the_latest_shipment() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    first = t.add(K.RETURN_SHIPPED, T0 + hours(2), courier="中通快递", tracking_no="ZT1")
    t.add(K.REVOKED, T0 + hours(3), event_id=first.id)
    t.add(K.RETURN_SHIPPED, T0 + hours(2), courier="圆通速递", tracking_no="YT2")
    state = state_of(t)
    assert (state.return_courier, state.return_tracking_no) == ("圆通速递", "YT2")


def test_deadline_known_at_is_when_it_was_recorded_not_when_it_happened() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1), recorded=T0 + days(2))
    t.add(K.RETURN_SHIPPED, T0 + days(1), recorded=T0 + days(3), tracking_no="X1")
    clock = state_of(t).merchant_clock
    assert clock is not None
    assert clock.started_at == T0 + days(1)
    assert clock.known_at == T0 + days(3)


_kinds = st.sampled_from(
    [K.AGREED, K.RETURN_SHIPPED, K.RETURN_RECEIVED, K.RECEIPT_EXTENDED, K.REJECTED, K.ESCALATED,
     K.REAPPLIED, K.REFUNDED, K.CLOSED, K.NOTE]
)  # fmt: skip


@given(
    steps=st.lists(st.tuples(_kinds, st.integers(min_value=0, max_value=20 * 24)), max_size=12),
    platform=st.sampled_from(list(Platform)),
    case_type=st.sampled_from(list(CaseType)),
)
def test_any_timeline_gives_a_consistent_state(steps, platform, case_type) -> None:  # type: ignore[no-untyped-def]
    t = Timeline(T0)
    for kind, offset in steps:
        t.add(kind, T0 + timedelta(hours=offset), tracking_no="T")
    state = derive(facts(platform, case_type, T0), t.events, RULES)
    if not state.is_open:
        assert state.clocks == () and state.turn is Party.NOBODY
    for clock in state.clocks:
        assert clock.due_at > clock.started_at
        assert clock.known_at >= T0
    merchant = state.merchant_clock
    if merchant is not None:
        assert all(merchant.due_at <= c.due_at for c in state.clocks
                   if c.party is Party.MERCHANT and c.counts)  # fmt: skip


def test_platform_deadline_lasts_through_the_stages_of_the_clock_it_replaced() -> None:
    """拼多多: 7 days from the return, through signing; the platform's date stays in force."""
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    t.add(K.RETURN_SHIPPED, T0 + days(1), tracking_no="YT1")
    t.deadline(T0 + days(1), T0 + days(4))  # shortened by the platform
    t.add(K.RETURN_RECEIVED, T0 + days(2))
    state = state_of(t, facts(Platform.PINDUODUO, CaseType.RETURN_REFUND, T0))
    assert state.merchant_clock is not None
    assert state.merchant_clock.source is DeadlineSource.PLATFORM
    assert state.merchant_clock.due_at == T0 + days(4)


def test_platform_deadline_in_a_buyer_stage_is_the_buyers() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    t.deadline(T0 + hours(2), T0 + days(5))  # 抖店 shows when the buyer must ship by
    state = state_of(t)
    assert state.stage is Stage.AWAITING_RETURN
    assert state.merchant_clock is None
    assert state.turn is Party.BUYER
    assert state.buyer_clock is not None
    assert state.buyer_clock.source is DeadlineSource.PLATFORM
    assert state.buyer_clock.due_at == T0 + days(5)
    assert state.buyer_clock.action is Action.REQUEST_LAPSES


def test_platform_deadline_takes_the_platforms_action_and_leaves_shop_promises() -> None:
    from desktop.core.rules import Override

    rules = RULES.with_overrides({"shop.refund_after_return": Override(enabled=True)})
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    t.add(K.RETURN_SHIPPED, T0 + hours(2), tracking_no="1")
    t.add(K.RETURN_RECEIVED, T0 + days(2))
    t.deadline(T0 + days(2), T0 + days(9))
    state = derive(facts(Platform.TAOBAO, CaseType.RETURN_REFUND, T0), t.events, rules)
    platform = next(c for c in state.clocks if c.source is DeadlineSource.PLATFORM)
    assert platform.action is Action.AUTO_REFUND
    shop = next(c for c in state.clocks if c.rule_id == "shop.refund_after_return")
    assert not shop.superseded
    assert state.merchant_clock is shop  # the shop's 72 h comes first


def test_agreeing_after_arbitration_picks_up_where_the_parcel_is() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    t.add(K.RETURN_SHIPPED, T0 + hours(2), tracking_no="1")
    t.add(K.RETURN_RECEIVED, T0 + days(2))
    t.add(
        K.REJECTED,
        T0
        + days(
            2,
        )
        + hours(1),
    )
    t.add(K.ESCALATED, T0 + days(3))
    t.add(K.AGREED, T0 + days(4))
    assert state_of(t).stage is Stage.RETURN_RECEIVED


def test_receipt_extension_counts_once_per_request_even_after_a_new_tracking_number() -> None:
    t = Timeline(T0)
    t.add(K.AGREED, T0 + hours(1))
    t.add(K.RETURN_SHIPPED, T0 + hours(2), tracking_no="ZT1")
    t.add(
        K.RECEIPT_EXTENDED,
        T0
        + days(
            5,
        )
        + hours(3),
    )
    t.add(K.RETURN_SHIPPED, T0 + days(6), tracking_no="ZT2")  # the buyer corrected the number
    clock = state_of(t).merchant_clock
    assert clock is not None
    assert clock.extensions_left == 0
    assert clock.due_at == T0 + days(6) + days(14)
