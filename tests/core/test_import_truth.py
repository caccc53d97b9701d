"""A re-import never undoes what the user recorded (issue #11): the export's word is dated by
the import, with the moment its data describes, and where it lags behind the user's record
the case says both instead of rolling back."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import xlsxwriter
from python_calamine import CalamineWorkbook

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.deadlines import PLATFORM_DISAGREES
from desktop.core.model import EventKind, Platform, Stage
from desktop.core.services.cases import EventInput
from desktop.core.times import SHANGHAI, parse_time
from tests.core.test_importing import DATA, NOW, run

CASE = "7311000000000000101"  # 退货退款, 待商家收货 in the sample: the return is on its way


def export_with(tmp_path: Path, name: str, changes: dict[str, dict[str, str]]) -> Path:
    """The sample 抖店 export with some cells changed, as a newer download would have them."""
    rows = [
        [str(c) for c in row]
        for row in CalamineWorkbook.from_path(str(DATA / "douyin_售后单_sample.xlsx"))
        .get_sheet_by_index(0)
        .to_python()
    ]
    header = rows[0]
    for row in rows[1:]:
        for column, value in changes.get(row[0], {}).items():
            row[header.index(column)] = value
    path = tmp_path / name
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("售后单")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    return path


def import_file(core: Core, path: Path) -> None:
    preview = core.imports.preview(path)
    core.imports.apply(core.imports.plan(preview, core.imports.columns(preview, "auto")))


def case_id(core: Core) -> int:
    found = core.cases.find(Platform.DOUYIN, CASE)
    assert found is not None
    return found


def test_a_re_import_never_rolls_back_a_stage_recorded_by_hand(
    importer: Core, tmp_path: Path
) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    cid = case_id(importer)
    clock = importer.clock
    assert isinstance(clock, FixedClock)
    clock.advance(hours=6)  # 15:00: the parcel arrived
    importer.cases.record(cid, EventInput(EventKind.RETURN_RECEIVED, clock.now()))
    assert importer.cases.detail(cid).state.stage is Stage.RETURN_RECEIVED
    clock.advance(hours=1, minutes=1)  # 16:01: a newer export, where only the deadline moved
    newer = export_with(tmp_path, "newer.xlsx", {CASE: {"自动处理截止时间": "2026-11-27 10:20:00"}})
    import_file(importer, newer)
    detail = importer.cases.detail(cid)
    state = detail.state
    assert state.stage is Stage.RETURN_RECEIVED  # what the user recorded stands
    assert state.platform_status == "待商家收货"
    assert PLATFORM_DISAGREES in state.warnings  # and the case says so: 待核对, both facts
    disagreement = state.disagreement
    assert disagreement is not None
    assert disagreement.platform_stage is Stage.RETURN_IN_TRANSIT
    assert disagreement.recorded_kind is EventKind.RETURN_RECEIVED
    assert disagreement.recorded_at == NOW + timedelta(hours=6)
    assert disagreement.as_of == datetime(2026, 11, 19, 10, 20, tzinfo=SHANGHAI)
    # The platform's new deadline is known: it is what the platform will act on.
    merchant = state.merchant_clock
    assert merchant is not None
    assert merchant.due_at == datetime(2026, 11, 27, 10, 20, tzinfo=SHANGHAI)
    # The import's events are dated by the import and say what moment they describe.
    new = [e for e in detail.events if e.recorded_at == clock.now()]
    assert {e.kind for e in new} == {EventKind.IMPORTED_STATUS, EventKind.DEADLINE_CHANGED}
    assert all(e.occurred_at == clock.now() for e in new)
    assert all(parse_time(e.payload["as_of"]) == disagreement.as_of for e in new)
    # A third export saying the same adds nothing to the status: it is already said.
    import_file(importer, export_with(tmp_path, "third.xlsx",
                                      {CASE: {"自动处理截止时间": "2026-11-27 10:20:00",
                                              "退货物流状态": "派送中"}}))  # fmt: skip
    statuses = [e for e in importer.cases.detail(cid).events
                if e.kind is EventKind.IMPORTED_STATUS]  # fmt: skip
    assert len(statuses) == 2


def test_an_export_ahead_of_the_user_moves_the_case_and_its_platform_status(
    importer: Core,
) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    cid = case_id(importer)
    clock = importer.clock
    assert isinstance(clock, FixedClock)
    clock.advance(hours=1)
    importer.cases.record(cid, EventInput(EventKind.RETURN_RECEIVED, clock.now()))
    clock.advance(hours=2)
    run(importer, "douyin_newer.xlsx")  # the platform refunded meanwhile
    state = importer.cases.detail(cid).state
    assert state.stage is Stage.REFUNDED
    assert state.platform_status == "同意退款，退款成功"  # not the old 待商家收货
    assert state.disagreement is None and PLATFORM_DISAGREES not in state.warnings


def test_a_status_text_change_alone_updates_the_platform_status(importer: Core) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    cid = case_id(importer)
    importer.clock.advance(hours=1)  # type: ignore[attr-defined]
    run(importer, "douyin_newer.xlsx")
    assert importer.cases.detail(cid).state.platform_status == "同意退款，退款成功"


def test_the_first_import_dates_its_deadline_by_the_import(importer: Core) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    detail = importer.cases.detail(case_id(importer))
    deadline = next(e for e in detail.events if e.kind is EventKind.DEADLINE_CHANGED)
    assert deadline.occurred_at == NOW  # not the buyer's request, not the parcel's dispatch
    assert parse_time(deadline.payload["as_of"]) == datetime(2026, 11, 19, 10, 20,
                                                             tzinfo=SHANGHAI)  # fmt: skip
    # The stage still began when the platform's data says (the clocks count from there).
    state = detail.state
    assert state.stage is Stage.RETURN_IN_TRANSIT
