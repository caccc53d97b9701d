"""Time conventions: UTC in storage, Asia/Shanghai for platform times without an offset,
local time on screen. Storage uses integer epoch seconds so that SQL compares and sorts
deadlines cheaply and without string-format ambiguity."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def to_utc(when: datetime, naive_zone: ZoneInfo = SHANGHAI) -> datetime:
    """An aware UTC datetime; a naive one is read as platform (Shanghai) time."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=naive_zone)
    return when.astimezone(UTC)


def to_epoch(when: datetime) -> int:
    return int(to_utc(when).timestamp())


def from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def opt_from_epoch(seconds: int | None) -> datetime | None:
    return None if seconds is None else from_epoch(seconds)


def local(when: datetime) -> datetime:
    """The same instant in the computer's own time zone, for display."""
    return when.astimezone()


def isoformat_utc(when: datetime) -> str:
    return to_utc(when).isoformat()


_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")


def parse_time(text: str) -> datetime:
    """Parse `YYYY-MM-DD HH:MM[:SS]` (Asia/Shanghai) or ISO 8601 with an offset.

    Raises ValueError naming the expected forms.
    """
    cleaned = text.strip()
    try:
        return to_utc(datetime.fromisoformat(cleaned))  # ISO, and "YYYY-MM-DD HH:MM[:SS]"
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return to_utc(datetime.strptime(cleaned, fmt))
        except ValueError:
            continue
    raise ValueError(
        f"{text!r} is not a time: use YYYY-MM-DD HH:MM[:SS] or ISO 8601 with an offset"
    )


#: Local times as people type them: to the minute or the second, with dashes, slashes or ISO's
#: T, as the platforms' back-ends show them.
_LOCAL_FORMS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
)


def parse_local(text: str) -> datetime | None:
    """A time typed in the computer's own zone, as an aware UTC time; None when it is not
    one (nothing is guessed: a date without a time, 30 February, words)."""
    cleaned = " ".join(text.replace("：", ":").split())
    for form in _LOCAL_FORMS:
        try:
            naive = datetime.strptime(cleaned, form)
        except ValueError:
            continue
        return to_utc(naive.astimezone())
    return None
