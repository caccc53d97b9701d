"""Adding cases by hand, recording what happens, undoing, correcting; nothing half-saved."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.errors import ValidationError
from desktop.core.model import DeadlineSource, EventKind, Platform, Stage
from desktop.core.services.cases import EventInput
from desktop.core.services.validation import CaseDraft
from tests.core.conftest import T0
from tests.core.factories import days, hours


def draft(**changes) -> CaseDraft:  # type: ignore[no-untyped-def]
    base = dict(
        platform="douyin",
        after_sale_id="7300000000000000001",
        order_id="6900000000000000001",
        case_type="return_refund",
        amount="¥88.50",
        reason="七天无理由",
        buyer="小王",
        applied_at=T0 - hours(2),
    )
    base.update(changes)
    return CaseDraft(**base)


def table_count(core: Core, table: str) -> int:
    with core.db.read() as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def problems(err: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in err.value.problems}


def test_create_stores_facts_timeline_and_running_clock(core: Core) -> None:
    case_id, changes = core.cases.create(draft(platform_deadline=T0 + hours(20)))
    assert changes.case_ids == {case_id}
    detail = core.cases.detail(case_id)
    assert detail.facts.amount_fen == 8850
    assert detail.facts.platform is Platform.DOUYIN
    assert [e.kind for e in detail.events] == [EventKind.CREATED, EventKind.DEADLINE_CHANGED]
    clock = detail.state.merchant_clock
    assert clock is not None
    assert clock.source is DeadlineSource.PLATFORM
    assert clock.due_at == T0 + hours(20)


def test_every_wrong_field_is_named_and_nothing_is_saved(core: Core) -> None:
    with pytest.raises(ValidationError) as err:
        core.cases.create(
            draft(
                platform="",
                after_sale_id="7.30123E+18",
                case_type="swap",
                amount="12.345",
                applied_at=T0 + days(1),
            )
        )
    assert problems(err) == {
        ("platform", "required"),
        ("after_sale_id", "excel_mangled_id"),
        ("case_type", "unknown_value"),
        ("amount", "invalid_amount"),
        ("applied_at", "in_future"),
    }
    assert table_count(core, "cases") == 0
    assert table_count(core, "events") == 0


def test_deadline_must_come_after_the_request(core: Core) -> None:
    with pytest.raises(ValidationError) as err:
        core.cases.create(draft(platform_deadline=T0 - days(1)))
    assert problems(err) == {("platform_deadline", "deadline_before_applied")}


def test_same_platform_id_twice_is_refused_but_another_platform_may_use_it(core: Core) -> None:
    first, _ = core.cases.create(draft())
    with pytest.raises(ValidationError) as err:
        core.cases.create(draft())
    assert err.value.problems[0].code == "duplicate_case"
    assert err.value.problems[0].params == {"case_id": first}
    core.cases.create(draft(platform="pinduoduo"))
    assert table_count(core, "cases") == 2


def test_recording_the_return_moves_the_clock(core: Core, clock: FixedClock) -> None:
    case_id, _ = core.cases.create(draft())
    core.cases.record(case_id, EventInput(EventKind.AGREED, T0 - hours(1)))
    core.cases.record(
        case_id,
        EventInput(EventKind.RETURN_SHIPPED, T0, courier="中通快递", tracking_no="75100000000001"),
    )
    detail = core.cases.detail(case_id)
    assert detail.state.stage is Stage.RETURN_IN_TRANSIT
    assert detail.state.return_tracking_no == "75100000000001"
    assert detail.state.merchant_clock is not None
    assert detail.state.merchant_clock.due_at == T0 + days(7)


def test_events_are_checked_against_the_stage_and_type(core: Core) -> None:
    case_id, _ = core.cases.create(draft(case_type="refund_only"))
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.RETURN_SHIPPED, T0, tracking_no="1"))
    assert problems(err) == {("kind", "not_for_case_type")}
    core.cases.record(case_id, EventInput(EventKind.REFUNDED, T0))
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.REFUNDED, T0))
    assert problems(err) == {("kind", "not_in_this_stage")}
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.NOTE, T0 + days(1), text=""))
    assert problems(err) == {("occurred_at", "in_future"), ("text", "required")}


def test_tracking_number_is_required_for_a_shipped_return(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.RETURN_SHIPPED, T0, courier="顺丰"))
    assert problems(err) == {("tracking_no", "required")}
    assert len(core.cases.detail(case_id).events) == 1


def test_douyin_extension_only_from_day_five_and_only_once(core: Core, clock: FixedClock) -> None:
    case_id, _ = core.cases.create(draft())
    core.cases.record(case_id, EventInput(EventKind.AGREED, T0 - hours(1)))
    core.cases.record(case_id, EventInput(EventKind.RETURN_SHIPPED, T0, tracking_no="ZT1"))
    clock.advance(days(3))
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.RECEIPT_EXTENDED, clock.now()))
    assert problems(err) == {("occurred_at", "extension_not_yet_available")}
    clock.advance(
        days(
            2,
        )
    )
    core.cases.record(case_id, EventInput(EventKind.RECEIPT_EXTENDED, clock.now()))
    state = core.cases.detail(case_id).state
    assert state.merchant_clock is not None
    assert state.merchant_clock.due_at == T0 + days(14)
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.RECEIPT_EXTENDED, clock.now()))
    assert problems(err) == {("kind", "extension_used_up")}


def test_extension_is_refused_where_no_rule_allows_it(core: Core) -> None:
    case_id, _ = core.cases.create(draft(platform="pinduoduo"))
    core.cases.record(case_id, EventInput(EventKind.AGREED, T0 - hours(1)))
    core.cases.record(case_id, EventInput(EventKind.RETURN_SHIPPED, T0, tracking_no="YT1"))
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.RECEIPT_EXTENDED, T0))
    assert problems(err) == {("kind", "no_extension_rule")}


def test_revoke_keeps_history_and_undoes_the_effect(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    core.cases.record(case_id, EventInput(EventKind.AGREED, T0 - hours(1)))
    agreed = core.cases.detail(case_id).events[-1]
    core.cases.revoke(case_id, agreed.id, "点错了")
    detail = core.cases.detail(case_id)
    assert detail.state.stage is Stage.AWAITING_MERCHANT
    assert agreed.id in detail.revoked
    assert [e.kind for e in detail.events] == [
        EventKind.CREATED, EventKind.AGREED, EventKind.REVOKED,
    ]  # fmt: skip
    assert detail.events[-1].payload == {"event_id": agreed.id, "text": "点错了"}
    with pytest.raises(ValidationError):
        core.cases.revoke(case_id, agreed.id)
    with pytest.raises(ValidationError):
        core.cases.revoke(case_id, detail.events[0].id)  # the request itself stays


def test_editing_facts_records_old_and_new_values(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    changes = core.cases.edit(case_id, draft(amount="99", buyer="老王"))
    assert changes.case_ids == {case_id}
    detail = core.cases.detail(case_id)
    assert detail.facts.amount_fen == 9900
    edited = detail.events[-1]
    assert edited.kind is EventKind.EDITED
    assert edited.payload == {"changes": {"amount_fen": [8850, 9900], "buyer": ["小王", "老王"]}}
    assert core.cases.edit(case_id, draft(amount="99", buyer="老王")).case_ids == frozenset()


def test_editing_the_request_time_moves_the_clock(core: Core) -> None:
    case_id, _ = core.cases.create(draft(platform="pinduoduo", case_type="refund_only"))
    core.cases.edit(case_id, draft(platform="pinduoduo", case_type="refund_only",
                                   applied_at=T0 - hours(10)))  # fmt: skip
    clock = core.cases.detail(case_id).state.merchant_clock
    assert clock is not None
    assert clock.due_at == T0 - hours(10) + timedelta(hours=48)


def test_allowed_events_follow_the_stage(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    allowed = core.cases.allowed_events(core.cases.detail(case_id))
    assert EventKind.AGREED in allowed and EventKind.RECEIPT_EXTENDED not in allowed
    core.cases.record(case_id, EventInput(EventKind.CLOSED, T0))
    allowed = core.cases.allowed_events(core.cases.detail(case_id))
    assert set(allowed) == {
        EventKind.REAPPLIED,
        EventKind.NOTE,
        EventKind.RESEND_SHIPPED,
        EventKind.COMPENSATION_PAID,
    }


def test_an_event_dated_before_the_last_change_of_stage_is_refused(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    core.cases.record(
        case_id,
        EventInput(
            EventKind.AGREED,
            T0
            - hours(
                1,
            ),
        ),
    )
    core.cases.record(case_id, EventInput(EventKind.RETURN_SHIPPED, T0, tracking_no="1"))
    with pytest.raises(ValidationError) as err:
        core.cases.record(
            case_id, EventInput(EventKind.REFUNDED, T0 - hours(1) - timedelta(minutes=30))
        )
    assert problems(err) == {("occurred_at", "before_last_event")}
    assert err.value.problems[0].params["kind"] is EventKind.RETURN_SHIPPED
    # A note may be dated anywhere.
    core.cases.record(
        case_id,
        EventInput(
            EventKind.NOTE,
            T0
            - hours(
                1,
            )
            - timedelta(minutes=30),
            text="补记",
        ),
    )
    assert core.cases.detail(case_id).state.stage is Stage.RETURN_IN_TRANSIT


def test_a_withdrawn_withdrawal_is_shown_as_withdrawn(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    core.cases.record(case_id, EventInput(EventKind.REJECTED, T0 - hours(1)))
    rejected = core.cases.detail(case_id).events[-1]
    core.cases.revoke(case_id, rejected.id)
    revocation = core.cases.detail(case_id).events[-1]
    core.cases.revoke(case_id, revocation.id)
    detail = core.cases.detail(case_id)
    assert detail.revoked == {revocation.id}
    assert detail.state.stage is Stage.REJECTED
    with pytest.raises(ValidationError):
        core.cases.revoke(case_id, revocation.id)


def test_an_other_case_can_record_a_return_after_agreeing(core: Core) -> None:
    case_id, _ = core.cases.create(draft(case_type="other"))
    core.cases.record(case_id, EventInput(EventKind.AGREED, T0 - hours(1)))
    assert EventKind.RETURN_SHIPPED in core.cases.allowed_events(core.cases.detail(case_id))
    core.cases.record(case_id, EventInput(EventKind.RETURN_SHIPPED, T0, tracking_no="1"))
    assert core.cases.detail(case_id).state.stage is Stage.RETURN_IN_TRANSIT
