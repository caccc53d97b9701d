"""A small-compensation suggestion (seed 004 ㈢): the amount follows one-way postage — the same
city up to 10 元, another province 10–15 元, high-value goods 20–50 元 depending on the margin —
and the buyer is told why, never just a number. Never more than the buyer paid."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.model import yuan_text

#: Goods from this price on count as high-value unless the user says otherwise. The seed gives
#: no figure; ¥200 is where 20–50 元 stays within a small shop's usual margin.
HIGH_VALUE_FROM_FEN = 200_00


class Distance(StrEnum):
    SAME_CITY = "same_city"
    OTHER_PROVINCE = "other_province"


@dataclass(frozen=True)
class Advice:
    low_fen: int
    high_fen: int
    basis: str  # same_city, other_province or high_value: the reasoning to give
    capped: bool  # lowered to what the buyer paid


_RANGES = {
    Distance.SAME_CITY: (0, 10_00),
    Distance.OTHER_PROVINCE: (10_00, 15_00),
}
_HIGH_VALUE = (20_00, 50_00)


def advise(distance: Distance, amount_fen: int | None, high_value: bool | None = None) -> Advice:
    """`high_value` None: decided from the amount (HIGH_VALUE_FROM_FEN)."""
    if high_value is None:
        high_value = amount_fen is not None and amount_fen >= HIGH_VALUE_FROM_FEN
    low, high = _HIGH_VALUE if high_value else _RANGES[distance]
    basis = "high_value" if high_value else distance.value
    capped = amount_fen is not None and high > amount_fen
    if capped:
        assert amount_fen is not None
        high = amount_fen
        low = min(low, high)
    return Advice(low, high, basis, capped)


#: What to send the buyer, in the buyer's language: the reason first, the amount last. The
#: offer is the low end of the range (the high end is what there is left to negotiate).
POSTAGE_SCRIPT = (
    "亲，真的很抱歉给您带来不便。考虑到商品退回需要再寄一次快递、来回折腾，我们想按一单运费的标准给您"
    "补偿 {amount} 元，您看这样可以吗？商品您可以继续使用，有任何问题随时联系我们~"
)
VALUE_SCRIPT = (
    "亲，真的很抱歉给您带来不便。这件商品价值不低，来回退换既耽误您的时间，运输途中也容易再出问题，"
    "我们想补偿您 {amount} 元表示歉意，您看这样可以吗？商品您可以继续使用，有任何问题随时联系我们~"
)


def offer_fen(advice: Advice) -> int:
    return advice.low_fen if advice.low_fen > 0 else advice.high_fen


def script(advice: Advice) -> str:
    template = VALUE_SCRIPT if advice.basis == "high_value" else POSTAGE_SCRIPT
    return template.format(amount=yuan_text(offer_fen(advice)))
