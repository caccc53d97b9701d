from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.bootstrap import Core, open_core
from desktop.core.clock import FixedClock
from desktop.core.times import SHANGHAI

#: Friday 2026-11-20 10:00 in Shanghai: a fixed "now" for every test.
T0 = datetime(2026, 11, 20, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def core(tmp_path: Path, clock: FixedClock) -> Iterator[Core]:
    opened = open_core(tmp_path / "data", clock)
    yield opened
    opened.close()


@pytest.fixture
def importer(tmp_path: Path) -> Iterator[Core]:
    """A core on "the morning after" the sample exports were made."""
    from tests.core.test_importing import NOW

    opened = open_core(tmp_path / "importer", FixedClock(NOW))
    yield opened
    opened.close()
