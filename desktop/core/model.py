"""Domain types. Values are stable keys (stored, exported, used in rule files); the GUI maps
them to translated labels in one place (desktop/gui/labels.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


class Platform(StrEnum):
    DOUYIN = "douyin"  # 抖音/抖店
    PINDUODUO = "pinduoduo"  # 拼多多
    TAOBAO = "taobao"  # 淘宝/天猫
    WECHAT = "wechat"  # 视频号/微信小店
    KUAISHOU = "kuaishou"  # 快手
    OTHER = "other"


class CaseType(StrEnum):
    REFUND_ONLY = "refund_only"  # 仅退款
    RETURN_REFUND = "return_refund"  # 退货退款
    EXCHANGE = "exchange"  # 换货
    RESEND = "resend"  # 补寄
    OTHER = "other"


class Stage(StrEnum):
    """Where a case stands; derived from its events, never set directly."""

    AWAITING_MERCHANT = "awaiting_merchant"  # 待商家处理 (request submitted)
    AWAITING_RETURN = "awaiting_return"  # 待买家退货 (agreed, buyer to ship back)
    RETURN_IN_TRANSIT = "return_in_transit"  # 退货在途 (buyer uploaded tracking)
    RETURN_RECEIVED = "return_received"  # 退货已签收 (merchant to refund or reject)
    AGREED = "agreed"  # 已同意 (refund or resend under way)
    REJECTED = "rejected"  # 已拒绝 (buyer may escalate or re-apply)
    ESCALATED = "escalated"  # 平台介入/客服仲裁
    REFUNDED = "refunded"  # 已退款 (finished)
    CLOSED = "closed"  # 已关闭/已撤销 (finished)
    NEEDS_REVIEW = "needs_review"  # an import could not tell: a person must look

    @property
    def is_open(self) -> bool:
        return self not in (Stage.REFUNDED, Stage.CLOSED)


class EventKind(StrEnum):
    CREATED = "created"  # the buyer applied (the case was entered)
    AGREED = "agreed"  # merchant agreed
    RETURN_SHIPPED = "return_shipped"  # buyer shipped the return (courier + tracking)
    RETURN_RECEIVED = "return_received"  # return signed for
    RECEIPT_EXTENDED = "receipt_extended"  # 延长收货
    REJECTED = "rejected"  # merchant rejected
    ESCALATED = "escalated"  # buyer asked the platform to step in
    REAPPLIED = "reapplied"  # buyer submitted the request again
    REFUNDED = "refunded"
    CLOSED = "closed"  # closed or cancelled
    DEADLINE_CHANGED = "deadline_changed"  # the platform's own deadline was set or changed
    NOTE = "note"
    EDITED = "edited"  # a fact of the case was corrected
    REVOKED = "revoked"  # undoes an earlier event (history is never rewritten)
    IMPORTED_STATUS = "imported_status"  # a platform export said where the case stands
    INTERCEPTED = "intercepted"  # the outbound parcel was stopped with the courier (seed 001)
    RESEND_SHIPPED = "resend_shipped"  # 补寄/换货: the shop sent a new parcel (courier + tracking)
    COMPENSATION_PAID = "compensation_paid"  # 小额打款/补偿 paid to the buyer (amount)
    PLATFORM_SETTLED = "platform_settled"  # the platform refunded or closed it on its own


#: Events a user records on the timeline by hand (the rest are written by the app).
USER_EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind.AGREED,
    EventKind.RETURN_SHIPPED,
    EventKind.RETURN_RECEIVED,
    EventKind.RECEIPT_EXTENDED,
    EventKind.REJECTED,
    EventKind.ESCALATED,
    EventKind.REAPPLIED,
    EventKind.REFUNDED,
    EventKind.CLOSED,
    EventKind.DEADLINE_CHANGED,
    EventKind.INTERCEPTED,
    EventKind.RESEND_SHIPPED,
    EventKind.COMPENSATION_PAID,
    EventKind.PLATFORM_SETTLED,
    EventKind.NOTE,
)


class Party(StrEnum):
    MERCHANT = "merchant"
    BUYER = "buyer"
    PLATFORM = "platform"
    NOBODY = "nobody"


class Action(StrEnum):
    """What the platform does when a clock runs out."""

    AUTO_REFUND = "auto_refund"  # 系统自动退款
    AUTO_AGREE = "auto_agree"  # 系统自动同意
    AUTO_REFUND_NO_RETURN = "auto_refund_no_return"  # 自动同意，无需退货直接退款
    REQUEST_LAPSES = "request_lapses"  # 申请失效 (buyer did not act)
    CASE_CLOSES = "case_closes"  # 售后关闭
    ESCALATION_WINDOW_CLOSES = "escalation_window_closes"  # 买家不能再申请介入/仲裁
    PLATFORM_AUTO = "platform_auto"  # the platform acts (its own deadline, action not stated)
    SHOP_PROMISE_BROKEN = "shop_promise_broken"  # a shop policy the shop published is missed


class DeadlineSource(StrEnum):
    PLATFORM = "platform"  # the platform's own deadline (entered or imported)
    RULE = "rule"  # computed from a rule


class Confidence(StrEnum):
    """How sure a rule is; shown next to every clock computed from it."""

    OFFICIAL = "official"  # the platform's own documentation
    SEED = "seed"  # a merchant-side article quoting the platform's rule
    UNVERIFIED = "unverified"  # commonly cited, not confirmed: check the platform's rule centre
    SHOP = "shop"  # a shop's own service promise (optional)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    id: int
    platform: Platform
    after_sale_id: str
    order_id: str
    case_type: CaseType
    amount_fen: int | None
    reason: str
    buyer: str
    applied_at: datetime
    ship_courier: str = ""  # the outbound parcel (what an intercept stops)
    ship_tracking_no: str = ""
    logistics_status: str = ""  # as the platform's export last said it
    product: str = ""  # 商品名称 / 宝贝标题, with the SKU where the export has one


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    case_id: int
    kind: EventKind
    occurred_at: datetime  # when it happened (UTC)
    recorded_at: datetime  # when CaseWatch learnt of it (UTC)
    payload: dict[str, Any] = field(default_factory=dict)
    origin: str = "manual"


@dataclass(frozen=True, slots=True)
class RunningClock:
    """One clock that runs on a case right now."""

    party: Party
    started_at: datetime
    due_at: datetime
    action: Action
    source: DeadlineSource
    rule_id: str | None  # None for the platform's own deadline
    known_at: datetime  # when this deadline became known (reminders never fire before it)
    superseded: bool = False  # a rule clock replaced by the platform's own deadline
    extensions_used: int = 0
    extension_available_at: datetime | None = None  # 延长收货 opens (None: no extension)
    extensions_left: int = 0

    @property
    def counts(self) -> bool:
        return not self.superseded


@dataclass(frozen=True, slots=True)
class Disagreement:
    """The platform's export says an earlier stage than the user recorded after the export's
    data: the user's record stands, and the case says both (待核对)."""

    platform_stage: Stage  # what the export said
    platform_status: str  # in the platform's words
    as_of: datetime  # the latest platform time in the export's row
    recorded_kind: EventKind  # what the user recorded
    recorded_at: datetime  # when it happened


