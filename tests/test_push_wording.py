"""Pushes are Chinese whatever the window's language: their platform and clock words must be
the window's own Chinese labels, and the system notification's text must fit Windows' limits
with the count first."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.model import Action, Platform
from desktop.core.push import wording
from desktop.core.times import SHANGHAI

ROOT = Path(__file__).resolve().parents[1]


def zh_translations(context: str) -> dict[str, str]:
    tree = ET.parse(ROOT / "i18n" / "casewatch_zh_CN.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            return {
                m.findtext("source") or "": m.findtext("translation") or ""
                for m in ctx.iter("message")
            }
    return {}


def test_push_words_are_the_windows_chinese_labels() -> None:
    from desktop.gui import labels

    labels.reload()  # no translator installed: the English sources
    for enum, table, context in (
        (Platform, wording.PLATFORM, "Platform"),
        (Action, wording.ACTION, "Action"),
    ):
        chinese = zh_translations(context)
        for value in enum:
            assert table[value] == chinese[labels.label(value)], value


def test_a_push_counts_first_and_names_each_case() -> None:
    now = datetime(2026, 11, 20, 10, 0, tzinfo=SHANGHAI)
    items = [
        wording.PushItem(
            Platform.PINDUODUO, "240512-0001", now - timedelta(hours=2), Action.AUTO_REFUND, 8800
        ),
        wording.PushItem(
            Platform.DOUYIN,
            "7311000000000000101",
            now + timedelta(minutes=15),
            Action.AUTO_AGREE,
            None,
        ),
        wording.PushItem(
            Platform.TAOBAO,
            "218765432109876543",
            now + timedelta(hours=17),
            None,
            25900,
            last_call=True,
        ),
    ]
    message = wording.reminders(items, 5, now)
    assert message.title == "【售后到期】5 单需处理，1 单已超时"
    assert message.text.splitlines() == [
        "【售后到期】5 单需处理，1 单已超时",
        "",
        "涉及金额 ¥347.00",
        "已超时 2小时 · 拼多多 240512-0001",
        "  截止 11-20 08:00，到期系统自动退款 · ¥88.00",
        "还剩 15分 · 抖音/抖店 7311000000000000101",
        "  截止 11-20 10:15，到期系统自动同意",
        "还剩 17小时 · 淘宝/天猫 218765432109876543（下班前提醒）",
        "  截止 11-21 03:00，到期平台自动处理 · ¥259.00",
        "",
        "还有 2 单，打开 CaseWatch 售后盯单查看。",
    ]
    assert message.markdown.startswith("### 【售后到期】5 单需处理，1 单已超时\n> 涉及金额 ¥347.00")
    assert "**已超时 2小时 · 拼多多 240512-0001**" in message.markdown
