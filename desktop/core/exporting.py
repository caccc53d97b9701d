"""CSV out: UTF-8 with BOM and CRLF (Excel and WPS open it without mojibake), ids kept as text,
cells that would start a formula neutralised.

Key-style files are CaseWatch's generic CSV: importing one gives back the same cases.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from desktop.core.deadlines import SETTLED_REFUNDED, derive, in_force
from desktop.core.importing.values import EMPTY, QUOTED_STARTS
from desktop.core.model import DeadlineSource, Event, EventKind, yuan_text
from desktop.core.rules import RuleSet
from desktop.core.storage import repository as repo
from desktop.core.storage.database import Database

#: The generic CSV (the import issue's list), then what CaseWatch adds about the outbound parcel.
GENERIC_KEYS = (
    "platform",
    "after_sale_id",
    "order_id",
    "case_type",
    "amount",
    "reason",
    "buyer",
    "product",
    "applied_at",
    "agreed_at",
    "return_courier",
    "return_tracking_no",
    "return_shipped_at",
    "return_received_at",
    "receipt_extended_at",
    "rejected_at",
    "refunded_at",
    "closed_at",
    "platform_deadline_at",
    "note",
    "ship_courier",
    "ship_tracking_no",
    "logistics_status",
    "intercepted_at",
)
#: What key-style exports add: where the case stands and its clocks (not read back on import).
STATE_KEYS = (
    "stage",
    "merchant_deadline_at",
    "merchant_deadline_action",
    "deadline_source",
    "buyer_deadline_at",
)
ID_KEYS = frozenset({"after_sale_id", "order_id", "return_tracking_no", "ship_tracking_no"})
_EVENT_KEYS = {
    EventKind.AGREED: "agreed_at",
    EventKind.RETURN_RECEIVED: "return_received_at",
    EventKind.RECEIPT_EXTENDED: "receipt_extended_at",
    EventKind.REJECTED: "rejected_at",
    EventKind.REFUNDED: "refunded_at",
    EventKind.CLOSED: "closed_at",
    EventKind.INTERCEPTED: "intercepted_at",
}
CHUNK = 2000


def safe_cell(value: str, *, identifier: bool = False) -> str:
    """A cell Excel and WPS show as the text it is.

    A long number would become 7.30123E+18: a leading tab keeps it text (the importer strips
    it). Anything that could start a formula, and a word the importer reads as "empty" (a
    buyer called "无"), gets a leading apostrophe, which the importer strips again.
    """
    if identifier and value.isdigit() and len(value) >= 12:
        return "\t" + value
    if value.startswith(QUOTED_STARTS) or (value and value.lower() in EMPTY):
        return "'" + value
    return value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a table for Excel/WPS; returns the number of data rows. Written to a temporary
    file first, so a failure never leaves half a file under the wanted name."""
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([safe_cell(h) for h in header])
            for row in rows:
                writer.writerow(row)
                count += 1
        partial.replace(path)
    except BaseException:  # cancelled, a full disk: no half file left behind
        partial.unlink(missing_ok=True)
        raise
    return count


def export_cases(
    db: Database,
    rules: RuleSet,
    path: Path,
    *,
    open_only: bool = False,
    ids: Sequence[int] | None = None,
    labels: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Cases as CSV: keys as headers (a lossless round trip), or `labels` for people."""
    keys = (*GENERIC_KEYS, *STATE_KEYS)
    if ids is None:
        with db.read() as conn:
            sql = "SELECT id FROM cases" + (" WHERE is_open = 1" if open_only else "")
            ids = [r[0] for r in conn.execute(sql + " ORDER BY sort_due, applied_at, id")]
    wanted = list(ids)
    header = [labels.get(k, k) if labels else k for k in keys]

    def rows() -> Iterable[list[str]]:
        for start in range(0, len(wanted), CHUNK):
            with db.read() as conn:
                loaded = {
                    f.id: (f, ev) for f, ev in repo.load_cases(conn, wanted[start : start + CHUNK])
                }
            for case_id in wanted[start : start + CHUNK]:
                if case_id in loaded:
                    values = case_values(*loaded[case_id], rules)
                    yield [safe_cell(values[k], identifier=k in ID_KEYS) for k in keys]
            if progress:
                progress(min(start + CHUNK, len(wanted)), len(wanted))

    return write_csv(path, header, rows())


def case_values(facts, events: Sequence[Event], rules: RuleSet) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """One case as the generic CSV's text values (times ISO 8601 with the computer's offset)."""
    state = derive(facts, events, rules)
    counted = in_force(events)
    values = {
        "platform": facts.platform.value,
        "after_sale_id": facts.after_sale_id,
        "order_id": facts.order_id,
        "case_type": facts.case_type.value,
        "amount": yuan_text(facts.amount_fen),
        "reason": facts.reason,
        "buyer": facts.buyer,
        "product": facts.product,
        "applied_at": _iso(facts.applied_at),
        "return_courier": state.return_courier,
        "return_tracking_no": state.return_tracking_no,
        "ship_courier": facts.ship_courier,
        "ship_tracking_no": facts.ship_tracking_no,
        "logistics_status": facts.logistics_status,
        "note": "\n".join(
            str(e.payload.get("text", "")) for e in counted if e.kind is EventKind.NOTE
        ),
        "stage": state.stage.value,
    }
    for key in _EVENT_KEYS.values():
        values[key] = ""
    shipped = [e for e in counted if e.kind is EventKind.RETURN_SHIPPED]
    values["return_shipped_at"] = _iso(shipped[-1].occurred_at) if shipped else ""
    for e in counted:
        key = _EVENT_KEYS.get(e.kind)
        if e.kind is EventKind.PLATFORM_SETTLED:
            key = "refunded_at" if e.payload.get("outcome") == SETTLED_REFUNDED else "closed_at"
        if key is not None:
            values[key] = _iso(e.occurred_at)  # the latest of each kind
    platform = next((c for c in state.clocks if c.source is DeadlineSource.PLATFORM), None)
    values["platform_deadline_at"] = _iso(platform.due_at) if platform else ""
    merchant, buyer = state.merchant_clock, state.buyer_clock
    values["merchant_deadline_at"] = _iso(merchant.due_at) if merchant else ""
    values["merchant_deadline_action"] = merchant.action.value if merchant else ""
    values["deadline_source"] = merchant.source.value if merchant else ""
    values["buyer_deadline_at"] = _iso(buyer.due_at) if buyer else ""
    return values


def _iso(when: datetime | None) -> str:
    return when.astimezone().isoformat() if when else ""
