"""The case queue in SQL: quick views, platform filter, search and sort over 100,000 cases.

Hot path: plain SQL over the projection columns, ids first and row data only for the rows a
view needs (no ORM objects).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from desktop.core.model import Platform
from desktop.core.storage import UNDATED_MINE
from desktop.core.storage.database import Database
from desktop.core.times import to_epoch

DUE_SOON = timedelta(hours=24)


class View(StrEnum):
    OVERDUE = "overdue"  # 已超时
    DUE_24H = "due_24h"  # 24小时内到期
    MERCHANT_TURN = "merchant_turn"  # 待我处理
    UNDATED = "undated"  # 待我处理，时效未知: the user's turn with no known deadline
    BUYER_TURN = "buyer_turn"  # 等待买家
    FINISHED = "finished"  # 已完结
    ALL = "all"  # 全部


class SortKey(StrEnum):
    DUE = "due"
    PLATFORM = "platform"
    AFTER_SALE_ID = "after_sale_id"
    ORDER_ID = "order_id"
    CASE_TYPE = "case_type"
    STAGE = "stage"
    TURN = "turn"
    AMOUNT = "amount"
    BUYER = "buyer"
    APPLIED = "applied"
    UPDATED = "updated"
    TRACKING = "tracking"
    REASON = "reason"
    STEPS = "steps"
    SHIP_TRACKING = "ship_tracking"
    LOGISTICS = "logistics"
    INTERCEPTED = "intercepted"
    PRODUCT = "product"


_SORT_SQL = {
    SortKey.DUE: "sort_due",
    SortKey.PLATFORM: "platform",
    SortKey.AFTER_SALE_ID: "after_sale_id",
    SortKey.ORDER_ID: "order_id",
    SortKey.CASE_TYPE: "case_type",
    SortKey.STAGE: "stage",
    SortKey.TURN: "turn",
    SortKey.AMOUNT: "amount_fen",
    SortKey.BUYER: "buyer",
    SortKey.APPLIED: "applied_at",
    SortKey.UPDATED: "updated_at",
    SortKey.TRACKING: "return_tracking_no",
    SortKey.REASON: "reason",
    # Least done first (a case with no playbook last): what still needs working through.
    SortKey.STEPS: "CASE WHEN steps_total = 0 THEN 2.0 ELSE 1.0 * steps_done / steps_total END",
    SortKey.SHIP_TRACKING: "ship_tracking_no",
    SortKey.LOGISTICS: "logistics_status",
    SortKey.INTERCEPTED: "intercepted_at",
    SortKey.PRODUCT: "product",
}


class QueueRow(NamedTuple):
    """One case as the queue shows it (times are epoch seconds, as stored)."""

    id: int
    platform: str
    after_sale_id: str
    order_id: str
    case_type: str
    amount_fen: int | None
    reason: str
    buyer: str
    applied_at: int
    updated_at: int
    stage: str
    turn: str
    is_open: int
    merchant_due_at: int | None
    merchant_due_action: str | None
    merchant_due_source: str | None
    buyer_due_at: int | None
    return_courier: str
    return_tracking_no: str
    warnings: str
    ship_courier: str
    ship_tracking_no: str
    logistics_status: str
    intercepted_at: int | None
    platform_status: str
    steps_done: int
    steps_total: int
    product: str


ROW_COLUMNS = QueueRow._fields

_TIES = {
    SortKey.DUE: ("applied_at", "id"),
    **{
        key: ("sort_due", "id")
        for key in (
            SortKey.PLATFORM,
            SortKey.CASE_TYPE,
            SortKey.STAGE,
            SortKey.TURN,
            SortKey.AMOUNT,
            SortKey.LOGISTICS,
            SortKey.INTERCEPTED,
            SortKey.STEPS,
        )
    },
}


@dataclass(frozen=True)
class QueueFilter:
    view: View = View.ALL
    platform: Platform | None = None
    search: str = ""
    logistics: str | None = None  # the outbound parcel's status; "" for cases without one


@dataclass(frozen=True)
class QueueSort:
    key: SortKey = SortKey.DUE
    descending: bool = False


class QueueService:
    def __init__(self, db: Database):
        self._db = db

    def ids(self, flt: QueueFilter, sort: QueueSort, now: datetime) -> list[int]:
        where, params = _where(flt, now)
        direction = "DESC" if sort.descending else "ASC"
        # Every term in one direction, so that for the default order SQLite walks
        # ix_cases_queue forwards or backwards. Ties in few-valued columns go to the soonest
        # deadline; elsewhere the id settles them (each extra term costs 100,000 comparisons).
        terms = [_SORT_SQL[sort.key], *_TIES.get(sort.key, ("id",))]
        order = ", ".join(f"{t} {direction}" for t in terms)
        if flt.search.strip():
            # A substring search cannot use an index: scan the table once, sort the matches.
            source = "cases NOT INDEXED"
        elif sort.key is SortKey.DUE:
            # Walk the covering index in order (every view filters on columns it holds);
            # without statistics SQLite would pick a narrower index and sort 100,000 rows.
            source = "cases INDEXED BY ix_cases_queue"
        else:
            source = "cases"
        sql = f"SELECT id FROM {source} WHERE {where} ORDER BY {order}"
        with self._db.read() as conn:
            return [r[0] for r in conn.execute(sql, params).fetchall()]

    def rows(self, ids: Sequence[int]) -> dict[int, QueueRow]:
        """Row data for the given ids (any order), fetched in chunks."""
        found: dict[int, QueueRow] = {}
        columns = ", ".join(ROW_COLUMNS)
        with self._db.read() as conn:
            raw = conn
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                cursor = raw.execute(f"SELECT {columns} FROM cases WHERE id IN ({marks})", chunk)
                for row in cursor.fetchall():
                    found[row[0]] = QueueRow._make(row)
        return found

    def counts(self, platform: Platform | None, now: datetime) -> dict[View, int]:
        """How many cases each quick view holds (for the sidebar and the tray tooltip)."""
        now_s, soon_s = to_epoch(now), to_epoch(now + DUE_SOON)
        where = "platform = :platform" if platform else "1"
        sql = f"""
            SELECT
              SUM(is_open AND sort_due < :now),
              SUM(is_open AND sort_due >= :now AND sort_due < :soon),
              SUM(is_open AND turn = 'merchant'),
              SUM(sort_due = :undated),
              SUM(is_open AND turn = 'buyer'),
              SUM(NOT is_open),
              COUNT(*)
            FROM cases INDEXED BY ix_cases_queue WHERE {where}
        """
        params = {
            "now": now_s,
            "soon": soon_s,
            "undated": UNDATED_MINE,
            "platform": platform.value if platform else None,
        }
        with self._db.read() as conn:
            raw = conn
            row = raw.execute(sql, params).fetchone()
        views = (
            View.OVERDUE,
            View.DUE_24H,
            View.MERCHANT_TURN,
            View.UNDATED,
            View.BUYER_TURN,
            View.FINISHED,
            View.ALL,
        )
        return {v: int(n or 0) for v, n in zip(views, row, strict=True)}

    def logistics_statuses(self, platform: Platform | None) -> list[tuple[str, int]]:
        """The outbound parcels' statuses the cases hold, with how many cases have each."""
        where, params = ("WHERE platform = ?", (platform.value,)) if platform else ("", ())
        sql = (
            "SELECT logistics_status, COUNT(*) FROM cases INDEXED BY ix_cases_logistics_status "
            f"{where} GROUP BY logistics_status ORDER BY logistics_status"
        )
        with self._db.read() as conn:
            return [(status, n) for status, n in conn.execute(sql, params).fetchall()]

    def due(self, now: datetime, within: timedelta, limit: int = -1) -> list[QueueRow]:
        """Open cases whose merchant deadline is overdue or inside the window, soonest first."""
        columns = ", ".join(ROW_COLUMNS)
        sql = (
            f"SELECT {columns} FROM cases WHERE is_open = 1 AND merchant_due_at IS NOT NULL "
            "AND merchant_due_at < ? ORDER BY merchant_due_at, id LIMIT ?"
        )
        with self._db.read() as conn:
            raw = conn
            rows = raw.execute(sql, (to_epoch(now + within), limit)).fetchall()
        return [QueueRow._make(r) for r in rows]


