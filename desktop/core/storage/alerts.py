"""The SQL of the reminder card: the deadlines nobody has acknowledged yet, their snoozes and
when the card last came up for them. Portable SQL (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# An alert is on the card while nobody acknowledged it, its snooze (if any) is over and its
# clock still runs (a case handled meanwhile leaves the card by itself).
_ACTIVE = """
FROM alerts a
JOIN case_clocks k ON k.case_id = a.case_id AND k.due_at = a.due_at AND k.party = 'merchant'
JOIN cases c ON c.id = a.case_id
WHERE a.acknowledged_at IS NULL AND a.cleared_at IS NULL
  AND (a.snoozed_until IS NULL OR a.snoozed_until <= :now)
"""

# One line per case: its most urgent deadline on the card.
_PER_CASE = f"""
SELECT case_id, platform, after_sale_id, order_id, due_at, action, amount_fen, lead_minutes,
       last_call, shown_at FROM (
    SELECT a.case_id, c.platform, c.after_sale_id, c.order_id, a.due_at, k.action,
           c.amount_fen, a.lead_minutes, a.last_call, a.shown_at,
           ROW_NUMBER() OVER (PARTITION BY a.case_id ORDER BY a.due_at, k.clock) AS n
    {_ACTIVE}
) x WHERE x.n = 1
"""


def active(raw: Any, now: int, limit: int) -> list[tuple[Any, ...]]:
    return raw.execute(
        f"{_PER_CASE} ORDER BY due_at, case_id LIMIT :limit", {"now": now, "limit": limit}
    ).fetchall()


def totals(raw: Any, now: int) -> tuple[int, int, int]:
    """(cases on the card, how many of them are overdue, their money in fen)."""
    row = raw.execute(
        "SELECT COUNT(*), SUM(CASE WHEN due_at <= :now THEN 1 ELSE 0 END),"
        f" SUM(COALESCE(amount_fen, 0)) FROM ({_PER_CASE}) t",
        {"now": now},
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


def _cases_clause(case_ids: Sequence[int] | None) -> str:
    if case_ids is None:
        return ""
    return f" AND case_id IN ({','.join(str(int(i)) for i in case_ids) or 'NULL'})"


def acknowledge(raw: Any, now: int, case_ids: Sequence[int] | None) -> int:
    """Acknowledge what the card shows of these cases (None: all of it); a snoozed alert of
    a named case is acknowledged too, since its person has seen it."""
    snooze = "" if case_ids is not None else " AND (snoozed_until IS NULL OR snoozed_until <= :now)"
    cursor = raw.execute(
        "UPDATE alerts SET acknowledged_at = :now"
        " WHERE acknowledged_at IS NULL AND cleared_at IS NULL" + snooze + _cases_clause(case_ids),
        {"now": now},
    )
    return int(cursor.rowcount or 0)


def snooze(raw: Any, now: int, until: int, case_ids: Sequence[int] | None) -> int:
    cursor = raw.execute(
        "UPDATE alerts SET snoozed_until = :until"
        " WHERE acknowledged_at IS NULL AND cleared_at IS NULL"
        " AND (snoozed_until IS NULL OR snoozed_until <= :now)" + _cases_clause(case_ids),
        {"now": now, "until": until},
    )
    return int(cursor.rowcount or 0)


def due_to_repeat(raw: Any, now: int, shown_before: int) -> list[int]:
    """Cases with an overdue alert nobody acknowledged that the card last showed before
    `shown_before`."""
    rows = raw.execute(
        f"SELECT DISTINCT a.case_id {_ACTIVE} AND a.due_at <= :now AND a.shown_at <= :before",
        {"now": now, "before": shown_before},
    ).fetchall()
    return [int(r[0]) for r in rows]


def mark_shown(raw: Any, now: int, case_ids: Sequence[int]) -> None:
    raw.execute(
        "UPDATE alerts SET shown_at = :now WHERE acknowledged_at IS NULL"
        " AND cleared_at IS NULL" + _cases_clause(case_ids),
        {"now": now},
    )


def next_change(raw: Any, now: int, repeat_s: int | None) -> int | None:
    """The next moment the card changes by itself: a snooze ends, or an unacknowledged overdue
    alert is due to come back."""
    times = []
    row = raw.execute(
        "SELECT MIN(a.snoozed_until) FROM alerts a"
        " JOIN case_clocks k ON k.case_id = a.case_id AND k.due_at = a.due_at"
        " AND k.party = 'merchant'"
        " WHERE a.acknowledged_at IS NULL AND a.cleared_at IS NULL AND a.snoozed_until > :now",
        {"now": now},
    ).fetchone()
    if row and row[0] is not None:
        times.append(int(row[0]))
    if repeat_s:
        row = raw.execute(
            f"SELECT MIN(a.shown_at) {_ACTIVE} AND a.due_at <= :now", {"now": now}
        ).fetchone()
        if row and row[0] is not None:
            times.append(max(int(row[0]) + repeat_s, now))
    return min(times) if times else None
