"""Cleaning one cell of a platform export. Each cleaner returns a value or raises CellError with
a stable code (the report names row, column and reason)."""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.times import SHANGHAI, to_utc

#: What exports put in a cell that has nothing in it.
EMPTY = frozenset({"", "-", "--", "—", "无", "null", "none", "nan", "n/a", "#n/a"})
#: Starts of cells CaseWatch's export quotes with an apostrophe, so no formula runs.
QUOTED_STARTS = ("=", "+", "-", "@", "'", "\t", "\r")
_EXCEL_NUMBER = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")
_EXCEL_TEXT = re.compile(r'^="(.*)"$')
_ID = re.compile(r"^[0-9A-Za-z._\-/#]+$")
_TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y%m%d%H%M%S",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
)
#: Excel's serial day numbers (1900 system) a date cell may come back as.
_EXCEL_EPOCH = datetime(1899, 12, 30)
#: Ids a float can carry exactly; longer ones were rounded when they became numbers.
_EXACT_FLOAT_DIGITS = 15


class CellError(ValueError):
    def __init__(self, code: str, value: Any):
        self.code, self.value = code, value
        super().__init__(code, value)


def text(value: Any) -> str:
    """A text cell: '' for the exports' ways of saying empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else str(value)
    cleaned = str(value).replace("\ufeff", "").strip()
    if cleaned.lower() in EMPTY:
        return ""
    if cleaned[:1] == "'" and (cleaned[1:2] in QUOTED_STARTS or cleaned[1:].lower() in EMPTY):
        cleaned = cleaned[1:]  # our own export's quote (a formula, or a word meaning "empty")
    return cleaned


def identifier(value: Any) -> str:
    """An id as text: tabs, ="…" and a trailing .0 removed; ids Excel turned into numbers
    (7.30123E+18, or a float with more digits than a float holds) are refused."""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if not value.is_integer() or abs(value) >= 10**_EXACT_FLOAT_DIGITS:
            raise CellError("excel_mangled_id", value)
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    cleaned = text(value).replace("\t", "").strip()
    match = _EXCEL_TEXT.match(cleaned)
    if match:
        cleaned = match.group(1).strip()
    if cleaned.endswith(".0") and cleaned[:-2].isdigit():
        cleaned = cleaned[:-2]
    if not cleaned:
        return ""
    if _EXCEL_NUMBER.match(cleaned):
        raise CellError("excel_mangled_id", cleaned)
    if len(cleaned) > 64 or not _ID.match(cleaned):
        raise CellError("bad_id", cleaned)
    return cleaned


def money_fen(value: Any) -> int | None:
    """'¥1,290.00', '59', 35.0 -> fen; '' -> None. Negative or non-numeric amounts are refused."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return None
        amount = Decimal(str(value))
    else:
        cleaned = text(value)
        for junk in ("¥", "￥", ",", "，", "元", " "):
            cleaned = cleaned.replace(junk, "")
        if not cleaned:
            return None
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise CellError("invalid_amount", value) from None
    if not amount.is_finite() or amount < 0 or amount > Decimal("100000000"):
        raise CellError("invalid_amount", value)
    return int((amount * 100).quantize(Decimal("1")))


def moment(value: Any) -> datetime | None:
    """A time cell -> aware UTC. Times without an offset are the platforms' (Asia/Shanghai)."""
    if type(value) is str and len(value) == 19 and value[4] == "-" and value[10] == " ":
        fast = _fast_moment(value)  # how every platform writes times: 100,000 rows a second
        if fast is not None:
            return fast
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_utc(value)
    if isinstance(value, date):
        return to_utc(datetime(value.year, value.month, value.day))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return None
        if 20_000 < value < 80_000:  # an Excel date serial that lost its date format
            return to_utc((_EXCEL_EPOCH + timedelta(days=float(value))).replace(microsecond=0))
        return _epoch(int(value), value)
    cleaned = text(value)
    if not cleaned:
        return None
    if cleaned.isdigit() and len(cleaned) in (10, 13):
        return _epoch(int(cleaned), cleaned)
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).replace(tzinfo=SHANGHAI).astimezone(UTC)
        except ValueError:
            continue
    try:
        return to_utc(datetime.fromisoformat(cleaned))
    except ValueError:
        raise CellError("invalid_time", value) from None


def _fast_moment(value: str) -> datetime | None:
    """'YYYY-MM-DD HH:MM:SS' in Shanghai time, without strptime. China has kept UTC+8 without
    daylight saving since 1992; earlier dates take the zone database's slower path."""
    try:
        year = int(value[0:4])
        if year < 1992:
            return None
        local = datetime(year, int(value[5:7]), int(value[8:10]), int(value[11:13]),
                         int(value[14:16]), int(value[17:19]), tzinfo=UTC)  # fmt: skip
    except ValueError:
        return None
    return local - _SHANGHAI_OFFSET


_SHANGHAI_OFFSET = timedelta(hours=8)


def _epoch(number: int, original: Any) -> datetime:
    """Platform APIs give epoch seconds (抖店) or milliseconds (拼多多, 微信)."""
    seconds = number / 1000 if number > 10**11 else number
    if not 946_684_800 <= seconds <= 4_102_444_800:  # 2000 … 2100
        raise CellError("invalid_time", original)
    return datetime.fromtimestamp(seconds, UTC)
