"""From a case's timeline and the rules in force to its stage and running clocks.

Pure functions: no clock, no database. The result does not depend on "now"; whether a clock
has run out is a comparison the caller makes with its own injected clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache

from desktop.core.model import (
    Action,
    CaseFacts,
    CaseState,
    CaseType,
    Confidence,
    DeadlineSource,
    Disagreement,
    Event,
    EventKind,
    Party,
    RunningClock,
    Stage,
)
from desktop.core.rules import Rule, RuleSet
from desktop.core.times import parse_time, to_utc

_RETURNING_TYPES = (CaseType.RETURN_REFUND, CaseType.EXCHANGE)

#: Whose move it is in a stage when no clock says otherwise.
_DEFAULT_TURN = {
    Stage.AWAITING_MERCHANT: Party.MERCHANT,
    Stage.AGREED: Party.MERCHANT,
    Stage.RETURN_IN_TRANSIT: Party.MERCHANT,
    Stage.RETURN_RECEIVED: Party.MERCHANT,
    Stage.NEEDS_REVIEW: Party.MERCHANT,
    Stage.AWAITING_RETURN: Party.BUYER,
    Stage.REJECTED: Party.BUYER,
    Stage.ESCALATED: Party.PLATFORM,
    Stage.REFUNDED: Party.NOBODY,
    Stage.CLOSED: Party.NOBODY,
}

#: Whose deadline a platform deadline is when no rule of the stage says.
_DEADLINE_PARTY = {Stage.AWAITING_RETURN: Party.BUYER, Stage.REJECTED: Party.BUYER}

#: Events that move a case to another stage (a backdated one would rewrite what followed).
STAGE_EVENTS = frozenset(
    {
        EventKind.CREATED, EventKind.AGREED, EventKind.RETURN_SHIPPED, EventKind.RETURN_RECEIVED,
        EventKind.REJECTED, EventKind.ESCALATED, EventKind.REAPPLIED, EventKind.REFUNDED,
        EventKind.CLOSED, EventKind.IMPORTED_STATUS, EventKind.PLATFORM_SETTLED,
    }
)  # fmt: skip

#: Stages where the merchant must act: a case there with no clock gets a warning.
_MERCHANT_STAGES = (Stage.AWAITING_MERCHANT, Stage.RETURN_IN_TRANSIT, Stage.RETURN_RECEIVED)

#: How far a request has come, to tell an export that is behind what the user recorded. A stage
#: of another branch ranks with its neighbours; 待核对 never counts as behind.
_PROGRESS = {
    Stage.AWAITING_MERCHANT: 0,
    Stage.AWAITING_RETURN: 1,
    Stage.REJECTED: 1,
    Stage.RETURN_IN_TRANSIT: 2,
    Stage.RETURN_RECEIVED: 3,
    Stage.AGREED: 3,
    Stage.ESCALATED: 4,
    Stage.REFUNDED: 5,
    Stage.CLOSED: 5,
}

#: PLATFORM_SETTLED outcomes: the platform refunded the buyer, or closed the request.
SETTLED_REFUNDED, SETTLED_CLOSED = "refunded", "closed"

# Warning codes (the GUI translates them).
NO_CLOCK_KNOWN = "no_clock_known"
PLATFORM_DISAGREES = "platform_disagrees"
CLOCK_START_ESTIMATED = "clock_start_estimated"
EXTENSION_OVER_LIMIT = "extension_over_limit"


def next_stage(
    kind: EventKind,
    case_type: CaseType,
    *,
    shipped: bool = False,
    received: bool = False,
    outcome: object = None,
) -> Stage | None:
    """The stage an event moves a case to, or None when it does not move it.

    `shipped` / `received`: the return already travelled in this request, so agreeing (after
    arbitration, say) picks up where the parcel is rather than waiting for it again.
    `outcome`: how the platform settled a PLATFORM_SETTLED case ("refunded" or "closed").
    """
    if kind is EventKind.PLATFORM_SETTLED:
        return Stage.REFUNDED if outcome == SETTLED_REFUNDED else Stage.CLOSED
    if kind in (EventKind.CREATED, EventKind.REAPPLIED):
        return Stage.AWAITING_MERCHANT
    if kind is EventKind.AGREED:
        if case_type not in _RETURNING_TYPES:
            return Stage.AGREED
        if received:
            return Stage.RETURN_RECEIVED
        return Stage.RETURN_IN_TRANSIT if shipped else Stage.AWAITING_RETURN
    return {
        EventKind.RETURN_SHIPPED: Stage.RETURN_IN_TRANSIT,
        EventKind.RETURN_RECEIVED: Stage.RETURN_RECEIVED,
        EventKind.REJECTED: Stage.REJECTED,
        EventKind.ESCALATED: Stage.ESCALATED,
        EventKind.REFUNDED: Stage.REFUNDED,
        EventKind.CLOSED: Stage.CLOSED,
    }.get(kind)


def in_force(events: Sequence[Event]) -> list[Event]:
    """The events that count, in the order they happened.

    A REVOKED event undoes the event it names; revoking a revocation restores the original.
    Revocations themselves are kept out of the result.
    """
    ordered = sorted(events, key=lambda e: (e.occurred_at, e.recorded_at, e.id))
    withdrawn = revoked_ids(events)
    return [e for e in ordered if e.kind is not EventKind.REVOKED and e.id not in withdrawn]


def revoked_ids(events: Sequence[Event]) -> frozenset[int]:
    """Ids of the events withdrawn by a revocation in force (revocations included)."""
    revokers: dict[int, list[int]] = defaultdict(list)
    for e in events:
        target = e.payload.get("event_id") if e.kind is EventKind.REVOKED else None
        if isinstance(target, int) and target < e.id:
            revokers[target].append(e.id)
    if not revokers:
        return frozenset()

    @cache
    def counts(event_id: int) -> bool:
        return not any(counts(r) for r in revokers.get(event_id, ()))

    return frozenset(e.id for e in events if not counts(e.id))


@dataclass
class _Deadline:
    """The platform's own deadline in force: whose it is and the stages it lasts through
    (those of the rule clocks it replaces, which may span several: 拼多多's 7 days from the
    return run on after the parcel is signed for)."""

    event: Event
    party: Party
    stages: frozenset[Stage]


@dataclass
class _Walk:
    stage: Stage
    stage_started: datetime
    stage_known: datetime
    stage_event: Event | None = None  # what moved the case to its stage
    cycle_start: int = 0  # index in the ordered events where the current request began
    shipped: bool = False  # the return was shipped in the current request
    received: bool = False  # ... and signed for
    deadline: _Deadline | None = None


def _platform_rules(rules: RuleSet, facts: CaseFacts, stage: Stage) -> list[Rule]:
    """The platform's rules for a stage (a shop's own promises are not the platform's)."""
    return [
        r for r in rules.applicable(facts.platform, facts.case_type, stage)
        if r.confidence is not Confidence.SHOP
    ]  # fmt: skip


