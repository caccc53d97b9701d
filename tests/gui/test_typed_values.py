"""Times and numbers are kept as typed, or refused with a reason naming the field (issue #11):
no seconds from the moment a dialog opened, no year changed without a word, no 0 turned into
the default."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.model import EventKind
from desktop.core.times import SHANGHAI
from desktop.gui.features.settings.rules_page import DurationDialog
from tests.gui.helpers import add_case, press


def type_time(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """As a person does: select what is there, type over it."""
    edit.line.setFocus()
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, text)
    qtbot.keyClick(edit.line, Qt.Key.Key_Tab)


def test_a_deadline_typed_to_the_minute_is_kept_to_the_minute(  # type: ignore[no-untyped-def]
    window, core, clock, qtbot
) -> None:
    clock.advance(seconds=21)  # the dialog opens at 10:00:21
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    dialog = window.detail.record(EventKind.DEADLINE_CHANGED)
    type_time(qtbot, dialog.due_at, "2026-11-21 15:10")
    press(dialog, QDialogButtonBox.StandardButton.Save)
    assert not dialog.isVisible()
    clock_due = core.cases.detail(case_id).state.merchant_clock.due_at
    assert clock_due == datetime(2026, 11, 21, 15, 10, tzinfo=SHANGHAI)  # not 15:10:21
    recorded = core.cases.detail(case_id).events[-1]
    assert recorded.occurred_at.second == 0  # "when" as shown: 10:00


def test_a_year_typed_is_the_year_kept(window, core, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.new_case()
    dialog.platform.setCurrentIndex(dialog.platform.findData("douyin"))
    dialog.after_sale_id.setText("7300000000000000999")
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("refund_only"))
    dialog.has_deadline.setChecked(True)
    type_time(qtbot, dialog.deadline, "2030-11-20 15:10")
    press(dialog, QDialogButtonBox.StandardButton.Save)
    problems = {f: dialog.form.error_text(f) for f in ("platform_deadline", "case_type", "amount")}
    assert not dialog.isVisible(), problems
    case_id = dialog.created_id
    merchant = core.cases.detail(case_id).state.merchant_clock
    assert merchant.due_at == datetime(2030, 11, 20, 15, 10, tzinfo=SHANGHAI)


def test_a_time_pasted_from_the_platform_is_kept_to_the_second_and_junk_is_refused(  # type: ignore[no-untyped-def]
    window, core, qtbot
) -> None:
    case_id = add_case(core)
    window.queue.model.refresh()
    window.open_case(case_id)
    dialog = window.detail.record(EventKind.DEADLINE_CHANGED)
    dialog.due_at.line.setText("2026-11-27 10:20:00")  # as the 抖店 back-end shows it
    press(dialog, QDialogButtonBox.StandardButton.Save)
    due = core.cases.detail(case_id).state.merchant_clock.due_at
    assert due == datetime(2026, 11, 27, 10, 20, tzinfo=SHANGHAI)
    dialog = window.detail.record(EventKind.DEADLINE_CHANGED)
    for junk in ("2026-02-30 10:00", "明天下午", "2026-11-27"):
        dialog.due_at.line.setText(junk)
        press(dialog, QDialogButtonBox.StandardButton.Save)
        assert dialog.isVisible()
        assert dialog.form.error_text("due_at") == (
            f"“{junk}” is not a time: type it as 2026-12-04 15:10."
        )
    dialog.reject()
    assert core.cases.detail(case_id).state.merchant_clock.due_at == due  # nothing changed


def test_a_rule_duration_of_0_is_refused_not_restored_to_the_default(  # type: ignore[no-untyped-def]
    controller, core
) -> None:
    rule = core.rules.current().get("pinduoduo.refund_only.merchant")
    dialog = DurationDialog(controller.ctx, rule)
    dialog.show()
    dialog.value.setValue(0)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.form.error_text("duration") == "Must be more than zero and at most 365 days."
    assert core.rules.history(rule.id) == []  # nothing recorded, no "restored to the default"
    dialog.reject()


def test_a_reminder_time_of_0_is_refused_with_a_reason(controller, core) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.open_settings("reminders")
    leads = dialog.reminders.lead_times
    before = leads.minutes()
    leads.lead_value.setValue(0)
    leads.add_lead()
    assert leads.minutes() == before
    assert leads.problem.isVisible()
    assert leads.problem.text().startswith("0 before the deadline is the deadline itself")
    dialog.reject()
