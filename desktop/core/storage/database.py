"""One open database: plain sqlite3 connections for reads (one per thread), and SQLModel
sessions for writes, whose engine is made on first use (see storage/sqlite.py for why)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import UserError
from desktop.core.storage.sqlite import connect

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session


#: SQLite's words for failures the user can do something about, and our codes for them.
_FAILURES = (
    ("database or disk is full", "disk_full"),
    ("database is locked", "database_busy"),
    ("readonly database", "database_readonly"),
    ("disk i/o error", "disk_io"),
    ("unable to open database", "database_unreadable"),
)


def storage_failure(exc: BaseException, path: Path) -> UserError | None:
    """A write that failed for a reason outside CaseWatch (a full disk, a locked or read-only
    file), as a message for the user; None for anything else (a bug)."""
    original = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.Error):
        return None
    text = str(original).lower()
    for words, code in _FAILURES:
        if words in text:
            return UserError(code, path=str(path), detail=str(original))
    return None


class Database:
    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from desktop.core.storage.engine import make_engine

                self._engine = make_engine(self.path)
            return self._engine

    def warm_up(self) -> None:
        """Load the write path now (SQLAlchemy, SQLModel) so the first save does not wait."""
        from sqlmodel import Session  # noqa: F401

        from desktop.core.storage import tables  # noqa: F401

        _ = self.engine

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        conn = getattr(self._local, "reader", None)
        if conn is None:
            conn = self._local.reader = connect(self.path)
            with self._lock:
                self._readers.append(conn)
        yield conn

    def close_thread_reader(self) -> None:
        """Close this thread's read connection (a background job's, when the job is over)."""
        conn = getattr(self._local, "reader", None)
        if conn is None:
            return
        self._local.reader = None
        with self._lock:
            if conn in self._readers:
                self._readers.remove(conn)
        conn.close()

    @contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error (nothing half-saved).
        `immediate`: hold the write lock from the start, for work that reads and then writes
        what it read (several processes may write to one data folder)."""
        from sqlmodel import Session

        engine = self.engine.execution_options(immediate=True) if immediate else self.engine
        with Session(engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                known = storage_failure(exc, self.path)
                if known is not None:
                    raise known from exc
                raise

    def close(self) -> None:
        for conn in self._readers:
            conn.execute("PRAGMA optimize")  # SQLite's advice: keep planner stats fresh
            conn.close()
        self._readers.clear()
        self._local = threading.local()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
