"""Which courier a waybill number belongs to, for sending intercept requests to each courier's
group (seed 001, steps 4-6).

抖店's export has the outbound tracking number (发货物流单号) but no courier column, so the
courier is read from the letters some couriers print in front of their numbers. All-digit
numbers (中通, 申通, 韵达, EMS …) overlap between couriers, so they are never guessed at: they are
grouped by their first two characters, which is what sorting the spreadsheet did for the
seed's author, and named as unknown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Letter prefixes printed on these couriers' waybills, longest first.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("JDVA", "京东物流"),
    ("JDVB", "京东物流"),
    ("JDVC", "京东物流"),
    ("JDX", "京东物流"),
    ("JDV", "京东物流"),
    ("DPK", "德邦快递"),
    ("SF", "顺丰速运"),
    ("JT", "极兔速递"),
    ("YT", "圆通速递"),
    ("JD", "京东物流"),
)
#: Courier names as exports and people write them -> one name per courier.
_ALIASES = {
    "顺丰": "顺丰速运",
    "顺丰快递": "顺丰速运",
    "中通": "中通快递",
    "圆通": "圆通速递",
    "圆通快递": "圆通速递",
    "申通": "申通快递",
    "韵达": "韵达快递",
    "韵达速递": "韵达快递",
    "极兔": "极兔速递",
    "极兔快递": "极兔速递",
    "京东": "京东物流",
    "京东快递": "京东物流",
    "德邦": "德邦快递",
    "德邦物流": "德邦快递",
    "邮政": "邮政快递包裹",
    "中国邮政": "邮政快递包裹",
    "ems": "EMS",
}
_START = re.compile(r"[0-9A-Z]{2}")


@dataclass(frozen=True)
class CourierKey:
    """A group of waybills sent to one courier. `name` is '' when the courier is unknown; the
    group then holds the numbers that start with `starts`."""

    name: str
    starts: str = ""

    @property
    def known(self) -> bool:
        return bool(self.name)


def courier_of(tracking_no: str, courier: str = "") -> CourierKey:
    """The courier named in the export, else the one the number's prefix tells."""
    named = normalise_courier(courier)
    if named:
        return CourierKey(named)
    number = tracking_no.strip().upper()
    for prefix, name in PREFIXES:
        if number.startswith(prefix) and number[len(prefix) :][:1].isalnum():
            return CourierKey(name)
    start = number[:2]
    return CourierKey("", start if _START.fullmatch(start) else "")


def normalise_courier(text: str) -> str:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    return _ALIASES.get(cleaned.lower(), cleaned)
