"""`casewatch record` (issue #11): the timeline's events from a terminal, through the window's
checks, with the same words, and nothing changed when anything is wrong."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.bootstrap import open_core
from desktop.core.model import EventKind, Platform, Stage
from tests.test_cli import add, casewatch

CASE = "7300000000000000001"


def _events(data: Path) -> list[tuple[EventKind, datetime, dict]]:  # type: ignore[type-arg]
    core = open_core(data)
    try:
        case_id = core.cases.find(Platform.DOUYIN, CASE)
        assert case_id is not None
        detail = core.cases.detail(case_id)
        return [(e.kind, e.occurred_at, e.payload) for e in detail.timeline]
    finally:
        core.close()


def _stage(data: Path) -> Stage:
    core = open_core(data)
    try:
        case_id = core.cases.find(Platform.DOUYIN, CASE)
        assert case_id is not None
        return core.cases.detail(case_id).state.stage
    finally:
        core.close()


def test_events_are_recorded_at_the_local_time_typed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, CASE, timedelta(hours=20))
    typed = (datetime.now() - timedelta(hours=2)).replace(second=0, microsecond=0)
    done = casewatch("--lang", "en", "record", CASE, "agreed",
                     "--at", typed.strftime("%Y-%m-%d %H:%M"), data=data)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Recorded “Merchant agreed” on Douyin {CASE}: now “Awaiting buyer's return”." in done.stdout
    assert "Waiting for the buyer until" in done.stdout
    kind, when, _ = _events(data)[-1]
    assert kind is EventKind.AGREED
    assert when == typed.astimezone()  # local time, seconds :00 when none were typed

    shipped = casewatch("--lang", "zh_CN", "record", CASE, "resend_shipped", "--courier",
                        "顺丰速运", "--tracking", "SF1234567890", "--note", "补寄配件",
                        data=data)  # fmt: skip
    assert shipped.returncode == 0, shipped.stderr
    assert "已记录" in shipped.stdout
    kind, when, payload = _events(data)[-1]
    assert kind is EventKind.RESEND_SHIPPED
    assert payload == {"courier": "顺丰速运", "tracking_no": "SF1234567890", "text": "补寄配件"}
    assert abs(when - datetime.now().astimezone()) < timedelta(minutes=2)  # --at: now

    settled = casewatch("record", CASE, "platform_settled", data=data)
    assert settled.returncode == 0, settled.stderr
    assert _stage(data) is Stage.CLOSED  # the buyer's clock ran out: the platform closed it


def test_bad_input_gets_the_windows_words_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, CASE, timedelta(hours=20))
    before = _events(data)

    amount = casewatch("--lang", "en", "record", CASE, "compensation_paid", "--amount", "abc",
                       data=data)  # fmt: skip
    assert amount.returncode == 3
    assert "Nothing was recorded:" in amount.stderr
    assert "Amount (--amount): “abc” is not an amount in yuan (for example 88 or 88.50)." in (
        amount.stderr
    )
    future = casewatch("--lang", "zh_CN", "record", CASE, "refunded", "--at", "2099-01-01 10:00",
                       data=data)  # fmt: skip
    assert future.returncode == 3 and "发生时间（--at）：是将来的时间。" in future.stderr
    assert "Lies in the future" not in future.stderr  # said in Chinese

    wrong_option = casewatch("--lang", "en", "record", CASE, "agreed", "--tracking", "SF1",
                             data=data)  # fmt: skip
    assert wrong_option.returncode == 2
    assert "--tracking does not apply to “Merchant agreed” (agreed)." in wrong_option.stderr
    not_a_time = casewatch("--lang", "en", "record", CASE, "note", "--note", "x",
                           "--at", "2026-02-30 10:00", data=data)  # fmt: skip
    assert not_a_time.returncode == 2 and "“2026-02-30 10:00” is not a time" in not_a_time.stderr
    unknown = casewatch("--lang", "en", "record", CASE, "frobnicated", data=data)
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
    nobody = casewatch("--lang", "en", "record", "NOPE", "note", "--note", "x", data=data)
    assert nobody.returncode == 3 and "no case with the after-sales id NOPE" in nobody.stderr

    assert _events(data) == before
    for done in (amount, future, wrong_option, not_a_time, unknown, nobody):
        assert "Traceback" not in done.stderr
