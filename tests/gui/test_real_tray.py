"""The real tray on a real X server: Xvfb + trayer (Debian packages), the xcb platform, a
reminder balloon, and a click on it opening the case. Runs in a child process, because the
test process's Qt is already offscreen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHILD = r"""
import json, sys
from datetime import timedelta
from pathlib import Path
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from desktop.core.bootstrap import open_core
from desktop.core.clock import FixedClock
from desktop.core.services.reminders import WakeReason
from desktop.core.services.validation import CaseDraft
from desktop.core.times import SHANGHAI
from datetime import datetime
from desktop.gui.app import Controller, make_application

app = make_application(sys.argv)
result = {"platform": app.platformName()}
for _ in range(100):  # the tray host may come up after us (as at login)
    if QSystemTrayIcon.isSystemTrayAvailable():
        break
    QTest.qWait(100)
result["tray_available"] = QSystemTrayIcon.isSystemTrayAvailable()
clock = FixedClock(datetime(2026, 11, 20, 10, 0, tzinfo=SHANGHAI))
core = open_core(Path(sys.argv[1]), clock)
case_id, _ = core.cases.create(CaseDraft(
    platform="pinduoduo", after_sale_id="260101-1", case_type="refund_only",
    applied_at=clock.now() - timedelta(hours=1), platform_deadline=clock.now() + timedelta(hours=6)))
controller = Controller(core, app, language="zh_CN")
controller.start()
QTest.qWait(500)
result["tray_attached"] = controller.tray is not None and controller.tray.is_visible()
controller.window.hide()
clock.advance(timedelta(hours=2, minutes=1))
controller.scheduler.wake(WakeReason.TIMER)
QTest.qWait(500)
balloons = [w for w in QApplication.topLevelWidgets()
            if w.metaObject().className() == "QBalloonTip" and w.isVisible()]
result["balloons"] = len(balloons)
card = controller.card
screen = app.primaryScreen().availableGeometry()
result["card_visible"] = card.isVisible()
result["card_on_top"] = bool(card.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)
result["card_in_corner"] = (screen.right() - card.geometry().right() < 40
                            and screen.bottom() - card.geometry().bottom() < 60)
result["card_took_focus"] = app.activeWindow() is card
result["card_text"] = " | ".join(r.head.text() for r in card.rows)
if balloons:
    texts = [child.text() for child in balloons[0].findChildren(type(controller.window.status))]
    result["balloon_text"] = " | ".join(t for t in texts if t)
    QTest.mouseClick(balloons[0], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(10, 10))
    QTest.qWait(300)
result["window_visible"] = controller.window.isVisible()
result["opened_case"] = controller.window.detail.case_id == case_id
result["tooltip"] = controller.tray.tooltip() if controller.tray else ""
print("RESULT " + json.dumps(result, ensure_ascii=False))
controller.quit()
"""


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    xvfb, trayer = shutil.which("Xvfb"), shutil.which("trayer")
    if xvfb is None or trayer is None:
        pytest.skip("needs the Debian packages xvfb and trayer (.ci/run installs them)")
    number = 60 + os.getpid() % 300
    display = f":{number}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.05)  # waiting for an external X server, not for app time
    env = {**os.environ, "DISPLAY": display}
    tray = subprocess.Popen([trayer, "--edge", "top", "--align", "right", "--widthtype",
                             "request", "--height", "24"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        yield display
    finally:
        for process in (tray, server):
            process.terminate()
            process.wait(timeout=10)


def test_reminder_balloon_in_a_real_tray_opens_the_case(x_display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stdout + done.stderr
    result = json.loads(line[len("RESULT ") :])
    assert result["platform"] == "xcb"
    assert result["tray_available"] is True
    assert result["tray_attached"] is True
    assert result["balloons"] == 1
    # The card: up, on top of everything, in the corner, and the keyboard left where it was.
    assert result["card_visible"] is True
    assert result["card_on_top"] is True
    assert result["card_in_corner"] is True
    assert result["card_took_focus"] is False
    assert result["card_text"] == "还剩 3小时59分 · 拼多多 260101-1"
    assert "还剩 3小时59分" in result["balloon_text"]
    assert "拼多多 260101-1" in result["balloon_text"]
    assert result["window_visible"] is True
    assert result["opened_case"] is True
    assert "24小时内到期：1" in result["tooltip"]
