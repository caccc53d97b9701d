"""Exporting from the window: exactly the rows and columns shown, in their order, as shown
(the countdowns as of the moment of the export), for Excel/WPS. Amounts go out as plain
numbers, so that Excel can add them up."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from desktop.core.errors import Cancelled, UserError
from desktop.core.exporting import safe_cell, write_csv
from desktop.core.model import yuan_text
from desktop.core.services.queue import QueueRow, QueueService
from desktop.gui.models.queue_model import ID_COLUMNS, Column, cell_text, headers

CHUNK = 2000


def export_shown(
    queue: QueueService,
    path: Path,
    ids: Sequence[int],
    columns: Sequence[Column],
    now: datetime,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> int:
    """Write the cases `ids` (in this order) with `columns`; returns the rows written."""
    names = headers()

    def rows() -> Iterable[list[str]]:
        for start in range(0, len(ids), CHUNK):
            if cancelled():
                raise Cancelled
            chunk = ids[start : start + CHUNK]
            found = queue.rows(chunk)
            for case_id in chunk:
                row = found.get(case_id)
                if row is not None:  # gone since the view was drawn (an undone import)
                    yield [_cell(row, c, now) for c in columns]
            progress(start + len(chunk), len(ids))

    try:
        return write_csv(path, [names[c] for c in columns], rows())
    except OSError as exc:
        raise UserError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _cell(row: QueueRow, column: Column, now: datetime) -> str:
    if column is Column.AMOUNT:
        # A number Excel can add up, not the "¥1,290.00" the table shows.
        return yuan_text(row.amount_fen) if row.amount_fen is not None else ""
    return safe_cell(cell_text(row, column, now), identifier=column in ID_COLUMNS)
