"""Logging to a rotating file in the data folder (Qt-free: the CLI and tests use it too)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "casewatch.log"


def setup_logging(log_dir: Path, *, verbose: bool = False, name: str = LOG_NAME) -> Path:
    """`name`: a process that runs beside the window (the watcher) logs to its own file, as
    two processes rotating one file would lose lines."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / name
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_casewatch", False)]:
        root.removeHandler(old)
        old.close()
    handler._casewatch = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.captureWarnings(True)
    return path