def _new_deadline(event: Event, walk: _Walk, facts: CaseFacts, rules: RuleSet) -> _Deadline:
    platform_rules = _platform_rules(rules, facts, walk.stage)
    wanted = event.payload.get("party")
    if wanted in (Party.MERCHANT.value, Party.BUYER.value):
        party = Party(wanted)
    elif any(r.party is Party.MERCHANT for r in platform_rules):
        party = Party.MERCHANT
    elif any(r.party is Party.BUYER for r in platform_rules):
        party = Party.BUYER
    else:
        party = _DEADLINE_PARTY.get(walk.stage, Party.MERCHANT)
    stages = {walk.stage}
    for rule in platform_rules:
        if rule.party is party:
            stages.update(rule.stages)
    return _Deadline(event, party, frozenset(stages))


def derive(facts: CaseFacts, events: Sequence[Event], rules: RuleSet) -> CaseState:
    ordered = in_force(events)
    applied = to_utc(facts.applied_at)
    first_known = min((e.recorded_at for e in events), default=applied)
    walk = _Walk(Stage.AWAITING_MERCHANT, applied, first_known)
    courier = tracking = status_text = resend_courier = resend_tracking = ""
    compensation_fen = 0
    intercepted: datetime | None = None
    disagreement: Disagreement | None = None
    for index, e in enumerate(ordered):
        when = applied if e.kind is EventKind.CREATED else e.occurred_at
        if e.kind is EventKind.INTERCEPTED:
            intercepted = e.occurred_at
            continue
        if e.kind is EventKind.RESEND_SHIPPED:
            resend_courier = str(e.payload.get("courier", "") or "")
            resend_tracking = str(e.payload.get("tracking_no", "") or "")
            continue
        if e.kind is EventKind.COMPENSATION_PAID:
            compensation_fen += int(e.payload.get("amount_fen", 0) or 0)
            continue
        if e.kind is EventKind.DEADLINE_CHANGED:
            due = e.payload.get("due_at")
            walk.deadline = _new_deadline(e, walk, facts, rules) if due else None
            continue
        if e.kind is EventKind.RETURN_SHIPPED:
            courier = str(e.payload.get("courier", "") or "")
            tracking = str(e.payload.get("tracking_no", "") or "")
        if e.kind is EventKind.REAPPLIED:
            walk.cycle_start, walk.shipped, walk.received = index, False, False
        if e.kind is EventKind.IMPORTED_STATUS:
            # The platform said where the case stands: the truth from then on, unless the user
            # recorded another step after the export's data that the export is not ahead of (the
            # platform lags: its 确认收货 was not clicked yet). Then the user's record stands and
            # the case says both.
            status_text = str(e.payload.get("status", ""))
            stage = _imported_stage(e.payload.get("stage"))
            as_of = as_of_time(e)
            setter = walk.stage_event
            if (
                stage is not None
                and setter is not None
                and setter.origin == "manual"
                and setter.occurred_at > as_of
                and stage is not walk.stage
                and not _ahead(stage, walk.stage)
            ):
                disagreement = Disagreement(stage, status_text, as_of, setter.kind,
                                            setter.occurred_at)  # fmt: skip
                stage = None
            else:
                disagreement = None
                when = min(as_of, when)  # the stage began no later than the export shows it
        else:
            stage = next_stage(
                e.kind, facts.case_type, shipped=walk.shipped, received=walk.received,
                outcome=e.payload.get("outcome"),
            )  # fmt: skip
        walk.shipped = walk.shipped or e.kind is EventKind.RETURN_SHIPPED
        walk.received = walk.received or e.kind is EventKind.RETURN_RECEIVED
        if stage is not None and stage is not walk.stage:
            walk.stage, walk.stage_started, walk.stage_known = stage, when, e.recorded_at
            walk.stage_event = e
            if walk.deadline is not None and stage not in walk.deadline.stages:
                walk.deadline = None  # the stage it was given for is over

    warnings: list[str] = []
    clocks: list[RunningClock] = []
    cycle = ordered[walk.cycle_start :]
    if walk.stage.is_open:
        pairs = [
            (rule, _rule_clock(rule, walk, cycle, warnings))
            for rule in rules.applicable(facts.platform, facts.case_type, walk.stage)
        ]
        clocks = [clock for _, clock in pairs]
        if walk.deadline is not None:
            clocks = _with_platform_deadline(pairs, walk.deadline, walk, cycle)

    merchant_clock = any(c.party is Party.MERCHANT and c.counts for c in clocks)
    buyer_clock = any(c.party is Party.BUYER and c.counts for c in clocks)
    if not walk.stage.is_open:
        turn = Party.NOBODY
    elif walk.stage is Stage.ESCALATED:
        turn = Party.PLATFORM
    elif merchant_clock:
        turn = Party.MERCHANT
    elif buyer_clock:
        turn = Party.BUYER
    else:
        turn = _DEFAULT_TURN[walk.stage]
    if walk.stage in _MERCHANT_STAGES and not merchant_clock:
        warnings.append(NO_CLOCK_KNOWN)
    if disagreement is not None and walk.stage.is_open:
        warnings.append(PLATFORM_DISAGREES)
    return CaseState(
        stage=walk.stage,
        turn=turn,
        clocks=tuple(sorted(clocks, key=lambda c: (c.superseded, c.due_at))),
        return_courier=courier,
        return_tracking_no=tracking,
        warnings=tuple(dict.fromkeys(warnings)),
        intercepted_at=intercepted,
        platform_status=status_text,
        disagreement=disagreement if walk.stage.is_open else None,
        resend_courier=resend_courier,
        resend_tracking_no=resend_tracking,
        compensation_fen=compensation_fen,
        settled_by_platform=not walk.stage.is_open
        and walk.stage_event is not None
        and walk.stage_event.kind is EventKind.PLATFORM_SETTLED,
    )


