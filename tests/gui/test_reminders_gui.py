"""Reminders reaching the user: the tray (a real QSystemTrayIcon object; offscreen has no tray
host, so clicks are simulated), the in-app due panel, the scheduler, sleep and clock jumps."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.changes import Changes
from desktop.core.services.engine import JUMP_TOLERANCE
from desktop.core.services.queue import View
from desktop.core.services.reminders import WakeReason
from desktop.gui.scheduler import QtTimerScheduler, ReminderScheduler
from desktop.gui.tray import Tray
from tests.core.factories import days, hours
from tests.gui.helpers import add_case


class FakeMonotonic:
    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


def _case_due_in(core, due: timedelta, after_sale_id: str = "AS1") -> int:  # type: ignore[no-untyped-def]
    now = core.clock.now()
    return add_case(
        core,
        after_sale_id,
        platform="pinduoduo",
        case_type="refund_only",
        applied_at=now - hours(3),
        platform_deadline=now + due,
    )


def test_clicking_a_reminder_opens_its_case(controller, window, core, clock) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(controller.ctx, controller)
    controller.attach_tray(tray)
    case_id = _case_due_in(core, hours(5))
    _case_due_in(core, days(3), "OTHER")
    controller.ctx.publish(Changes(all_cases=True))
    window.queue.select_case(window.queue.model.ids()[1])
    clock.advance(hours(1))
    controller.scheduler.wake(WakeReason.TIMER)  # what the date job does when it fires
    assert tray.last_message.title == "4 h left: Pinduoduo AS1"
    window.due_dock.show()
    recent = window.due_panel.recent
    assert recent.count() == 1
    assert (
        recent.item(0).text()
        == "2026-11-20 11:00  Pinduoduo AS1: 4 h before the deadline 2026-11-20 15:00"
    )
    window.hide()
    tray.message_clicked()
    assert window.isVisible()
    assert window.detail.case_id == case_id
    assert window.queue.selected_case() == case_id


def test_after_sleep_one_digest_and_a_click_shows_what_is_overdue(
    controller, window, core, clock
) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(controller.ctx, controller)
    controller.attach_tray(tray)
    for n in range(3):
        _case_due_in(core, hours(2 + n), f"AS{n}")
    window.queue.model.refresh()
    monotonic = FakeMonotonic()
    scheduler = ReminderScheduler(core, monotonic=monotonic)
    received = []
    scheduler.woke.connect(received.append)
    scheduler.detect_jump()  # remember both clocks
    clock.advance(hours(9))  # asleep: the wall clock moves, the monotonic clock does not
    monotonic.value += 60
    reason = scheduler.detect_jump()
    assert reason is WakeReason.RESUME
    scheduler.wake(reason)
    [wake] = received
    delivery = wake.delivery
    assert delivery.singles == [] and len(delivery.digest) == 3
    controller.on_wake(wake)
    message = tray.last_message
    assert message.title == "3 cases need you, 3 overdue"  # the count first: never cut off
    assert message.body.splitlines()[0] == "While the computer slept (or its clock moved ahead):"
    tray.message_clicked()
    assert window.queue.current_filter().view is View.OVERDUE
    assert window.queue.model.rowCount() == 3
    scheduler.shutdown()


def test_clock_set_back_is_a_jump(core, clock) -> None:  # type: ignore[no-untyped-def]
    monotonic = FakeMonotonic()
    scheduler = ReminderScheduler(core, monotonic=monotonic)
    scheduler.detect_jump()
    clock.advance(-JUMP_TOLERANCE - timedelta(minutes=5))
    monotonic.value += 60
    assert scheduler.detect_jump() is WakeReason.CLOCK_JUMP
    clock.advance(timedelta(seconds=60))
    monotonic.value += 60
    assert scheduler.detect_jump() is WakeReason.PERIODIC


def test_scheduler_points_its_one_job_at_the_next_reminder(qapp, core, clock) -> None:  # type: ignore[no-untyped-def]
    scheduler = ReminderScheduler(core)
    scheduler.start()
    # An empty desk: the next thing due is tomorrow's briefing at 09:00 (today's was made).
    only = scheduler.next_run()
    assert only is not None
    assert timedelta(hours=22, minutes=59) < only - datetime.now(only.tzinfo) <= timedelta(hours=23)
    _case_due_in(core, hours(30))
    scheduler.reschedule()
    first = scheduler.next_run()
    assert first is not None
    waits = first - datetime.now(first.tzinfo)
    assert timedelta(hours=5, minutes=59) < waits <= timedelta(hours=6)  # 30 h - 24 h lead
    assert {job.id for job in scheduler.scheduler.get_jobs()} == {"next-reminder"}
    assert scheduler.periodic_active  # a monotonic QTimer, not a wall-clock job
    scheduler.shutdown()


def test_fixed_qt_scheduler_keeps_a_single_timer(qapp) -> None:  # type: ignore[no-untyped-def]
    scheduler = QtTimerScheduler()
    scheduler.start()
    for _ in range(50):
        scheduler.wakeup()
    assert scheduler._qtimer.isActive()  # one timer, restarted, never a chain of new ones
    scheduler.shutdown()
    assert not scheduler._qtimer.isActive()


def test_without_a_tray_reminders_open_the_due_panel(controller, window, core, clock) -> None:  # type: ignore[no-untyped-def]
    assert controller.tray is None
    _case_due_in(core, hours(3))
    window.due_dock.hide()
    clock.advance(
        hours(
            2,
        )
        + timedelta(minutes=1)
    )
    controller.scheduler.wake(WakeReason.TIMER)
    assert window.due_dock.isVisible()
    assert (
        window.due_panel.recent.item(0).text().endswith("1 h before the deadline 2026-11-20 13:00")
    )


def test_tray_tooltip_counts_and_menu(controller, core, clock) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(controller.ctx, controller)
    _case_due_in(core, hours(-1), "LATE")
    _case_due_in(core, hours(5), "SOON")
    _case_due_in(core, days(5), "LATER")
    tray.refresh()
    assert "Overdue: 1" in tray.tooltip() and "Due within 24 h: 1" in tray.tooltip()
    entries = tray.due_actions()
    assert [text.split(" · ")[1] for text, _ in entries] == ["Pinduoduo LATE", "Pinduoduo SOON"]
    opened = []
    tray.open_case.connect(opened.append)
    tray._build_menu()
    due_menu = tray._menu.actions()[1].menu()
    due_menu.aboutToShow.emit()
    tray._fill_due_menu(due_menu)
    due_menu.actions()[0].trigger()
    assert opened == [entries[0][1]]


def test_pause_from_the_tray_holds_reminders_for_an_hour(controller, window, core, clock) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(controller.ctx, controller)
    controller.attach_tray(tray)
    _case_due_in(core, hours(4) + timedelta(minutes=20))
    window.due_dock.show()
    tray.pause_requested.emit()
    assert "Reminders paused until" in tray.tooltip()
    assert "Reminders paused until" in window.status.text()
    clock.advance(timedelta(minutes=30))
    controller.scheduler.wake(WakeReason.TIMER)
    assert window.due_panel.recent.count() == 0
    clock.advance(timedelta(minutes=31))
    controller.scheduler.wake(WakeReason.PERIODIC)
    assert window.due_panel.recent.count() == 1


def test_closing_the_window_keeps_running_in_the_tray(controller, window, qapp) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(controller.ctx, controller)
    controller.attach_tray(tray)
    window.close()
    assert not window.isVisible()
    assert controller.scheduler.scheduler is not None
    tray.show_window.emit()
    assert window.isVisible()


def test_closing_without_a_tray_asks_then_quits(controller, window, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    quits = []
    monkeypatch.setattr(controller.app, "quit", lambda: quits.append(True))
    shown.confirm_answer = False
    window.close()
    assert window.isVisible() and quits == []
    shown.confirm_answer = True
    window.close()
    assert quits == [True]


def test_quit_from_the_tray_really_quits(controller, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(controller.ctx, controller)
    controller.attach_tray(tray)
    quits = []
    monkeypatch.setattr(controller.app, "quit", lambda: quits.append(True))
    assert window.close() is False  # closing only hides into the tray
    tray.quit_requested.emit()
    assert quits == [True]
    assert window.close() is True  # Qt 6's quit() closes windows first: it must not be refused


def test_reminders_at_the_same_moment_make_one_message(controller, window, core, clock) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(controller.ctx, controller)
    controller.attach_tray(tray)
    _case_due_in(core, hours(5), "A1")
    _case_due_in(core, hours(5), "A2")
    clock.advance(hours(1))
    controller.scheduler.wake(WakeReason.TIMER)
    message = tray.last_message
    assert message.title == "2 cases need you"
    assert message.body.splitlines() == ["· 4 h left: Pinduoduo A1", "· 4 h left: Pinduoduo A2"]
    assert message.digest


def test_recent_reminders_outlive_a_language_switch(controller, window, core, clock) -> None:  # type: ignore[no-untyped-def]
    _case_due_in(core, hours(5))
    clock.advance(hours(1))
    controller.scheduler.wake(WakeReason.TIMER)
    controller.switch_language("zh_CN")
    panel = controller.window.due_panel
    controller.window.due_dock.show()
    assert panel.recent.count() == 1
    assert "截止前 4小时" in panel.recent.item(0).text()
    controller.switch_language("en")


def test_tray_menu_does_not_grow_each_time_it_opens(controller) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    tray = Tray(controller.ctx, controller)
    for _ in range(5):
        tray._build_menu()
    assert len(tray.findChildren(QMenu)) == len(
        Tray(controller.ctx, controller).findChildren(QMenu)
    )
