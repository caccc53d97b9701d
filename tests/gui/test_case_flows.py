"""The main flows through the real window: add a case, record events, watch the countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.core.model import EventKind, Stage
from desktop.core.services.cases import EventInput
from desktop.gui.features.cases.case_dialog import CaseDialog
from desktop.gui.features.cases.event_dialog import EventDialog, RevokeDialog
from desktop.gui.models.queue_model import Column
from tests.core.factories import days, hours
from tests.gui.helpers import add_case, open_dialog, press

SAVE = QDialogButtonBox.StandardButton.Save


def countdown_cell(window, row: int = 0) -> str:  # type: ignore[no-untyped-def]
    model = window.queue.model
    return model.data(model.index(row, Column.COUNTDOWN))


def test_add_a_case_by_hand(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    dialog = open_dialog(CaseDialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("pinduoduo"))
    qtbot.keyClicks(dialog.after_sale_id, "260101-123456789")
    qtbot.keyClicks(dialog.order_id, "260101-987654321")
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("refund_only"))
    qtbot.keyClicks(dialog.amount, "59.90")
    dialog.reason.insert("未收到货")  # QTest types ASCII only
    press(dialog, SAVE)
    assert not dialog.isVisible()
    assert window.queue.model.rowCount() == 1
    assert window.detail.case_id == dialog.created_id
    assert "260101-123456789" in window.detail.title.text()
    assert countdown_cell(window) == "2 d left"  # 拼多多 仅退款: 48 h from the request (now)


def test_validation_names_fields_and_keeps_what_was_typed(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    dialog = open_dialog(CaseDialog)
    qtbot.keyClicks(dialog.after_sale_id, "7.30123E+18")
    dialog.amount.insert("十块")
    press(dialog, SAVE)
    assert dialog.isVisible()
    assert dialog.form.error_text("platform") == "Required."
    assert "Excel" in dialog.form.error_text("after_sale_id")
    assert "not an amount" in dialog.form.error_text("amount")
    assert dialog.form.error_text("case_type") == "Required."
    assert dialog.after_sale_id.text() == "7.30123E+18"
    assert dialog.amount.text() == "十块"
    with core.db.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM cases").fetchone() == (0,)
    dialog.reject()


def test_record_buyer_shipped_moves_the_clock(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core)
    core.cases.record(case_id, EventInput(EventKind.AGREED, core.clock.now() - hours(1)))
    window.queue.model.refresh()
    window.open_case(case_id)
    assert countdown_cell(window) == "buyer: 6 d 23 h left"  # the buyer must ship it back
    window.detail.event_buttons[EventKind.RETURN_SHIPPED].click()
    dialog = open_dialog(EventDialog)
    dialog.courier.setCurrentText("中通快递")
    qtbot.keyClicks(dialog.tracking_no, "75100000000001")
    press(dialog, SAVE)
    assert not dialog.isVisible()
    assert core.cases.detail(case_id).state.stage is Stage.RETURN_IN_TRANSIT
    assert countdown_cell(window) == "7 d left"
    timeline = window.detail.timeline
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(1) == "Buyer shipped the return"
    assert last.text(2) == "中通快递 75100000000001"
    assert EventKind.RECEIPT_EXTENDED in window.detail.event_buttons


def test_countdown_text_and_colour_follow_the_clock(window, core, clock) -> None:  # type: ignore[no-untyped-def]
    add_case(core, platform="pinduoduo", case_type="refund_only")
    window.queue.model.refresh()
    model = window.queue.model
    assert countdown_cell(window) == "1 d 22 h left"
    clock.advance(days(1) + hours(20))
    model.tick()
    assert countdown_cell(window) == "2 h left"
    assert (
        model.data(model.index(0, Column.COUNTDOWN), Qt.ItemDataRole.BackgroundRole).name()
        == "#ffe4cc"
    )
    clock.advance(hours(4))
    model.tick()
    assert countdown_cell(window) == "overdue 2 h"
    assert (
        model.data(model.index(0, Column.COUNTDOWN), Qt.ItemDataRole.BackgroundRole).name()
        == "#fde2e1"
    )


def test_withdraw_an_event_from_the_timeline(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    window.detail.event_buttons[EventKind.AGREED].click()
    press(open_dialog(EventDialog), SAVE)
    assert core.cases.detail(case_id).state.stage is Stage.AWAITING_RETURN
    timeline = window.detail.timeline
    timeline.setCurrentItem(timeline.topLevelItem(1))
    assert window.detail.revoke_button.isEnabled()
    window.detail.revoke_button.click()
    dialog = open_dialog(RevokeDialog)
    dialog.reason.insert("点错了")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert core.cases.detail(case_id).state.stage is Stage.AWAITING_MERCHANT
    agreed = window.detail.timeline.topLevelItem(1)
    assert agreed.font(1).strikeOut()
    assert window.detail.timeline.topLevelItemCount() == 3


def test_event_errors_are_shown_in_the_dialog(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    window.detail.event_buttons[EventKind.NOTE].click()
    dialog = open_dialog(EventDialog)
    press(dialog, SAVE)
    assert dialog.isVisible()
    assert dialog.form.error_text("text") == "Required."
    dialog.reject()


def test_corrected_details_show_old_and_new_values(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    window.detail.edit_button.click()
    dialog = open_dialog(CaseDialog)
    dialog.amount.setText("99")
    dialog.buyer.insert("老王")
    press(dialog, SAVE)
    timeline = window.detail.timeline
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(1) == "Details corrected"
    assert "Amount: ¥88.00 → ¥99.00" in last.text(2)
    assert "Buyer: — → 老王" in last.text(2)


def test_the_case_stays_in_view_after_it_leaves_the_filtered_list(window, core) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.services.queue import View

    case_id = add_case(core)
    window.queue.show_view(View.MERCHANT_TURN)
    window.open_case(case_id)
    window.detail.event_buttons[EventKind.REJECTED].click()
    press(open_dialog(EventDialog), SAVE)
    assert window.queue.model.rowCount() == 0  # rejected: the buyer's turn now
    assert window.detail.case_id == case_id
    assert "Rejected" in window.detail.subtitle.text()


def test_dialogs_are_deleted_when_closed(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QDialog

    def live_dialogs() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len([w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)])

    before = live_dialogs()
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    for _ in range(3):
        window.detail.event_buttons[EventKind.NOTE].click()
        open_dialog(EventDialog).reject()
        window.new_case().reject()
    assert live_dialogs() == before


def test_the_platform_settled_an_overdue_case(window, qtbot, core) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    window.detail.event_buttons[EventKind.COMPENSATION_PAID].click()
    paid = open_dialog(EventDialog)
    qtbot.keyClicks(paid.amount, "5 yuan")
    press(paid, SAVE)
    assert paid.isVisible() and "not an amount" in paid.form.error_text("amount")
    paid.amount.clear()
    qtbot.keyClicks(paid.amount, "5.50")
    press(paid, SAVE)
    assert not paid.isVisible()
    assert core.cases.detail(case_id).state.compensation_fen == 550

    window.detail.event_buttons[EventKind.PLATFORM_SETTLED].click()
    dialog = open_dialog(EventDialog)
    assert dialog.outcome.currentData() == "refunded"  # the merchant's clock: a refund
    assert "missed clock" in dialog.findChild(QLabel).text()
    press(dialog, SAVE)
    state = core.cases.detail(case_id).state
    assert state.stage is Stage.REFUNDED and state.settled_by_platform
    timeline = window.detail.timeline
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(1) == "Settled by the platform"
    assert last.text(2) == "refunded by the platform; a missed clock"
    assert EventKind.RESEND_SHIPPED in window.detail.event_buttons  # still possible, finished
    assert EventKind.PLATFORM_SETTLED not in window.detail.event_buttons
