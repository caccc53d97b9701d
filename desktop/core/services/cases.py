"""Cases and their timelines: create, record what happened, undo by a new event, correct facts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.deadlines import (
    SETTLED_CLOSED,
    SETTLED_REFUNDED,
    STAGE_EVENTS,
    as_of_time,
    derive,
    in_force,
    revoked_ids,
)
from desktop.core.errors import FieldProblem, UserError, ValidationError
from desktop.core.model import (
    CaseFacts,
    CaseState,
    CaseType,
    Event,
    EventKind,
    Party,
    Platform,
    Stage,
    fen_from_yuan_text,
)
from desktop.core.services.projection import refresh_case
from desktop.core.services.rules import RulesService
from desktop.core.services.validation import (
    CaseDraft,
    check_draft,
    check_id,
    check_text,
    check_time,
)
from desktop.core.storage import repository as repo
from desktop.core.storage.database import Database
from desktop.core.times import isoformat_utc, to_epoch, to_utc

_OPEN = frozenset(s for s in Stage if s.is_open)
_RETURN_TYPES = (CaseType.RETURN_REFUND, CaseType.EXCHANGE, CaseType.OTHER)

#: The stages from which each event may be recorded: catches slips such as "refunded" twice.
ALLOWED_FROM: dict[EventKind, frozenset[Stage]] = {
    EventKind.AGREED: frozenset(
        {Stage.AWAITING_MERCHANT, Stage.REJECTED, Stage.ESCALATED, Stage.NEEDS_REVIEW}
    ),
    EventKind.RETURN_SHIPPED: frozenset(
        {
            Stage.AWAITING_MERCHANT,
            Stage.AWAITING_RETURN,
            Stage.AGREED,  # an "other" case, agreed, where the buyer sends something back
            Stage.RETURN_IN_TRANSIT,
            Stage.NEEDS_REVIEW,
        }
    ),
    EventKind.RETURN_RECEIVED: frozenset(
        {
            Stage.AWAITING_MERCHANT,
            Stage.AWAITING_RETURN,
            Stage.AGREED,
            Stage.RETURN_IN_TRANSIT,
            Stage.ESCALATED,
            Stage.NEEDS_REVIEW,
        }
    ),
    EventKind.RECEIPT_EXTENDED: frozenset({Stage.RETURN_IN_TRANSIT}),
    EventKind.REJECTED: frozenset(
        {
            Stage.AWAITING_MERCHANT,
            Stage.AWAITING_RETURN,
            Stage.RETURN_IN_TRANSIT,
            Stage.RETURN_RECEIVED,
            Stage.NEEDS_REVIEW,
        }
    ),
    EventKind.ESCALATED: _OPEN - {Stage.ESCALATED},
    EventKind.REAPPLIED: frozenset({Stage.REJECTED, Stage.ESCALATED, Stage.CLOSED}),
    EventKind.REFUNDED: _OPEN,
    EventKind.CLOSED: _OPEN,
    EventKind.DEADLINE_CHANGED: _OPEN,
    EventKind.INTERCEPTED: _OPEN,  # the outbound parcel, stopped while the case runs
    # A new parcel or a small payment often settles a request the buyer then withdraws: both
    # may be recorded on a finished case too.
    EventKind.RESEND_SHIPPED: frozenset(Stage),
    EventKind.COMPENSATION_PAID: frozenset(Stage),
    EventKind.PLATFORM_SETTLED: _OPEN,
    EventKind.NOTE: frozenset(Stage),
}
_RETURN_EVENTS = (EventKind.RETURN_SHIPPED, EventKind.RETURN_RECEIVED, EventKind.RECEIPT_EXTENDED)
#: Events that never move a case between stages, so may be dated before the last one that did.
_OUTSIDE_STAGES = (
    EventKind.NOTE,
    EventKind.INTERCEPTED,
    EventKind.RESEND_SHIPPED,
    EventKind.COMPENSATION_PAID,
)
#: The largest payment a case can record: a slip of the keyboard, not a real compensation.
MAX_COMPENSATION_FEN = 100_000_000_00


@dataclass
class EventInput:
    kind: EventKind
    occurred_at: datetime | None
    courier: str = ""
    tracking_no: str = ""
    due_at: datetime | None = None  # DEADLINE_CHANGED: the platform's new deadline
    text: str = ""  # a note on any event; the whole content of a NOTE
    amount: str = ""  # COMPENSATION_PAID: yuan as typed ("5", "5.50", "¥5")
    outcome: str = ""  # PLATFORM_SETTLED: "refunded" or "closed"; empty: see settled_outcome


@dataclass(frozen=True)
class CaseDetail:
    facts: CaseFacts
    events: list[Event]  # every event, in the order recorded
    state: CaseState
    revoked: frozenset[int] = field(default_factory=frozenset)

    @property
    def timeline(self) -> list[Event]:
        """Events in the order they happened (revocations and revoked events included)."""
        return sorted(self.events, key=lambda e: (e.occurred_at, e.recorded_at, e.id))


class CaseService:
    def __init__(self, db: Database, clock: Clock, rules: RulesService):
        self._db, self._clock, self._rules = db, clock, rules

    # Reading -------------------------------------------------------------------------
    def detail(self, case_id: int) -> CaseDetail:
        with self._db.read() as conn:
            facts = repo.load_facts(conn, case_id)
            if facts is None:
                raise UserError("case_not_found", case_id=case_id)
            events = repo.load_events(conn, case_id)
        state = derive(facts, events, self._rules.current())
        return CaseDetail(facts, events, state, revoked_ids(events))

    def find(self, platform: Platform, after_sale_id: str) -> int | None:
        with self._db.read() as conn:
            return repo.find_case_id(conn, platform, after_sale_id.strip())

    def allowed_events(self, detail: CaseDetail) -> list[EventKind]:
        return [
            kind
            for kind, stages in ALLOWED_FROM.items()
            if detail.state.stage in stages
            and (kind not in _RETURN_EVENTS or detail.facts.case_type in _RETURN_TYPES)
        ]

    # Writing -------------------------------------------------------------------------
    def create(self, draft: CaseDraft) -> tuple[int, Changes]:
        now = self._clock.now()
        columns, problems = check_draft(draft, now)
        if problems:
            raise ValidationError(problems)
        platform = Platform(columns["platform"])
        existing = self.find(platform, columns["after_sale_id"])
        if existing is not None:
            raise ValidationError(
                [FieldProblem("after_sale_id", "duplicate_case", {"case_id": existing})]
            )
        now_epoch = to_epoch(now)
        rules = self._rules.current()
        from sqlalchemy.exc import IntegrityError

        try:
            with self._db.session() as s:
                placeholder = CaseState(Stage.AWAITING_MERCHANT, Party.MERCHANT, ())
                row = repo.new_case_row(columns, placeholder, now_epoch)
                s.add(row)
                s.flush()
                assert row.id is not None
                repo.insert_event(
                    s, row.id, EventKind.CREATED, columns["applied_at"], now_epoch, {}
                )
                if draft.platform_deadline is not None:
                    repo.insert_event(
                        s,
                        row.id,
                        EventKind.DEADLINE_CHANGED,
                        columns["applied_at"],
                        now_epoch,
                        {"due_at": isoformat_utc(draft.platform_deadline)},
                    )
                refresh_case(s, row.id, rules, now_epoch)
                case_id = row.id
        except IntegrityError:  # the same case entered at the same moment elsewhere
            raise ValidationError(
                [FieldProblem("after_sale_id", "duplicate_case", {"case_id": None})]
            ) from None
        return case_id, Changes.cases(case_id)

    def record(self, case_id: int, entry: EventInput) -> Changes:
        detail = self.detail(case_id)
        now = self._clock.now()
        payload, problems = self._check_event(detail, entry, now)
        if problems:
            raise ValidationError(problems)
        assert entry.occurred_at is not None
        now_epoch = to_epoch(now)
        with self._db.session() as s:
            repo.insert_event(
                s, case_id, entry.kind, to_epoch(entry.occurred_at), now_epoch, payload
            )
            refresh_case(s, case_id, self._rules.current(), now_epoch)
        return Changes.cases(case_id)

    def revoke(self, case_id: int, event_id: int, reason: str = "") -> Changes:
        """Undo an event by recording that it is withdrawn; the original stays on the timeline."""
        detail = self.detail(case_id)
        target = next((e for e in detail.events if e.id == event_id), None)
        if target is None:
            raise UserError("event_not_found", event_id=event_id)
        if target.kind in (EventKind.CREATED, EventKind.EDITED):
            raise ValidationError([FieldProblem("event", "cannot_revoke", {"kind": target.kind})])
        if event_id in detail.revoked:
            raise ValidationError([FieldProblem("event", "already_revoked")])
        problems: list[FieldProblem] = []
        reason = check_text(reason, "reason", problems)
        if problems:
            raise ValidationError(problems)
        now_epoch = to_epoch(self._clock.now())
        with self._db.session() as s:
            repo.insert_event(
                s,
                case_id,
                EventKind.REVOKED,
                now_epoch,
                now_epoch,
                {"event_id": event_id, "text": reason},
            )
            refresh_case(s, case_id, self._rules.current(), now_epoch)
        return Changes.cases(case_id)

    def edit(self, case_id: int, draft: CaseDraft) -> Changes:
        """Correct the facts of a case; the old and new values are kept as an event."""
        detail = self.detail(case_id)
        now = self._clock.now()
        # Deadlines change through DEADLINE_CHANGED events, not by editing the case.
        columns, problems = check_draft(replace(draft, platform_deadline=None), now)
        if problems:
            raise ValidationError(problems)
        platform = Platform(columns["platform"])
        other = self.find(platform, columns["after_sale_id"])
        if other is not None and other != case_id:
            raise ValidationError(
                [FieldProblem("after_sale_id", "duplicate_case", {"case_id": other})]
            )
        before = _fact_columns(detail.facts)
        changed = {k: [before[k], v] for k, v in columns.items() if before[k] != v}
        if not changed:
            return Changes()
        now_epoch = to_epoch(now)
        with self._db.session() as s:
            assignments = ", ".join(f"{k} = ?" for k in changed)  # keys are our own columns
            s.connection().exec_driver_sql(
                f"UPDATE cases SET {assignments} WHERE id = ?",
                (*[columns[k] for k in changed], case_id),
            )
            repo.insert_event(
                s, case_id, EventKind.EDITED, now_epoch, now_epoch, {"changes": changed}
            )
            refresh_case(s, case_id, self._rules.current(), now_epoch)
        return Changes.cases(case_id)

    # Checks --------------------------------------------------------------------------
    def _check_event(
        self, detail: CaseDetail, entry: EventInput, now: datetime
    ) -> tuple[dict[str, Any], list[FieldProblem]]:
        problems: list[FieldProblem] = []
        kind, stage = entry.kind, detail.state.stage
        if kind not in ALLOWED_FROM:
            problems.append(FieldProblem("kind", "not_recordable", {"kind": kind}))
            return {}, problems
        if kind in _RETURN_EVENTS and detail.facts.case_type not in _RETURN_TYPES:
            problems.append(
                FieldProblem(
                    "kind", "not_for_case_type", {"kind": kind, "case_type": detail.facts.case_type}
                )
            )
        elif stage not in ALLOWED_FROM[kind]:
            problems.append(
                FieldProblem("kind", "not_in_this_stage", {"kind": kind, "stage": stage})
            )
        occurred = check_time(entry.occurred_at, "occurred_at", problems, now)
        if occurred is not None and occurred < detail.facts.applied_at:
            problems.append(FieldProblem("occurred_at", "before_applied"))
        elif occurred is not None and kind not in _OUTSIDE_STAGES:
            # The timeline replays in time order: an event dated before the latest change of
            # stage would land in an earlier stage than the one it was checked against.
            # An export's word counts from the moment its data describes, not from the import:
            # what the user saw happen after that moment may be recorded.
            latest = max(
                (
                    (as_of_time(e) if e.kind is EventKind.IMPORTED_STATUS else e.occurred_at, e)
                    for e in in_force(detail.events)
                    if e.kind in STAGE_EVENTS and e.kind is not EventKind.CREATED
                ),
                key=lambda pair: pair[0],
                default=None,
            )
            if latest is not None and occurred < latest[0]:
                problems.append(
                    FieldProblem(
                        "occurred_at",
                        "before_last_event",
                        {"kind": latest[1].kind, "time": latest[0]},
                    )
                )
        payload: dict[str, Any] = {}
        text = check_text(entry.text, "text", problems, limit=2000)
        if text:
            payload["text"] = text
        if kind is EventKind.NOTE and not text:
            problems.append(FieldProblem("text", "required"))
        if kind in (EventKind.RETURN_SHIPPED, EventKind.RESEND_SHIPPED):
            payload["courier"] = check_text(entry.courier, "courier", problems, limit=40)
            payload["tracking_no"] = check_id(
                entry.tracking_no, "tracking_no", problems, required=True
            )
        if kind is EventKind.COMPENSATION_PAID:
            amount = _compensation_fen(entry.amount, problems)
            if amount is not None:
                payload["amount_fen"] = amount
        if kind is EventKind.PLATFORM_SETTLED:
            outcome = entry.outcome or settled_outcome(detail.state)
            if outcome in (SETTLED_REFUNDED, SETTLED_CLOSED):
                payload["outcome"] = outcome
            else:
                problems.append(FieldProblem("outcome", "required"))
        if kind is EventKind.DEADLINE_CHANGED:
            if entry.due_at is None:
                problems.append(FieldProblem("due_at", "required"))
            elif to_utc(entry.due_at) <= detail.facts.applied_at:
                problems.append(FieldProblem("due_at", "deadline_before_applied"))
            else:
                payload["due_at"] = isoformat_utc(entry.due_at)
        if kind is EventKind.RECEIPT_EXTENDED and not problems:
            problems.extend(_check_extension(detail, occurred))
        return payload, problems


def settled_outcome(state: CaseState) -> str:
    """What the platform does when a clock runs out: it refunds the buyer when the merchant's
    ran out, and closes the request when the buyer's did (seed 000)."""
    return SETTLED_CLOSED if state.turn is Party.BUYER else SETTLED_REFUNDED


