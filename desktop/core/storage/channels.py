"""The SQL of push channels and their outbox. Portable SQL (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CHANNEL_COLUMNS = (
    "id, name, kind, target, options, secret_ref, secret_store, wants, enabled, created_at,"
    " last_ok_at, last_error_at, last_error"
)


def all_channels(raw: Any) -> list[tuple[Any, ...]]:
    return raw.execute(f"SELECT {CHANNEL_COLUMNS} FROM channels ORDER BY id").fetchall()


def names(raw: Any) -> set[str]:
    return {r[0] for r in raw.execute("SELECT name FROM channels").fetchall()}


def insert(raw: Any, row: dict[str, Any]) -> int:
    cursor = raw.execute(
        "INSERT INTO channels (name, kind, target, options, secret_ref, secret_store, wants,"
        " enabled, created_at, last_error) VALUES (:name, :kind, :target, :options, :secret_ref,"
        " :secret_store, :wants, :enabled, :created_at, '') RETURNING id",
        row,
    )
    return int(cursor.fetchone()[0])


def update(raw: Any, channel_id: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{key} = :{key}" for key in values)
    raw.execute(f"UPDATE channels SET {sets} WHERE id = :id", {**values, "id": channel_id})


def delete(raw: Any, channel_id: int) -> None:
    raw.execute("DELETE FROM outbox WHERE channel_id = :id", {"id": channel_id})
    raw.execute("DELETE FROM channels WHERE id = :id", {"id": channel_id})


def record_ok(raw: Any, channel_id: int, now: int) -> None:
    raw.execute(
        "UPDATE channels SET last_ok_at = :now, last_error = '' WHERE id = :id",
        {"now": now, "id": channel_id},
    )


def record_error(raw: Any, channel_id: int, now: int, error: str) -> None:
    raw.execute(
        "UPDATE channels SET last_error_at = :now, last_error = :error WHERE id = :id",
        {"now": now, "error": error, "id": channel_id},
    )


# Outbox -------------------------------------------------------------------------------------
def due_rows(raw: Any, now: int) -> list[tuple[Any, ...]]:
    """Pending pushes whose time has come: (id, channel id, case id, deadline, lead, last
    call, briefing day, attempts), by channel and age."""
    return raw.execute(
        "SELECT o.id, o.channel_id, o.case_id, o.due_at, o.lead_minutes, o.last_call,"
        " o.briefing_day, o.attempts FROM outbox o JOIN channels ch ON ch.id = o.channel_id"
        " WHERE o.state = 'pending' AND o.next_attempt_at <= :now AND ch.enabled = 1"
        " ORDER BY o.channel_id, o.id",
        {"now": now},
    ).fetchall()


def case_lines(raw: Any, case_ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """(platform, after-sales id, amount, product) of each case."""
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(case_ids), 500):
        marks = ",".join(str(int(c)) for c in case_ids[start : start + 500])
        for row in raw.execute(
            "SELECT id, platform, after_sale_id, amount_fen, product FROM cases"
            f" WHERE id IN ({marks})"
        ).fetchall():
            found[int(row[0])] = tuple(row[1:])
    return found


def running_clocks(raw: Any, pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The action of each (case, deadline) pair that is still a running merchant clock."""
    found: dict[tuple[int, int], str] = {}
    wanted = set(pairs)
    cases = sorted({case_id for case_id, _ in pairs})
    for start in range(0, len(cases), 500):
        marks = ",".join(str(int(c)) for c in cases[start : start + 500])
        for case_id, due, action in raw.execute(
            "SELECT case_id, due_at, action FROM case_clocks WHERE party = 'merchant'"
            f" AND case_id IN ({marks})"
        ).fetchall():
            if (int(case_id), int(due)) in wanted:
                found[(int(case_id), int(due))] = action
    return found


def _ids(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def mark_sent(raw: Any, ids: Sequence[int], now: int) -> None:
    raw.execute(
        f"UPDATE outbox SET state = 'sent', sent_at = :now, attempts = attempts + 1,"
        f" last_error = '' WHERE id IN ({_ids(ids)})",
        {"now": now},
    )


def mark_dropped(raw: Any, ids: Sequence[int], reason: str) -> None:
    raw.execute(
        f"UPDATE outbox SET state = 'dropped', last_error = :reason WHERE id IN ({_ids(ids)})",
        {"reason": reason},
    )


def mark_failed(raw: Any, ids: Sequence[int], next_at: int, error: str) -> None:
    raw.execute(
        f"UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next_at,"
        f" last_error = :error WHERE id IN ({_ids(ids)})",
        {"next_at": next_at, "error": error},
    )


def next_attempt(raw: Any) -> int | None:
    row = raw.execute(
        "SELECT MIN(o.next_attempt_at) FROM outbox o JOIN channels ch ON ch.id = o.channel_id"
        " WHERE o.state = 'pending' AND ch.enabled = 1"
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def pending_counts(raw: Any) -> dict[int, int]:
    return {
        int(channel_id): int(n)
        for channel_id, n in raw.execute(
            "SELECT channel_id, COUNT(*) FROM outbox WHERE state = 'pending' GROUP BY channel_id"
        ).fetchall()
    }
