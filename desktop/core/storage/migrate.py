"""Opens the database for the app: back up, migrate to the newest schema, refuse a newer one."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.storage.backup import backup_database

log = logging.getLogger(__name__)

#: The newest revision in migrations/versions. A test checks it matches Alembic's head; it lets
#: a normal start skip loading Alembic (about 0.3 s) when there is nothing to do.
SCHEMA_HEAD = "0007"


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(db_path: Path) -> str | None:
    if not db_path.exists():
        return None
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    except sqlite3.DatabaseError as exc:
        raise UserError("database_unreadable", path=str(db_path), detail=str(exc)) from exc
    finally:
        conn.close()


def known_revisions() -> list[str]:
    folder = resources.files("desktop.core.storage.migrations").joinpath("versions")
    return sorted(
        e.name.split("_", 1)[0]
        for e in folder.iterdir()
        if e.name.endswith(".py") and e.name[0].isdigit()
    )


def upgrade_database(db_path: Path, backup_dir: Path, now: datetime) -> MigrationReport:
    before = current_revision(db_path)
    if before == SCHEMA_HEAD:
        return MigrationReport(before, SCHEMA_HEAD, None)
    if before is not None and before not in known_revisions():
        raise UserError("database_too_new", path=str(db_path), revision=before)
    backup = None
    if before is not None:
        backup = backup_database(db_path, backup_dir, now, label=f"before-{SCHEMA_HEAD}")
        log.info("backed up %s to %s before migrating from %s", db_path, backup, before)
    _run_alembic(db_path)
    return MigrationReport(before, SCHEMA_HEAD, backup)


def _run_alembic(db_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from desktop.core.storage.engine import make_engine

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("desktop.core.storage").joinpath("migrations"))
    )
    # Batch migrations copy tables: foreign keys must be off while they run.
    engine = make_engine(db_path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed after migrating: {problems[:5]}")
    finally:
        engine.dispose()
