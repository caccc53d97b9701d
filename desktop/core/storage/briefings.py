"""The SQL of the daily briefing: its counts over the open cases, and the stored briefings.
Portable SQL (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any


def due_counts(raw: Any, now: int, midnight: int, day_after: int) -> tuple[int, ...]:
    """(overdue, fen, due today, fen, due tomorrow, fen) over the open cases' merchant
    deadlines; `midnight` ends today, `day_after` ends tomorrow."""
    row = raw.execute(
        """
        SELECT
          SUM(CASE WHEN merchant_due_at < :now THEN 1 ELSE 0 END),
          SUM(CASE WHEN merchant_due_at < :now THEN COALESCE(amount_fen, 0) ELSE 0 END),
          SUM(CASE WHEN merchant_due_at >= :now AND merchant_due_at < :midnight THEN 1 ELSE 0 END),
          SUM(CASE WHEN merchant_due_at >= :now AND merchant_due_at < :midnight
                   THEN COALESCE(amount_fen, 0) ELSE 0 END),
          SUM(CASE WHEN merchant_due_at >= :midnight THEN 1 ELSE 0 END),
          SUM(CASE WHEN merchant_due_at >= :midnight THEN COALESCE(amount_fen, 0) ELSE 0 END)
        FROM cases
        WHERE is_open = 1 AND merchant_due_at IS NOT NULL AND merchant_due_at < :day_after
        """,
        {"now": now, "midnight": midnight, "day_after": day_after},
    ).fetchone()
    return tuple(int(v or 0) for v in row)


def most_urgent(raw: Any, before: int, limit: int) -> list[tuple[Any, ...]]:
    """Open cases due before `before` (overdue included), soonest first."""
    return raw.execute(
        "SELECT id, platform, after_sale_id, merchant_due_at, merchant_due_action, amount_fen,"
        " product"
        " FROM cases WHERE is_open = 1 AND merchant_due_at IS NOT NULL"
        " AND merchant_due_at < :before ORDER BY merchant_due_at, id LIMIT :limit",
        {"before": before, "limit": limit},
    ).fetchall()


def exists(raw: Any, day: str) -> bool:
    return (
        raw.execute("SELECT 1 FROM briefings WHERE day = :day", {"day": day}).fetchone() is not None
    )


def insert(raw: Any, day: str, made_at: int, summary: str) -> bool:
    """False when that day's briefing exists already."""
    cursor = raw.execute(
        "INSERT INTO briefings (day, made_at, summary) VALUES (:day, :made_at, :summary)"
        " ON CONFLICT DO NOTHING",
        {"day": day, "made_at": made_at, "summary": summary},
    )
    return bool(cursor.rowcount)


def enqueue_pushes(raw: Any, day: str, now: int) -> None:
    """The briefing goes to every enabled channel, whatever else it wants."""
    raw.execute(
        "INSERT INTO outbox (channel_id, briefing_day, last_call, created_at, state, attempts,"
        " next_attempt_at, last_error)"
        " SELECT id, :day, 0, :now, 'pending', 0, :now, '' FROM channels WHERE enabled = 1"
        " ON CONFLICT DO NOTHING",
        {"day": day, "now": now},
    )


_COLUMNS = "day, made_at, summary, acknowledged_at"


def get(raw: Any, day: str) -> tuple[Any, ...] | None:
    found: tuple[Any, ...] | None = raw.execute(
        f"SELECT {_COLUMNS} FROM briefings WHERE day = :day", {"day": day}
    ).fetchone()
    return found


def latest(raw: Any) -> tuple[Any, ...] | None:
    found: tuple[Any, ...] | None = raw.execute(
        f"SELECT {_COLUMNS} FROM briefings ORDER BY day DESC LIMIT 1"
    ).fetchone()
    return found


def acknowledge(raw: Any, day: str, now: int) -> bool:
    cursor = raw.execute(
        "UPDATE briefings SET acknowledged_at = :now WHERE day = :day AND acknowledged_at IS NULL",
        {"now": now, "day": day},
    )
    return bool(cursor.rowcount)
