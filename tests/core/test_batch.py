"""Seed 001's batch workflow in the core: tracking numbers per courier, marking intercepts, and
the queue's filter on the outbound parcel's status."""

from __future__ import annotations

import pytest

from desktop.core.bootstrap import Core
from desktop.core.couriers import CourierKey, courier_of
from desktop.core.errors import ValidationError
from desktop.core.model import EventKind
from desktop.core.services.cases import EventInput
from desktop.core.services.queue import QueueFilter, QueueSort, View
from tests.core.factories import days, hours
from tests.core.test_importing import run


@pytest.mark.parametrize(
    ("number", "courier", "expected"),
    [
        ("SF1409876543210", "", CourierKey("顺丰速运")),
        ("sf1409876543210", "", CourierKey("顺丰速运")),
        ("JT0012345678901", "", CourierKey("极兔速递")),
        ("YT7000000000101", "", CourierKey("圆通速递")),
        ("JDVA01234567890", "", CourierKey("京东物流")),
        ("JD0123456789012", "", CourierKey("京东物流")),
        ("DPK123456789012", "", CourierKey("德邦快递")),
        # All-digit numbers overlap between couriers: grouped by how they start, never named.
        ("75123456789012", "", CourierKey("", "75")),
        ("4312345678901", "", CourierKey("", "43")),
        ("ZT7000000000111", "", CourierKey("", "ZT")),
        # The export's courier column wins, under one name per courier.
        ("75123456789012", "中通", CourierKey("中通快递")),
        ("SF1409876543210", "顺丰", CourierKey("顺丰速运")),
        ("123", " 某某物流 ", CourierKey("某某物流")),
    ],
)
def test_courier_of_a_waybill(number: str, courier: str, expected: CourierKey) -> None:
    assert courier_of(number, courier) == expected


def _imported(importer: Core) -> dict[str, int]:
    run(importer, "douyin_gb18030.csv")
    with importer.db.read() as conn:
        return dict(conn.execute("SELECT after_sale_id, id FROM cases").fetchall())


def test_tracking_numbers_come_in_one_block_per_courier(importer: Core) -> None:
    ids = _imported(importer)
    with importer.db.read() as conn:
        numbers = dict(conn.execute("SELECT id, ship_tracking_no FROM cases").fetchall())
    chosen = list(ids.values())
    found = importer.batch.tracking_numbers(chosen + chosen[:1])  # a case chosen twice
    assert found.without_number == sum(1 for i in chosen if not numbers[i])
    assert sorted(found.case_ids) == sorted(i for i in chosen if numbers[i])
    assert found.count == len({numbers[i] for i in chosen if numbers[i]})
    # Known couriers first, then unknown ones by how their numbers start.
    known = [b.courier.known for b in found.blocks]
    assert known == sorted(known, reverse=True)
    for block in found.blocks:
        assert list(block.tracking_numbers) == sorted(block.tracking_numbers)
        for number in block.tracking_numbers:
            assert courier_of(number) == block.courier
    by_courier = {b.courier: b.tracking_numbers for b in found.blocks}
    assert by_courier == {
        CourierKey("圆通速递"): ("YT7000000000101",),
        CourierKey("顺丰速运"): ("SF7000000000121",),
        CourierKey("", "ZT"): ("ZT7000000000111",),
    }
    assert [b.courier for b in found.blocks][-1] == CourierKey("", "ZT")


def test_marking_intercepted_records_an_event_and_the_date(importer: Core) -> None:
    ids = _imported(importer)
    now = importer.clock.now()
    open_ids = [i for i in ids.values() if importer.cases.detail(i).state.is_open]
    finished = [i for i in ids.values() if i not in open_ids]
    assert open_ids and finished
    first = importer.batch.mark_intercepted(open_ids[:1], now - hours(1))
    assert (first.marked, first.already, first.finished) == (1, 0, 0)
    result = importer.batch.mark_intercepted(list(ids.values()), now)
    assert result.marked == len(open_ids) - 1
    assert (result.already, result.finished) == (1, len(finished))
    assert result.changes.case_ids == frozenset(open_ids[1:])
    detail = importer.cases.detail(open_ids[0])
    assert detail.state.intercepted_at == now - hours(1)
    assert [e.kind for e in detail.events].count(EventKind.INTERCEPTED) == 1
    with importer.db.read() as conn:
        marked = conn.execute("SELECT COUNT(*) FROM cases WHERE intercepted_at IS NOT NULL")
        assert marked.fetchone()[0] == len(open_ids)


def test_an_intercept_in_the_future_or_before_a_request_changes_nothing(importer: Core) -> None:
    ids = list(_imported(importer).values())
    with pytest.raises(ValidationError) as err:
        importer.batch.mark_intercepted(ids, importer.clock.now() + days(1))
    assert err.value.problems[0].code == "in_future"
    with pytest.raises(ValidationError) as err:
        importer.batch.mark_intercepted(ids, importer.clock.now() - days(60))
    assert err.value.problems[0].code == "before_case_applied"
    with importer.db.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM events WHERE kind = 'intercepted'").fetchone()[
            0
        ] == 0  # fmt: skip


def test_an_intercept_can_be_recorded_on_one_case_and_withdrawn(importer: Core) -> None:
    ids = _imported(importer)
    case_id = next(i for i in ids.values() if importer.cases.detail(i).state.is_open)
    detail = importer.cases.detail(case_id)
    assert EventKind.INTERCEPTED in importer.cases.allowed_events(detail)
    # It moves no stage, so it may be dated before the last change of stage.
    importer.cases.record(case_id, EventInput(EventKind.INTERCEPTED, detail.facts.applied_at))
    event = importer.cases.detail(case_id).events[-1]
    assert importer.cases.detail(case_id).state.intercepted_at == detail.facts.applied_at
    importer.cases.revoke(case_id, event.id)
    assert importer.cases.detail(case_id).state.intercepted_at is None
    with importer.db.read() as conn:
        row = conn.execute("SELECT intercepted_at FROM cases WHERE id = ?", (case_id,))
        assert row.fetchone()[0] is None


def test_the_queue_filters_on_the_outbound_parcels_status(importer: Core) -> None:
    _imported(importer)
    statuses = dict(importer.queue.logistics_statuses(None))
    assert statuses["买家已签收"] >= 1 and statuses[""] >= 1
    now = importer.clock.now()
    for status, count in statuses.items():
        found = importer.queue.ids(QueueFilter(View.ALL, logistics=status), QueueSort(), now)
        assert len(found) == count
        rows = importer.queue.rows(found)
        assert {r.logistics_status for r in rows.values()} == {status}
    signed = importer.queue.ids(QueueFilter(search="SF7000000000121"), QueueSort(), now)
    assert len(signed) == 1  # the outbound tracking number is searched too
