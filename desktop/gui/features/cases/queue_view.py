"""The queue: quick views with counts, platform and outbound-parcel filters, search, and the
table sorted by the next merchant deadline. Several cases can be chosen for batch work."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.model import Platform
from desktop.core.services.queue import QueueFilter, View
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.features.cases.stale_banner import StaleBanner
from desktop.gui.models.queue_model import Column, QueueModel, headers

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 250
DEFAULT_HIDDEN = (
    Column.ORDER_ID,
    Column.CASE_TYPE,
    Column.TURN,
    Column.BUYER,
    Column.REASON,
    Column.TRACKING,
    Column.APPLIED,
    Column.SHIP_TRACKING,
    Column.LOGISTICS,
    Column.INTERCEPTED,
    Column.PLATFORM_STATUS,
)
VIEW_ORDER = (
    View.OVERDUE,
    View.DUE_24H,
    View.MERCHANT_TURN,
    View.UNDATED,
    View.BUYER_TURN,
    View.FINISHED,
    View.ALL,
)


class QueueView(QWidget):
    case_selected = Signal(object)  # int | None
    selection_changed = Signal()  # which cases are chosen (for the batch actions)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.model = QueueModel(ctx, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 0, 6)
        caption = QLabel(translate("QueueView", "Views"))
        caption.setStyleSheet("color:#5f6368; font-weight:bold;")
        side_layout.addWidget(caption)
        self.views = QListWidget()
        self.views.setMaximumWidth(220)
        for view in VIEW_ORDER:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, view.value)
            self.views.addItem(item)
        self.views.currentRowChanged.connect(self._on_filter_changed)
        self.views.setMaximumHeight(self.views.sizeHintForRow(0) * (len(VIEW_ORDER) + 1))
        side_layout.addWidget(self.views)
        platform_caption = QLabel(translate("QueueView", "Platform"))
        platform_caption.setStyleSheet("color:#5f6368; font-weight:bold;")
        side_layout.addWidget(platform_caption)
        self.platform = QComboBox()
        self.platform.addItem(translate("QueueView", "All platforms"), "")
        for p in Platform:
            self.platform.addItem(labels.label(p), p.value)
        self.platform.currentIndexChanged.connect(self._on_filter_changed)
        side_layout.addWidget(self.platform)
        logistics_caption = QLabel(translate("QueueView", "Outbound parcel"))
        logistics_caption.setStyleSheet("color:#5f6368; font-weight:bold;")
        side_layout.addWidget(logistics_caption)
        self.logistics = QComboBox()
        self.logistics.setToolTip(
            translate(
                "QueueView",
                "The outbound parcel's logistics status, from the platform's export (发货物流状态)",
            )
        )
        self.logistics.currentIndexChanged.connect(self._on_filter_changed)
        side_layout.addWidget(self.logistics)
        side_layout.addStretch(1)
        splitter.addWidget(side)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 6, 0, 0)
        self.stale_banner = StaleBanner(ctx)
        main_layout.addWidget(self.stale_banner)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate(
                "QueueView", "Search after-sales id, order id, tracking number, product or buyer"
            )
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._search_timer.start)
        main_layout.addWidget(self.search)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.COUNTDOWN, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._case_menu)
        self.case_actions: list[QAction] = []  # the window's actions on the chosen cases
        for column, width in (
            (Column.COUNTDOWN, 130),
            (Column.DEADLINE, 130),
            (Column.PLATFORM, 125),
            (Column.AFTER_SALE_ID, 170),
            (Column.ORDER_ID, 170),
            (Column.STAGE, 110),
            (Column.TURN, 130),
            (Column.ACTION, 120),
            (Column.SHIP_TRACKING, 150),
            (Column.LOGISTICS, 100),
            (Column.INTERCEPTED, 120),
            (Column.STEPS, 60),
            (Column.PRODUCT, 190),
            (Column.AMOUNT, 80),
        ):
            self.table.setColumnWidth(column, width)
        # Playbook progress reads best next to the stage, the product next to the platform
        # (the model appends new columns).
        header.moveSection(header.visualIndex(Column.STEPS), header.visualIndex(Column.STAGE) + 1)
        header.moveSection(
            header.visualIndex(Column.PRODUCT), header.visualIndex(Column.PLATFORM) + 1
        )
        # What a shop owner works the queue by fits a 1280-pixel screen; the rest is a
        # right-click on the header away.
        for column in DEFAULT_HIDDEN:
            header.setSectionHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        main_layout.addWidget(self.table)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self._selected: int | None = None
        self._kept: int | None = None  # the current case across a model reset
        self._kept_chosen: list[int] = []  # and every chosen one
        self.views.setCurrentRow(VIEW_ORDER.index(View.ALL))
        self.refresh_counts()

    # Filters -----------------------------------------------------------------------------
    def current_filter(self) -> QueueFilter:
        item = self.views.currentItem()
        view = View(item.data(Qt.ItemDataRole.UserRole)) if item else View.ALL
        platform = self.platform.currentData()
        logistics = self.logistics.currentData()
        return QueueFilter(
            view,
            Platform(platform) if platform else None,
            self.search.text(),
            logistics if isinstance(logistics, str) else None,
        )

    def show_view(self, view: View) -> None:
        self.views.setCurrentRow(VIEW_ORDER.index(view))

    def _on_filter_changed(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        platform_changed = flt.platform != self.model.query[0].platform
        self.model.set_filter(flt)
        if platform_changed:  # the counts depend on the platform only, not on view or search
            self.refresh_counts()
        self.selection_changed.emit()

    def refresh_counts(self) -> None:
        platform = self.platform.currentData()
        counts = self._ctx.core.queue.counts(
            Platform(platform) if platform else None, self._ctx.clock.now()
        )
        for row, view in enumerate(VIEW_ORDER):
            item = self.views.item(row)
            item.setText(f"{labels.label(view)}  ({counts[view]})")
            urgent = view in (View.OVERDUE, View.DUE_24H) and counts[view] > 0
            item.setForeground(
                QColor("#a50e0e")
                if urgent and view is View.OVERDUE
                else QColor("#8a3b00")
                if urgent
                else QColor()
            )
        self._refresh_logistics(Platform(platform) if platform else None)

    def _refresh_logistics(self, platform: Platform | None) -> None:
        """The statuses the cases hold, with counts; the choice is kept while it exists."""
        kept = self.logistics.currentData()
        self.logistics.blockSignals(True)
        self.logistics.clear()
        self.logistics.addItem(translate("QueueView", "Any status"), None)
        for status, count in self._ctx.core.queue.logistics_statuses(platform):
            text = status or translate("QueueView", "(none)")
            self.logistics.addItem(f"{text}  ({count})", status)
        found = self.logistics.findData(kept) if isinstance(kept, str) else 0
        self.logistics.setCurrentIndex(max(found, 0))
        self.logistics.blockSignals(False)
        if isinstance(kept, str) and found < 0:
            self._on_filter_changed()  # that status is gone: show every case again

    # Selection ---------------------------------------------------------------------------
    def select_case(self, case_id: int) -> bool:
        """Select a case, widening the view to All if the current one does not hold it."""
        row = self.model.row_of(case_id)
        if row is None:
            self.search.clear()
            self.platform.setCurrentIndex(0)
            self.views.setCurrentRow(VIEW_ORDER.index(View.ALL))
            self._on_filter_changed()
            row = self.model.row_of(case_id)
            if row is None:  # added by another process (the command line, the watcher)
                self.model.refresh()
                row = self.model.row_of(case_id)
            if row is None:
                return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selected_case(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The chosen cases in the order shown."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [cid for cid in (self.model.case_id(r) for r in rows) if cid is not None]

    def shown_columns(self) -> list[Column]:
        """The visible columns in the order shown (the user may move and hide them)."""
        header = self.table.horizontalHeader()
        order = sorted((header.visualIndex(c), c) for c in Column if not header.isSectionHidden(c))
        return [Column(c) for _, c in order]

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, title in headers().items():
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The countdown is what the queue is for: it cannot be hidden.
            action.setEnabled(column is not Column.COUNTDOWN)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(pos))

    def _case_menu(self, pos: QPoint) -> None:
        if not self.case_actions or not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addActions(self.case_actions)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def header_state(self) -> dict[str, Any]:
        state = self.table.horizontalHeader().saveState()
        return {"columns": len(Column), "state": bytes(state.toBase64().data()).decode()}

    def restore_header(self, saved: dict[str, Any] | None) -> None:
        """Column order, widths and hidden columns as left; ignored after columns changed."""
        if not saved or saved.get("columns") != len(Column):
            return
        header = self.table.horizontalHeader()
        header.restoreState(QByteArray.fromBase64(str(saved.get("state", "")).encode()))
        header.setSectionHidden(Column.COUNTDOWN, False)

    def _on_current_changed(self) -> None:
        self.selection_changed.emit()
        case_id = self.selected_case()
        if case_id is None:
            return  # a reset cleared the selection: the detail keeps its case
        if case_id != self._selected:
            self._selected = case_id
            self.case_selected.emit(case_id)

    def _remember_selection(self) -> None:
        self._kept = self.selected_case()
        self._kept_chosen = self.selected_ids()

    def _restore_selection(self) -> None:
        """The chosen cases stay chosen across a refresh (a tick, an import, a recorded event):
        the batch routine works on a selection for minutes."""
        model, selection = self.model, self.table.selectionModel()
        rows = sorted(r for r in (model.row_of(i) for i in self._kept_chosen) if r is not None)
        chosen = QItemSelection()
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                last = model.columnCount() - 1
                chosen.select(model.index(start, 0), model.index(previous, last))
            start = previous = row
        current = model.row_of(self._kept) if self._kept is not None else None
        if current is not None:
            selection.setCurrentIndex(
                model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if not chosen.isEmpty():
            selection.select(
                chosen,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        # A case that left the view (recorded as rejected while on 待我处理, or it moved
        # between 已超时 and 24小时内到期) stays in the detail: the user is still working on it.

    # Updates -----------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        self.model.on_changes(changes)
        if changes.touches_cases:
            self.refresh_counts()
        if changes.touches_cases or changes.settings or changes.reminders:
            self.stale_banner.refresh()  # an import, or a new threshold

    def tick(self) -> None:
        """Time passed: countdowns repaint; time-based views and counts are queried again."""
        if self.current_filter().view in (View.OVERDUE, View.DUE_24H):
            self.model.refresh()
        else:
            self.model.tick()
        self.refresh_counts()
        self.stale_banner.refresh()
