"""Who delivers reminders for a data folder: the window or the headless watcher, never both.

The deliverer holds an operating-system lock on `delivery.lock` in the data folder (released
by the system if the process dies). The window has precedence, since a person is at it: a
window that finds the watcher delivering asks it to hand over (`delivery.takeover`), and the
watcher gives up the lock within seconds and waits until the window closes.

Whoever decides a reminder records it in the database in the same transaction, so even two
deliverers would never show or push one twice; the lock makes sure the one on screen is the
one that decides, and that a push is sent by one process only.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

LOCK_NAME = "delivery.lock"
OWNER_NAME = "delivery.owner"
TAKEOVER_NAME = "delivery.takeover"
#: The window renews its request every second while it waits; an older one is from a window
#: that went away before it got the lock, and is ignored.
TAKEOVER_FRESH_S = 10.0


@dataclass(frozen=True)
class Owner:
    who: str  # window | watcher
    pid: int


def _try_lock(fd: int) -> bool:
    """An exclusive lock on the open file, without waiting. The system releases it when the
    file is closed or the process ends, however it ends."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DeliveryLock:
    """The standard library's own file locks (flock, or LockFile on Windows) serve here: the
    filelock package would add 0.4 MB and asyncio to the bundle for these few lines."""

    def __init__(self, data_root: Path, who: str):
        self.root, self.who = data_root, who
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False  # a folder we cannot write: nobody can deliver from it anyway
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        self._write_owner()
        if self.who == "window":
            self.clear_takeover()
        return True

    def release(self) -> None:
        if self._fd is not None:
            (self.root / OWNER_NAME).unlink(missing_ok=True)
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the file lets go of the lock

    def owner(self) -> Owner | None:
        """Who holds the lock, as it wrote down (a guide for messages, not the lock itself)."""
        try:
            data = json.loads((self.root / OWNER_NAME).read_text(encoding="utf-8"))
            return Owner(str(data["who"]), int(data["pid"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def request_takeover(self) -> None:
        """The window asks a watcher to hand over (and renews the request while it waits)."""
        # A read-only folder: the watcher keeps delivering, which is no loss.
        with contextlib.suppress(OSError):
            (self.root / TAKEOVER_NAME).write_text(str(os.getpid()), encoding="utf-8")

    def takeover_requested(self) -> bool:
        try:
            age = time.time() - (self.root / TAKEOVER_NAME).stat().st_mtime
        except OSError:
            return False
        return age < TAKEOVER_FRESH_S

    def clear_takeover(self) -> None:
        (self.root / TAKEOVER_NAME).unlink(missing_ok=True)

    def _write_owner(self) -> None:
        with contextlib.suppress(OSError):  # only a guide for messages
            (self.root / OWNER_NAME).write_text(
                json.dumps({"who": self.who, "pid": os.getpid()}), encoding="utf-8"
            )
