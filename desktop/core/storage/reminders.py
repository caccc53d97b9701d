"""The SQL of reminders: which (case, deadline, lead time) came due, what was delivered, the
card's alerts, and the pushes each channel gets. Services keep the decisions (single or
digest, which lead is the last); this module owns the queries.

Written for SQLite and PostgreSQL alike: temporary tables without a schema prefix,
ON CONFLICT instead of INSERT OR IGNORE, booleans as bound parameters or 0/1 comparisons.
Every function runs on a DB-API connection inside the caller's transaction.
"""

from __future__ import annotations

from typing import Any

# Every undelivered (case, deadline, lead) due by :now. {window} narrows it to reminders that
# fell due after the previous scan. CROSS JOIN keeps the few lead times as the outer loop (a
# range of the (party, due_at) index each) even before SQLite has statistics: 0.2 ms, not 50.
_PENDING_LEADS = """
INSERT INTO reminder_pending (case_id, due_at, lead_minutes, action, last_call)
SELECT k.case_id, k.due_at, l.lead, k.action, 0
FROM reminder_leads l
CROSS JOIN case_clocks k
WHERE k.party = 'merchant'
    AND k.due_at <= :now + l.lead * 60
    AND k.due_at - l.lead * 60 > k.known_at
    {window}
    AND NOT EXISTS (
    SELECT 1 FROM reminders_sent r
    WHERE r.case_id = k.case_id AND r.due_at = k.due_at AND r.lead_minutes = l.lead)
"""
# Enough, because a reminder exists only after its clock was written (due - lead > known_at,
# and a new or moved clock is known from when it was written): nothing can fall due unseen
# before the previous scan. The scans overlap by SCAN_OVERLAP_S all the same: a writer in
# another process may take its "known" time a moment before its commit becomes visible.
_WINDOW = "AND k.due_at > :since + l.lead * 60"
SCAN_OVERLAP_S = 120

# The last warning before the working day ends, for deadlines in the off-hours stretch
# (:gap_end, :gap_start) that follows it: once per deadline, only for a deadline known before
# the day ended, and not when one of the usual lead times fired in the half hour before.
_LAST_CALL_CLOCKS = """
FROM case_clocks k
WHERE k.party = 'merchant'
  AND k.due_at > :gap_end AND k.due_at < :gap_start AND k.due_at > :now
  AND k.known_at < :gap_end
  AND NOT EXISTS (
    SELECT 1 FROM reminders_sent r
    WHERE r.case_id = k.case_id AND r.due_at = k.due_at AND r.last_call = 1)
  AND NOT EXISTS (
    SELECT 1 FROM reminder_leads l
    WHERE l.lead > 0 AND k.due_at - l.lead * 60 > k.known_at
      AND k.due_at - l.lead * 60 BETWEEN :gap_end - :quiet_before AND :gap_end)
"""
#: A usual reminder this soon before the working day ends makes the last warning needless.
LAST_CALL_QUIET_BEFORE_S = 30 * 60

_PENDING_LAST_CALLS = f"""
INSERT INTO reminder_pending (case_id, due_at, lead_minutes, action, last_call)
SELECT k.case_id, k.due_at, (k.due_at - :gap_end) / 60, k.action, 1
{_LAST_CALL_CLOCKS}
"""

# The most urgent pending reminder of each (case, deadline): what the card and pushes carry.
_MOST_URGENT = """
SELECT case_id, due_at, lead_minutes, action, last_call FROM (
    SELECT case_id, due_at, lead_minutes, action, last_call,
           ROW_NUMBER() OVER (PARTITION BY case_id, due_at ORDER BY lead_minutes) AS n
    FROM reminder_pending
) p WHERE p.n = 1
"""


def prepare(raw: Any, leads: tuple[int, ...]) -> None:
    """The scratch tables of one scan, emptied, with the lead times in force."""
    for sql in (
        "CREATE TEMP TABLE IF NOT EXISTS reminder_leads (lead INTEGER PRIMARY KEY)",
        "CREATE TEMP TABLE IF NOT EXISTS reminder_pending (case_id INTEGER, due_at INTEGER,"
        " lead_minutes INTEGER, action TEXT, last_call INTEGER)",
        "DELETE FROM reminder_leads",
        "DELETE FROM reminder_pending",
    ):
        raw.execute(sql)
    raw.executemany("INSERT INTO reminder_leads VALUES (?)", [(n,) for n in leads])


def collect(raw: Any, now: int, since: int | None, gap: tuple[int, int] | None) -> None:
    """Fill reminder_pending with every undelivered reminder due by `now` (`since`: only
    what fell due after that earlier scan); `gap`: the off-hours stretch `now` is in."""
    raw.execute(
        _PENDING_LEADS.format(window="" if since is None else _WINDOW),
        {"now": now, "since": (since or 0) - SCAN_OVERLAP_S},
    )
    if gap is not None and (since is None or gap[0] > since):
        raw.execute(_PENDING_LAST_CALLS, _gap_params(now, gap))


def _gap_params(now: int, gap: tuple[int, int]) -> dict[str, int]:
    return {
        "now": now,
        "gap_end": gap[0],
        "gap_start": gap[1],
        "quiet_before": LAST_CALL_QUIET_BEFORE_S,
    }


def summary(raw: Any, now: int, late_edge: int) -> tuple[int, int, int]:
    """(cases pending, reminders that fired before `late_edge`, cases already overdue)."""
    count, late, overdue = raw.execute(
        "SELECT COUNT(DISTINCT case_id), SUM(CASE WHEN due_at - lead_minutes * 60 < :edge"
        " THEN 1 ELSE 0 END), COUNT(DISTINCT CASE WHEN due_at <= :now THEN case_id END)"
        " FROM reminder_pending",
        {"edge": late_edge, "now": now},
    ).fetchone()
    return int(count or 0), int(late or 0), int(overdue or 0)


