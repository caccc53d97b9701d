"""Reply scripts filled from the case: {order_id}, {amount}, {return_tracking_no} … A value the
case does not have becomes a blank (＿＿) to fill in before sending: never "None", never a
missing word the buyer would not notice."""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from datetime import datetime

from desktop.core.model import CaseFacts, CaseState, Platform, yuan_text
from desktop.core.playbooks.model import PLACEHOLDERS

BLANK = "＿＿"


def case_values(
    facts: CaseFacts,
    state: CaseState,
    *,
    platform_name: Callable[[Platform], str],
    local_time: Callable[[datetime], str],
) -> dict[str, str]:
    """What each placeholder stands for on this case (names and times as the UI shows them)."""
    merchant = state.merchant_clock
    return {
        "after_sale_id": facts.after_sale_id,
        "order_id": facts.order_id,
        "amount": f"¥{yuan_text(facts.amount_fen)}" if facts.amount_fen is not None else "",
        "buyer": facts.buyer,
        "reason": facts.reason,
        "platform": platform_name(facts.platform),
        "return_courier": state.return_courier,
        "return_tracking_no": state.return_tracking_no,
        "ship_courier": facts.ship_courier,
        "ship_tracking_no": facts.ship_tracking_no,
        "resend_courier": state.resend_courier,
        "resend_tracking_no": state.resend_tracking_no,
        "merchant_deadline": local_time(merchant.due_at) if merchant else "",
    }


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with every known placeholder replaced. Braces that are not a known
    placeholder (a shop's own text may hold some) are left as written."""
    out: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:  # unpaired braces in a shop's own text: show it as written
        return template
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name in PLACEHOLDERS:
            out.append(values.get(name) or BLANK)
        else:
            rebuilt = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            out.append("{" + rebuilt + "}")
    return "".join(out)
