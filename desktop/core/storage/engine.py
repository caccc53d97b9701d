"""The SQLAlchemy engine for writes: the same pragmas on every connection, and real
transactions (Python 3.11's sqlite3 does not issue BEGIN before reads or SAVEPOINTs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from desktop.core.storage.sqlite import apply_pragmas


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's recipe: we emit BEGIN ourselves
        apply_pragmas(dbapi_conn, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock first: a transaction that reads, decides and writes
        # (the reminder scan) never decides on a snapshot another writer has moved past.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
