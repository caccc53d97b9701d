"""Start at login, and the names the installers and the operating system know CaseWatch by.

- Windows: a value in HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run (no admin rights;
  the Inno Setup installer's "start at login" task writes the same value).
- macOS: a LaunchAgent, ~/Library/LaunchAgents/<bundle id>.plist, RunAtLoad. launchd agents
  do not show up as Login Items, so the settings toggle is the way to turn it off.
- Linux: ~/.config/autostart/casewatch.desktop (XDG autostart).

Every location is injected, so the tests write to temporary folders and a fake registry; only
`WinregRegistry` touches the real registry, and only on Windows. No Qt here.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop import APP_NAME

#: macOS bundle identifier; also the LaunchAgent's label and file name.
BUNDLE_ID = "com.casewatch.desktop"
#: Windows AppUserModelID: groups the taskbar button with the Start-menu shortcut (the
#: installer gives the shortcut the same ID) and names CaseWatch in notifications.
APP_USER_MODEL_ID = "CaseWatch.Desktop"
#: A named mutex held while CaseWatch runs, so the uninstaller can tell (build_scripts/windows).
WINDOWS_MUTEX = "CaseWatch.Running"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
XDG_FILE = "casewatch.desktop"
#: What CaseWatch is started with at login: straight into the tray.
LOGIN_ARGUMENT = "--minimized"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this CaseWatch at login: the frozen executable, or `python -m desktop`
    from a development checkout. A non-default data folder is passed on."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        python = Path(sys.executable)
        pythonw = python.with_name("pythonw.exe")
        if os.name == "nt" and pythonw.exists():
            python = pythonw  # no console window at login
        command = [str(python), "-m", "desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return [*command, LOGIN_ARGUMENT]


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...

    def location(self) -> str:
        """Where the entry lives, for the settings page and the log."""
        ...


# Windows -----------------------------------------------------------------------------------
class Registry(Protocol):
    """The three operations on one registry key that the Run entry needs."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    return importlib.import_module("winreg")  # Windows only; imported by name for the linters


class WinregRegistry:
    """HKEY_CURRENT_USER\\<key> through winreg (Windows only)."""

    def __init__(self, key: str = RUN_KEY):
        self.key = key

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()
        access = winreg.KEY_SET_VALUE
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, self.key, 0, access) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


@dataclass
class WindowsRunKey:
    registry: Registry
    value_name: str = RUN_VALUE

    def is_enabled(self) -> bool:
        return bool(self.registry.get(self.value_name))

    def enable(self, command: Sequence[str]) -> None:
        # The Run key holds one command line, quoted the way CreateProcess splits it.
        self.registry.set(self.value_name, subprocess.list2cmdline(list(command)))

    def disable(self) -> None:
        self.registry.delete(self.value_name)

    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{self.value_name}"


class _FileEntry:
    """An entry that is one file: there means on, gone means off."""

    path: Path

    def is_enabled(self) -> bool:
        return self.path.exists()

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def location(self) -> str:
        return str(self.path)


# macOS -------------------------------------------------------------------------------------
class MacLaunchAgent(_FileEntry):
    def __init__(self, agents_dir: Path, label: str = BUNDLE_ID):
        self.label = label
        self.path = agents_dir / f"{label}.plist"

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": self.label,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            # Started once at login, never restarted by launchd: quitting from the tray sticks.
            "KeepAlive": False,
            "ProcessType": "Interactive",
            # macOS 13+ shows the app's name, not "unidentified developer", under Login Items.
            "AssociatedBundleIdentifiers": [BUNDLE_ID],
        }
        _write_atomically(self.path, plistlib.dumps(agent))


# Linux -------------------------------------------------------------------------------------
def _desktop_exec(command: Sequence[str]) -> str:
    """Quote an Exec= line as the Desktop Entry Specification asks."""
    quoted = []
    for arg in command:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`%"):
            quoted.append(arg)
        else:
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
            quoted.append(f'"{escaped}"')
    return " ".join(quoted)


class XdgAutostart(_FileEntry):
    def __init__(self, autostart_dir: Path, file_name: str = XDG_FILE):
        self.path = autostart_dir / file_name

    def is_enabled(self) -> bool:
        if not super().is_enabled():
            return False
        text = self.path.read_text(encoding="utf-8", errors="replace")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def enable(self, command: Sequence[str]) -> None:
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_NAME}",
                "Comment=After-sales deadlines in the tray",
                "Comment[zh_CN]=在托盘里盯住售后时效",
                f"Exec={_desktop_exec(command)}",
                "Icon=casewatch",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        _write_atomically(self.path, entry.encode("utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def for_platform(
    platform: str | None = None,
    *,
    home: Path | None = None,
    registry: Registry | None = None,
    config_home: Path | None = None,
) -> Autostart | None:
    """The start-at-login entry for this (or the given) system; None where there is none."""
    platform = platform or sys.platform
    home = home or Path.home()
    if platform == "win32":
        return WindowsRunKey(registry or WinregRegistry())
    if platform == "darwin":
        return MacLaunchAgent(home / "Library" / "LaunchAgents")
    if platform.startswith("linux") or "bsd" in platform:
        xdg = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        return XdgAutostart(xdg / "autostart")
    return None


# Windows identity (called by desktop/gui/app.py; no-ops elsewhere) -------------------------
_held: list[object] = []


def set_windows_app_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Give this process CaseWatch's AppUserModelID before any window exists, so the taskbar
    and the notifications are CaseWatch's, not python.exe's. True when it was set."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        shell32 = getattr(ctypes, "windll").shell32  # noqa: B009  (Windows only)
        return bool(shell32.SetCurrentProcessExplicitAppUserModelID(app_id) == 0)
    except (AttributeError, OSError):
        return False


def hold_windows_mutex(name: str = WINDOWS_MUTEX) -> bool:
    """Create (or open) a named mutex and keep it until the process ends. The uninstaller
    checks for it and asks the user to quit CaseWatch first."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009  (Windows only)
        handle = kernel32.CreateMutexW(None, False, name)
    except (AttributeError, OSError):
        return False
    if not handle:
        return False
    _held.append(handle)  # released by Windows when the process exits
    return True
