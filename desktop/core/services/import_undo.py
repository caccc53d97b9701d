"""Undoing the last import. Cases it created go (unless someone worked on them since: then the
undo is refused and says which); what it added to existing cases is withdrawn by new events,
and facts it changed get their old values back, both kept on the timeline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.errors import UserError
from desktop.core.services.projection import refresh_cases
from desktop.core.services.rules import RulesService
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, opt_from_epoch, to_epoch


@dataclass(frozen=True)
class ImportBatch:
    id: int
    started_at: datetime
    file_name: str
    source: str
    new_cases: int
    updated_cases: int
    unchanged_cases: int
    rejected_rows: int
    undone_at: datetime | None


def last_import(db: Database) -> ImportBatch | None:
    with db.read() as conn:
        row = conn.execute(
            "SELECT id, started_at, file_name, source, new_cases, updated_cases, "
            "unchanged_cases, rejected_rows, undone_at FROM imports ORDER BY id DESC LIMIT 1"
        ).fetchone()
    if row is None:
        return None
    return ImportBatch(row[0], from_epoch(row[1]), *row[2:8], opt_from_epoch(row[8]))


def undo_last_import(db: Database, clock: Clock, rules: RulesService) -> Changes:
    batch = last_import(db)
    if batch is None or batch.undone_at is not None:
        raise UserError("nothing_to_undo")
    now_s = to_epoch(clock.now())
    with db.session() as s:
        raw = s.connection().connection.driver_connection
        created = [
            r[0]
            for r in raw.execute(  # type: ignore[union-attr]
                "SELECT id FROM cases WHERE created_by_import = ?", (batch.id,)
            )
        ]
        _refuse_if_worked_on(raw, created, batch.id)
        _remove_cases(raw, created)
        touched = _withdraw_events(raw, batch.id, now_s)
        # The digest of the undone row must go too: the same file imported again is then read
        # and compared in full, not skipped as "unchanged".
        raw.executemany(  # type: ignore[union-attr]
            "UPDATE cases SET import_fingerprint = '' WHERE id = ?", [(i,) for i in touched]
        )
        refresh_cases(s, sorted(touched), rules.current(), now_s)
        raw.execute("UPDATE imports SET undone_at = ? WHERE id = ?", (now_s, batch.id))  # type: ignore[union-attr]
    return Changes(all_cases=True, reminders=True)


def _refuse_if_worked_on(raw: Any, created: list[int], import_id: int) -> None:
    if not created:
        return
    marks = ",".join(str(int(i)) for i in created)
    worked = raw.execute(
        f"SELECT DISTINCT c.after_sale_id FROM cases c WHERE c.id IN ({marks}) AND ("
        f"EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND NOT (e.origin = 'import' "
        f"AND json_extract(e.payload, '$.import_id') = ?)) "
        f"OR EXISTS (SELECT 1 FROM case_playbooks p WHERE p.case_id = c.id) "
        f"OR EXISTS (SELECT 1 FROM attachments a WHERE a.case_id = c.id)) LIMIT 6",
        (import_id,),
    ).fetchall()
    if worked:
        raise UserError(
            "undo_blocked", count=len(worked), cases="、".join(r[0] for r in worked[:5])
        )


def _remove_cases(raw: Any, ids: list[int]) -> None:
    """Cases the import created. Their events may go only once the case is gone (the events
    trigger refuses otherwise); foreign keys are checked at commit."""
    if not ids:
        return
    raw.execute("PRAGMA defer_foreign_keys = ON")
    for start in range(0, len(ids), 5000):
        marks = ",".join(str(int(i)) for i in ids[start : start + 5000])
        for table, column in (
            ("cases", "id"),
            ("events", "case_id"),
            ("case_clocks", "case_id"),
            ("reminders_sent", "case_id"),
            ("alerts", "case_id"),
            ("outbox", "case_id"),
            ("case_playbooks", "case_id"),
            ("playbook_ticks", "case_id"),
        ):
            raw.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})")


def _withdraw_events(raw: Any, import_id: int, now_s: int) -> set[int]:
    """Events the import added to cases it did not create: withdrawn, facts restored."""
    rows = raw.execute(
        "SELECT e.id, e.case_id, e.kind, e.payload FROM events e "
        "WHERE e.origin = 'import' AND json_extract(e.payload, '$.import_id') = ? ORDER BY e.id",
        (import_id,),
    ).fetchall()
    touched: set[int] = set()
    for event_id, case_id, kind, payload_text in rows:
        touched.add(case_id)
        if kind == "edited":
            changes = json.loads(payload_text).get("changes", {})
            restored = {name: [new, old] for name, (old, new) in changes.items()}
            assignments = ", ".join(f"{name} = ?" for name in restored)  # our own columns
            raw.execute(
                f"UPDATE cases SET {assignments} WHERE id = ?",
                (*[old for _, old in restored.values()], case_id),
            )
            raw.execute(
                _UNDO_EVENT,
                (
                    case_id,
                    "edited",
                    now_s,
                    now_s,
                    json.dumps(
                        {"changes": restored, "undoes_import": import_id},
                        ensure_ascii=False,
                        sort_keys=True,
                    ),
                ),
            )
        else:
            raw.execute(
                _UNDO_EVENT,
                (
                    case_id,
                    "revoked",
                    now_s,
                    now_s,
                    json.dumps({"event_id": event_id, "undoes_import": import_id}, sort_keys=True),
                ),
            )
    return touched


_UNDO_EVENT = (
    "INSERT INTO events (case_id, kind, occurred_at, recorded_at, payload, origin) "
    "VALUES (?, ?, ?, ?, ?, 'undo')"
)
