"""The events a shop lives by (issue #11): a replacement sent, a compensation paid, and a case
the platform settled by itself because a clock ran out."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.bootstrap import Core
from desktop.core.deadlines import SETTLED_CLOSED, SETTLED_REFUNDED
from desktop.core.errors import ValidationError
from desktop.core.exporting import export_cases
from desktop.core.model import EventKind, Platform, Stage
from desktop.core.playbooks.loader import load_shipped
from desktop.core.playbooks.model import text_in
from desktop.core.playbooks.placeholders import BLANK, case_values, fill
from desktop.core.services.cases import EventInput
from tests.core.conftest import T0
from tests.core.factories import hours
from tests.core.test_cases_service import draft, problems, table_count
from tests.core.test_importing import run


def _resend_script(core: Core, case_id: int) -> str:
    detail = core.cases.detail(case_id)
    script = next(s for s in load_shipped()["damaged_in_transit"].scripts if s.id == "resent")
    values = case_values(
        detail.facts, detail.state, platform_name=str, local_time=lambda t: t.isoformat()
    )
    return fill(text_in(script.text, "zh_CN"), values)


def test_a_replacement_sent_fills_the_new_tracking_number_in_the_scripts(core: Core) -> None:
    case_id, _ = core.cases.create(draft(case_type="refund_only"))
    assert f"新的运单号是 {BLANK} {BLANK}" in _resend_script(core, case_id)
    core.cases.record(
        case_id,
        EventInput(EventKind.RESEND_SHIPPED, T0, courier="顺丰速运", tracking_no="SF1234567890"),
    )
    detail = core.cases.detail(case_id)
    assert detail.state.stage is Stage.AWAITING_MERCHANT  # a parcel, not a step of the request
    assert (detail.state.resend_courier, detail.state.resend_tracking_no) == (
        "顺丰速运",
        "SF1234567890",
    )
    assert "新的运单号是 顺丰速运 SF1234567890，" in _resend_script(core, case_id)


def test_a_replacement_needs_its_tracking_number(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    before = table_count(core, "events")
    with pytest.raises(ValidationError) as err:
        core.cases.record(case_id, EventInput(EventKind.RESEND_SHIPPED, T0, courier="顺丰速运"))
    assert problems(err) == {("tracking_no", "required")}
    assert table_count(core, "events") == before


def test_compensation_is_an_amount_in_yuan_and_adds_up(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    for typed in ("", "abc", "0", "-5", "1.005", "200000000"):
        with pytest.raises(ValidationError) as err:
            core.cases.record(case_id, EventInput(EventKind.COMPENSATION_PAID, T0, amount=typed))
        assert problems(err) == {("amount", "required" if not typed else "invalid_amount")}
    core.cases.record(case_id, EventInput(EventKind.COMPENSATION_PAID, T0, amount="¥5"))
    core.cases.record(case_id, EventInput(EventKind.COMPENSATION_PAID, T0, amount="2.50"))
    detail = core.cases.detail(case_id)
    assert detail.state.compensation_fen == 750
    assert detail.state.stage is Stage.AWAITING_MERCHANT
    paid = [e for e in detail.events if e.kind is EventKind.COMPENSATION_PAID]
    assert [e.payload["amount_fen"] for e in paid] == [500, 250]


def test_a_case_the_platform_settled_is_finished_and_counts_as_missed(core: Core) -> None:
    case_id, _ = core.cases.create(draft(applied_at=T0 - hours(60)))
    assert core.cases.detail(case_id).state.merchant_clock.due_at < T0  # type: ignore[union-attr]
    core.cases.record(
        case_id, EventInput(EventKind.PLATFORM_SETTLED, T0, outcome=SETTLED_REFUNDED)
    )
    state = core.cases.detail(case_id).state
    assert state.stage is Stage.REFUNDED and not state.clocks
    assert state.settled_by_platform
    with pytest.raises(ValidationError) as err:  # once is enough
        core.cases.record(
            case_id, EventInput(EventKind.PLATFORM_SETTLED, T0, outcome=SETTLED_CLOSED)
        )
    assert problems(err) == {("kind", "not_in_this_stage")}

    other, _ = core.cases.create(draft(after_sale_id="7300000000000000002"))
    with pytest.raises(ValidationError) as err:
        core.cases.record(other, EventInput(EventKind.PLATFORM_SETTLED, T0, outcome="maybe"))
    assert problems(err) == {("outcome", "required")}
    core.cases.record(other, EventInput(EventKind.PLATFORM_SETTLED, T0, outcome=SETTLED_CLOSED))
    assert core.cases.detail(other).state.stage is Stage.CLOSED
    # A case the user refunded himself is not a missed clock.
    third, _ = core.cases.create(draft(after_sale_id="7300000000000000003"))
    core.cases.record(third, EventInput(EventKind.REFUNDED, T0))
    assert not core.cases.detail(third).state.settled_by_platform


def test_without_a_word_the_outcome_follows_whose_clock_ran_out(core: Core) -> None:
    merchant, _ = core.cases.create(draft())
    core.cases.record(merchant, EventInput(EventKind.PLATFORM_SETTLED, T0))
    assert core.cases.detail(merchant).state.stage is Stage.REFUNDED
    buyer, _ = core.cases.create(draft(after_sale_id="7300000000000000002"))
    core.cases.record(buyer, EventInput(EventKind.AGREED, T0 - hours(1)))
    assert core.cases.detail(buyer).state.stage is Stage.AWAITING_RETURN
    core.cases.record(buyer, EventInput(EventKind.PLATFORM_SETTLED, T0))
    assert core.cases.detail(buyer).state.stage is Stage.CLOSED  # the buyer never sent it back


def test_withdrawing_the_settlement_reopens_the_case(core: Core) -> None:
    case_id, _ = core.cases.create(draft())
    core.cases.record(case_id, EventInput(EventKind.PLATFORM_SETTLED, T0, outcome=SETTLED_CLOSED))
    settled = core.cases.detail(case_id).events[-1]
    core.cases.revoke(case_id, settled.id)
    state = core.cases.detail(case_id).state
    assert state.stage is Stage.AWAITING_MERCHANT and not state.settled_by_platform


def test_the_export_and_a_re_import_know_a_platform_settlement(
    importer: Core, tmp_path: Path
) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    found = importer.cases.find(Platform.DOUYIN, "7311000000000000101")
    assert found is not None
    now = importer.clock.now()
    importer.cases.record(found, EventInput(EventKind.PLATFORM_SETTLED, now,
                                            outcome=SETTLED_REFUNDED))  # fmt: skip
    out = tmp_path / "cases.csv"
    export_cases(importer.db, importer.rules.current(), out, ids=[found])
    with out.open(encoding="utf-8-sig") as handle:
        row = next(csv.DictReader(handle))
    assert row["refunded_at"] and row["stage"] == "refunded"
    # The export that shows the refund later adds no second refund to the timeline.
    importer.clock.advance(timedelta(hours=1))  # type: ignore[attr-defined]
    run(importer, "douyin_newer.xlsx")
    events = importer.cases.detail(found).events
    assert not [e for e in events if e.kind is EventKind.REFUNDED]
    assert importer.cases.detail(found).state.settled_by_platform
