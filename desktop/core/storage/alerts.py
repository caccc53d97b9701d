"""The SQL of the reminder card: the deadlines nobody has acknowledged yet, their snoozes and
when the card last came up for them. Portable SQL (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# An alert is on the card while nobody acknowledged it, its snooze (if any) is over and its
# clock still runs (a case handled meanwhile leaves the card by itself).
_ACTIVE = """
a.acknowledged_at IS NULL AND a.cleared_at IS NULL
AND (a.snoozed_until IS NULL OR a.snoozed_until <= :now)
AND EXISTS (SELECT 1 FROM case_clocks k WHERE k.case_id = a.case_id AND k.due_at = a.due_at
            AND k.party = 'merchant')
"""


def active(raw: Any, now: int, limit: int) -> list[tuple[Any, ...]]:
    """The `limit` most urgent cases on the card, one line each (its soonest deadline):
    (case id, platform, after-sales id, order id, deadline, action, amount, lead, last call,
    shown at, product). Only those cases are read: a card holding 25,000 cases costs one
    index walk."""
    rows = raw.execute(
        "SELECT a.case_id, a.due_at, a.lead_minutes, a.last_call, a.shown_at FROM alerts a"
        f" WHERE {_ACTIVE} ORDER BY a.due_at, a.case_id LIMIT :n",
        {"now": now, "n": limit * 4},  # a case may hold a few deadlines on the card
    ).fetchall()
    first: dict[int, tuple[Any, ...]] = {}
    for row in rows:
        first.setdefault(int(row[0]), row)
    chosen = list(first.values())[:limit]
    if not chosen:
        return []
    marks = ",".join(str(int(r[0])) for r in chosen)
    cases = {
        int(r[0]): r[1:]
        for r in raw.execute(
            "SELECT id, platform, after_sale_id, order_id, amount_fen, product FROM cases"
            f" WHERE id IN ({marks})"
        ).fetchall()
    }
    actions: dict[tuple[int, int], str] = {}
    for case_id, due, action in raw.execute(
        "SELECT case_id, due_at, action FROM case_clocks WHERE party = 'merchant'"
        f" AND case_id IN ({marks}) ORDER BY clock"
    ).fetchall():
        actions.setdefault((int(case_id), int(due)), action)
    found = []
    for case_id, due, lead, last_call, shown in chosen:
        platform, after_sale_id, order_id, amount, product = cases[int(case_id)]
        action = actions.get((int(case_id), int(due)))
        found.append((case_id, platform, after_sale_id, order_id, due, action, amount, lead,
                      last_call, shown, product))  # fmt: skip
    return found


def totals(raw: Any, now: int) -> tuple[int, int, int]:
    """(cases on the card, how many of them are overdue, their money in fen)."""
    row = raw.execute(
        "SELECT COUNT(*), SUM(CASE WHEN due <= :now THEN 1 ELSE 0 END), SUM(COALESCE(amount, 0))"
        " FROM (SELECT a.case_id, MIN(a.due_at) AS due, MAX(c.amount_fen) AS amount"
        f" FROM alerts a JOIN cases c ON c.id = a.case_id WHERE {_ACTIVE} GROUP BY a.case_id) t",
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
        f"SELECT DISTINCT a.case_id FROM alerts a WHERE {_ACTIVE}"
        " AND a.due_at <= :now AND a.shown_at <= :before",
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
            f"SELECT MIN(a.shown_at) FROM alerts a WHERE {_ACTIVE} AND a.due_at <= :now",
            {"now": now},
        ).fetchone()
        if row and row[0] is not None:
            times.append(max(int(row[0]) + repeat_s, now))
    return min(times) if times else None
