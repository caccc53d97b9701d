"""One row of an export -> what it says about one case, or the problems that keep it out."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.core.importing import values
from desktop.core.importing.mapping import ColumnMap
from desktop.core.importing.sources import normalise
from desktop.core.model import CaseType, EventKind, Platform, Stage

#: Time columns that become events on the timeline, in the order they usually happen.
TIMED_EVENTS = (
    ("agreed_at", EventKind.AGREED),
    ("return_shipped_at", EventKind.RETURN_SHIPPED),
    ("receipt_extended_at", EventKind.RECEIPT_EXTENDED),
    ("return_received_at", EventKind.RETURN_RECEIVED),
    ("rejected_at", EventKind.REJECTED),
    ("refunded_at", EventKind.REFUNDED),
    ("closed_at", EventKind.CLOSED),
    ("intercepted_at", EventKind.INTERCEPTED),
)
#: Bump when reading a row changes meaning: every row of the next import is then read in full.
READER_VERSION = 1
#: A finishing time only counts when the status agrees (淘宝 fills 完结时间 for refunds too).
_FINISHING = {EventKind.REFUNDED: Stage.REFUNDED, EventKind.CLOSED: Stage.CLOSED}


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # the row number in the file (the header row is counted)
    column: str  # the column's header ('' when the row as a whole is at fault)
    code: str
    value: str = ""


@dataclass(frozen=True, slots=True)  # slots: 100,000 of them, without a dict each
class ImportRecord:
    row: int
    platform: Platform
    after_sale_id: str
    applied_at: datetime
    case_type: CaseType
    order_id: str = ""
    amount_fen: int | None = None
    reason: str = ""
    buyer: str = ""
    stage: Stage | None = None  # from the status column: None when the file has none
    status_text: str = ""
    platform_deadline: datetime | None = None
    times: tuple[tuple[EventKind, datetime], ...] = ()
    return_courier: str = ""
    return_tracking_no: str = ""
    ship_courier: str = ""
    ship_tracking_no: str = ""
    logistics_status: str = ""
    product: str = ""
    note: str = ""
    warnings: tuple[str, ...] = field(default=(), compare=False)
    fingerprint: str = field(default="", compare=False)  # the row's, as the file holds it

    @property
    def latest_time(self) -> datetime:
        return max([self.applied_at, *(t for _, t in self.times)])


class RowReader:
    """Turns rows of one file into records. Everything that depends only on the columns is
    worked out once here, not once per row: 100,000 rows make every microsecond count."""

    def __init__(self, columns: ColumnMap):
        self.columns = columns
        self.spec = columns.source
        self.index = dict(columns.columns)
        self.header = {f: columns.headers[i] for f, i in columns.columns.items()}
        self.timed = [(f, kind, self.index[f]) for f, kind in TIMED_EVENTS if f in self.index]
        self._mapped = sorted(set(self.index.values()))
        self._id_index = self.index["after_sale_id"]
        self._platform_index = self.index.get("platform")
        # The digest covers what turns cells into a case besides the cells themselves: the
        # source's definition (a status text learned later must re-read the row), the column
        # mapping and the reader's own version.
        mapping = sorted(columns.columns.items())
        self._salt = f"{READER_VERSION}|{self.spec!r}|{mapping}|".encode()

    def key(self, cells: Sequence[Any]) -> tuple[str, str] | None:
        """(platform, after-sales id) cheaply, or None when that needs the full checks."""
        try:
            after_sale_id = values.identifier(self._cell(cells, self._id_index))
        except values.CellError:
            return None
        if self.spec.platform != "generic":
            return self.spec.platform, after_sale_id
        return values.text(self._cell(cells, self._platform_index)), after_sale_id

    def fingerprint(self, cells: Sequence[Any]) -> str:
        """A digest of the row's mapped cells as the file holds them: the same row again (same
        source, same column mapping) is recognised without being read."""
        text = "\x1f".join(str(cells[i]) if i < len(cells) else "" for i in self._mapped)
        return hashlib.sha1(self._salt + text.encode("utf-8", "surrogatepass")).hexdigest()

    @staticmethod
    def _cell(cells: Sequence[Any], index: int | None) -> Any:
        return cells[index] if index is not None and index < len(cells) else None

    def build(
        self, cells: Sequence[Any], row: int, fingerprint: str = ""
    ) -> ImportRecord | list[RowProblem]:
        """The row's record, or every problem found in it (all fields are checked)."""
        problems: list[RowProblem] = []
        index = self.index

        def cell(field_name: str) -> Any:
            i = index.get(field_name)
            return cells[i] if i is not None and i < len(cells) else None

        def read(field_name: str, cleaner, required: bool = False):  # type: ignore[no-untyped-def]
            i = index.get(field_name)
            raw = cells[i] if i is not None and i < len(cells) else None
            try:
                value = cleaner(raw)
            except values.CellError as err:
                problems.append(RowProblem(row, self.header.get(field_name, field_name),
                                           err.code, str(raw)))  # fmt: skip
                return None
            if required and value in (None, ""):
                problems.append(
                    RowProblem(row, self.header.get(field_name, field_name), "required")
                )
            return value

        after_sale_id = read("after_sale_id", values.identifier, required=True)
        order_id = read("order_id", values.identifier) or ""
        applied_at = read("applied_at", values.moment, required=True)
        amount = read("amount", values.money_fen)
        platform = _platform(self.spec.platform, cell("platform"), self.columns, row, problems)
        case_type, warnings = _case_type(cell, self.columns, row, problems)
        status_text = values.text(cell("status"))
        stage = None
        if "status" in index:
            stage = self.spec.status.get(normalise(status_text)) if status_text else None
            if status_text and stage is None:
                stage = Stage.NEEDS_REVIEW  # an unknown status is never guessed at
                warnings.append("unknown_status")
            returned = values.text(cell("return_logistics_status"))
            if stage is Stage.RETURN_IN_TRANSIT and "签收" in returned:
                stage = Stage.RETURN_RECEIVED
        deadline = read("platform_deadline", values.moment) or read(
            "evidence_deadline", values.moment
        )
        times = []
        for field_name, kind, _ in self.timed:
            when = read(field_name, values.moment)
            if when is None:
                continue
            if kind in _FINISHING and stage is not None and stage is not _FINISHING[kind]:
                continue
            times.append((kind, when))
        return_tracking = read("return_tracking_no", values.identifier) or ""
        ship_tracking = read("ship_tracking_no", values.identifier) or ""
        if problems or after_sale_id is None or applied_at is None or platform is None:
            return problems
        return ImportRecord(
            row=row,
            platform=platform,
            after_sale_id=after_sale_id,
            applied_at=applied_at,
            case_type=case_type,
            order_id=order_id,
            amount_fen=amount,
            reason=values.text(cell("reason"))[:500],
            buyer=values.text(cell("buyer"))[:100],
            stage=stage,
            status_text=status_text[:100],
            platform_deadline=deadline,
            times=tuple(sorted(times, key=lambda kt: kt[1])),
            return_courier=values.text(cell("return_courier"))[:40],
            return_tracking_no=return_tracking,
            ship_courier=values.text(cell("ship_courier"))[:40],
            ship_tracking_no=ship_tracking,
            logistics_status=values.text(cell("logistics_status"))[:40],
            product=_product(values.text(cell("product")), values.text(cell("product_spec"))),
            note=values.text(cell("note"))[:2000],
            warnings=tuple(warnings),
            fingerprint=fingerprint,
        )


