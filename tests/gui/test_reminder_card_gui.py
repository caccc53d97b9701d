"""The reminder card, the settings for reminders and push channels, the stale-data banner and
the due panel's push problems: real widgets offscreen over a real database, a FixedClock, and
a loopback stand-in for the chat robots."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.delivery import DeliveryLock
from desktop.core.push.channels import ChannelKind, ChannelSpec
from desktop.core.services import reminder_settings
from desktop.core.services.alerts import Snooze
from desktop.core.services.reminders import Delivery, Reminder, WakeReason
from desktop.core.times import SHANGHAI
from desktop.gui import notify
from desktop.gui.features.settings.channel_dialog import ChannelDialog
from tests.core.factories import hours
from tests.core.reminding import add_due
from tests.gui.helpers import press
from tests.push_servers import RobotServer

TIMER = WakeReason.TIMER


@pytest.fixture
def robots(clock) -> Iterator[RobotServer]:  # type: ignore[no-untyped-def]
    server = RobotServer(now=clock.now).start()
    yield server
    server.stop()


@pytest.fixture
def delivering(controller, core):  # type: ignore[no-untyped-def]
    """The window holding the delivery lock with its scheduler running; no briefing."""
    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(core.settings, dataclasses.replace(prefs, briefing_enabled=False))
    controller.start_delivering()
    assert controller.lock.held
    return controller


def due_soon(core, clock, asid: str = "240512-0001", amount: str = "88.00") -> int:  # type: ignore[no-untyped-def]
    """A case whose 4-hour reminder fires now."""
    case_id = add_due(core, asid, hours(5), amount)
    clock.advance(hours(1))
    return case_id


def test_a_reminder_brings_up_the_card_with_a_sound(delivering, core, clock, sounds) -> None:  # type: ignore[no-untyped-def]
    card = delivering.card
    assert not card.isVisible()
    due_soon(core, clock, amount="128.50")
    delivering.scheduler.wake(TIMER)
    assert card.isVisible()
    [row] = card.rows
    assert row.head.text() == "4 h left · Pinduoduo 240512-0001"
    assert row.detail.text() == "Deadline 2026-11-20 15:00: Automatic refund · ¥128.50"
    assert card.title.text() == "1 after-sales case needs you · ¥128.50 at stake"
    assert sounds.played == 1
    delivering.scheduler.wake(WakeReason.PERIODIC)  # nothing new: no second sound
    assert sounds.played == 1 and card.isVisible()


def test_got_it_takes_the_case_off_and_open_shows_it(delivering, window, core, clock) -> None:  # type: ignore[no-untyped-def]
    case_id = due_soon(core, clock)
    delivering.scheduler.wake(TIMER)
    card = delivering.card
    card.rows[0].open_button.click()
    assert window.detail.case_id == case_id
    assert card.isVisible()  # opening is not acknowledging
    card.rows[0].ack_button.click()
    assert not card.isVisible()
    assert core.alerts.card().empty


def test_snooze_hides_it_until_its_time(delivering, core, clock) -> None:  # type: ignore[no-untyped-def]
    due_soon(core, clock)
    delivering.scheduler.wake(TIMER)
    card = delivering.card
    menu = card.rows[0].snooze_button.menu()
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions()]
    assert labels == ["In 15 minutes", "In 1 hour", "When work starts (Monday 09:00)"]
    menu.actions()[0].trigger()
    assert not card.isVisible()
    clock.advance(timedelta(minutes=15))
    delivering.on_tick()
    assert card.isVisible()


def test_quiet_hours_mute_the_sound_but_not_the_card(delivering, core, clock, sounds) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 20, 22, 30, tzinfo=SHANGHAI))
    due_soon(core, clock)
    delivering.scheduler.wake(TIMER)
    assert delivering.card.isVisible()
    assert sounds.played == 0
    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(core.settings, dataclasses.replace(prefs, quiet_enabled=False))
    add_due(core, "B", hours(5))
    clock.advance(hours(1))
    delivering.scheduler.wake(TIMER)
    assert sounds.played == 1


def test_an_overdue_case_nobody_acknowledged_comes_back(delivering, core, clock, sounds) -> None:  # type: ignore[no-untyped-def]
    add_due(core, "A", timedelta(minutes=10))
    clock.advance(timedelta(minutes=10))
    delivering.scheduler.wake(TIMER)
    card = delivering.card
    assert card.isVisible() and sounds.played == 1
    clock.advance(timedelta(minutes=29))
    delivering.scheduler.wake(WakeReason.PERIODIC)
    assert sounds.played == 1
    clock.advance(timedelta(minutes=1))
    delivering.scheduler.wake(WakeReason.PERIODIC)
    assert card.isVisible() and sounds.played == 2  # raised again, with the sound
    card.rows[0].ack_button.click()
    clock.advance(hours(2))
    delivering.scheduler.wake(WakeReason.PERIODIC)
    assert not card.isVisible() and sounds.played == 2


def test_the_briefing_is_on_the_card_until_acknowledged(controller, core, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=SHANGHAI))
    add_due(core, "A", hours(5), "10.00")
    controller.start_delivering()
    card = controller.card
    assert card.isVisible() and card.briefing_box.isVisible()
    assert card.briefing_label.text() == (
        "Daily briefing, Friday 11-20: overdue 0 · due today 1 · due tomorrow 0 · ¥10.00 at stake"
    )
    card.briefing_ack.click()
    assert not card.isVisible()


def test_the_system_notification_fits_windows_limits_with_the_count_first(qapp, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.model import Action, Platform

    now = clock.now()
    many = [
        Reminder(n, Platform.TAOBAO, f"2187654321098765{n:02d}", now - hours(n + 1),
                 Action.AUTO_REFUND_NO_RETURN, 0, now - hours(n + 1))
        for n in range(20)
    ]  # fmt: skip
    delivery = Delivery(digest=many[:6], digest_count=20, digest_overdue=20,
                        reason=WakeReason.RESUME)  # fmt: skip
    message = notify.digest_message(delivery, clock)
    assert message.title == "20 cases need you, 20 overdue"
    assert notify.utf16_len(message.title) <= notify.TITLE_MAX
    assert notify.utf16_len(message.body) <= notify.BODY_MAX
    lines = message.body.splitlines()
    assert lines[0] == "While the computer slept (or its clock moved ahead):"
    assert lines[-1].startswith("… and ") and lines[-1].endswith(" more")
    shown = len(lines) - 2
    assert lines[-1] == f"… and {20 - shown} more"  # the count covers every case left out
    long_title = notify.fit_title("x" * 100)
    assert len(long_title) == notify.TITLE_MAX and long_title.endswith("…")


def test_the_window_waits_for_the_watcher_to_hand_over(controller, window, core, clock) -> None:  # type: ignore[no-untyped-def]
    watcher = DeliveryLock(core.paths.root, "watcher")
    assert watcher.try_acquire()
    controller.window.due_dock.show()
    controller.start_delivering()
    panel = controller.window.due_panel
    assert not controller.lock.held
    assert panel.delivery.isVisible()
    assert "watcher (process" in panel.delivery.text()
    assert watcher.takeover_requested()
    watcher.release()  # the watcher hands over
    controller._try_take_over()
    assert controller.lock.held and not panel.delivery.isVisible()


def test_push_failures_are_said_in_the_due_panel(delivering, window, core, clock, robots) -> None:  # type: ignore[no-untyped-def]
    core.channels.add(ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url("wrong-key-0001234"),
                                  name="售后群"))  # fmt: skip
    due_soon(core, clock)
    delivering.scheduler.wake(TIMER)
    report = core.pushes.deliver()  # what the background job does
    assert [f.code for f in report.failed] == ["rejected_key"]
    window.due_dock.show()
    panel = window.due_panel
    panel.refresh()
    assert panel.push_problems.isVisible()
    assert panel.push_problems.text().startswith(
        "Push to “售后群” failed: The service refused the robot's address"
    )
    assert panel.push_problems.text().endswith("(1 waiting)")


def test_stale_data_shows_a_banner_over_the_queue(window, core, clock) -> None:  # type: ignore[no-untyped-def]
    from tests.core.test_importing import DATA

    preview = core.imports.preview(DATA / "douyin_售后单_sample.xlsx")
    core.imports.apply(core.imports.plan(preview, core.imports.columns(preview, "auto")))
    banner = window.queue.stale_banner
    window.tick()
    assert not banner.isVisible()
    clock.advance(hours(30))
    window.tick()
    assert banner.isVisible()
    assert banner.text.text() == "Douyin data not updated for 30 h: deadlines may have changed."


def test_reminder_settings_are_saved_whole_or_not_at_all(controller, core) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.open_settings("reminders")
    page = dialog.reminders
    assert dialog.tabs.currentWidget() is page
    page.days[6].setChecked(True)  # Saturday
    page.work_end.setTime(page.work_start.time().addSecs(-3600))  # ends before it starts
    page.repeat.setValue(0)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()
    assert page.form.error_text("work_end") == "The end must be later than the start (09:00)."
    assert reminder_settings.load(core.settings) == reminder_settings.ReminderSettings()
    page.work_end.setTime(page.work_start.time().addSecs(10 * 3600))
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    saved = reminder_settings.load(core.settings)
    assert saved.work_days == frozenset({1, 2, 3, 4, 5, 6})
    assert saved.work_end == time(19, 0)
    assert saved.repeat_minutes == 0  # kept as typed: never


def test_a_channel_is_added_tested_and_removed_in_settings(  # type: ignore[no-untyped-def]
    controller, core, robots, qtbot, shown
) -> None:
    dialog = controller.open_settings("channels")
    page = dialog.channels
    add = page.add()
    add.kind.setCurrentIndex(add.kind.findData("dingtalk"))
    add.name.setText("售后群")
    add.url.setText("ftp://nope")
    add.save()
    assert add.isVisible()
    assert add.form.error_text("url").startswith("“ftp://nope” is not a web address")
    add.url.setText(robots.dingtalk_url())
    from tests.push_servers import DINGTALK_SECRET

    add.secret.setText(DINGTALK_SECRET)
    add.save()  # saved, then tested at once, in the background
    assert not add.isVisible()
    qtbot.waitUntil(lambda: "Test message sent" in page.result.text(), timeout=10_000)
    assert "渠道「售后群」已连通" in robots.received[0].text
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "售后群"
    assert page.table.item(0, 4).text() == "2026-11-20 10:00"
    secret_shown = " ".join(page.table.item(0, c).text() for c in range(page.COLUMNS))
    assert DINGTALK_SECRET not in secret_shown and "b6a9…5e" in secret_shown
    edit = page.edit()
    assert isinstance(edit, ChannelDialog) and edit.secret.text() == DINGTALK_SECRET
    edit.reject()
    page.remove()
    assert shown.confirms and core.channels.channels() == []
    assert page.table.rowCount() == 0
    dialog.reject()


def test_a_failing_channel_says_why_in_its_row(controller, core, robots, qtbot) -> None:  # type: ignore[no-untyped-def]
    core.channels.add(ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url("wrong-key-0001234")))
    dialog = controller.open_settings("channels")
    page = dialog.channels
    page.test()
    qtbot.waitUntil(lambda: not page._testing, timeout=10_000)
    assert page.result.text().startswith("“wecom”: The service refused the robot's address")
    assert page.table.item(0, 5).text().startswith("The service refused the robot's address")
    dialog.reject()


def test_snooze_labels_say_the_day(qapp, core, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.features.reminders.card import snooze_label

    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=SHANGHAI))  # Monday, before work
    until = core.alerts.snooze_until(Snooze.NEXT_WORKDAY)
    assert snooze_label(Snooze.NEXT_WORKDAY, until, clock.now()) == "When work starts (today 09:00)"
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=SHANGHAI))
    until = core.alerts.snooze_until(Snooze.NEXT_WORKDAY)
    assert snooze_label(Snooze.NEXT_WORKDAY, until, clock.now()) == (
        "When work starts (tomorrow 09:00)"
    )
