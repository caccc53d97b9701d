"""The import wizard, the export of what is shown, and seed 001's batch workflow, driven
through the real window over a real database."""

from __future__ import annotations

import csv
import re
import sys
import threading
import time
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QGroupBox

from desktop.core.clock import FixedClock
from desktop.core.services.reminders import WakeReason
from desktop.gui import files
from desktop.gui.features.cases.intercept_dialog import (
    InterceptDialog,
    blocks_text,
    courier_title,
)
from desktop.gui.features.imports.import_dialog import ImportDialog
from desktop.gui.models.queue_model import Column
from tests.core.test_importing import DATA, NOW
from tests.gui.helpers import open_dialog

DOUYIN = DATA / "douyin_gb18030.csv"
WAIT_MS = 15_000


@pytest.fixture
def clock() -> FixedClock:
    """The morning after the sample exports were made."""
    return FixedClock(NOW)


def _cases(core: Any) -> int:
    with core.db.read() as conn:
        return int(conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0])


def _drop(window: Any, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    return True


def _wizard(qtbot: Any, window: Any) -> ImportDialog:
    """The window's import dialog (a dropped file opens it just after the drop)."""
    qtbot.waitUntil(lambda: bool(window.findChildren(ImportDialog)), timeout=WAIT_MS)
    return window.findChildren(ImportDialog)[-1]


def _choose_source(dialog: ImportDialog, key: str) -> None:
    index = dialog.mapping.source.findData(key)
    dialog.mapping.source.setCurrentIndex(index)
    dialog.mapping.source.activated.emit(index)


def _wait_page(qtbot: Any, dialog: ImportDialog, page: Any) -> None:
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is page, timeout=WAIT_MS)


