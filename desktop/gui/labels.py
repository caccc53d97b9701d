"""Every enum shown to the user, as translated text: the one table of labels.

Source strings are English; i18n/casewatch_zh_CN.ts holds the Chinese. Tables are rebuilt when
the language changes (reload()).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum, IntEnum

from PySide6.QtCore import QCoreApplication

from desktop.core.model import (
    Action,
    CaseType,
    Confidence,
    DeadlineSource,
    EventKind,
    Party,
    Platform,
    Stage,
)
from desktop.core.services.queue import View

translate = QCoreApplication.translate

_tables: dict[type, dict[Enum, str]] = {}


def reload() -> None:
    """Rebuild the tables in the language now installed."""
    _tables.clear()
    _tables[Platform] = {
        Platform.DOUYIN: translate("Platform", "Douyin"),
        Platform.PINDUODUO: translate("Platform", "Pinduoduo"),
        Platform.TAOBAO: translate("Platform", "Taobao/Tmall"),
        Platform.WECHAT: translate("Platform", "WeChat Channels"),
        Platform.KUAISHOU: translate("Platform", "Kuaishou"),
        Platform.OTHER: translate("Platform", "Other"),
    }
    _tables[CaseType] = {
        CaseType.REFUND_ONLY: translate("CaseType", "Refund only"),
        CaseType.RETURN_REFUND: translate("CaseType", "Return and refund"),
        CaseType.EXCHANGE: translate("CaseType", "Exchange"),
        CaseType.RESEND: translate("CaseType", "Resend"),
        CaseType.OTHER: translate("CaseType", "Other"),
    }
    _tables[Stage] = {
        Stage.AWAITING_MERCHANT: translate("Stage", "Awaiting merchant"),
        Stage.AWAITING_RETURN: translate("Stage", "Awaiting buyer's return"),
        Stage.RETURN_IN_TRANSIT: translate("Stage", "Return in transit"),
        Stage.RETURN_RECEIVED: translate("Stage", "Return signed for"),
        Stage.AGREED: translate("Stage", "Agreed"),
        Stage.REJECTED: translate("Stage", "Rejected"),
        Stage.ESCALATED: translate("Stage", "Platform arbitration"),
        Stage.REFUNDED: translate("Stage", "Refunded"),
        Stage.CLOSED: translate("Stage", "Closed"),
        Stage.NEEDS_REVIEW: translate("Stage", "Needs review"),
    }
    _tables[EventKind] = {
        EventKind.CREATED: translate("EventKind", "Buyer applied"),
        EventKind.AGREED: translate("EventKind", "Merchant agreed"),
        EventKind.RETURN_SHIPPED: translate("EventKind", "Buyer shipped the return"),
        EventKind.RETURN_RECEIVED: translate("EventKind", "Return signed for"),
        EventKind.RECEIPT_EXTENDED: translate("EventKind", "Receipt extended"),
        EventKind.REJECTED: translate("EventKind", "Merchant rejected"),
        EventKind.ESCALATED: translate("EventKind", "Platform stepped in"),
        EventKind.REAPPLIED: translate("EventKind", "Buyer applied again"),
        EventKind.REFUNDED: translate("EventKind", "Refunded"),
        EventKind.CLOSED: translate("EventKind", "Closed / cancelled"),
        EventKind.DEADLINE_CHANGED: translate("EventKind", "Platform deadline changed"),
        EventKind.NOTE: translate("EventKind", "Note"),
        EventKind.EDITED: translate("EventKind", "Details corrected"),
        EventKind.REVOKED: translate("EventKind", "Withdrawn"),
        EventKind.IMPORTED_STATUS: translate("EventKind", "Status from the platform's export"),
        EventKind.INTERCEPTED: translate("EventKind", "Outbound parcel intercepted"),
        EventKind.RESEND_SHIPPED: translate("EventKind", "Replacement sent"),
        EventKind.COMPENSATION_PAID: translate("EventKind", "Compensation paid"),
        EventKind.PLATFORM_SETTLED: translate("EventKind", "Settled by the platform"),
    }
    _tables[Party] = {
        Party.MERCHANT: translate("Party", "Merchant"),
        Party.BUYER: translate("Party", "Buyer"),
        Party.PLATFORM: translate("Party", "Platform"),
        Party.NOBODY: translate("Party", "—"),
    }
    _tables[Action] = {
        Action.AUTO_REFUND: translate("Action", "Automatic refund"),
        Action.AUTO_AGREE: translate("Action", "Automatically agreed"),
        Action.AUTO_REFUND_NO_RETURN: translate("Action", "Refund without return"),
        Action.REQUEST_LAPSES: translate("Action", "Request lapses"),
        Action.CASE_CLOSES: translate("Action", "Case closes"),
        Action.ESCALATION_WINDOW_CLOSES: translate("Action", "Arbitration window closes"),
        Action.PLATFORM_AUTO: translate("Action", "Platform acts automatically"),
        Action.SHOP_PROMISE_BROKEN: translate("Action", "Shop promise broken"),
    }
    _tables[DeadlineSource] = {
        DeadlineSource.PLATFORM: translate("Source", "Platform deadline"),
        DeadlineSource.RULE: translate("Source", "Rule"),
    }
    _tables[Confidence] = {
        Confidence.OFFICIAL: translate("Confidence", "Official documentation"),
        Confidence.SEED: translate("Confidence", "Merchant article quoting the rule"),
        Confidence.UNVERIFIED: translate("Confidence", "Unverified"),
        Confidence.SHOP: translate("Confidence", "Shop promise"),
    }
    _tables[View] = {
        View.OVERDUE: translate("View", "Overdue"),
        View.DUE_24H: translate("View", "Due within 24 h"),
        View.MERCHANT_TURN: translate("View", "My turn"),
        View.UNDATED: translate("View", "My turn, no deadline known"),
        View.BUYER_TURN: translate("View", "Waiting for buyer"),
        View.FINISHED: translate("View", "Finished"),
        View.ALL: translate("View", "All"),
    }


def label(value: Enum) -> str:
    if not _tables:
        reload()
    return _tables[type(value)][value]


def action_sentence(action: Action | None) -> str:
    """'what happens then', for a clock that runs out."""
    if action is None:
        return ""
    return translate("Countdown", "then: {action}").format(action=label(action))


class Urgency(IntEnum):
    OVERDUE = 0
    CRITICAL = 1  # under 4 hours
    SOON = 2  # under 24 hours
    LATER = 3
    NONE = 4  # no deadline


def urgency(due: datetime | None, now: datetime) -> Urgency:
    if due is None:
        return Urgency.NONE
    left = due - now
    if left <= timedelta(0):
        return Urgency.OVERDUE
    if left < timedelta(hours=4):
        return Urgency.CRITICAL
    if left < timedelta(hours=24):
        return Urgency.SOON
    return Urgency.LATER


def span(delta: timedelta) -> str:
    """A length of time in the two largest units: '2 d 3 h', '3 h 12 min', '12 min'."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        if hours:
            return translate("Countdown", "{d} d {h} h").format(d=days, h=hours)
        return translate("Countdown", "{d} d").format(d=days)
    if hours:
        if mins:
            return translate("Countdown", "{h} h {m} min").format(h=hours, m=mins)
        return translate("Countdown", "{h} h").format(h=hours)
    return translate("Countdown", "{m} min").format(m=mins)


