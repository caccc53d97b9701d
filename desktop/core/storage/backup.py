"""Backups with SQLite's online backup API (a file copy of a live WAL database can be empty)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 10


def backup_database(db_path: Path, backup_dir: Path, now: datetime, label: str = "") -> Path:
    """Copy the database into backup_dir, check the copy, keep the newest KEEP copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"casewatch-{stamp}{'-' + label if label else ''}.db"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest, pages=1024)
            (result,) = dest.execute("PRAGMA integrity_check").fetchone()
        finally:
            dest.close()
    finally:
        source.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise RuntimeError(f"backup copy failed its integrity check: {result}")
    _rotate(backup_dir)
    return target


def _rotate(backup_dir: Path) -> None:
    copies = sorted(backup_dir.glob("casewatch-*.db"))
    for old in copies[:-KEEP]:
        old.unlink(missing_ok=True)
