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
    DeadlineSource,
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

#: Stages where the merchant must act: a case there with no clock gets a warning.
_MERCHANT_STAGES = (Stage.AWAITING_MERCHANT, Stage.RETURN_IN_TRANSIT, Stage.RETURN_RECEIVED)

# Warning codes (the GUI translates them).
NO_CLOCK_KNOWN = "no_clock_known"
CLOCK_START_ESTIMATED = "clock_start_estimated"
EXTENSION_OVER_LIMIT = "extension_over_limit"


def next_stage(kind: EventKind, case_type: CaseType, stage: Stage) -> Stage | None:
    """The stage an event moves a case to, or None when it does not move it."""
    if kind in (EventKind.CREATED, EventKind.REAPPLIED):
        return Stage.AWAITING_MERCHANT
    if kind is EventKind.AGREED:
        return Stage.AWAITING_RETURN if case_type in _RETURNING_TYPES else Stage.AGREED
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
    if not any(e.kind is EventKind.REVOKED for e in events):
        return sorted(events, key=lambda e: (e.occurred_at, e.recorded_at, e.id))
    revokers: dict[int, list[int]] = defaultdict(list)
    for e in events:
        target = e.payload.get("event_id") if e.kind is EventKind.REVOKED else None
        if isinstance(target, int) and target < e.id:
            revokers[target].append(e.id)

    @cache
    def counts(event_id: int) -> bool:
        return not any(counts(r) for r in revokers.get(event_id, ()))

    kept = [e for e in events if e.kind is not EventKind.REVOKED and counts(e.id)]
    return sorted(kept, key=lambda e: (e.occurred_at, e.recorded_at, e.id))


@dataclass
class _Walk:
    stage: Stage
    stage_seq: int
    stage_started: datetime
    stage_known: datetime
    cycle_start: int  # index in the ordered events where the current request began


def derive(facts: CaseFacts, events: Sequence[Event], rules: RuleSet) -> CaseState:
    ordered = in_force(events)
    applied = to_utc(facts.applied_at)
    first_known = min((e.recorded_at for e in events), default=applied)
    walk = _Walk(Stage.AWAITING_MERCHANT, 0, applied, first_known, 0)
    platform_deadline: tuple[Event, int] | None = None  # the event and the stage it belongs to
    courier = tracking = ""
    for index, e in enumerate(ordered):
        when = applied if e.kind is EventKind.CREATED else e.occurred_at
        if e.kind is EventKind.DEADLINE_CHANGED:
            platform_deadline = (e, walk.stage_seq) if e.payload.get("due_at") else None
            continue
        if e.kind is EventKind.RETURN_SHIPPED:
            courier = str(e.payload.get("courier", "") or "")
            tracking = str(e.payload.get("tracking_no", "") or "")
        if e.kind is EventKind.REAPPLIED:
            walk.cycle_start = index
        stage = next_stage(e.kind, facts.case_type, walk.stage)
        if stage is not None and stage is not walk.stage:
            walk.stage, walk.stage_seq = stage, walk.stage_seq + 1
            walk.stage_started, walk.stage_known = when, e.recorded_at

    warnings: list[str] = []
    clocks: list[RunningClock] = []
    cycle = ordered[walk.cycle_start :]
    if walk.stage.is_open:
        pairs = [
            (rule, _rule_clock(rule, walk, cycle, warnings))
            for rule in rules.applicable(facts.platform, facts.case_type, walk.stage)
        ]
        clocks = [clock for _, clock in pairs]
        if platform_deadline is not None and platform_deadline[1] == walk.stage_seq:
            clocks = _with_platform_deadline(pairs, platform_deadline[0], walk, cycle)

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
    return CaseState(
        stage=walk.stage,
        turn=turn,
        clocks=tuple(sorted(clocks, key=lambda c: (c.superseded, c.due_at))),
        return_courier=courier,
        return_tracking_no=tracking,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _anchor(rule: Rule, walk: _Walk, cycle: list[Event]) -> tuple[datetime, datetime, bool]:
    """When the rule's clock started, when that became known, and whether it was found."""
    if rule.anchor is None:
        return walk.stage_started, walk.stage_known, True
    event = next((e for e in reversed(cycle) if e.kind is rule.anchor), None)
    if event is None:  # e.g. "signed for" recorded without "shipped": count from the stage
        return walk.stage_started, walk.stage_known, False
    return event.occurred_at, event.recorded_at, True


def _extension_events(started: datetime, cycle: list[Event]) -> list[Event]:
    """延长收货 events recorded for the clock that started at `started`."""
    return [e for e in cycle if e.kind is EventKind.RECEIPT_EXTENDED and e.occurred_at >= started]


def _rule_clock(rule: Rule, walk: _Walk, cycle: list[Event], warnings: list[str]) -> RunningClock:
    started, known, found = _anchor(rule, walk, cycle)
    if not found:
        warnings.append(CLOCK_START_ESTIMATED)
    due = started + rule.duration
    used = left = 0
    available_at = None
    ext = rule.extension
    if ext is not None:
        found = _extension_events(started, cycle)
        if len(found) > ext.max_times:
            warnings.append(EXTENSION_OVER_LIMIT)
        counted = found[: ext.max_times]
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
    pairs: list[tuple[Rule, RunningClock]], event: Event, walk: _Walk, cycle: list[Event]
) -> list[RunningClock]:
    """The platform's own deadline replaces the merchant's rule clocks for this stage.

    A 延长收货 recorded after the deadline was entered moves it by the extension, as it does
    on the platform; entering the new deadline instead is always possible.
    """
    due = parse_time(str(event.payload["due_at"]))
    known = event.recorded_at
    merchant = [(r, c) for r, c in pairs if r.party is Party.MERCHANT]
    action_key = event.payload.get("action")
    if action_key in Action._value2member_map_:
        action = Action(action_key)
    else:
        action = merchant[0][1].action if merchant else Action.PLATFORM_AUTO
    for rule, clock in merchant:
        if rule.extension is None:
            continue
        counted = _extension_events(clock.started_at, cycle)[: rule.extension.max_times]
        later = [e for e in counted if e.occurred_at > event.occurred_at]
        due += rule.extension.adds * len(later)
        if later:
            known = max(known, later[-1].recorded_at)
        break
    platform_clock = RunningClock(
        party=Party.MERCHANT,
        started_at=walk.stage_started,
        due_at=due,
        action=action,
        source=DeadlineSource.PLATFORM,
        rule_id=None,
        known_at=known,
    )
    others = [
        replace(clock, superseded=True) if rule.party is Party.MERCHANT else clock
        for rule, clock in pairs
    ]
    return [platform_clock, *others]
