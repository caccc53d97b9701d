"""Shared test set-up: offscreen Qt, GUI tests marked automatically, data in tmp_path, the
translations built from i18n/*.ts (the window, the command line and their tests read them)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

# Before any QApplication exists: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# Channel secrets go to a file in the test's data folder, never to the developer's keychain
# (tests/core/test_push_secrets.py tests the keychain path with a keyring backend of its own).
os.environ["CASEWATCH_SECRET_STORE"] = "file"
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


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    """The .qm files are build output: make them if the .ts sources are newer."""
    import sys

    sys.path.insert(0, str(ROOT / "build_scripts"))
    import build_assets

    qm = [build_assets.QM_DIR / f"casewatch_{lang}.qm" for lang in build_assets.LANGUAGES]
    ts = [build_assets.TS_DIR / f"casewatch_{lang}.ts" for lang in build_assets.LANGUAGES]
    if not all(q.exists() for q in qm) or max(t.stat().st_mtime for t in ts) > min(
        q.stat().st_mtime for q in qm
    ):
        build_assets.compile_qm()