def as_of_time(event: Event) -> datetime:
    """The moment an imported status describes: the latest platform time in the export's
    row (imports before this field was kept are dated at that moment themselves)."""
    value = event.payload.get("as_of")
    return parse_time(str(value)) if value else event.occurred_at


def _ahead(imported: Stage, current: Stage) -> bool:
    """The export is further along than the case (the platform refunded meanwhile): what it
    knows is added. Behind, or on another branch at the same point, it is not."""
    a, b = _PROGRESS.get(imported), _PROGRESS.get(current)
    return a is None or b is None or a > b


def _imported_stage(value: object) -> Stage | None:
    try:
        return Stage(str(value))
    except ValueError:
        return Stage.NEEDS_REVIEW


def _anchor(rule: Rule, walk: _Walk, cycle: list[Event]) -> tuple[datetime, datetime, bool]:
    """When the rule's clock started, when that became known, and whether it was found."""
    if rule.anchor is None:
        return walk.stage_started, walk.stage_known, True
    event = next((e for e in reversed(cycle) if e.kind is rule.anchor), None)
    if event is None:  # e.g. "signed for" recorded without "shipped": count from the stage
        return walk.stage_started, walk.stage_known, False
    return event.occurred_at, event.recorded_at, True


def _extension_events(cycle: list[Event]) -> list[Event]:
    """延长收货 recorded in this request (the platform allows it per request, not per parcel)."""
    return [e for e in cycle if e.kind is EventKind.RECEIPT_EXTENDED]