def named(raw: Any, limit: int | None) -> list[tuple[Any, ...]]:
    """The most urgent pending reminder of each case, soonest deadline first: (case id,
    platform, after-sales id, deadline, action, lead, last call, amount in fen, product)."""
    return raw.execute(
        """
        SELECT p.case_id, c.platform, c.after_sale_id, p.due_at, p.action, p.lead_minutes,
               p.last_call, c.amount_fen, c.product
        FROM (
            SELECT case_id, due_at, action, lead_minutes, last_call,
                   ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY due_at, lead_minutes) AS n
            FROM reminder_pending
        ) p JOIN cases c ON c.id = p.case_id
        WHERE p.n = 1 ORDER BY p.due_at, p.case_id
        """
        + ("" if limit is None else " LIMIT :limit"),
        {"limit": limit},
    ).fetchall()


def record_delivered(raw: Any, now: int, via: str) -> None:
    raw.execute(
        "INSERT INTO reminders_sent (case_id, due_at, lead_minutes, delivered_at, via, last_call)"
        " SELECT case_id, due_at, lead_minutes, :now, :via, last_call FROM reminder_pending"
        " WHERE true ON CONFLICT DO NOTHING",
        {"now": now, "via": via},
    )


def raise_alerts(raw: Any, now: int) -> None:
    """Each pending deadline on the card: a new one, or one brought back by a more urgent
    reminder (whoever acknowledged or snoozed the earlier one)."""
    raw.execute(
        "INSERT INTO alerts (case_id, due_at, lead_minutes, last_call, raised_at, shown_at)"
        f" SELECT case_id, due_at, lead_minutes, last_call, :now, :now FROM ({_MOST_URGENT}) u"
        " WHERE true ON CONFLICT (case_id, due_at) DO UPDATE SET"
        " lead_minutes = excluded.lead_minutes, last_call = excluded.last_call,"
        " raised_at = excluded.raised_at, shown_at = excluded.shown_at,"
        " acknowledged_at = NULL, snoozed_until = NULL, cleared_at = NULL",
        {"now": now},
    )


def clear_stopped_alerts(raw: Any, now: int) -> None:
    """Alerts whose clock no longer runs (the case moved on) leave the card."""
    raw.execute(
        "UPDATE alerts SET cleared_at = :now"
        " WHERE acknowledged_at IS NULL AND cleared_at IS NULL AND NOT EXISTS ("
        "  SELECT 1 FROM case_clocks k WHERE k.case_id = alerts.case_id"
        "  AND k.due_at = alerts.due_at AND k.party = 'merchant')",
        {"now": now},
    )


def enqueue_pushes(raw: Any, now: int, last_lead: int | None) -> int:
    """One outbox row per channel for each pending deadline the channel wants: every
    reminder (all), or only the last lead time and the deadline itself (urgent)."""
    cursor = raw.execute(
        "INSERT INTO outbox (channel_id, case_id, due_at, lead_minutes, last_call, created_at,"
        " state, attempts, next_attempt_at, last_error)"
        f" SELECT ch.id, u.case_id, u.due_at, u.lead_minutes, u.last_call, :now, 'pending', 0,"
        f" :now, '' FROM ({_MOST_URGENT}) u JOIN channels ch ON ch.enabled = 1"
        " AND (ch.wants = 'all' OR (ch.wants = 'urgent' AND u.last_call = 0"
        "      AND (u.lead_minutes = 0 OR u.lead_minutes = :last_lead)))"
        " WHERE true ON CONFLICT DO NOTHING",
        {"now": now, "last_lead": -1 if last_lead is None else last_lead},
    )
    return int(cursor.rowcount or 0)


def next_lead_due(raw: Any, now: int, lead: int) -> int | None:
    """When the next undelivered reminder `lead` minutes before a deadline comes due."""
    offset = lead * 60
    row = raw.execute(
        """
        SELECT k.due_at FROM case_clocks k
        WHERE k.party = 'merchant' AND k.due_at > :now + :offset
          AND k.due_at - :offset > k.known_at
          AND NOT EXISTS (
            SELECT 1 FROM reminders_sent r
            WHERE r.case_id = k.case_id AND r.due_at = k.due_at AND r.lead_minutes = :lead)
        ORDER BY k.due_at LIMIT 1
        """,
        {"now": now, "offset": offset, "lead": lead},
    ).fetchone()
    return None if row is None else int(row[0]) - offset


def has_last_call(raw: Any, gap: tuple[int, int]) -> bool:
    """Whether some deadline in this coming off-hours stretch gets a last warning."""
    row = raw.execute(
        f"SELECT 1 {_LAST_CALL_CLOCKS} LIMIT 1", _gap_params(gap[0] - 1, gap)
    ).fetchone()
    return row is not None


def recent(raw: Any, limit: int) -> list[tuple[Any, ...]]:
    """The last reminders delivered, newest first: one per case and delivery (its most
    urgent): (case id, platform, after-sales id, deadline, lead, last call, delivered at)."""
    return raw.execute(
        """
        SELECT r.case_id, c.platform, c.after_sale_id, MIN(r.due_at), MIN(r.lead_minutes),
               MAX(r.last_call), r.delivered_at
        FROM reminders_sent r JOIN cases c ON c.id = r.case_id
        GROUP BY r.case_id, c.platform, c.after_sale_id, r.delivered_at
        ORDER BY r.delivered_at DESC, MIN(r.id) DESC LIMIT :limit
        """,
        {"limit": limit},
    ).fetchall()
