"""Time-aware prompts on a case: what to do now that the clocks and the parcel say it.

- A return still in transit with the merchant's deadline within 48 h, on a platform whose rule
  has 延长收货 (抖店: from 5 days after the tracking upload, once, +7 days): use it, or say
  when it opens (seed 000).
- A refund-only request while the outbound parcel is still on its way: have it intercepted
  (seed 001).
- A request past the after-sales period on 视频号/微信小店: 延长售后 is possible there (seed 003).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.core.model import CaseFacts, CaseState, CaseType, Platform, Stage
from desktop.core.rules import RuleSet

EXTENSION_WINDOW = timedelta(hours=48)
#: The scenario whose cases may get 延长售后 (resources/playbooks/past_after_sales_period.toml).
PAST_PERIOD_SCENARIO = "past_after_sales_period"
#: Words in an outbound parcel's status that say it is no longer on its way.
_ARRIVED = (
    "签收",
    "退回",
    "拒收",
    "退签",
    "取件",
    "妥投",
    "送达",
    "投递",
    "驿站",
    "快递柜",
    "自提",
)
_INTERCEPT_STAGES = frozenset({Stage.AWAITING_MERCHANT, Stage.NEEDS_REVIEW})


@dataclass(frozen=True)
class Prompt:
    code: str  # extend_receipt_now, extend_receipt_later, intercept, extend_after_sales
    params: dict[str, Any] = field(default_factory=dict)


def prompts(
    facts: CaseFacts,
    state: CaseState,
    now: datetime,
    rules: RuleSet,
    scenario_ids: frozenset[str] = frozenset(),
) -> list[Prompt]:
    found: list[Prompt] = []
    extension = _extension(state, now, rules)
    if extension is not None:
        found.append(extension)
    if _parcel_on_its_way(facts, state):
        found.append(
            Prompt(
                "intercept", {"courier": facts.ship_courier, "tracking_no": facts.ship_tracking_no}
            )
        )
    if PAST_PERIOD_SCENARIO in scenario_ids and facts.platform is Platform.WECHAT and state.is_open:
        found.append(Prompt("extend_after_sales", {"times": 3, "days": 7}))
    return found


def _extension(state: CaseState, now: datetime, rules: RuleSet) -> Prompt | None:
    if state.stage is not Stage.RETURN_IN_TRANSIT:
        return None
    merchant = state.merchant_clock
    # The rule's clock carries the extension even where the platform's own deadline replaced it.
    clock = next((c for c in state.clocks if c.extensions_left > 0), None)
    if merchant is None or clock is None or clock.extension_available_at is None:
        return None
    if merchant.due_at - now > EXTENSION_WINDOW or merchant.due_at <= now:
        return None  # not yet pressing, or too late: the platform has acted already
    rule = rules.get(clock.rule_id) if clock.rule_id and clock.rule_id in rules else None
    adds = rule.extension.adds if rule is not None and rule.extension is not None else None
    params = {
        "deadline": merchant.due_at,
        "available_at": clock.extension_available_at,
        "adds": adds,
        "left": clock.extensions_left,
    }
    if clock.extension_available_at <= now:
        return Prompt("extend_receipt_now", params)
    params["too_late"] = clock.extension_available_at >= merchant.due_at
    return Prompt("extend_receipt_later", params)


def _parcel_on_its_way(facts: CaseFacts, state: CaseState) -> bool:
    return (
        facts.case_type is CaseType.REFUND_ONLY
        and state.stage in _INTERCEPT_STAGES
        and bool(facts.ship_tracking_no)
        and state.intercepted_at is None
        and not any(word in facts.logistics_status for word in _ARRIVED)
    )