def countdown(due: datetime | None, now: datetime) -> str:
    """'还剩 3小时12分' / '已超时 2小时' — the queue's live cell."""
    if due is None:
        return translate("Countdown", "no deadline")
    left = due - now
    if left <= timedelta(0):
        overdue = -left
        if overdue < timedelta(minutes=1):
            return translate("Countdown", "due now")
        return translate("Countdown", "overdue {span}").format(span=span(overdue))
    if left < timedelta(minutes=1):
        return translate("Countdown", "under 1 min left")
    return translate("Countdown", "{span} left").format(span=span(left))


def duration_text(delta: timedelta) -> str:
    """A rule's duration as platforms state it: '48 h', '72 h', '7 d', '30 min'."""
    minutes = int(delta.total_seconds() // 60)
    if minutes % (24 * 60) == 0 and minutes >= 4 * 24 * 60:
        return translate("Countdown", "{d} d").format(d=minutes // (24 * 60))
    if minutes % 60 == 0:
        return translate("Countdown", "{h} h").format(h=minutes // 60)
    return span(delta)


def weekday(iso: int) -> str:
    """1 = Monday ... 7 = Sunday."""
    return (
        translate("Weekday", "Monday"),
        translate("Weekday", "Tuesday"),
        translate("Weekday", "Wednesday"),
        translate("Weekday", "Thursday"),
        translate("Weekday", "Friday"),
        translate("Weekday", "Saturday"),
        translate("Weekday", "Sunday"),
    )[iso - 1]


def local_time(when: datetime | None, *, seconds: bool = False) -> str:
    if when is None:
        return ""
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def money(fen: int | None) -> str:
    if fen is None:
        return ""
    return translate("Money", "¥{amount}").format(amount=f"{fen // 100:,}.{fen % 100:02d}")


def evidence_category(category: str) -> str:
    return {
        "photo": translate("Evidence", "photo"),
        "video": translate("Evidence", "video"),
        "document": translate("Evidence", "document"),
    }.get(category, category)


def evidence_kind(kind: str) -> str:
    """A kind of evidence by its name in the UI's language (the names are data)."""
    from desktop.core.evidence_kinds import load_kinds
    from desktop.gui import i18n

    found = load_kinds().get(kind)
    if found is None:
        return kind
    return found.names.get(i18n.current()) or found.names["zh_CN"]


def file_size(size: int) -> str:
    if size >= 1024 * 1024 * 1024:
        return translate("Evidence", "{n} GB").format(n=f"{size / 1024**3:.1f}")
    if size >= 1024 * 1024:
        return translate("Evidence", "{n} MB").format(n=f"{size / 1024**2:.1f}")
    return translate("Evidence", "{n} KB").format(n=max(1, round(size / 1024)))
