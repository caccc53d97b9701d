"""The case queue as a table model over SQL.

SQL does the filtering and sorting and returns ids only; row data is fetched in blocks when a
row is first painted and kept in a bounded cache (Anki's browser model does the same). The
countdown cells are recomputed from the cached deadline on every tick: no query.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.changes import Changes
from desktop.core.deadlines import NO_CLOCK_KNOWN, PLATFORM_DISAGREES
from desktop.core.model import Action, CaseType, DeadlineSource, Party, Platform, Stage
from desktop.core.services.queue import QueueFilter, QueueRow, QueueSort, SortKey
from desktop.core.times import from_epoch, opt_from_epoch
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.labels import Urgency

translate = QCoreApplication.translate
BLOCK = 200
CACHE_LIMIT = 20_000
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    COUNTDOWN = 0
    DEADLINE = 1
    PLATFORM = 2
    AFTER_SALE_ID = 3
    ORDER_ID = 4
    CASE_TYPE = 5
    STAGE = 6
    TURN = 7
    ACTION = 8
    AMOUNT = 9
    BUYER = 10
    REASON = 11
    TRACKING = 12
    APPLIED = 13
    SHIP_TRACKING = 14
    LOGISTICS = 15
    INTERCEPTED = 16
    PLATFORM_STATUS = 17
    STEPS = 18
    PRODUCT = 19


_SORT_KEYS = {
    Column.COUNTDOWN: SortKey.DUE,
    Column.DEADLINE: SortKey.DUE,
    Column.PLATFORM: SortKey.PLATFORM,
    Column.AFTER_SALE_ID: SortKey.AFTER_SALE_ID,
    Column.ORDER_ID: SortKey.ORDER_ID,
    Column.CASE_TYPE: SortKey.CASE_TYPE,
    Column.STAGE: SortKey.STAGE,
    Column.TURN: SortKey.TURN,
    Column.ACTION: SortKey.DUE,
    Column.AMOUNT: SortKey.AMOUNT,
    Column.BUYER: SortKey.BUYER,
    Column.REASON: SortKey.REASON,
    Column.TRACKING: SortKey.TRACKING,
    Column.APPLIED: SortKey.APPLIED,
    Column.SHIP_TRACKING: SortKey.SHIP_TRACKING,
    Column.LOGISTICS: SortKey.LOGISTICS,
    Column.INTERCEPTED: SortKey.INTERCEPTED,
    Column.PLATFORM_STATUS: SortKey.STAGE,
    Column.STEPS: SortKey.STEPS,
    Column.PRODUCT: SortKey.PRODUCT,
}
#: Columns shown as the case holds them.
_AS_STORED = {
    Column.AFTER_SALE_ID: "after_sale_id",
    Column.ORDER_ID: "order_id",
    Column.BUYER: "buyer",
    Column.REASON: "reason",
    Column.TRACKING: "return_tracking_no",
    Column.SHIP_TRACKING: "ship_tracking_no",
    Column.LOGISTICS: "logistics_status",
    Column.PLATFORM_STATUS: "platform_status",
    Column.PRODUCT: "product",
}
#: Columns holding ids: exported so that Excel keeps them as text.
ID_COLUMNS = frozenset(
    {Column.AFTER_SALE_ID, Column.ORDER_ID, Column.TRACKING, Column.SHIP_TRACKING}
)

#: (background, text) per urgency; readable on light and dark palettes.
URGENCY_COLOURS = {
    Urgency.OVERDUE: ("#fde2e1", "#a50e0e"),
    Urgency.CRITICAL: ("#ffe4cc", "#8a3b00"),
    Urgency.SOON: ("#fff6cf", "#6b5200"),
}

CaseIdRole = Qt.ItemDataRole.UserRole + 1
UrgencyRole = Qt.ItemDataRole.UserRole + 2


def headers() -> dict[Column, str]:
    return {
        Column.COUNTDOWN: translate("Queue", "Time left"),
        Column.DEADLINE: translate("Queue", "Merchant deadline"),
        Column.PLATFORM: translate("Queue", "Platform"),
        Column.AFTER_SALE_ID: translate("Queue", "After-sales id"),
        Column.ORDER_ID: translate("Queue", "Order id"),
        Column.CASE_TYPE: translate("Queue", "Type"),
        Column.STAGE: translate("Queue", "Stage"),
        Column.TURN: translate("Queue", "Whose turn"),
        Column.ACTION: translate("Queue", "Then"),
        Column.AMOUNT: translate("Queue", "Amount"),
        Column.BUYER: translate("Queue", "Buyer"),
        Column.REASON: translate("Queue", "Reason"),
        Column.TRACKING: translate("Queue", "Return tracking no."),
        Column.APPLIED: translate("Queue", "Applied at"),
        Column.SHIP_TRACKING: translate("Queue", "Outbound tracking no."),
        Column.LOGISTICS: translate("Queue", "Outbound parcel"),
        Column.INTERCEPTED: translate("Queue", "Intercepted"),
        Column.PLATFORM_STATUS: translate("Queue", "Platform status"),
        Column.STEPS: translate("Queue", "Steps"),
        Column.PRODUCT: translate("Queue", "Product"),
    }


class QueueModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._filter = QueueFilter()
        self._sort = QueueSort()
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._rows: dict[int, QueueRow] = {}
        self._refresh_pending = False
        self._headers = headers()
        self._bold = QFont()
        self._bold.setBold(True)

    # Query -----------------------------------------------------------------------------
    @property
    def query(self) -> tuple[QueueFilter, QueueSort]:
        return self._filter, self._sort

    def set_filter(self, flt: QueueFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Re-run the query (filters, sort, or data changed in ways that move rows)."""
        ids = self._ctx.core.queue.ids(self._filter, self._sort, self._ctx.clock.now())
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self._rows.clear()
        self.endResetModel()

    def on_changes(self, changes: Changes) -> None:
        # Any change to a case can move it (its deadline) or take it out of the view (its stage).
        if changes.touches_cases:
            self.refresh()

    def tick(self) -> None:
        """Time passed: repaint the countdown cells from cached data."""
        if self._ids:
            top = self.index(0, Column.COUNTDOWN)
            bottom = self.index(len(self._ids) - 1, Column.DEADLINE)
            self.dataChanged.emit(
                top,
                bottom,
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ForegroundRole,
                ],
            )

    # Lookup ----------------------------------------------------------------------------
    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        if self._positions is None:
            self._positions = {cid: n for n, cid in enumerate(self._ids)}
        return self._positions.get(case_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_data(self, row: int) -> QueueRow | None:
        """The row's case, or None if it is gone since the query ran (the view then queries
        again; until then the row shows empty)."""
        case_id = self._ids[row]
        found = self._rows.get(case_id)
        if found is None:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            start = row - row % BLOCK
            self._rows.update(self._ctx.core.queue.rows(self._ids[start : start + BLOCK]))
            found = self._rows.get(case_id)
            if found is None and not self._refresh_pending:
                self._refresh_pending = True
                QTimer.singleShot(0, self._refresh_after_loss)
        return found

    def _refresh_after_loss(self) -> None:
        self._refresh_pending = False
        self.refresh()

    # Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = QueueSort(_SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self.refresh()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CaseIdRole:
            return row.id
        if role == UrgencyRole:
            return self._urgency(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column in (Column.COUNTDOWN, Column.DEADLINE):
            colours = URGENCY_COLOURS.get(self._urgency(row))
            if role == Qt.ItemDataRole.BackgroundRole and colours:
                return QColor(colours[0])
            if role == Qt.ItemDataRole.ForegroundRole and colours:
                return QColor(colours[1])
            if role == Qt.ItemDataRole.FontRole and self._urgency(row) <= Urgency.CRITICAL:
                return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and (
            not row.is_open or (column == Column.COUNTDOWN and row.merchant_due_at is None)
        ):
            if NO_CLOCK_KNOWN in row.warnings.split(",") and row.is_open:
                return QColor("#8a3b00")  # the merchant must enter the deadline
            return QColor("#80868b")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _urgency(self, row: QueueRow) -> Urgency:
        if not row.is_open:
            return Urgency.NONE
        return labels.urgency(opt_from_epoch(row.merchant_due_at), self._ctx.clock.now())

    def _display(self, row: QueueRow, column: Column) -> str:
        return cell_text(row, column, self._ctx.clock.now())

    def _tooltip(self, row: QueueRow, column: Column) -> str | None:
        if column in (Column.COUNTDOWN, Column.DEADLINE):
            if row.merchant_due_at is None:
                if NO_CLOCK_KNOWN in row.warnings.split(","):
                    return translate(
                        "Queue",
                        "No clock is known for this platform and stage: enter the deadline "
                        "shown in the platform's back-end.",
                    )
                return None
            source = labels.label(DeadlineSource(row.merchant_due_source or "rule"))
            return translate("Queue", "{deadline}\nThen: {action}\nFrom: {source}").format(
                deadline=labels.local_time(from_epoch(row.merchant_due_at), seconds=True),
                action=labels.label(Action(row.merchant_due_action))
                if row.merchant_due_action
                else "",
                source=source,
            )
        if column == Column.TRACKING and row.return_courier:
            return row.return_courier
        if column == Column.REASON and row.reason:
            return row.reason
        return None


def cell_text(row: QueueRow, column: Column, now: datetime) -> str:
    """What a cell shows (also what the export writes: it exports what is shown)."""
    attribute = _AS_STORED.get(column)
    if attribute is not None:
        return str(getattr(row, attribute))
    due = opt_from_epoch(row.merchant_due_at)
    if column == Column.COUNTDOWN:
        if not row.is_open:
            return labels.label(Stage(row.stage))
        if due is None:
            if NO_CLOCK_KNOWN in row.warnings.split(","):
                return translate("Queue", "deadline unknown")
            if row.buyer_due_at is not None:  # the buyer's turn: their clock, muted
                return translate("Queue", "buyer: {countdown}").format(
                    countdown=labels.countdown(from_epoch(row.buyer_due_at), now)
                )
            return labels.label(Party(row.turn))
        return labels.countdown(due, now)
    if column == Column.DEADLINE:
        return labels.local_time(due)
    if column == Column.PLATFORM:
        return labels.label(Platform(row.platform))
    if column == Column.CASE_TYPE:
        return labels.label(CaseType(row.case_type))
    if column == Column.STAGE:
        stage = labels.label(Stage(row.stage))
        if PLATFORM_DISAGREES in row.warnings.split(","):
            return translate("Queue", "{stage} · check: platform differs").format(stage=stage)
        return stage
    if column == Column.TURN:
        turn = labels.label(Party(row.turn))
        if row.turn == Party.BUYER and row.buyer_due_at is not None:
            return translate("Queue", "{party} · {countdown}").format(
                party=turn, countdown=labels.countdown(from_epoch(row.buyer_due_at), now)
            )
        return turn
    if column == Column.ACTION:
        return labels.label(Action(row.merchant_due_action)) if row.merchant_due_action else ""
    if column == Column.AMOUNT:
        return labels.money(row.amount_fen)
    if column == Column.STEPS:
        return f"{row.steps_done}/{row.steps_total}" if row.steps_total else ""
    if column == Column.INTERCEPTED:
        return labels.local_time(opt_from_epoch(row.intercepted_at))
    return labels.local_time(from_epoch(row.applied_at))
