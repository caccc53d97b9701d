"""GUI fixtures: a real Controller with its window over a real database in tmp_path, a
FixedClock, and message boxes recorded instead of shown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.core.bootstrap import Core
from tests.core.conftest import T0, clock, core  # noqa: F401  (fixtures)


class Shown:
    """Message boxes the code asked for (tests never block on a modal box)."""

    def __init__(self) -> None:
        self.errors: list[Any] = []
        self.bugs: list[Any] = []
        self.confirms: list[tuple[str, str]] = []
        self.infos: list[str] = []
        self.confirm_answer = True


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    from desktop.gui import messages

    record = Shown()
    monkeypatch.setattr(messages, "show_user_error", lambda _p, err: record.errors.append(err))
    monkeypatch.setattr(messages, "show_bug", lambda _p, log: record.bugs.append(log))

    def confirm(_parent: Any, title: str, text: str) -> bool:
        record.confirms.append((title, text))
        return record.confirm_answer

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "inform", lambda _p, text: record.infos.append(text))
    return record


class Sounds:
    """The card's sounds the code asked for (tests play none)."""

    def __init__(self) -> None:
        self.played = 0

    def __call__(self) -> None:
        self.played += 1


@pytest.fixture
def sounds() -> Sounds:
    return Sounds()


@pytest.fixture
def controller(qapp, core: Core, sounds: Sounds) -> Iterator[Any]:  # noqa: F811
    from desktop.gui.app import Controller

    made = Controller(core, qapp, tray=False, language="en", sound=sounds)
    yield made
    made.scheduler.shutdown()
    made.lock.release()
    made.card.hide()
    made.card.deleteLater()
    made.window.hide()
    made.window.deleteLater()


@pytest.fixture
def window(controller, qtbot):  # type: ignore[no-untyped-def]
    qtbot.addWidget(controller.window)
    controller.window.show()
    qtbot.waitExposed(controller.window)
    return controller.window
