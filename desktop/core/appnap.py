"""macOS App Nap slows the timers of an app with no visible window, so a reminder due at 15:10
would fire minutes late. While CaseWatch runs (the window in the tray, or the watcher) it holds
an activity that opts out (NSProcessInfo beginActivityWithOptions, through `appnope`); the
bundle's Info.plist also sets LSAppNapIsDisabled."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def keep_timers_awake() -> bool:
    """True when an activity against App Nap is held (macOS only)."""
    if sys.platform != "darwin":
        return False
    try:
        import appnope

        appnope.nope()
    except Exception as exc:  # no appnope, or no Foundation: the 60-second check catches up
        log.warning("cannot hold off App Nap: %s", exc)
        return False
    return True
