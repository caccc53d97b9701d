"""Importing a platform export: preview -> plan -> apply, in one transaction (all accepted rows
or none). Cancelling, or any failure, leaves the database as it was."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.bulk import collector_paused
from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.deadlines import derive
from desktop.core.errors import Cancelled, UserError
from desktop.core.importing import reading
from desktop.core.importing.mapping import (
    HEADER_SEARCH_ROWS,
    ColumnMap,
    detect_source,
    find_header,
    map_columns,
)
from desktop.core.importing.records import ImportRecord, RowProblem, RowReader
from desktop.core.importing.sources import FIELDS, SourceSpec, load_sources, normalise
from desktop.core.importing.timeline import (
    CaseChanges,
    NewEvent,
    changes_for,
    fact_columns,
    new_case_events,
)
from desktop.core.importing.values import text
from desktop.core.model import CaseFacts, Event, EventKind
from desktop.core.services.import_undo import ImportBatch, last_import, undo_last_import
from desktop.core.services.projection import refresh_cases
from desktop.core.services.rules import RulesService
from desktop.core.services.settings import SettingsService
from desktop.core.storage import bulk_indexes
from desktop.core.storage import repository as repo
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch

Progress = Callable[[int, int], None]  # (done, total)
Cancel = Callable[[], bool]
CHUNK = 2000
SAMPLE_ROWS = 5


class ImportCancelled(Cancelled):
    """The user cancelled: the transaction was rolled back, nothing changed."""


@dataclass(frozen=True)
class Preview:
    source: reading.Source
    header_row: int  # 1-based row number of the header in the file
    headers: tuple[str, ...]
    detected: SourceSpec | None
    sample: list[list[str]]  # the first rows, as text


@dataclass
class CaseUpdate:
    case_id: int
    record: ImportRecord
    changes: CaseChanges


@dataclass
class ImportPlan:
    preview: Preview
    columns: ColumnMap
    new: list[ImportRecord] = field(default_factory=list)
    updates: list[CaseUpdate] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)  # imported, with something to check
    rows_read: int = 0
    platforms: set[str] = field(default_factory=set)  # whose cases the file held (freshness)
    _fingerprints: dict[int, str] = field(default_factory=dict)  # case id -> new fingerprint

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.rejected})


@dataclass(frozen=True)
class ImportResult:
    import_id: int
    new: int
    updated: int
    unchanged: int
    rejected: int
    changes: Changes


class ImportService:
    def __init__(self, db: Database, clock: Clock, rules: RulesService, settings: SettingsService):
        self._db, self._clock, self._rules, self._settings = db, clock, rules, settings

    # Preview and mapping -----------------------------------------------------------------
    def preview(self, path: Path) -> Preview:
        source = reading.open_source(path)
        numbered: list[tuple[int, list[Any]]] = []  # (row number in the file, cells)
        for number, row in enumerate(reading.rows(source), start=1):
            if any(text(c) for c in row):  # blank lines above a title or the header
                numbered.append((number, row))
            if len(numbered) >= HEADER_SEARCH_ROWS + SAMPLE_ROWS:
                break
        if not numbered:
            raise UserError("file_empty", path=str(path))
        index = find_header([row for _, row in numbered])
        header_row, cells = numbered[index]
        headers = tuple(str(c).replace("\ufeff", "").strip() for c in cells)
        sample = [[text(c) for c in r] for _, r in numbered[index + 1 : index + 1 + SAMPLE_ROWS]]
        return Preview(source, header_row, headers, detect_source(headers), sample)

    def sources(self) -> dict[str, SourceSpec]:
        return load_sources()

    def saved_mapping(self, source_key: str) -> dict[str, str]:
        return dict(self._settings.get(f"import.mapping.{source_key}", {}) or {})

    def save_mapping(self, source_key: str, mapping: dict[str, str]) -> Changes:
        """The user's corrections (field -> header), remembered for this export."""
        return self._settings.set(f"import.mapping.{source_key}", mapping)

    def remember_mapping(self, preview: Preview, chosen: ColumnMap) -> Changes:
        """Keep what the user chose where it differs from matching by name, so the next file
        of this export is matched the same way. Corrections that this file cannot confirm or
        contradict (another variant of the export, without that column) are kept."""
        spec = chosen.source
        by_name = map_columns(spec, preview.headers)
        before = self.saved_mapping(spec.key)
        saved = dict(before)
        present = {normalise(h) for h in preview.headers}
        for field_name in FIELDS:
            choice = chosen.columns.get(field_name)
            matched = by_name.columns.get(field_name)
            if choice != matched:
                saved[field_name] = preview.headers[choice] if choice is not None else ""
            elif field_name in saved:
                correction = saved[field_name]
                # The file confirms matching by name: a column of the remembered name exists
                # (and was not chosen), or "not in this file" while the file has one by name.
                if (correction and normalise(correction) in present) or (
                    not correction and matched is not None
                ):
                    del saved[field_name]
        if saved == before:
            return Changes()
        return self.save_mapping(spec.key, saved)

    def columns(self, preview: Preview, source_key: str | None = None) -> ColumnMap:
        spec = self._spec(preview, source_key)
        return map_columns(spec, preview.headers, self.saved_mapping(spec.key))

    def _spec(self, preview: Preview, source_key: str | None) -> SourceSpec:
        if source_key and source_key != "auto":
            spec = load_sources().get(source_key)
            if spec is None:
                raise UserError("unknown_source_key", source=source_key)
            return spec
        if preview.detected is None:
            raise UserError(
                "unknown_source",
                path=str(preview.source.path),
                headers="、".join(h for h in preview.headers[:8] if h),
            )
        return preview.detected

    # Plan ------------------------------------------------------------------------------
    def plan(
        self,
        preview: Preview,
        columns: ColumnMap,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportPlan:
        """Read every row and sort it into new, updated, unchanged and rejected (no writes)."""
        if columns.missing:
            raise UserError(
                "missing_columns", path=str(preview.source.path), fields=", ".join(columns.missing)
            )
        plan = ImportPlan(preview, columns)
        with collector_paused():
            known = self._known_cases(columns.source.platform)
            records, changed = self._records(plan, known, progress, cancel)
            if plan.rows_read == 0:
                raise UserError("no_rows", path=str(preview.source.path))
            plan.new = records
            self._diff_known(plan, changed, cancel)
        return plan

    def _diff_known(
        self,
        plan: ImportPlan,
        changed: list[tuple[int, ImportRecord, str]],
        cancel: Cancel | None,
    ) -> None:
        """What each changed row would change in its case (often nothing that counts)."""
        rules = self._rules.current()
        now = self._clock.now()  # what the export says as a whole is dated by the import
        for start in range(0, len(changed), CHUNK):
            _check(cancel)
            chunk = changed[start : start + CHUNK]
            with self._db.read() as conn:
                loaded = {
                    f.id: (f, ev) for f, ev in repo.load_cases(conn, [c for c, _, _ in chunk])
                }
            for case_id, record, fingerprint in chunk:
                facts, events = loaded[case_id]
                diff = changes_for(facts, events, record, rules, now)
                plan._fingerprints[case_id] = fingerprint
                if diff.empty:
                    plan.unchanged += 1
                else:
                    plan.updates.append(CaseUpdate(case_id, record, diff))

    def _records(
        self,
        plan: ImportPlan,
        known: dict[tuple[str, str], tuple[int, str]],
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> tuple[list[ImportRecord], list[tuple[int, ImportRecord, str]]]:
        """New records, and (case id, record, fingerprint) of known cases whose row changed.
        A row whose raw cells match what the last import stored is counted as unchanged
        without being parsed: re-importing this week's export over last week's is mostly
        that."""
        reader = RowReader(plan.columns)
        new: list[ImportRecord] = []
        changed: list[tuple[int, ImportRecord, str]] = []
        seen: dict[tuple[str, str], tuple[int, str]] = {}  # key -> (first row, fingerprint)
        header_row = plan.preview.header_row
        id_header = plan.columns.header_of("after_sale_id")
        for n, cells in enumerate(reading.rows(plan.preview.source), start=1):
            if n <= header_row or not any(text(c) for c in cells):
                continue
            plan.rows_read += 1
            if plan.rows_read % CHUNK == 0:
                _check(cancel)
                if progress:
                    progress(plan.rows_read, 0)
            fingerprint = reader.fingerprint(cells)
            if known:
                key = reader.key(cells)
                found = known.get(key) if key is not None else None
                if found is not None and found[1] == fingerprint and key not in seen:
                    seen[key] = (n, fingerprint)  # type: ignore[index]
                    plan.unchanged += 1
                    continue
            built = reader.build(cells, n, fingerprint)
            if isinstance(built, list):
                plan.rejected.extend(built)
                continue
            key = (built.platform.value, built.after_sale_id)
            first = seen.get(key)
            if first is not None:
                code = "duplicate_in_file" if first[1] != fingerprint else "duplicate_same"
                problem = RowProblem(n, id_header, code, str(first[0]))
                (plan.rejected if code == "duplicate_in_file" else plan.notes).append(problem)
                continue
            seen[key] = (n, fingerprint)
            plan.notes.extend(RowProblem(n, "", w, built.after_sale_id) for w in built.warnings)
            found = known.get(key)
            if found is None:
                new.append(built)
            else:
                changed.append((found[0], built, fingerprint))
        plan.platforms = {platform for platform, _ in seen}
        return new, changed

    def _known_cases(self, platform: str) -> dict[tuple[str, str], tuple[int, str]]:
        """(platform, after-sales id) -> (case id, fingerprint of the row last imported)."""
        query = "SELECT platform, after_sale_id, id, import_fingerprint FROM cases"
        params: tuple[str, ...] = ()
        if platform != "generic":
            query, params = query + " WHERE platform = ?", (platform,)
        with self._db.read() as conn:
            rows = conn.execute(query, params).fetchall()
        return {(p, a): (i, f or "") for p, a, i, f in rows}

    # Undo ------------------------------------------------------------------------------
    def last_import(self) -> ImportBatch | None:
        return last_import(self._db)

    def undo_last(self) -> Changes:
        return undo_last_import(self._db, self._clock, self._rules)

    # Apply -----------------------------------------------------------------------------
    def apply(
        self, plan: ImportPlan, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> ImportResult:
        """Write the plan in one transaction: all of it, or (cancelled, failed) none of it."""
        from desktop.core.storage.tables import ImportRow

        now = self._clock.now()
        now_s = to_epoch(now)
        rules = self._rules.current()
        total = len(plan.new) + len(plan.updates)
        done = 0
        try:
            with collector_paused(), self._db.session() as s:
                batch = ImportRow(
                    started_at=now_s,
                    file_name=plan.preview.source.path.name,
                    source=plan.columns.source.key,
                    encoding=plan.preview.source.encoding or "xlsx",
                    rows_read=plan.rows_read,
                    new_cases=len(plan.new),
                    updated_cases=len(plan.updates),
                    unchanged_cases=plan.unchanged,
                    rejected_rows=plan.rejected_rows,
                )
                s.add(batch)
                s.flush()
                assert batch.id is not None
                raw = s.connection().connection.driver_connection
                next_id = raw.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM cases").fetchone()[0]  # type: ignore[union-attr]
                aside = []
                if bulk_indexes.worth_it(len(plan.new), next_id - 1):
                    aside = bulk_indexes.set_aside(raw, BULK_TABLES)  # type: ignore[arg-type]
                for start in range(0, len(plan.new), CHUNK):
                    _check(cancel)
                    chunk = plan.new[start : start + CHUNK]
                    self._insert_new(raw, chunk, next_id + start, batch.id, now_s, rules)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                bulk_indexes.rebuild(raw, aside)  # type: ignore[arg-type]
                for start in range(0, len(plan.updates), CHUNK):
                    _check(cancel)
                    chunk = plan.updates[start : start + CHUNK]
                    self._write_updates(raw, chunk, batch.id, now_s)
                    refresh_cases(s, [u.case_id for u in chunk], rules, now_s)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                raw.executemany(  # type: ignore[union-attr]
                    "UPDATE cases SET import_fingerprint = ? WHERE id = ?",
                    [(f, case_id) for case_id, f in plan._fingerprints.items()],
                )
                raw.executemany(  # type: ignore[union-attr]
                    "INSERT INTO import_platforms (import_id, platform) VALUES (?, ?)",
                    [(batch.id, platform) for platform in sorted(plan.platforms)],
                )
                _check(cancel)
        except Exception as exc:
            # Someone else (the command line, another window) added one of these cases since
            # the check: nothing was saved, and checking again sorts it out. (SQLAlchemy wraps
            # the driver's error; its own class is not imported on the start-up path.)
            if isinstance(getattr(exc, "orig", exc), sqlite3.IntegrityError):
                raise UserError("import_stale", path=str(plan.preview.source.path)) from exc
            raise

        touched = bool(plan.new or plan.updates)
        return ImportResult(
            batch.id,
            len(plan.new),
            len(plan.updates),
            plan.unchanged,
            plan.rejected_rows,
            Changes(all_cases=touched, reminders=touched),
        )

    def _insert_new(
        self,
        raw: Any,
        records: list[ImportRecord],
        first_id: int,
        import_id: int,
        now_s: int,
        rules: Any,
    ) -> None:
        case_rows, event_rows, clock_rows = [], [], []
        for n, record in enumerate(records):
            case_id = first_id + n
            facts = CaseFacts(
                case_id,
                record.platform,
                record.after_sale_id,
                record.order_id,
                record.case_type,
                record.amount_fen,
                record.reason,
                record.buyer,
                record.applied_at,
                record.ship_courier,
                record.ship_tracking_no,
                record.logistics_status,
                record.product,
            )
            new_events = new_case_events(record, from_epoch(now_s))
            state = derive(facts, _as_events(case_id, new_events, now_s), rules)
            case_rows.append(
                {
                    **fact_columns(record),
                    "id": case_id,
                    "created_at": now_s,
                    "updated_at": now_s,
                    "created_by_import": import_id,
                    "import_fingerprint": record.fingerprint,
                    **repo.projection(state),
                }
            )
            event_rows.extend(_event_row(case_id, e, now_s, import_id) for e in new_events)
            clock_rows.extend(repo.clock_rows(case_id, state))
        columns = list(case_rows[0])
        raw.executemany(
            f"INSERT INTO cases ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + c for c in columns)})",
            case_rows,
        )
        raw.executemany(_EVENT_INSERT, event_rows)
        raw.executemany(repo.CLOCK_INSERT, clock_rows)

    def _write_updates(
        self, raw: Any, updates: list[CaseUpdate], import_id: int, now_s: int
    ) -> None:
        for update in updates:
            edits = update.changes.edits
            if edits:
                assignments = ", ".join(f"{k} = ?" for k in edits)  # our own column names
                raw.execute(
                    f"UPDATE cases SET {assignments} WHERE id = ?",
                    (*[new for _, new in edits.values()], update.case_id),
                )
                raw.execute(
                    _EVENT_INSERT,
                    _event_row(
                        update.case_id,
                        NewEvent(EventKind.EDITED, from_epoch(now_s), {"changes": edits}),
                        now_s,
                        import_id,
                    ),
                )
            raw.executemany(
                _EVENT_INSERT,
                [_event_row(update.case_id, e, now_s, import_id) for e in update.changes.events],
            )


#: What a new case writes to: their plain indexes are rebuilt after a big first import.
BULK_TABLES = ("cases", "events", "case_clocks")

_EVENT_INSERT = (
    "INSERT INTO events (case_id, kind, occurred_at, recorded_at, payload, origin) "
    "VALUES (?, ?, ?, ?, ?, 'import')"
)


def _event_row(case_id: int, e: NewEvent, now_s: int, import_id: int) -> tuple[Any, ...]:
    payload = {**e.payload, "import_id": import_id}
    return (
        case_id,
        e.kind.value,
        to_epoch(e.occurred_at),
        now_s,
        _PAYLOAD.encode(payload),
    )


#: One encoder for every event: json.dumps() with options builds a new one per call.
_PAYLOAD = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _as_events(case_id: int, events: list[NewEvent], now_s: int) -> list[Event]:
    recorded = from_epoch(now_s)
    return [
        Event(n + 1, case_id, e.kind, e.occurred_at, recorded, e.payload, "import")
        for n, e in enumerate(events)
    ]


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled
