"""What an imported row adds to a case's timeline. Pure functions: the service stores them.

A new case gets its request, each timed event of the row, the platform's status and its
deadline. An existing case gets only what differs: a fact the export now fills in or changes
(never blanked), an event it did not have, a new status or status text, a new deadline. The
user's notes, checklists and evidence are never touched; the same row twice adds nothing.

The row's own events keep their own times. What the export says as a whole (its status, its
deadline, its note) is dated by the import, and carries `as_of`: the latest platform time in
the row, the moment the export's data describes. A stage the user recorded after that moment
is never rolled back by it (desktop/core/deadlines.py): the case says both instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.core.deadlines import SETTLED_CLOSED, SETTLED_REFUNDED, derive, in_force
from desktop.core.importing.records import ImportRecord
from desktop.core.model import CaseFacts, CaseType, DeadlineSource, Event, EventKind
from desktop.core.rules import RuleSet
from desktop.core.times import isoformat_utc, to_epoch

#: Times closer than this are the same moment (exports round to the minute or second).
SAME_MOMENT = timedelta(seconds=60)

#: Facts an import may fill in or correct (the user's own remain untouched when it is empty).
FACT_FIELDS = (
    "order_id",
    "case_type",
    "amount_fen",
    "reason",
    "buyer",
    "applied_at",
    "ship_courier",
    "ship_tracking_no",
    "logistics_status",
    "product",
)


#: Events that come after a return was sent (a parcel without a time goes before them).
_AFTER_RETURN = frozenset(
    {
        EventKind.RETURN_RECEIVED,
        EventKind.REFUNDED,
        EventKind.CLOSED,
        EventKind.INTERCEPTED,
    }
)


#: The row's ending a PLATFORM_SETTLED already recorded (by its outcome).
_SETTLED_AS = {EventKind.REFUNDED: SETTLED_REFUNDED, EventKind.CLOSED: SETTLED_CLOSED}


@dataclass(frozen=True)
class NewEvent:
    kind: EventKind
    occurred_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass
class CaseChanges:
    edits: dict[str, list[Any]] = field(default_factory=dict)  # column -> [old, new]
    events: list[NewEvent] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.edits and not self.events


def fact_columns(record: ImportRecord) -> dict[str, Any]:
    return {
        "platform": record.platform.value,
        "after_sale_id": record.after_sale_id,
        "order_id": record.order_id,
        "case_type": record.case_type.value,
        "amount_fen": record.amount_fen,
        "reason": record.reason,
        "buyer": record.buyer,
        "applied_at": to_epoch(record.applied_at),
        "ship_courier": record.ship_courier,
        "ship_tracking_no": record.ship_tracking_no,
        "logistics_status": record.logistics_status,
        "product": record.product,
    }


def new_case_events(record: ImportRecord, imported_at: datetime) -> list[NewEvent]:
    events = [NewEvent(EventKind.CREATED, record.applied_at)]
    events.extend(_timed_events(record, existing=()))
    if record.stage is not None:
        events.append(_status(record, imported_at))
    if record.platform_deadline is not None:
        events.append(_deadline(record, imported_at))
    if record.note:
        events.append(NewEvent(EventKind.NOTE, imported_at, {"text": record.note}))
    return events


def changes_for(
    facts: CaseFacts,
    events: Sequence[Event],
    record: ImportRecord,
    rules: RuleSet,
    imported_at: datetime,
) -> CaseChanges:
    changes = CaseChanges(edits=_fact_edits(facts, record))
    counted = in_force(events)
    changes.events.extend(_timed_events(record, existing=counted))
    if record.stage is not None:
        # Where the case would stand with the row's own events and the export's word on it.
        pending = [
            Event(-n - 1, facts.id, e.kind, e.occurred_at, imported_at, e.payload, "import")
            for n, e in enumerate(changes.events)
        ]
        without = derive(facts, [*events, *pending], rules)
        status = _status(record, imported_at)
        said = Event(-len(pending) - 1, facts.id, status.kind, imported_at, imported_at,
                     status.payload, "import")  # fmt: skip
        known = without.disagreement
        already_said = known is not None and (known.platform_stage, known.platform_status) == (
            record.stage, record.status_text)  # fmt: skip
        if not already_said and (
            without.stage is not record.stage
            or without.platform_status != record.status_text
            or derive(facts, [*events, *pending, said], rules).disagreement is not None
        ):
            changes.events.append(status)
    if record.platform_deadline is not None:
        current = next(
            (c for c in derive(facts, events, rules).clocks if c.source is DeadlineSource.PLATFORM),
            None,
        )
        moved = any(e.kind is EventKind.IMPORTED_STATUS for e in changes.events)
        if current is None or moved or abs(current.due_at - record.platform_deadline) > SAME_MOMENT:
            changes.events.append(_deadline(record, imported_at))
    if record.note and not any(
        e.kind is EventKind.NOTE and e.payload.get("text") == record.note for e in counted
    ):
        changes.events.append(NewEvent(EventKind.NOTE, imported_at, {"text": record.note}))
    return changes


def _fact_edits(facts: CaseFacts, record: ImportRecord) -> dict[str, list[Any]]:
    now = fact_columns(record)
    before = {
        "order_id": facts.order_id,
        "case_type": facts.case_type.value,
        "amount_fen": facts.amount_fen,
        "reason": facts.reason,
        "buyer": facts.buyer,
        "applied_at": to_epoch(facts.applied_at),
        "ship_courier": facts.ship_courier,
        "ship_tracking_no": facts.ship_tracking_no,
        "logistics_status": facts.logistics_status,
        "product": facts.product,
    }
    edits = {}
    for name in FACT_FIELDS:
        new = now[name]
        if new in (None, "") or new == before[name]:
            continue  # an empty cell never blanks what CaseWatch knows
        if name == "case_type" and record.case_type is CaseType.OTHER:
            continue  # "other" means the export's type was unknown, not a correction
        if name == "applied_at" and abs(new - before[name]) <= SAME_MOMENT.total_seconds():
            continue
        edits[name] = [before[name], new]
    return edits


def _timed_events(record: ImportRecord, existing: Sequence[Event]) -> list[NewEvent]:
    found = []
    shipped_times = [t for k, t in record.times if k is EventKind.RETURN_SHIPPED]
    for kind, when in record.times:
        payload = {}
        if kind is EventKind.RETURN_SHIPPED:
            payload = {"courier": record.return_courier, "tracking_no": record.return_tracking_no}
        if not _already(existing, kind, when, payload):
            found.append(NewEvent(kind, when, payload))
    if record.return_tracking_no and not shipped_times:
        # A tracking number without the time it was sent: count from the latest time known
        # before the case finished, no later than the real one (the clock errs early, not late).
        before_end = [t for k, t in record.times if k not in _AFTER_RETURN]
        when = max([record.applied_at, *before_end])
        payload = {
            "courier": record.return_courier,
            "tracking_no": record.return_tracking_no,
            "time_unknown": True,
        }
        shipped = [e for e in existing if e.kind is EventKind.RETURN_SHIPPED]
        if not any(e.payload.get("tracking_no") == record.return_tracking_no for e in shipped):
            found.append(NewEvent(EventKind.RETURN_SHIPPED, when, payload))
    return found


def _already(existing: Sequence[Event], kind: EventKind, when: datetime, payload: dict) -> bool:  # type: ignore[type-arg]
    for e in existing:
        if e.kind is EventKind.PLATFORM_SETTLED and _SETTLED_AS.get(kind) == e.payload.get(
            "outcome"
        ):
            return True  # the user recorded it, on seeing it in the back-end, at another time
        if e.kind is not kind or abs(e.occurred_at - when) > SAME_MOMENT:
            continue
        if kind is EventKind.RETURN_SHIPPED and e.payload.get("tracking_no") != payload.get(
            "tracking_no"
        ):
            continue  # the same time with another number: the buyer corrected it
        return True
    return False


def _status(record: ImportRecord, when: datetime) -> NewEvent:
    assert record.stage is not None
    return NewEvent(
        EventKind.IMPORTED_STATUS,
        when,
        {
            "stage": record.stage.value,
            "status": record.status_text,
            "as_of": isoformat_utc(record.latest_time),
        },
    )


def _deadline(record: ImportRecord, when: datetime) -> NewEvent:
    assert record.platform_deadline is not None
    return NewEvent(
        EventKind.DEADLINE_CHANGED,
        when,
        {
            "due_at": isoformat_utc(record.platform_deadline),
            "as_of": isoformat_utc(record.latest_time),
        },
    )
