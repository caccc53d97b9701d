"""The SQLite file: migrations, pragmas, the append-only timeline, backups."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.core.bootstrap import Core, open_core
from desktop.core.clock import FixedClock
from desktop.core.errors import UserError
from desktop.core.services.validation import CaseDraft
from desktop.core.storage.backup import KEEP, backup_database
from desktop.core.storage.engine import make_engine
from desktop.core.storage.migrate import SCHEMA_HEAD, current_revision, upgrade_database
from desktop.core.storage.tables import metadata
from tests.core.conftest import T0


def test_schema_head_constant_matches_alembic() -> None:
    from importlib import resources

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("desktop.core.storage").joinpath("migrations"))
    )
    assert ScriptDirectory.from_config(cfg).get_current_head() == SCHEMA_HEAD


def test_empty_database_upgrades_and_models_agree_with_migrations(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    report = upgrade_database(db, tmp_path / "backups", T0)
    assert (report.from_revision, report.to_revision, report.backup) == (None, SCHEMA_HEAD, None)
    engine = make_engine(db)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert diff == []


def test_every_connection_gets_wal_foreign_keys_and_busy_timeout(core: Core) -> None:
    with core.db.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert conn.execute("PRAGMA busy_timeout").fetchone() == (5000,)
    with core.db.session() as s:  # the write path's connections too
        raw = s.connection().connection.driver_connection
        assert raw.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert raw.execute("PRAGMA busy_timeout").fetchone() == (5000,)


def _case(core: Core) -> int:
    case_id, _ = core.cases.create(
        CaseDraft(platform="douyin", after_sale_id="S1", case_type="refund_only", applied_at=T0)
    )
    return case_id


def test_timeline_is_append_only_in_the_database_itself(core: Core) -> None:
    _case(core)
    raw = sqlite3.connect(core.paths.database)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("UPDATE events SET kind = 'refunded'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("DELETE FROM events")
    raw.close()


def test_foreign_keys_are_enforced(core: Core) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), core.db.session() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO events (case_id, kind, occurred_at, recorded_at, payload, origin) "
            "VALUES (999, 'note', 0, 0, '{}', 'manual')"
        )


def test_an_unknown_revision_is_refused_rather_than_guessed_at(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    upgrade_database(db, tmp_path / "backups", T0)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0000'")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as err:
        upgrade_database(db, tmp_path / "backups", T0)
    assert err.value.code == "database_too_new"
    assert current_revision(db) == "0000"


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    core = open_core(data, FixedClock(T0))
    _case(core)
    core.close()
    conn = sqlite3.connect(data / "casewatch.db")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as err:
        open_core(data, FixedClock(T0))
    assert err.value.code == "database_too_new"
    conn = sqlite3.connect(data / "casewatch.db")
    assert conn.execute("SELECT COUNT(*) FROM cases").fetchone() == (1,)
    conn.close()


def test_backup_of_a_live_wal_database_is_complete_and_rotates(core: Core, tmp_path: Path) -> None:
    _case(core)
    # The WAL still holds the data while the app's connection is open.
    assert Path(str(core.paths.database) + "-wal").exists()
    out = tmp_path / "copies"
    for n in range(KEEP + 2):
        copy = backup_database(core.paths.database, out, T0.replace(minute=n))
    assert len(list(out.glob("casewatch-*.db"))) == KEEP
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT after_sale_id FROM cases").fetchall() == [("S1",)]
    conn.close()


def test_unreadable_database_gives_a_user_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "casewatch.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserError) as err:
        open_core(data, FixedClock(T0))
    assert err.value.code == "database_unreadable"


def test_a_full_disk_is_a_message_and_nothing_is_half_saved(core: Core) -> None:
    _case(core)
    with core.db.session() as s:  # the write connection: let it grow no further (SQLITE_FULL)
        raw = s.connection().connection.driver_connection
        (pages,) = raw.execute("PRAGMA page_count").fetchone()
        raw.execute(f"PRAGMA max_page_count = {pages}")
    draft = CaseDraft(platform="douyin", after_sale_id="S2", case_type="refund_only",
                      applied_at=T0, reason="x" * 400)  # fmt: skip
    failures = []
    for n in range(40):  # fill the last free pages, then one more write must fail
        try:
            core.cases.create(replace(draft, after_sale_id=f"S{n + 2}"))
        except UserError as err:
            failures.append(err)
            break
    assert [f.code for f in failures] == ["disk_full"]
    with core.db.read() as conn:
        cases = conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert events == cases  # each stored case has its one 'created' event: none half-saved


def test_a_database_from_the_first_release_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    from importlib import resources

    from alembic import command

    db = tmp_path / "data" / "casewatch.db"
    db.parent.mkdir()
    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("desktop.core.storage").joinpath("migrations"))
    )
    engine = make_engine(db, foreign_keys=False)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO cases (id, platform, after_sale_id, order_id, case_type, amount_fen, "
            "reason, buyer, applied_at, created_at, updated_at, stage, turn, is_open, "
            "sort_due, return_courier, return_tracking_no, warnings) VALUES (1, 'douyin', 'OLD', "
            "'', 'refund_only', 100, '', '', 1, 1, 1, 'awaiting_merchant', 'merchant', 1, 5, '', "
            "'', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO events (case_id, kind, occurred_at, recorded_at, payload, origin) "
            "VALUES (1, 'created', 1, 1, '{}', 'manual')"
        )
    engine.dispose()
    core = open_core(db.parent, FixedClock(T0))
    try:
        assert core.migration.from_revision == "0001"
        assert core.migration.backup is not None
        copy = sqlite3.connect(core.migration.backup)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        copy.close()
        detail = core.cases.detail(1)
        assert detail.facts.after_sale_id == "OLD"
        assert detail.facts.ship_tracking_no == ""
        raw = sqlite3.connect(db)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute("DELETE FROM events")
        raw.close()
    finally:
        core.close()
