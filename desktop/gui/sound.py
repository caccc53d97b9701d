"""The card's sound: the system's own alert sound, played without waiting for it.

QtMultimedia (QSoundEffect) ships only with PySide6-Addons, which would triple the bundle, so
each system's own way is used: Windows' message beep, macOS's afplay with a system sound,
and on Linux the desktop's sound theme (canberra-gtk-play, paplay) or Qt's beep.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
_MAC_SOUND = Path("/System/Library/Sounds/Glass.aiff")
_FREEDESKTOP = Path("/usr/share/sounds/freedesktop/stereo/message-new-instant.oga")


def play_alert() -> None:
    try:
        if sys.platform == "win32":
            import winsound

            winsound.MessageBeep(winsound.MB_ICONEXCLAMATION)
            return
        if sys.platform == "darwin" and _MAC_SOUND.exists():
            _detached(["afplay", str(_MAC_SOUND)])
            return
        if shutil.which("canberra-gtk-play"):
            _detached(["canberra-gtk-play", "-i", "message-new-instant"])
            return
        if shutil.which("paplay") and _FREEDESKTOP.exists():
            _detached(["paplay", str(_FREEDESKTOP)])
            return
    except OSError as exc:  # no sound is no reason to miss the card itself
        log.info("alert sound failed: %s", exc)
    QApplication.beep()


def _detached(command: list[str]) -> None:
    subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
