"""Start at login (desktop/core/autostart.py): every entry is written to a temporary folder or a
fake registry, on any system; only the Windows-only calls touch the real system, and only there."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import autostart

EXE = r"C:\Users\Shop Owner\AppData\Local\Programs\CaseWatch\CaseWatch.exe"


class FakeRegistry:
    """One registry key, in memory."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_value_is_one_quoted_command_line() -> None:
    registry = FakeRegistry()
    entry = autostart.WindowsRunKey(registry)
    assert not entry.is_enabled()
    entry.enable([EXE, "--minimized"])
    # Exactly what the Inno Setup task writes: """{app}\CaseWatch.exe"" --minimized"
    assert registry.values == {"CaseWatch": f'"{EXE}" --minimized'}
    assert entry.is_enabled()
    assert entry.location().endswith(r"Software\Microsoft\Windows\CurrentVersion\Run\CaseWatch")
    entry.disable()
    entry.disable()  # already gone: no error
    assert registry.values == {}
    assert not entry.is_enabled()


def test_windows_run_value_round_trips_awkward_paths() -> None:
    registry = FakeRegistry()
    command = [EXE, "--data-dir", r"D:\店铺 数据\CaseWatch", "--minimized"]
    autostart.WindowsRunKey(registry).enable(command)
    assert registry.values["CaseWatch"] == subprocess.list2cmdline(command)
    assert '"D:\\店铺 数据\\CaseWatch"' in registry.values["CaseWatch"]


def test_mac_launch_agent_plist(tmp_path: Path) -> None:
    agents = tmp_path / "Library" / "LaunchAgents"  # created on demand
    entry = autostart.MacLaunchAgent(agents)
    assert not entry.is_enabled()
    app = "/Applications/CaseWatch.app/Contents/MacOS/CaseWatch"
    entry.enable([app, "--minimized"])
    path = agents / "com.casewatch.desktop.plist"
    assert entry.is_enabled()
    assert entry.location() == str(path)
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == autostart.BUNDLE_ID
    assert agent["ProgramArguments"] == [app, "--minimized"]
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] is False
    assert agent["AssociatedBundleIdentifiers"] == [autostart.BUNDLE_ID]
    assert not list(agents.glob("*.tmp"))
    entry.disable()
    assert not path.exists()
    assert not entry.is_enabled()
    entry.disable()


def test_xdg_autostart_desktop_entry(tmp_path: Path) -> None:
    entry = autostart.XdgAutostart(tmp_path / "autostart")
    entry.enable(["/opt/Case Watch/CaseWatch", "--data-dir", "/home/a/100% data", "--minimized"])
    text = (tmp_path / "autostart" / "casewatch.desktop").read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text
    assert 'Exec="/opt/Case Watch/CaseWatch" --data-dir "/home/a/100%% data" --minimized' in text
    assert entry.is_enabled()
    # A desktop environment that switches an entry off marks it hidden instead of deleting it.
    entry.path.write_text(text + "Hidden=true\n", encoding="utf-8")
    assert not entry.is_enabled()
    entry.disable()
    assert not entry.path.exists()


def test_launch_command_frozen_and_from_a_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", EXE)
    assert autostart.launch_command() == [EXE, "--minimized"]
    assert autostart.launch_command(Path("data")) == [EXE, "--data-dir", "data", "--minimized"]
    monkeypatch.delattr(sys, "frozen")
    monkeypatch.setattr(sys, "executable", "/venv/bin/python")
    assert autostart.launch_command() == ["/venv/bin/python", "-m", "desktop", "--minimized"]


def test_the_right_entry_for_each_system(tmp_path: Path) -> None:
    registry = FakeRegistry()
    windows = autostart.for_platform("win32", home=tmp_path, registry=registry)
    assert isinstance(windows, autostart.WindowsRunKey)
    assert windows.registry is registry
    mac = autostart.for_platform("darwin", home=tmp_path)
    assert isinstance(mac, autostart.MacLaunchAgent)
    assert mac.path == tmp_path / "Library" / "LaunchAgents" / "com.casewatch.desktop.plist"
    linux = autostart.for_platform("linux", home=tmp_path, config_home=tmp_path / "cfg")
    assert isinstance(linux, autostart.XdgAutostart)
    assert linux.path == tmp_path / "cfg" / "autostart" / "casewatch.desktop"
    assert autostart.for_platform("emscripten", home=tmp_path) is None


def test_windows_identity_calls_act_only_on_windows() -> None:
    on_windows = sys.platform == "win32"
    assert autostart.set_windows_app_id() is on_windows
    assert autostart.hold_windows_mutex() is on_windows
