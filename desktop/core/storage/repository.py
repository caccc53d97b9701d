"""Reads and writes of cases and events, in the shapes the core uses (no ORM objects leak)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.model import CaseFacts, CaseState, CaseType, Event, EventKind, Party, Platform
from desktop.core.storage import FINISHED, UNDATED_MINE, WAITING, WAITING_UNDATED
from desktop.core.times import from_epoch, to_epoch

if TYPE_CHECKING:
    from sqlmodel import Session

    from desktop.core.storage.tables import CaseRow


class CaseScope(Protocol):
    """What a rule applies to (a Rule is one)."""

    platforms: tuple[Platform, ...]
    case_types: tuple[CaseType, ...]
    stages: tuple[Any, ...]


_FACT_COLUMNS = (
    "id, platform, after_sale_id, order_id, case_type, amount_fen, reason, buyer, applied_at, "
    "ship_courier, ship_tracking_no, logistics_status, product"
)
_EVENT_COLUMNS = "id, case_id, kind, occurred_at, recorded_at, payload, origin"


def facts_from_row(row: Any) -> CaseFacts:
    return CaseFacts(
        id=row[0],
        platform=Platform(row[1]),
        after_sale_id=row[2],
        order_id=row[3],
        case_type=CaseType(row[4]),
        amount_fen=row[5],
        reason=row[6],
        buyer=row[7],
        applied_at=from_epoch(row[8]),
        ship_courier=row[9],
        ship_tracking_no=row[10],
        logistics_status=row[11],
        product=row[12],
    )


def event_from_row(row: Any) -> Event:
    return Event(
        id=row[0],
        case_id=row[1],
        kind=EventKind(row[2]),
        occurred_at=from_epoch(row[3]),
        recorded_at=from_epoch(row[4]),
        payload=json.loads(row[5]) if row[5] and row[5] != "{}" else {},
        origin=row[6],
    )


def load_facts(conn: sqlite3.Connection | Session, case_id: int) -> CaseFacts | None:
    row = _execute(
        conn, f"SELECT {_FACT_COLUMNS} FROM cases WHERE id = :id", {"id": case_id}
    ).fetchone()
    return facts_from_row(row) if row else None


def load_events(conn: sqlite3.Connection | Session, case_id: int) -> list[Event]:
    rows = _execute(
        conn,
        f"SELECT {_EVENT_COLUMNS} FROM events WHERE case_id = :id ORDER BY id",
        {"id": case_id},
    )
    return [event_from_row(r) for r in rows]


def open_case_ids(conn: sqlite3.Connection | Session, scope: CaseScope | None = None) -> list[int]:
    """Open cases, or only those a rule can touch (its platforms, types and stages)."""
    sql, params = "SELECT id FROM cases WHERE is_open = 1", {}
    if scope is not None:
        for column, values in (
            ("platform", scope.platforms),
            ("case_type", scope.case_types),
            ("stage", scope.stages),
        ):
            marks = []
            for n, value in enumerate(values):
                params[f"{column}{n}"] = value
                marks.append(f":{column}{n}")
            sql += f" AND {column} IN ({', '.join(marks) or 'NULL'})"
    return [r[0] for r in _execute(conn, sql, params)]


def load_cases(
    conn: sqlite3.Connection | Session, ids: list[int]
) -> list[tuple[CaseFacts, list[Event]]]:
    """Facts and events of the given cases, in two queries."""
    marks = ", ".join(str(int(i)) for i in ids) or "NULL"
    facts = {
        r[0]: facts_from_row(r)
        for r in _execute(conn, f"SELECT {_FACT_COLUMNS} FROM cases WHERE id IN ({marks})", {})
    }
    events: dict[int, list[Event]] = defaultdict(list)
    rows = _execute(
        conn, f"SELECT {_EVENT_COLUMNS} FROM events WHERE case_id IN ({marks}) ORDER BY id", {}
    )
    for r in rows:
        events[r[1]].append(event_from_row(r))
    return [(facts[i], events.get(i, [])) for i in ids if i in facts]


def find_case_id(
    conn: sqlite3.Connection | Session, platform: Platform, after_sale_id: str
) -> int | None:
    row = _execute(
        conn,
        "SELECT id FROM cases WHERE platform = :p AND after_sale_id = :a",
        {"p": platform.value, "a": after_sale_id},
    ).fetchone()
    return row[0] if row else None


def insert_event(
    session: Session,
    case_id: int,
    kind: EventKind,
    occurred_at_epoch: int,
    recorded_at_epoch: int,
    payload: dict[str, Any] | None = None,
    origin: str = "manual",
) -> int:
    from desktop.core.storage.tables import EventRow

    row = EventRow(
        case_id=case_id,
        kind=kind.value,
        occurred_at=occurred_at_epoch,
        recorded_at=recorded_at_epoch,
        payload=json.dumps(payload or {}, ensure_ascii=False, sort_keys=True),
        origin=origin,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def sort_due(state: CaseState) -> int:
    """Where the case stands in the queue: what needs the user, by urgency; then what waits
    on others; finished last (see storage/__init__.py)."""
    merchant, buyer = state.merchant_clock, state.buyer_clock
    if merchant is not None:
        return to_epoch(merchant.due_at)
    if not state.is_open:
        return FINISHED
    if state.turn is Party.MERCHANT:
        return UNDATED_MINE
    return WAITING + to_epoch(buyer.due_at) if buyer is not None else WAITING_UNDATED


def projection(state: CaseState) -> dict[str, Any]:
    """The derived columns of a case row for `state`."""
    merchant, buyer = state.merchant_clock, state.buyer_clock
    return {
        "stage": state.stage.value,
        "turn": state.turn.value,
        "is_open": state.is_open,
        "merchant_due_at": to_epoch(merchant.due_at) if merchant else None,
        "sort_due": sort_due(state),
        "merchant_due_action": merchant.action.value if merchant else None,
        "merchant_due_source": merchant.source.value if merchant else None,
        "merchant_due_rule": merchant.rule_id if merchant else None,
        "buyer_due_at": to_epoch(buyer.due_at) if buyer else None,
        "buyer_due_action": buyer.action.value if buyer else None,
        "return_courier": state.return_courier,
        "return_tracking_no": state.return_tracking_no,
        "warnings": ",".join(state.warnings),
        "intercepted_at": to_epoch(state.intercepted_at) if state.intercepted_at else None,
        "platform_status": state.platform_status,
    }


_PROJECTION_COLUMNS = (
    "stage",
    "turn",
    "is_open",
    "merchant_due_at",
    "sort_due",
    "merchant_due_action",
    "merchant_due_source",
    "merchant_due_rule",
    "buyer_due_at",
    "buyer_due_action",
    "return_courier",
    "return_tracking_no",
    "warnings",
    "intercepted_at",
    "platform_status",
)


def write_projections(session: Session, updates: Iterable[tuple[int, dict[str, Any]]]) -> int:
    """Bulk-update derived columns; returns how many rows were written."""
    assignments = ", ".join(f"{c} = :{c}" for c in _PROJECTION_COLUMNS)
    params = [{"case_id": case_id, **values} for case_id, values in updates]
    if params:
        raw = session.connection().connection.driver_connection
        raw.executemany(f"UPDATE cases SET {assignments} WHERE id = :case_id", params)  # type: ignore[union-attr]
    return len(params)


def write_clocks(session: Session, states: Iterable[tuple[int, CaseState]], now_epoch: int) -> None:
    """Replace the case_clocks rows of these cases with their running clocks.

    A clock whose deadline did not move keeps the time it became known; a new or moved one
    is known from now at the latest, so a correction never repeats reminders already shown.
    """
    states = list(states)
    if not states:
        return
    raw = session.connection().connection.driver_connection
    marks = ", ".join(str(int(case_id)) for case_id, _ in states)
    before = {
        (case_id, clock): (due, known)
        for case_id, clock, due, known in raw.execute(  # type: ignore[union-attr]
            f"SELECT case_id, clock, due_at, known_at FROM case_clocks WHERE case_id IN ({marks})"
        )
    }
    rows = []
    for case_id, state in states:
        for case, key, party, due, action, known in clock_rows(case_id, state):
            old = before.get((case_id, key))
            if old is not None and old[0] == due:
                known = old[1]
            elif old is not None or known < now_epoch - 60:
                known = max(known, now_epoch)  # a moved (or newly counted) deadline
            rows.append((case, key, party, due, action, known))
    raw.execute(f"DELETE FROM case_clocks WHERE case_id IN ({marks})")  # type: ignore[union-attr]
    raw.executemany(CLOCK_INSERT, rows)  # type: ignore[union-attr]


CLOCK_INSERT = (
    "INSERT INTO case_clocks (case_id, clock, party, due_at, action, known_at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def clock_rows(case_id: int, state: CaseState) -> list[tuple[int, str, str, int, str, int]]:
    """The case_clocks rows of a state: its counting clocks, as derived."""
    return [
        (case_id, c.rule_id or "platform", c.party.value, to_epoch(c.due_at), c.action.value,
         to_epoch(c.known_at))
        for c in state.clocks if c.counts
    ]  # fmt: skip


def new_case_row(facts: dict[str, Any], state: CaseState, now_epoch: int) -> CaseRow:
    from desktop.core.storage.tables import CaseRow

    return CaseRow(**facts, created_at=now_epoch, updated_at=now_epoch, **projection(state))


def _execute(conn: sqlite3.Connection | Session, sql: str, params: dict[str, Any]) -> Any:
    """Run on the plain connection itself, or on the one under a write session."""
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql, params)
    raw = conn.connection().connection.driver_connection
    return raw.execute(sql, params)  # type: ignore[union-attr]
