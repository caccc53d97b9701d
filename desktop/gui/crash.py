"""Anything unexpected is logged with its traceback and shown as "something went wrong" with
the log's location; no traceback ever reaches the user."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

log = logging.getLogger("casewatch.crash")
_fault_file: IO[str] | None = None
_showing = False


def install(log_file: Path) -> None:
    global _fault_file
    _fault_file = (log_file.parent / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(file=_fault_file)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error", exc_info=(kind, value, tb))
        _tell_user(log_file)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error(
            "unhandled error in thread %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
    qInstallMessageHandler(_qt_message)


def _tell_user(log_file: Path) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        from desktop.gui import messages

        messages.show_bug(QApplication.activeWindow(), log_file)
    finally:
        _showing = False


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
