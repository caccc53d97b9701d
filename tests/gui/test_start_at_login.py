"""The start-at-login switch in Settings, over an injected entry (never the real system)."""

from __future__ import annotations

from typing import Any

from desktop.gui.features.settings.general_page import GeneralPage
from desktop.gui.features.settings.settings_dialog import SettingsDialog


class FakeEntry:
    def __init__(self, enabled: bool = False, fail: bool = False) -> None:
        self.enabled, self.fail = enabled, fail
        self.commands: list[list[str]] = []

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self, command: Any) -> None:
        if self.fail:
            raise PermissionError(13, "Permission denied")
        self.commands.append(list(command))
        self.enabled = True

    def disable(self) -> None:
        if self.fail:
            raise PermissionError(13, "Permission denied")
        self.enabled = False

    def location(self) -> str:
        return "/fake/autostart"


def test_switch_shows_and_changes_the_entry(controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry = FakeEntry(enabled=False)
    page = GeneralPage(controller.ctx, login=entry)
    qtbot.addWidget(page)
    assert page.start_at_login is not None
    assert not page.start_at_login.isChecked()
    assert page.start_at_login.text() == "Start CaseWatch in the tray when I sign in"
    page.start_at_login.setChecked(True)
    assert not entry.enabled  # nothing changes before OK
    assert page.apply_start_at_login()
    assert entry.enabled
    (command,) = entry.commands
    # The tests' data folder is not the per-user default, so it is passed on.
    assert command[-3:] == ["--data-dir", str(controller.ctx.core.paths.root), "--minimized"]
    page.start_at_login.setChecked(False)
    assert page.apply_start_at_login()
    assert not entry.enabled


def test_ok_applies_the_switch_and_cancel_does_not(controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry = FakeEntry(enabled=False)
    dialog = SettingsDialog(controller.ctx, login=entry)
    assert dialog.general.start_at_login is not None
    dialog.general.start_at_login.setChecked(True)
    dialog.reject()
    assert not entry.enabled
    dialog = SettingsDialog(controller.ctx, login=entry)
    assert dialog.general.start_at_login is not None
    dialog.general.start_at_login.setChecked(True)
    dialog.save()
    assert entry.enabled
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_switch_reflects_an_entry_the_installer_made(controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = GeneralPage(controller.ctx, login=FakeEntry(enabled=True))
    qtbot.addWidget(page)
    assert page.start_at_login is not None
    assert page.start_at_login.isChecked()


def test_a_failure_is_said_and_the_switch_goes_back(controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry = FakeEntry(enabled=False, fail=True)
    page = GeneralPage(controller.ctx, login=entry)
    qtbot.addWidget(page)
    page.show()
    assert page.start_at_login is not None
    page.start_at_login.setChecked(True)
    assert not page.apply_start_at_login()
    assert not entry.enabled
    assert page.login_problem.isVisible()
    assert page.login_problem.text() == "Could not change this: Permission denied"
