"""Second-instance activation, the queue model's contract, settings, language, the self-test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.changes import Changes
from desktop.gui.features.settings.rules_page import DurationDialog
from desktop.gui.single_instance import SingleInstance, server_name
from tests.core.factories import hours
from tests.gui.helpers import add_case, open_dialog, press


def test_second_launch_activates_the_first(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    assert first.listen()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.forward_to_running()
    first.close()
    assert not SingleInstance(tmp_path).forward_to_running(timeout_ms=200)


def test_instances_are_per_data_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_queue_model_keeps_qts_model_contract(qtmodeltester, controller, core) -> None:  # type: ignore[no-untyped-def]
    for n in range(30):
        add_case(core, f"AS{n:03d}", platform=("douyin", "pinduoduo", "wechat")[n % 3])
    model = controller.window.queue.model
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_search_and_views_filter_the_table(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    add_case(core, "DY-1", platform="douyin")
    add_case(core, "PD-2", platform="pinduoduo", case_type="refund_only")
    window.queue.on_changes(Changes(all_cases=True))
    qtbot.keyClicks(window.queue.search, "PD-")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1)
    window.queue.search.clear()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 2)
    window.queue.platform.setCurrentIndex(window.queue.platform.findData("douyin"))
    assert window.queue.model.rowCount() == 1
    assert window.queue.views.item(6).text() == "All  (1)"


def test_sorting_by_a_column_happens_in_sql(window, core) -> None:  # type: ignore[no-untyped-def]
    for asid in ("B-2", "C-3", "A-1"):
        add_case(core, asid)
    window.queue.model.refresh()
    window.queue.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    model = window.queue.model
    assert [model.data(model.index(r, 3)) for r in range(3)] == ["A-1", "B-2", "C-3"]


def test_changing_a_rule_moves_running_clocks_at_once(controller, window, core, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core, platform="pinduoduo", case_type="refund_only")
    dialog = controller.open_rules()
    page = dialog.rules
    page.select_rule("pinduoduo.refund_only.merchant")
    page.change_duration()
    edit = open_dialog(DurationDialog)
    edit.value.setValue(24)
    edit.unit.setCurrentIndex(1)  # hours
    edit.note.insert("双11")
    press(edit, QDialogButtonBox.StandardButton.Save)
    due = core.cases.detail(case_id).state.merchant_clock.due_at
    assert due == core.cases.detail(case_id).facts.applied_at + hours(24)
    assert "24 h" in page.history.item(0).text() and "双11" in page.history.item(0).text()
    row = next(
        r
        for r in range(page.table.rowCount())
        if page.table.item(r, 0).data(256) == "pinduoduo.refund_only.merchant"
    )
    assert "changed (default 48 h)" in page.table.item(row, 5).text()
    assert (
        page.history.item(0)
        .text()
        .endswith("Pinduoduo · Refund only · Awaiting merchant: 24 h — 双11")
    )
    dialog.reject()


def test_lead_times_are_edited_in_settings(controller, core) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.open_settings()
    leads = dialog.reminders.lead_times
    leads.leads.setCurrentRow(0)
    leads.remove_lead()
    leads.lead_value.setValue(2)
    leads.lead_unit.setCurrentIndex(2)  # days
    leads.add_lead()
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert core.settings.lead_minutes == (2 * 24 * 60, 240, 60, 15)


def test_switching_language_rebuilds_the_window_in_chinese(controller, window, core) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    dialog = controller.open_settings()
    dialog.general.language.setCurrentIndex(dialog.general.language.findData("zh_CN"))
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    new = controller.window
    assert new is not window
    assert new.windowTitle() == "CaseWatch 售后盯单 — 平台时效"
    assert new.queue.views.item(0).text().startswith("已超时")
    assert new.detail.case_id == case_id
    assert core.settings.language == "zh_CN"
    controller.switch_language("en")


def test_self_test_passes_on_a_fresh_folder(qapp, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.self_test import run_self_test

    assert run_self_test(tmp_path / "data", language="en") == 0
    out = capsys.readouterr().out
    assert "✗" not in out
    assert "self-test passed" in out
    assert "zh_CN: 已超时" in out
    assert "can be drawn: BMP, GIF, HEIC, JPG, PNG, WEBP" in out


def test_self_test_fails_when_a_photo_format_cannot_be_drawn(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What a frozen build without the qwebp plugin would do: the check must catch it."""
    from PySide6.QtGui import QImage

    from desktop.gui import self_test
    from desktop.gui.features.evidence import thumbnails

    real = thumbnails.read_scaled
    monkeypatch.setattr(
        thumbnails,
        "read_scaled",
        lambda path, box=None: QImage() if path.suffix == ".webp" else real(path, box),
    )
    with pytest.raises(RuntimeError, match=r"photo\.webp cannot be drawn"):
        self_test.draw_photos()


def test_self_test_on_a_shops_folder_decides_no_reminder(qapp, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Support may run the self-test on a shop's own data: it must not swallow a reminder that
    is due (recorded as delivered without being shown) nor make the day's briefing."""
    from datetime import UTC, datetime, timedelta

    from desktop.core.bootstrap import open_core
    from desktop.core.clock import FixedClock
    from desktop.gui.self_test import run_self_test
    from tests.core.reminding import add_due

    data = tmp_path / "data"
    core = open_core(data, FixedClock(datetime.now(UTC) - timedelta(hours=2)))
    add_due(core, "A", timedelta(hours=2, minutes=30))  # its 1-hour reminder is due now
    core.close()
    assert run_self_test(data, language="en") == 0
    core = open_core(data)
    try:
        assert core.reminders.pending(core.clock.now()) != []
        with core.db.read() as conn:
            assert conn.execute("SELECT COUNT(*) FROM briefings").fetchone() == (0,)
    finally:
        core.close()
    capsys.readouterr()