@dataclass(frozen=True, slots=True)
class CaseState:
    stage: Stage
    turn: Party
    clocks: tuple[RunningClock, ...]
    return_courier: str = ""
    return_tracking_no: str = ""
    warnings: tuple[str, ...] = ()  # stable codes, e.g. "no_clock_known"
    intercepted_at: datetime | None = None
    platform_status: str = ""  # the status text of the latest import
    disagreement: Disagreement | None = None
    resend_courier: str = ""  # the latest 补寄/换货 parcel
    resend_tracking_no: str = ""
    compensation_fen: int = 0  # 小额打款 paid on the case, all told
    settled_by_platform: bool = False  # finished by the platform's own clock: a missed clock

    @property
    def is_open(self) -> bool:
        return self.stage.is_open

    def _first(self, party: Party) -> RunningClock | None:
        running = [c for c in self.clocks if c.party is party and c.counts]
        return min(running, key=lambda c: c.due_at) if running else None

    @property
    def merchant_clock(self) -> RunningClock | None:
        """The merchant's next deadline: what the queue is sorted by."""
        return self._first(Party.MERCHANT)

    @property
    def buyer_clock(self) -> RunningClock | None:
        return self._first(Party.BUYER)


def fen_from_yuan_text(text: str) -> int:
    """'88', '88.5', '88.50', '¥1,288.00' -> fen. Raises ValueError on anything else."""
    from decimal import Decimal, InvalidOperation

    cleaned = text.strip().replace("¥", "").replace("￥", "").replace(",", "").replace("，", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValueError(text)
    return int(value * 100)


def yuan_text(fen: int | None) -> str:
    if fen is None:
        return ""
    return f"{fen // 100}.{fen % 100:02d}"


def parse_duration(text: str) -> timedelta:
    """'48h', '7d', '30m', '1d12h' -> timedelta (calendar time)."""
    import re

    cleaned = text.strip().lower()
    match = re.fullmatch(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", cleaned)
    if not cleaned or match is None:
        raise ValueError(f"{text!r} is not a duration like 48h, 7d, 30m or 1d12h")
    days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes)


def format_duration_key(delta: timedelta) -> str:
    """The inverse of parse_duration, in the largest whole units."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [f"{days}d" if days else "", f"{hours}h" if hours else "", f"{mins}m" if mins else ""]
    return "".join(parts) or "0m"
