"""Plain sqlite3 connections with CaseWatch's pragmas. Reads go through these: they need no
ORM, and keeping SQLAlchemy off the start-up path halves the time to the first window."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def apply_pragmas(conn: Any, *, foreign_keys: bool = True) -> None:
    """The settings every connection needs (a DB-API connection from either side)."""
    cur = conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster commits
    cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA cache_size=-32768")  # 32 MB: the queue's index stays in memory
    cur.close()


def connect(path: Path) -> sqlite3.Connection:
    """An autocommit connection for reads: each statement sees what is committed."""
    # One per thread (Database keeps them thread-local); closing may happen from another.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    apply_pragmas(conn)
    return conn