def _compensation_fen(text: str, problems: list[FieldProblem]) -> int | None:
    if not text.strip():
        problems.append(FieldProblem("amount", "required"))
        return None
    try:
        fen = fen_from_yuan_text(text)
    except ValueError:
        fen = None
    if fen is None or not 0 < fen <= MAX_COMPENSATION_FEN:
        problems.append(FieldProblem("amount", "invalid_amount", {"value": text.strip()}))
        return None
    return fen


def _check_extension(detail: CaseDetail, occurred: datetime | None) -> list[FieldProblem]:
    clock = next(
        (c for c in detail.state.clocks if c.extensions_used or c.extension_available_at), None
    )
    if clock is None:
        return [FieldProblem("kind", "no_extension_rule", {"platform": detail.facts.platform})]
    if clock.extensions_left <= 0:
        return [FieldProblem("kind", "extension_used_up")]
    available = clock.extension_available_at
    if occurred is not None and available is not None and occurred < available:
        return [
            FieldProblem("occurred_at", "extension_not_yet_available", {"available_at": available})
        ]
    return []


def _fact_columns(facts: CaseFacts) -> dict[str, Any]:
    return {
        "platform": facts.platform.value,
        "after_sale_id": facts.after_sale_id,
        "order_id": facts.order_id,
        "case_type": facts.case_type.value,
        "amount_fen": facts.amount_fen,
        "reason": facts.reason,
        "buyer": facts.buyer,
        "applied_at": to_epoch(facts.applied_at),
        "product": facts.product,
    }
