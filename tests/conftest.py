"""Shared test set-up: offscreen Qt, GUI tests marked automatically, data in tmp_path."""

from __future__ import annotations

import os
import time

import pytest

# Before any QApplication exists: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# The screen shows local time: pin it to the users' zone so expectations hold on any machine.
os.environ["TZ"] = "Asia/Shanghai"
if hasattr(time, "tzset"):
    time.tzset()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use Qt (qtbot/qapp) are marked `gui`, so `-m "not gui"` runs the rest alone."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "gui" in item.nodeid.split("/"):
            item.add_marker(pytest.mark.gui)
