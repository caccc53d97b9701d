"""What a push says. Pushes go to phones and group chats in Chinese whatever the window's
language, like the reply scripts: the platform, the after-sales id, what happens at the
deadline and when, the time left and the money, count first.

The Chinese names of platforms and clock actions are the zh_CN translations of the window's
labels (desktop/gui/labels.py); tests/core/test_push_wording.py keeps the two the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.model import Action, Platform

PLATFORM = {
    Platform.DOUYIN: "抖音/抖店",
    Platform.PINDUODUO: "拼多多",
    Platform.TAOBAO: "淘宝/天猫",
    Platform.WECHAT: "视频号/微信小店",
    Platform.KUAISHOU: "快手",
    Platform.OTHER: "其他",
}
ACTION = {
    Action.AUTO_REFUND: "系统自动退款",
    Action.AUTO_AGREE: "系统自动同意",
    Action.AUTO_REFUND_NO_RETURN: "自动同意，无需退货直接退款",
    Action.REQUEST_LAPSES: "申请失效",
    Action.CASE_CLOSES: "售后关闭",
    Action.ESCALATION_WINDOW_CLOSES: "买家不能再申请介入",
    Action.PLATFORM_AUTO: "平台自动处理",
    Action.SHOP_PROMISE_BROKEN: "违反店铺承诺",
}
WEEKDAY = "一二三四五六日"


@dataclass(frozen=True)
class PushItem:
    """One case in a push."""

    platform: Platform
    after_sale_id: str
    due_at: datetime
    action: Action | None
    amount_fen: int | None
    last_call: bool = False
    product: str = ""


@dataclass(frozen=True)
class PushMessage:
    title: str  # a subject line: count first
    text: str  # plain text (email, and services without markdown)
    markdown: str  # the same in markdown (企业微信, 钉钉, 飞书)


def money(fen: int | None) -> str:
    if fen is None:
        return ""
    whole, cents = divmod(fen, 100)
    return f"¥{whole:,}.{cents:02d}"


def span(delta: timedelta) -> str:
    """3天2小时 / 3小时12分 / 12分 / 不到1分."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时" if hours else f"{days}天"
    if hours:
        return f"{hours}小时{mins}分" if mins else f"{hours}小时"
    return f"{mins}分" if mins else "不到1分"


def countdown(due: datetime, now: datetime) -> str:
    return f"已超时 {span(now - due)}" if due <= now else f"还剩 {span(due - now)}"


def local_time(when: datetime, now: datetime) -> str:
    """12-04 15:10, or with the year when it is not this year's."""
    shown, today = when.astimezone(), now.astimezone()
    if shown.year != today.year:
        return shown.strftime("%Y-%m-%d %H:%M")
    return shown.strftime("%m-%d %H:%M")


def _item_lines(item: PushItem, now: datetime) -> tuple[str, str]:
    """(headline, detail) of one case."""
    head = f"{countdown(item.due_at, now)} · {PLATFORM[item.platform]} {item.after_sale_id}"
    if item.product:
        head += f" · {item.product}"
    if item.last_call:
        head += "（下班前提醒）"
    then = ACTION.get(item.action, "平台自动处理") if item.action else "平台自动处理"
    detail = f"截止 {local_time(item.due_at, now)}，到期{then}"
    if item.amount_fen is not None:
        detail += f" · {money(item.amount_fen)}"
    return head, detail


def reminders(items: list[PushItem], total: int, now: datetime) -> PushMessage:
    """A push of `total` cases naming `items` (the most urgent), soonest deadline first."""
    overdue = sum(1 for i in items if i.due_at <= now)
    amount = sum(i.amount_fen or 0 for i in items)
    title = f"【售后到期】{total} 单需处理"
    if overdue:
        title += f"，{overdue} 单已超时"
    text_lines, md_lines = [title, ""], [f"### {title}"]
    if amount:
        md_lines.append(f"> 涉及金额 {money(amount)}")
        text_lines.append(f"涉及金额 {money(amount)}")
    for item in items:
        head, detail = _item_lines(item, now)
        text_lines += [head, f"  {detail}"]
        md_lines += ["", f"**{head}**", "", detail]
    if total > len(items):
        more = f"还有 {total - len(items)} 单，打开 CaseWatch 售后盯单查看。"
        text_lines += ["", more]
        md_lines += ["", more]
    return PushMessage(title, "\n".join(text_lines), "\n".join(md_lines))


@dataclass(frozen=True)
class BriefingFigures:
    day: datetime  # the briefing's moment (its local date is the day)
    overdue: tuple[int, int]  # (cases, fen)
    today: tuple[int, int]
    tomorrow: tuple[int, int]
    stale: list[tuple[Platform, int]]  # (platform, hours since its last import)
    items: list[PushItem]


def briefing(f: BriefingFigures) -> PushMessage:
    local = f.day.astimezone()
    date_text = f"{local.month}月{local.day}日 周{WEEKDAY[local.weekday()]}"
    title = (
        f"【每日简报】{date_text}：已超时 {f.overdue[0]} 单，今天到期 {f.today[0]} 单，"
        f"明天到期 {f.tomorrow[0]} 单"
    )
    stake = f.overdue[1] + f.today[1] + f.tomorrow[1]
    rows = [
        f"已超时：{f.overdue[0]} 单，{money(f.overdue[1])}",
        f"今天到期：{f.today[0]} 单，{money(f.today[1])}",
        f"明天到期：{f.tomorrow[0]} 单，{money(f.tomorrow[1])}",
        f"涉及金额：{money(stake)}",
    ]
    stale = [stale_sentence(p, h) for p, h in f.stale]
    text_lines = [f"售后每日简报 {date_text}", "", *rows, *stale]
    md_lines = [f"### 售后每日简报 {date_text}", "", *(f"- {r}" for r in rows)]
    md_lines += [f"> {s}" for s in stale]
    if f.items:
        text_lines += ["", "最紧急："]
        md_lines += ["", "**最紧急：**"]
        for n, item in enumerate(f.items, start=1):
            head, detail = _item_lines(item, f.day)
            text_lines.append(f"{n}. {head}，{detail}")
            md_lines.append(f"{n}. {head}，{detail}")
    elif not (f.overdue[0] or f.today[0] or f.tomorrow[0]):
        text_lines += ["", "今明两天没有到期的售后。"]
        md_lines += ["", "今明两天没有到期的售后。"]
    return PushMessage(title, "\n".join(text_lines), "\n".join(md_lines))


def stale_sentence(platform: Platform, hours: int) -> str:
    return f"{PLATFORM[platform]}数据已 {hours} 小时未更新，截止时间可能已变"


def test_message(channel_name: str, now: datetime) -> PushMessage:
    title = "【售后盯单】测试消息"
    body = (
        f"渠道「{channel_name}」已连通（{local_time(now, now)}）。"
        "售后到期提醒和每日简报会发到这里。"
    )
    return PushMessage(title, f"{title}\n{body}", f"### {title}\n\n{body}")