def _product(name: str, spec: str) -> str:
    """The product as a person names it: its title, and its SKU where the export has one."""
    if spec and spec not in name:
        return f"{name} · {spec}"[:300] if name else spec[:300]
    return name[:300]


def build_record(
    cells: Sequence[Any], columns: ColumnMap, row: int
) -> ImportRecord | list[RowProblem]:
    """One row, for callers that read a single row (tests, the wizard's preview)."""
    return RowReader(columns).build(cells, row)


def _platform(
    fixed: str, raw: Any, columns: ColumnMap, row: int, problems: list[RowProblem]
) -> Platform | None:
    if fixed != "generic":
        return Platform(fixed)
    value = values.text(raw)
    try:
        return Platform(value)
    except ValueError:
        header = columns.header_of("platform") if "platform" in columns.columns else "platform"
        problems.append(RowProblem(row, header, "unknown_platform" if value else "required", value))
        return None


def _case_type(cell, columns: ColumnMap, row: int, problems: list[RowProblem]):  # type: ignore[no-untyped-def]
    spec = columns.source
    warnings: list[str] = []
    type_text = values.text(cell("case_type"))
    if type_text:
        found = spec.case_types.get(normalise(type_text))
        if found is None:
            warnings.append("unknown_case_type")
            return CaseType.OTHER, warnings
        return found, warnings
    yes_no = values.text(cell("needs_return"))
    if yes_no and normalise(yes_no) in spec.yes_no_types:
        return spec.yes_no_types[normalise(yes_no)], warnings
    if "case_type" in columns.columns and spec.platform == "generic":
        problems.append(RowProblem(row, columns.header_of("case_type"), "required"))
    else:
        warnings.append("unknown_case_type")
    return CaseType.OTHER, warnings