def _where(flt: QueueFilter, now: datetime) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {
        "now": to_epoch(now),
        "soon": to_epoch(now + DUE_SOON),
        "undated": UNDATED_MINE,
    }
    view_sql = {
        # sort_due is merchant_due_at where there is one (and later than any otherwise).
        View.OVERDUE: "sort_due < :now AND is_open = 1",
        View.DUE_24H: "sort_due >= :now AND sort_due < :soon AND is_open = 1",
        View.MERCHANT_TURN: "is_open = 1 AND turn = 'merchant'",
        View.UNDATED: "sort_due = :undated",
        View.BUYER_TURN: "is_open = 1 AND turn = 'buyer'",
        View.FINISHED: "is_open = 0",
        View.ALL: "",
    }[flt.view]
    if view_sql:
        clauses.append(view_sql)
    if flt.platform is not None:
        clauses.append("platform = :platform")
        params["platform"] = flt.platform.value
    if flt.logistics is not None:
        clauses.append("logistics_status = :logistics")
        params["logistics"] = flt.logistics
    term = flt.search.strip()
    if term:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["term"] = f"%{escaped}%"
        clauses.append(
            "("
            + " OR ".join(
                f"{c} LIKE :term ESCAPE '\\'"
                for c in (
                    "after_sale_id",
                    "order_id",
                    "return_tracking_no",
                    "ship_tracking_no",
                    "buyer",
                    "product",
                )
            )
            + ")"
        )
    return (" AND ".join(clauses) or "1"), params
