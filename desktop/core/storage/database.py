"""One open database: plain sqlite3 connections for reads (one per thread), and SQLModel
sessions for writes, whose engine is made on first use (see storage/sqlite.py for why)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.storage.sqlite import connect

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session


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
            self._readers.append(conn)
        yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error (nothing half-saved)."""
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
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
