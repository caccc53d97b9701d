"""How late a reminder reaches the person: from its instant to the card on screen and to the
push received, in the window; and to the push received from the headless watcher.

    python benchmarks/reminder_latency.py [--runs 3]

Prints figures; never asserts. Real clocks throughout: a case whose 15-minute reminder falls
a few seconds after start, a loopback robot standing in for 企业微信, the window (offscreen,
in this process, as the app runs it: scheduler, card, push job) and `casewatch watch` as its
own process. Goals (issue #10): the window within 60 s, the watcher within one pass.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEWATCH_SECRET_STORE", "file")

from desktop.core.bootstrap import open_core  # noqa: E402
from desktop.core.push.channels import ChannelKind, ChannelSpec  # noqa: E402
from desktop.core.services import reminder_settings  # noqa: E402
from desktop.core.services.validation import CaseDraft  # noqa: E402
from tests.push_servers import RobotServer  # noqa: E402

LEAD = timedelta(minutes=15)
AHEAD = timedelta(seconds=4)  # the reminder's instant, from the case's creation


def desk(data: Path, robots: RobotServer) -> datetime:
    """A data folder with a robot channel and a case whose 15-minute reminder is due soon;
    returns that reminder's instant."""
    core = open_core(data)
    prefs = reminder_settings.load(core.settings)  # only the reminder itself is measured
    reminder_settings.save(
        core.settings, dataclasses.replace(prefs, briefing_enabled=False, last_call=False)
    )
    core.channels.add(ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url()))
    now = datetime.now(UTC)
    due = datetime.fromtimestamp(int((now + LEAD + AHEAD).timestamp()), UTC)  # as stored
    core.cases.create(
        CaseDraft(
            platform="pinduoduo",
            after_sale_id="240512-0001",
            case_type="refund_only",
            applied_at=now - timedelta(hours=1),
            platform_deadline=due,
        )
    )
    core.close()
    return due - LEAD


def received_at(robots: RobotServer, count: int, timeout: float) -> float | None:
    end = time.time() + timeout
    while time.time() < end:
        if len(robots.received) >= count:
            return time.time()
        time.sleep(0.005)
    return None


def window_run(robots: RobotServer) -> tuple[float, float]:
    from PySide6.QtCore import QTimer

    from desktop.gui.app import Controller, make_application

    app = make_application(sys.argv)
    data = Path(tempfile.mkdtemp(prefix="casewatch-latency-")) / "data"
    fire_at = desk(data, robots).timestamp()
    core = open_core(data)
    controller = Controller(core, app, tray=False, language="en", sound=lambda: None)
    seen: dict[str, float] = {}
    before = len(robots.received)

    def poll() -> None:
        if "card" not in seen and controller.card.isVisible():
            seen["card"] = time.time()
        if "push" not in seen and len(robots.received) > before:
            seen["push"] = time.time()
        if len(seen) == 2 or time.time() > fire_at + 120:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(5)
    controller.start(minimized=True)
    app.exec()
    controller.quit()
    core.close()
    return seen.get("card", float("nan")) - fire_at, seen.get("push", float("nan")) - fire_at


def watcher_run(robots: RobotServer) -> float:
    data = Path(tempfile.mkdtemp(prefix="casewatch-latency-")) / "data"
    fire_at = desk(data, robots).timestamp()
    before = len(robots.received)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "watch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        got = received_at(robots, before + 1, timeout=120)
    finally:
        process.terminate()
        process.wait(30)
    return (got or float("nan")) - fire_at


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    robots = RobotServer(now=lambda: datetime.now(UTC)).start()
    cards, pushes, watched = [], [], []
    for _ in range(args.runs):
        card, push = window_run(robots)
        cards.append(card)
        pushes.append(push)
        watched.append(watcher_run(robots))
    robots.stop()

    def show(values: list[float]) -> str:
        return (
            f"median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f})"
        )

    print(f"window: reminder instant -> card on screen: {show(cards)}")
    print(f"window: reminder instant -> push received by the robot: {show(pushes)}")
    print(f"watcher: reminder instant -> push received by the robot: {show(watched)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