def _rule_clock(rule: Rule, walk: _Walk, cycle: list[Event], warnings: list[str]) -> RunningClock:
    started, known, found = _anchor(rule, walk, cycle)
    if not found:
        warnings.append(CLOCK_START_ESTIMATED)
    due = started + rule.duration
    used = left = 0
    available_at = None
    ext = rule.extension
    if ext is not None:
        extensions = _extension_events(cycle)
        if len(extensions) > ext.max_times:
            warnings.append(EXTENSION_OVER_LIMIT)
        counted = extensions[: ext.max_times]
        used, left = len(counted), ext.max_times - len(counted)
        due += ext.adds * used
        if counted:
            known = max(known, counted[-1].recorded_at)
        available_at = started + ext.available_after if left else None
    return RunningClock(
        party=rule.party,
        started_at=started,
        due_at=due,
        action=rule.on_expiry,
        source=DeadlineSource.RULE,
        rule_id=rule.id,
        known_at=known,
        extensions_used=used,
        extension_available_at=available_at,
        extensions_left=left,
    )


def _with_platform_deadline(
    pairs: list[tuple[Rule, RunningClock]], deadline: _Deadline, walk: _Walk, cycle: list[Event]
) -> list[RunningClock]:
    """The platform's own deadline replaces the platform-rule clocks of its party.

    A shop's own promise keeps running beside it. A 延长收货 recorded after the deadline was
    entered moves it by the extension, as it does on the platform (entering the new deadline
    instead is always possible).
    """
    event = deadline.event
    due = parse_time(str(event.payload["due_at"]))
    known = event.recorded_at
    replaced = [
        (r, c) for r, c in pairs
        if r.party is deadline.party and r.confidence is not Confidence.SHOP
    ]  # fmt: skip
    action_key = event.payload.get("action")
    if action_key in Action._value2member_map_:
        action = Action(action_key)
    else:
        action = replaced[0][0].on_expiry if replaced else Action.PLATFORM_AUTO
    extension_rule = next((r for r, _ in replaced if r.extension is not None), None)
    if extension_rule is not None and extension_rule.extension is not None:
        counted = _extension_events(cycle)[: extension_rule.extension.max_times]
        later = [e for e in counted if e.occurred_at > event.occurred_at]
        due += extension_rule.extension.adds * len(later)
        if later:
            known = max(known, later[-1].recorded_at)
    platform_clock = RunningClock(
        party=deadline.party,
        started_at=event.occurred_at,
        due_at=due,
        action=action,
        source=DeadlineSource.PLATFORM,
        rule_id=None,
        known_at=known,
    )
    replaced_ids = {id(c) for _, c in replaced}
    others = [replace(c, superseded=True) if id(c) in replaced_ids else c for _, c in pairs]
    return [platform_clock, *others]
