"""Every default clock of DOMAIN.md, reached through the events that start it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from desktop.core.deadlines import NO_CLOCK_KNOWN, derive
from desktop.core.model import (
    Action,
    CaseType,
    DeadlineSource,
    EventKind,
    Party,
    Platform,
    Stage,
)
from desktop.core.rules import Override, load_default_rules
from tests.core.conftest import T0
from tests.core.factories import Timeline, days, facts, hours

RULES = load_default_rules()
K = EventKind


@dataclass(frozen=True)
class Expect:
    rule_id: str
    platform: Platform
    case_type: CaseType
    steps: tuple[EventKind, ...]  # recorded one hour apart after the request; the last starts it
    stage: Stage
    party: Party
    duration: timedelta
    action: Action


CLOCKS = [
    # 抖店 (seed 000)
    Expect("douyin.merchant_handle_request", Platform.DOUYIN, CaseType.REFUND_ONLY, (),
           Stage.AWAITING_MERCHANT, Party.MERCHANT, hours(48), Action.AUTO_AGREE),
    Expect("douyin.buyer_ship_return", Platform.DOUYIN, CaseType.RETURN_REFUND, (K.AGREED,),
           Stage.AWAITING_RETURN, Party.BUYER, days(7), Action.REQUEST_LAPSES),
    Expect("douyin.return_in_transit", Platform.DOUYIN, CaseType.RETURN_REFUND,
           (K.AGREED, K.RETURN_SHIPPED),
           Stage.RETURN_IN_TRANSIT, Party.MERCHANT, days(7), Action.AUTO_REFUND),
    Expect("douyin.return_received", Platform.DOUYIN, CaseType.RETURN_REFUND,
           (K.AGREED, K.RETURN_SHIPPED, K.RETURN_RECEIVED),
           Stage.RETURN_RECEIVED, Party.MERCHANT, hours(48), Action.AUTO_REFUND),
    Expect("douyin.buyer_arbitration", Platform.DOUYIN, CaseType.RETURN_REFUND,
           (K.AGREED, K.RETURN_SHIPPED, K.RETURN_RECEIVED, K.REJECTED),
           Stage.REJECTED, Party.BUYER, hours(48), Action.ESCALATION_WINDOW_CLOSES),
    # 拼多多 (seed 000)
    Expect("pinduoduo.refund_only.merchant", Platform.PINDUODUO, CaseType.REFUND_ONLY, (),
           Stage.AWAITING_MERCHANT, Party.MERCHANT, hours(48), Action.AUTO_REFUND),
    Expect("pinduoduo.return.merchant", Platform.PINDUODUO, CaseType.RETURN_REFUND, (),
           Stage.AWAITING_MERCHANT, Party.MERCHANT, hours(48), Action.AUTO_REFUND_NO_RETURN),
    Expect("pinduoduo.buyer_ship_return", Platform.PINDUODUO, CaseType.RETURN_REFUND, (K.AGREED,),
           Stage.AWAITING_RETURN, Party.BUYER, days(7), Action.REQUEST_LAPSES),
    Expect("pinduoduo.return.merchant_after_return", Platform.PINDUODUO, CaseType.RETURN_REFUND,
           (K.AGREED, K.RETURN_SHIPPED),
           Stage.RETURN_IN_TRANSIT, Party.MERCHANT, days(7), Action.AUTO_REFUND),
    Expect("pinduoduo.buyer_after_reject", Platform.PINDUODUO, CaseType.REFUND_ONLY, (K.REJECTED,),
           Stage.REJECTED, Party.BUYER, days(7), Action.REQUEST_LAPSES),
    # 视频号/微信小店 (official developer docs)
    Expect("wechat.refund_only.merchant", Platform.WECHAT, CaseType.REFUND_ONLY, (),
           Stage.AWAITING_MERCHANT, Party.MERCHANT, hours(48), Action.AUTO_REFUND),
    Expect("wechat.return.merchant", Platform.WECHAT, CaseType.RETURN_REFUND, (),
           Stage.AWAITING_MERCHANT, Party.MERCHANT, hours(48), Action.AUTO_AGREE),
    Expect("wechat.buyer_upload_return", Platform.WECHAT, CaseType.RETURN_REFUND, (K.AGREED,),
           Stage.AWAITING_RETURN, Party.BUYER, days(7), Action.CASE_CLOSES),
    Expect("wechat.merchant_confirm_receipt", Platform.WECHAT, CaseType.RETURN_REFUND,
           (K.AGREED, K.RETURN_SHIPPED),
           Stage.RETURN_IN_TRANSIT, Party.MERCHANT, days(10), Action.AUTO_REFUND),
    Expect("wechat.buyer_escalate", Platform.WECHAT, CaseType.REFUND_ONLY, (K.REJECTED,),
           Stage.REJECTED, Party.BUYER, days(7), Action.ESCALATION_WINDOW_CLOSES),
    # 淘宝/天猫 (unverified fallbacks; the export's 超时时间 wins)
    Expect("taobao.merchant_respond", Platform.TAOBAO, CaseType.REFUND_ONLY, (),
           Stage.AWAITING_MERCHANT, Party.MERCHANT, hours(48), Action.AUTO_AGREE),
    Expect("taobao.buyer_ship_return", Platform.TAOBAO, CaseType.RETURN_REFUND, (K.AGREED,),
           Stage.AWAITING_RETURN, Party.BUYER, days(7), Action.CASE_CLOSES),
    Expect("taobao.merchant_confirm_receipt", Platform.TAOBAO, CaseType.RETURN_REFUND,
           (K.AGREED, K.RETURN_SHIPPED),
           Stage.RETURN_IN_TRANSIT, Party.MERCHANT, days(10), Action.AUTO_REFUND),
]  # fmt: skip


def _run(expect: Expect, rules=RULES):  # type: ignore[no-untyped-def]
    timeline = Timeline(T0)
    last = T0
    for n, kind in enumerate(expect.steps, start=1):
        last = T0 + hours(n)
        timeline.add(kind, last, tracking_no="SF1", courier="顺丰速运")
    state = derive(facts(expect.platform, expect.case_type, T0), timeline.events, rules)
    return state, last


@pytest.mark.parametrize("expect", CLOCKS, ids=lambda e: e.rule_id)
def test_default_clock(expect: Expect) -> None:
    state, started = _run(expect)
    assert state.stage is expect.stage
    clock = next(c for c in state.clocks if c.rule_id == expect.rule_id)
    assert clock.party is expect.party
    assert clock.started_at == started
    assert clock.due_at == started + expect.duration
    assert clock.action is expect.action
    assert clock.source is DeadlineSource.RULE
    assert state.turn is expect.party


def test_every_shipped_rule_is_covered() -> None:
    enabled = {r.id for r in RULES if r.default_enabled}
    assert enabled == {e.rule_id for e in CLOCKS}


def test_every_rule_names_its_source() -> None:
    for rule in RULES:
        assert rule.source and rule.quote and rule.verified_on.year >= 2026, rule.id


def test_pinduoduo_return_clock_keeps_running_after_signing() -> None:
    """拼多多: 7 days from the buyer's return, not from the merchant's receipt."""
    timeline = Timeline(T0)
    timeline.add(K.AGREED, T0 + hours(1))
    timeline.add(K.RETURN_SHIPPED, T0 + days(1), tracking_no="YT1")
    timeline.add(K.RETURN_RECEIVED, T0 + days(3))
    state = derive(facts(Platform.PINDUODUO, CaseType.RETURN_REFUND, T0), timeline.events, RULES)
    assert state.stage is Stage.RETURN_RECEIVED
    assert state.merchant_clock is not None
    assert state.merchant_clock.due_at == T0 + days(8)


def test_douyin_receipt_extension_once_for_seven_days() -> None:
    timeline = Timeline(T0)
    timeline.add(K.AGREED, T0 + hours(1))
    shipped = T0 + days(1)
    timeline.add(K.RETURN_SHIPPED, shipped, tracking_no="ZT1")
    before = derive(facts(applied_at=T0), timeline.events, RULES).merchant_clock
    assert before is not None
    assert before.extension_available_at == shipped + days(5)
    assert before.extensions_left == 1
    timeline.add(
        K.RECEIPT_EXTENDED,
        shipped
        + days(
            5,
        ),
    )
    after = derive(facts(applied_at=T0), timeline.events, RULES).merchant_clock
    assert after is not None
    assert after.due_at == shipped + days(14)
    assert after.extensions_left == 0
    assert after.extension_available_at is None


def test_kuaishou_has_no_guessed_clock() -> None:
    timeline = Timeline(T0)
    state = derive(facts(Platform.KUAISHOU, CaseType.REFUND_ONLY, T0), timeline.events, RULES)
    assert state.clocks == ()
    assert NO_CLOCK_KNOWN in state.warnings
    assert state.turn is Party.MERCHANT


def test_shop_promise_is_off_by_default_and_runs_beside_the_platform_clock() -> None:
    timeline = Timeline(T0)
    timeline.add(K.AGREED, T0 + hours(1))
    timeline.add(K.RETURN_SHIPPED, T0 + hours(2), tracking_no="ZT1")
    received = T0 + days(2)
    timeline.add(K.RETURN_RECEIVED, received)
    off = derive(facts(Platform.TAOBAO, applied_at=T0), timeline.events, RULES)
    assert all(c.rule_id != "shop.refund_after_return" for c in off.clocks)
    rules = RULES.with_overrides({"shop.refund_after_return": Override(enabled=True)})
    on = derive(facts(Platform.TAOBAO, applied_at=T0), timeline.events, rules)
    shop = next(c for c in on.clocks if c.rule_id == "shop.refund_after_return")
    assert shop.due_at == received + hours(72)
    assert shop.action is Action.SHOP_PROMISE_BROKEN
    # The earlier of the two merchant clocks is the one that counts.
    assert on.merchant_clock is not None
    assert on.merchant_clock.due_at == min(c.due_at for c in on.clocks if c.counts)
