"""The headless watcher and the delivery lock: one deliverer per data folder, the window
first; the watcher's passes deliver and record; it hands over when the window asks."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.delivery import DeliveryLock
from desktop.core.push.channels import ChannelKind, ChannelSpec
from desktop.core.services.reminders import WakeReason
from desktop.core.watcher import Pass, Watcher, WatchState
from tests.core.factories import hours
from tests.core.reminding import add_due
from tests.push_servers import RobotServer


@pytest.fixture
def robots(clock: FixedClock) -> Iterator[RobotServer]:
    server = RobotServer(now=clock.now).start()
    yield server
    server.stop()


def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for another thread to get somewhere (a condition, never a fixed sleep)."""
    done = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        done.wait(0.02)
    raise AssertionError("the watcher did not get there in time")


def test_a_takeover_request_from_a_window_that_went_away_is_ignored(core: Core) -> None:
    import os

    from desktop.core.delivery import TAKEOVER_FRESH_S, TAKEOVER_NAME

    window = DeliveryLock(core.paths.root, "window")
    window.request_takeover()
    watcher = DeliveryLock(core.paths.root, "watcher")
    assert watcher.takeover_requested()
    old = (core.paths.root / TAKEOVER_NAME).stat().st_mtime - TAKEOVER_FRESH_S - 1
    os.utime(core.paths.root / TAKEOVER_NAME, (old, old))
    assert not watcher.takeover_requested()


def test_one_deliverer_per_data_folder(core: Core) -> None:
    window = DeliveryLock(core.paths.root, "window")
    watcher = DeliveryLock(core.paths.root, "watcher")
    assert watcher.try_acquire()
    assert watcher.owner() is not None and watcher.owner().who == "watcher"  # type: ignore[union-attr]
    assert not window.try_acquire()
    window.request_takeover()
    assert watcher.takeover_requested()
    watcher.release()
    assert window.try_acquire()
    assert not watcher.takeover_requested()  # the window took it: the request is done
    assert not watcher.try_acquire()
    window.release()
    assert watcher.try_acquire()
    watcher.release()


def test_one_pass_delivers_and_records(core: Core, clock: FixedClock, robots: RobotServer) -> None:
    core.channels.add(ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url()))
    add_due(core, "A", hours(5))
    clock.advance(hours(1.5))
    lock = DeliveryLock(core.paths.root, "watcher")
    assert lock.try_acquire()
    done = Watcher(core, lock).one_pass(WakeReason.START)
    lock.release()
    assert [r.after_sale_id for r in done.wake.delivery.digest] == ["A"]
    assert [s.reminders for s in done.report.sent if s.reminders] == [1]
    assert not done.failed
    assert any("拼多多 A" in r.text for r in robots.received)
    assert [a.after_sale_id for a in core.alerts.card().alerts] == ["A"]  # for the window


def test_the_watcher_hands_over_to_the_window_and_takes_back_after_it(
    core: Core, clock: FixedClock
) -> None:
    lock = DeliveryLock(core.paths.root, "watcher")
    watcher = Watcher(core, lock, period=timedelta(seconds=0.2), standby_poll=0.1)
    passes: list[Pass] = []
    states: list[WatchState] = []
    thread = threading.Thread(target=watcher.run, args=(passes.append, states.append))
    thread.start()
    try:
        until(lambda: bool(passes))
        assert states == [WatchState.DELIVERING]
        window = DeliveryLock(core.paths.root, "window")
        assert not window.try_acquire()
        window.request_takeover()

        def take() -> bool:  # as the window does every second while it waits
            window.request_takeover()
            return window.try_acquire()

        until(take)
        until(lambda: WatchState.HANDED_OVER in states)
        count = len(passes)
        window.release()  # the window quits: the watcher delivers again
        until(lambda: states[-1] is WatchState.DELIVERING and len(passes) > count)
    finally:
        watcher.stop.set()
        thread.join(10)
    assert not thread.is_alive()
    assert states == [WatchState.DELIVERING, WatchState.HANDED_OVER, WatchState.DELIVERING]
    assert DeliveryLock(core.paths.root, "window").try_acquire()  # let go on stopping


def test_a_pass_that_finds_the_database_busy_is_said_and_tried_again(
    core: Core, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.errors import UserError

    real_wake = core.engine.wake
    calls: list[int] = []

    def busy_once(reason: WakeReason):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:  # as SQLite says when a long import holds the write lock
            raise UserError("database_busy", path=str(core.paths.database))
        return real_wake(reason)

    monkeypatch.setattr(core.engine, "wake", busy_once)
    lock = DeliveryLock(core.paths.root, "watcher")
    watcher = Watcher(core, lock, period=timedelta(seconds=0.05))
    passes: list[Pass] = []
    errors: list[UserError] = []
    thread = threading.Thread(target=watcher.run, args=(passes.append, lambda _s: None,
                                                         errors.append))  # fmt: skip
    thread.start()
    try:
        until(lambda: bool(passes))
    finally:
        watcher.stop.set()
        thread.join(10)
    assert [e.code for e in errors] == ["database_busy"]
    assert len(calls) >= 2