def test_a_dropped_export_is_checked_imported_and_undone(window, controller, qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    assert not _drop(window, [Path("/tmp/notes.docx")])  # not a table: the drop is refused
    assert _drop(window, [DOUYIN])
    dialog = _wizard(qtbot, window)
    _wait_page(qtbot, dialog, dialog.mapping)
    assert dialog.mapping.source_key() == "douyin"
    assert "GB18030" in dialog.mapping.file_info.text()
    assert dialog.mapping.missing_required() == []
    assert dialog.check_button.isEnabled()
    assert _cases(core) == 0

    dialog.check_button.click()
    _wait_page(qtbot, dialog, dialog.summary)
    plan_new = int(dialog.summary.count_labels["new"].text())
    assert plan_new > 0
    assert _cases(core) == 0  # nothing is written before Import
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == f"Import {plan_new} cases"

    plan, preview = weakref.ref(dialog._plan), weakref.ref(dialog._preview)
    dialog.import_button.click()
    _wait_page(qtbot, dialog, dialog.done_page)
    assert _cases(core) == plan_new
    assert f"{plan_new} new cases" in dialog.done_text.text()
    assert window.queue.model.rowCount() == plan_new  # the queue refreshed
    qtbot.waitUntil(lambda: not dialog.running)
    assert plan() is None and preview() is None  # saved and let go of: no GC pass over them

    dialog.undo_button.click()
    qtbot.waitUntil(lambda: "undone" in dialog.done_text.text(), timeout=WAIT_MS)
    assert shown.confirms and _cases(core) == 0
    assert window.queue.model.rowCount() == 0
    dialog.close_button.click()


def test_the_same_file_again_has_nothing_to_import(window, controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    preview = core.imports.preview(DOUYIN)
    core.imports.apply(core.imports.plan(preview, core.imports.columns(preview)))
    window.import_files([DOUYIN])
    dialog = _wizard(qtbot, window)
    _wait_page(qtbot, dialog, dialog.mapping)
    dialog.check_button.click()
    _wait_page(qtbot, dialog, dialog.summary)
    assert dialog.summary.count_labels["new"].text() == "0"
    assert dialog.summary.count_labels["updated"].text() == "0"
    assert not dialog.import_button.isEnabled()


def test_an_unknown_export_is_matched_by_hand_and_remembered(  # type: ignore[no-untyped-def]
    window, controller, qtbot, tmp_path
) -> None:
    path = tmp_path / "视频号售后.csv"
    path.write_text(
        "售后单编号,下单单号,售后类型,售后状态,发起时间,退款金额（元）\n"
        "WX1001,O1,仅退款,商家受理中,2026-11-21 10:00:00,18.00\n"
        "WX1002,O2,仅退款,商家受理中,不是时间,18.00\n",
        encoding="utf-8-sig",
    )
    window.import_files([path])
    dialog = _wizard(qtbot, window)
    _wait_page(qtbot, dialog, dialog.mapping)
    assert "does not recognise" in dialog.mapping.hint.text()
    assert not dialog.check_button.isEnabled()
    _choose_source(dialog, "wechat")
    assert dialog.mapping.missing_required() == ["after_sale_id", "applied_at"]
    assert not dialog.check_button.isEnabled()
    assert "After-sales id" in dialog.check_button.toolTip()
    dialog.mapping.choose("after_sale_id", "售后单编号")
    dialog.mapping.choose("applied_at", "发起时间")
    assert dialog.check_button.isEnabled()
    row = dialog.mapping._fields.index("after_sale_id")
    assert dialog.mapping.table.item(row, 2).text() == "WX1001  |  WX1002"

    dialog.check_button.click()
    _wait_page(qtbot, dialog, dialog.summary)
    assert dialog.summary.count_labels["new"].text() == "1"
    assert dialog.summary.count_labels["rejected"].text() == "1"
    table = dialog.summary.table
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("3", "发起时间")
    assert "不是时间" in table.item(0, 2).text()
    # The fix is remembered for the next 视频号 file.
    saved = controller.core.imports.saved_mapping("wechat")
    assert saved == {"after_sale_id": "售后单编号", "applied_at": "发起时间"}


def test_the_problems_can_be_saved_as_csv(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken ids.csv"
    path.write_text(
        "售后单号,订单号,售后类型,售后状态,售后申请时间\n"
        "7.30123E+18,6931,仅退款,待商家处理,2026-11-21 10:00:00\n"
        "7311000000000000999,6931,仅退款,神秘状态,2026-11-21 10:00:00\n",
        encoding="utf-8",
    )
    target = tmp_path / "problems.csv"
    monkeypatch.setattr(files, "choose_csv_target", lambda *_a: target)
    window.import_files([path])
    dialog = _wizard(qtbot, window)
    _wait_page(qtbot, dialog, dialog.mapping)
    _choose_source(dialog, "douyin")  # too few columns to be recognised
    dialog.check_button.click()
    _wait_page(qtbot, dialog, dialog.summary)
    dialog.summary.save_button.click()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Row", "Column", "Value", "Problem", "Imported?"]
    assert rows[1][:3] == ["2", "售后单号", "7.30123E+18"]
    assert "turned into a number by Excel" in rows[1][3]
    assert rows[1][4].startswith("no")
    assert rows[2][0] == "3" and rows[2][4].startswith("yes")  # unknown status: imported


def test_cancel_while_saving_leaves_the_database_as_it_was(  # type: ignore[no-untyped-def]
    window, controller, qtbot, monkeypatch
) -> None:
    """Cancel after the rows are written, before the transaction commits: all rolled back."""
    imports = controller.core.imports
    original = imports.apply
    written = threading.Event()

    def apply_until_cancelled(plan, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        def wait_for_cancel() -> bool:
            checks.append(1)
            if len(checks) < 2:
                return False  # the first check: the rows get written
            written.set()
            while not cancel():  # the GUI thread presses Cancel; poll for it
                time.sleep(0.01)
            return True

        checks: list[int] = []
        return original(plan, progress, wait_for_cancel)

    monkeypatch.setattr(imports, "apply", apply_until_cancelled)
    window.import_files([DOUYIN])
    dialog = _wizard(qtbot, window)
    _wait_page(qtbot, dialog, dialog.mapping)
    dialog.check_button.click()
    _wait_page(qtbot, dialog, dialog.summary)
    dialog.import_button.click()
    assert written.wait(5)
    assert controller.ctx.writing
    dialog.cancel_button.click()
    _wait_page(qtbot, dialog, dialog.summary)
    assert "cancelled" in dialog.summary.notice.text()
    assert _cases(controller.core) == 0
    assert not controller.ctx.writing


def test_the_chosen_cases_stay_chosen_when_the_queue_refreshes(window, controller) -> None:  # type: ignore[no-untyped-def]
    _import_sample(controller)
    queue = window.queue
    table = queue.table
    model = queue.model
    for row in (1, 3, 4):
        table.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    chosen = queue.selected_ids()
    assert len(chosen) == 3
    model.refresh()  # what every tick and every change does
    assert queue.selected_ids() == chosen


def test_reminders_wait_while_an_import_is_saved(controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    calls: list[WakeReason] = []
    reminders = controller.core.reminders
    original = reminders.reconcile
    reminders.reconcile = lambda reason: calls.append(reason) or original(reason)
    scheduler = controller.scheduler
    job = controller.ctx.start_job(lambda progress, cancelled: release.wait(5), "t", writes=True)
    scheduler.wake(WakeReason.PERIODIC)
    scheduler.wake(WakeReason.RESUME)
    scheduler.wake(WakeReason.PERIODIC)
    assert calls == []  # held: recording them would wait on the import's transaction
    release.set()
    qtbot.waitUntil(lambda: job.finished, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: calls == [WakeReason.RESUME], timeout=WAIT_MS)


def test_a_bug_in_background_work_reaches_the_crash_handler(controller, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, value, _tb: seen.append(value))

    def broken(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("a bug")

    job = controller.ctx.start_job(broken, "t", writes=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert isinstance(seen[0], ZeroDivisionError)
    assert job.finished and not controller.ctx.writing


def _import_sample(controller) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    preview = core.imports.preview(DOUYIN)
    result = core.imports.apply(core.imports.plan(preview, core.imports.columns(preview)))
    controller.ctx.publish(result.changes)


def test_export_writes_exactly_the_rows_and_columns_shown(  # type: ignore[no-untyped-def]
    window, controller, qtbot, tmp_path, monkeypatch
) -> None:
    _import_sample(controller)
    queue = window.queue
    header = queue.table.horizontalHeader()
    header.setSectionHidden(Column.REASON, True)
    header.setSectionHidden(Column.SHIP_TRACKING, False)  # shown for the intercept routine
    header.moveSection(header.visualIndex(Column.SHIP_TRACKING), 1)
    queue.platform.setCurrentIndex(queue.platform.findData("douyin"))
    shown_rows = queue.model.rowCount()
    assert shown_rows > 0
    target = tmp_path / "out.csv"
    monkeypatch.setattr(files, "choose_csv_target", lambda *_a: target)
    job = window.export_shown()
    qtbot.waitUntil(lambda: job.finished, timeout=WAIT_MS)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    model = queue.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in queue.shown_columns()]
    assert rows[0] == titles
    assert titles[1] == "Outbound tracking no." and "Reason" not in titles
    assert len(rows) - 1 == shown_rows
    amounts = [row[titles.index("Amount")] for row in rows[1:]]
    assert all(re.fullmatch(r"\d+\.\d\d", a) for a in amounts if a)  # numbers Excel can add
    assert "1290.00" in amounts
    id_column = titles.index("After-sales id")
    for n, row in enumerate(rows[1:]):
        case_id = model.case_id(n)
        shown_id = model.row_data(n).after_sale_id
        assert row[id_column] == "\t" + shown_id  # long ids stay text in Excel
        assert case_id is not None
    assert "exported" in window.statusBar().currentMessage()


def test_intercepting_the_chosen_cases(window, controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    _import_sample(controller)
    queue = window.queue
    assert not window.intercept_action.isEnabled()
    queue.table.selectAll()
    assert window.intercept_action.isEnabled()
    chosen = queue.selected_ids()
    assert len(chosen) == queue.model.rowCount()
    window.intercept_action.trigger()
    dialog = open_dialog(InterceptDialog)
    titles = [b.title() for b in dialog.findChildren(QGroupBox)]
    assert any(t.startswith("顺丰速运 (") for t in titles)
    dialog.copy_buttons[0].click()
    first = dialog.numbers.blocks[0]
    assert QGuiApplication.clipboard().text() == "\n".join(first.tracking_numbers)
    dialog.copy_all()
    assert QGuiApplication.clipboard().text() == blocks_text(dialog.numbers)
    assert blocks_text(dialog.numbers).startswith(courier_title(first) + "\n")

    with_numbers = dialog.numbers.case_ids
    assert 0 < len(with_numbers) < len(chosen)  # only parcels that were sent are intercepted
    assert dialog.mark_button.text() == f"Mark {len(with_numbers)} cases intercepted"
    dialog.mark_button.click()
    assert "marked intercepted" in dialog.result.text()
    assert not dialog.mark_button.isEnabled()
    marked = [
        queue.model.row_data(r).intercepted_at is not None for r in range(queue.model.rowCount())
    ]
    open_with_numbers = [i for i in with_numbers if controller.core.cases.detail(i).state.is_open]
    assert sum(marked) == len(open_with_numbers) > 0
    shown_date = queue.model.data(queue.model.index(marked.index(True), Column.INTERCEPTED))
    assert shown_date.startswith("2026-11-22")


def test_the_outbound_parcel_filter(window, controller) -> None:  # type: ignore[no-untyped-def]
    _import_sample(controller)
    combo = window.queue.logistics
    statuses = [combo.itemData(i) for i in range(combo.count())]
    assert statuses[0] is None and "买家已签收" in statuses
    combo.setCurrentIndex(combo.findData("买家已签收"))
    model = window.queue.model
    assert model.rowCount() >= 1
    assert {model.row_data(r).logistics_status for r in range(model.rowCount())} == {"买家已签收"}
