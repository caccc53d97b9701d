"""The daily briefing and stale data: what the briefing counts, when it is made (once a day,
late if the computer was off), that every channel gets it, and when a platform's data counts
as stale (FixedClock; T0 is Friday 2026-11-20 10:00 Shanghai)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop.core.bootstrap import Core, open_core
from desktop.core.clock import FixedClock
from desktop.core.model import Platform
from desktop.core.push.channels import ChannelKind, ChannelSpec, Wants
from desktop.core.services import reminder_settings
from desktop.core.services.reminders import WakeReason
from desktop.core.services.validation import CaseDraft
from desktop.core.times import SHANGHAI
from tests.core.factories import hours
from tests.push_servers import RobotServer

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def add(core: Core, asid: str, due: datetime, amount: str, platform: str = "pinduoduo") -> int:
    case_id, _ = core.cases.create(
        CaseDraft(
            platform=platform,
            after_sale_id=asid,
            case_type="refund_only",
            amount=amount,
            applied_at=min(core.clock.now(), due) - hours(1),
            platform_deadline=due,
        )
    )
    return case_id


@pytest.fixture
def robots(clock: FixedClock) -> Iterator[RobotServer]:
    server = RobotServer(now=clock.now).start()
    yield server
    server.stop()


def test_the_briefing_counts_overdue_today_and_tomorrow_with_the_money(
    core: Core, clock: FixedClock
) -> None:
    add(core, "LATE", at(20, 9), "10.00")  # overdue
    add(core, "TODAY", at(20, 23, 59), "20.00")
    add(core, "TOMORROW", at(21, 12), "30.00")
    add(core, "LATER", at(22, 0, 30), "40.00")  # the day after tomorrow: not counted
    b = core.briefings.compute(clock.now())
    assert (b.overdue, b.overdue_fen) == (1, 1000)
    assert (b.today, b.today_fen) == (1, 2000)
    assert (b.tomorrow, b.tomorrow_fen) == (1, 3000)
    assert b.at_stake_fen == 6000
    assert [c.after_sale_id for c in b.cases] == ["LATE", "TODAY"]  # the most urgent, named
    assert b.noteworthy


def test_made_once_a_day_at_its_time_or_late_after_a_day_off(
    core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    clock.set(at(20, 8))
    assert core.engine.wake(WakeReason.START).briefing is None  # before 09:00
    assert core.briefings.due_at(clock.now()) == at(20, 9)
    clock.set(at(20, 9))
    made = core.engine.wake(WakeReason.TIMER).briefing
    assert made is not None and made.day == date(2026, 11, 20)
    assert core.engine.wake(WakeReason.PERIODIC).briefing is None  # once
    assert core.briefings.due_at(clock.now()) == at(21, 9)
    clock.set(at(23, 11))  # the weekend off: Monday's is made when the app starts at 11:00
    monday = core.engine.wake(WakeReason.START).briefing
    assert monday is not None and monday.day == date(2026, 11, 23)
    other = open_core(core.paths.root, clock)  # a second process: never a second briefing
    try:
        assert other.engine.wake(WakeReason.START).briefing is None
    finally:
        other.close()


def test_a_briefing_can_be_switched_off_or_moved(core: Core, clock: FixedClock) -> None:
    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(core.settings, dataclasses.replace(prefs, briefing_enabled=False))
    assert core.engine.wake(WakeReason.START).briefing is None
    assert core.briefings.due_at(clock.now()) is None
    reminder_settings.save(core.settings, dataclasses.replace(prefs, briefing_time=time(11, 30)))
    assert core.briefings.due_at(clock.now()) == at(20, 11, 30)


def test_every_channel_gets_the_briefing_once_in_words(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    for wants in Wants:
        core.channels.add(ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url(), wants=wants))
    add(core, "240512-0001", at(20, 9), "128.50")
    add(core, "240512-0002", at(21, 12), "30.00")
    core.engine.wake(WakeReason.START)
    report = core.pushes.deliver()
    assert sorted(s.briefing is not None for s in report.sent) == [True, True, True]
    texts = [r.text for r in robots.received]
    assert len(texts) == 3 and all("售后每日简报 11月20日 周五" in t for t in texts)
    text = texts[0]
    assert "已超时：1 单，¥128.50" in text
    assert "今天到期：0 单，¥0.00" in text
    assert "明天到期：1 单，¥30.00" in text
    assert "涉及金额：¥158.50" in text
    assert "1. 已超时 1小时 · 拼多多 240512-0001" in text
    clock.advance(hours(1))
    core.engine.wake(WakeReason.PERIODIC)
    assert core.pushes.deliver().empty


def test_days_of_briefings_waiting_send_only_the_newest(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    # Port 9 (discard): nothing answers there, as if the network were down for days.
    core.channels.add(
        ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url().replace(str(robots.port), "9"))
    )
    for day in (20, 21, 22):
        clock.set(at(day, 9))
        core.engine.wake(WakeReason.TIMER)
        core.pushes.deliver()
    [channel] = core.channels.channels()
    assert channel.pending == 1  # each day's briefing replaced the one before
    core.channels.update(channel, ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url()))
    clock.advance(hours(1))
    report = core.pushes.deliver()
    assert [s.briefing for s in report.sent] == [date(2026, 11, 22)]
    assert len(robots.received) == 1 and "11月22日" in robots.received[0].text


def _import(core: Core, name: str) -> None:
    preview = core.imports.preview(DATA / name)
    core.imports.apply(core.imports.plan(preview, core.imports.columns(preview, "auto")))


def test_a_platform_without_a_new_export_for_12_hours_is_stale(tmp_path: Path) -> None:
    clock = FixedClock(at(22, 9))
    core = open_core(tmp_path / "data", clock)
    try:
        _import(core, "douyin_售后单_sample.xlsx")
        assert core.freshness.last_imports() == {Platform.DOUYIN: at(22, 9)}
        assert core.freshness.stale(clock.now(), timedelta(hours=12)) == []
        clock.advance(hours(30))
        [stale] = core.freshness.stale(clock.now(), timedelta(hours=12))
        assert stale.platform is Platform.DOUYIN and stale.hours(clock.now()) == 30
        assert stale.open_cases > 0
        briefing = core.briefings.compute(clock.now())
        assert [s.platform for s in briefing.stale] == [Platform.DOUYIN]
        _import(core, "douyin_newer.xlsx")  # a fresh export: no longer stale
        assert core.freshness.stale(clock.now(), timedelta(hours=12)) == []
        core.imports.undo_last()  # undone: the data is as old as before
        assert [s.platform for s in core.freshness.stale(clock.now(), timedelta(hours=12))] == [
            Platform.DOUYIN
        ]
    finally:
        core.close()


def test_the_generic_csv_refreshes_the_platforms_of_its_rows(tmp_path: Path) -> None:
    clock = FixedClock(at(22, 9))
    core = open_core(tmp_path / "data", clock)
    try:
        _import(core, "casewatch_generic_sample.csv")
        assert set(core.freshness.last_imports()) >= {Platform.DOUYIN, Platform.PINDUODUO}
    finally:
        core.close()


def test_a_platform_with_no_open_cases_is_not_stale(core: Core, clock: FixedClock) -> None:
    assert core.freshness.stale(clock.now() + timedelta(days=30), timedelta(hours=12)) == []
