"""The queue's views, filters, search and sort; rule changes applied to running clocks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.errors import ValidationError
from desktop.core.model import EventKind, Platform
from desktop.core.services.cases import EventInput
from desktop.core.services.queue import QueueFilter, QueueSort, SortKey, View
from desktop.core.services.validation import CaseDraft
from tests.core.conftest import T0
from tests.core.factories import days, hours


@pytest.fixture
def cases(core: Core) -> dict[str, int]:
    """Five cases: overdue, due in 3 h, due in 3 days, waiting for the buyer, finished."""

    def add(asid: str, platform: str, due: timedelta | None, ctype: str = "refund_only",
            buyer: str = "") -> int:  # fmt: skip
        case_id, _ = core.cases.create(
            CaseDraft(
                platform=platform, after_sale_id=asid, order_id=f"O-{asid}", case_type=ctype,
                applied_at=T0 - days(3), buyer=buyer,
                platform_deadline=None if due is None else T0 + due,
            )
        )  # fmt: skip
        return case_id

    ids = {
        "overdue": add("DY-OVER", "douyin", hours(-2)),
        "soon": add("PDD-SOON", "pinduoduo", hours(3), buyer="张三"),
        "later": add("WX-LATER", "wechat", days(3)),
        "buyer": add("DY-BUYER", "douyin", None, ctype="return_refund"),
        "done": add("KS-DONE", "kuaishou", None),
    }
    core.cases.record(ids["buyer"], EventInput(EventKind.AGREED, T0 - days(1)))
    core.cases.record(
        ids["buyer"],
        EventInput(EventKind.NOTE, T0 - days(1), text="买家说明天寄"),
    )
    core.cases.record(ids["done"], EventInput(EventKind.REFUNDED, T0 - days(1)))
    return ids


def ids(core: Core, **kw) -> list[int]:  # type: ignore[no-untyped-def]
    sort = kw.pop("sort", QueueSort())
    return core.queue.ids(QueueFilter(**kw), sort, core.clock.now())


def test_default_order_is_the_next_merchant_deadline(core: Core, cases: dict[str, int]) -> None:
    assert ids(core) == [
        cases["overdue"], cases["soon"], cases["later"], cases["buyer"], cases["done"],
    ]  # fmt: skip


def test_what_needs_the_user_comes_before_what_waits_and_finished_is_last(
    core: Core, cases: dict[str, int], clock: FixedClock
) -> None:
    """Issue #11: 时效未知, agreed-but-not-refunded and buyer-overdue cases sank below finished
    ones. Now: what needs the user by urgency, then what waits on others, finished last."""

    def add(asid: str, platform: str, ctype: str = "refund_only") -> int:
        case_id, _ = core.cases.create(
            CaseDraft(platform=platform, after_sale_id=asid, case_type=ctype,
                      applied_at=T0 - days(2))
        )  # fmt: skip
        return case_id

    unknown = add("KS-UNKNOWN", "kuaishou")  # no rule for 快手: 时效未知
    agreed = add("TB-AGREED", "taobao")
    core.cases.record(agreed, EventInput(EventKind.AGREED, T0 - hours(1)))  # refund not yet
    buyer_late = add("PDD-BUYER", "pinduoduo", "return_refund")
    core.cases.record(buyer_late, EventInput(EventKind.AGREED, T0 - days(1)))
    clock.advance(days(7))  # the buyer's 7 days to send the return have run out
    order = ids(core)
    assert order.index(cases["later"]) < order.index(unknown)  # dated ones first
    mine = [unknown, agreed]
    waiting = [buyer_late, cases["buyer"]]
    assert sorted(order[3:5]) == sorted(mine)
    assert sorted(order[5:7]) == sorted(waiting)
    rows = core.queue.rows(order[5:7])
    dues = [rows[c].buyer_due_at for c in order[5:7]]
    assert None not in dues and dues == sorted(dues)  # by the buyer's deadline
    assert order[-1] == cases["done"]
    assert sorted(ids(core, view=View.UNDATED)) == sorted(mine)
    assert core.queue.counts(None, clock.now())[View.UNDATED] == 2


def test_an_older_desk_gets_the_new_order_when_it_is_upgraded(
    core: Core, cases: dict[str, int], clock: FixedClock
) -> None:
    from desktop.core.bootstrap import open_core

    def sort_dues(opened: Core) -> dict[int, int]:
        with opened.db.read() as conn:
            return dict(conn.execute("SELECT id, sort_due FROM cases").fetchall())

    path = core.paths.root
    before = sort_dues(core)
    assert len(set(before.values())) == 5
    with core.db.session() as s:  # as release 0005 left it: one value for every undated case
        raw = s.connection().connection.driver_connection
        raw.execute("UPDATE cases SET sort_due = 9000000000 WHERE merchant_due_at IS NULL")
        raw.execute("ALTER TABLE cases DROP COLUMN product")  # added by 0007
        raw.execute("UPDATE alembic_version SET version_num = '0005'")
    core.close()
    again = open_core(path, clock)
    try:
        assert sort_dues(again) == before
    finally:
        again.close()


def test_quick_views(core: Core, cases: dict[str, int]) -> None:
    assert ids(core, view=View.OVERDUE) == [cases["overdue"]]
    assert ids(core, view=View.DUE_24H) == [cases["soon"]]
    assert ids(core, view=View.MERCHANT_TURN) == [cases["overdue"], cases["soon"], cases["later"]]
    assert ids(core, view=View.BUYER_TURN) == [cases["buyer"]]
    assert ids(core, view=View.FINISHED) == [cases["done"]]
    counts = core.queue.counts(None, core.clock.now())
    assert counts == {
        View.OVERDUE: 1, View.DUE_24H: 1, View.MERCHANT_TURN: 3, View.UNDATED: 0,
        View.BUYER_TURN: 1, View.FINISHED: 1, View.ALL: 5,
    }  # fmt: skip


def test_views_follow_the_clock(core: Core, cases: dict[str, int], clock: FixedClock) -> None:
    clock.advance(hours(4))
    assert ids(core, view=View.OVERDUE) == [cases["overdue"], cases["soon"]]


def test_platform_filter_and_search(core: Core, cases: dict[str, int]) -> None:
    assert ids(core, platform=Platform.DOUYIN) == [cases["overdue"], cases["buyer"]]
    assert ids(core, search="pdd-soon") == [cases["soon"]]  # after-sales id, any case
    assert ids(core, search="O-WX") == [cases["later"]]  # order id
    assert ids(core, search="张三") == [cases["soon"]]  # buyer
    assert ids(core, search="%") == []  # LIKE wildcards are literal


def test_search_finds_return_tracking_numbers(core: Core, cases: dict[str, int]) -> None:
    core.cases.record(
        cases["buyer"], EventInput(EventKind.RETURN_SHIPPED, T0, tracking_no="SF1234567")
    )
    assert ids(core, search="1234567") == [cases["buyer"]]


def test_sort_by_other_columns(core: Core, cases: dict[str, int]) -> None:
    by_id = ids(core, sort=QueueSort(SortKey.AFTER_SALE_ID))
    assert by_id == [cases[k] for k in ("buyer", "overdue", "done", "soon", "later")]
    assert ids(core, sort=QueueSort(SortKey.AFTER_SALE_ID, descending=True)) == by_id[::-1]


def test_rows_carry_what_the_table_shows(core: Core, cases: dict[str, int]) -> None:
    rows = core.queue.rows([cases["soon"], cases["done"]])
    assert rows[cases["soon"]].after_sale_id == "PDD-SOON"
    assert rows[cases["done"]].stage == "refunded"


def test_due_lists_overdue_and_within_window(core: Core, cases: dict[str, int]) -> None:
    due = core.queue.due(core.clock.now(), hours(24))
    assert [r.id for r in due] == [cases["overdue"], cases["soon"]]


def test_rule_change_applies_to_running_clocks_and_is_recorded(
    core: Core, clock: FixedClock
) -> None:
    case_id, _ = core.cases.create(
        CaseDraft(platform="pinduoduo", after_sale_id="P1", case_type="refund_only", applied_at=T0)
    )
    rule = "pinduoduo.refund_only.merchant"
    changes = core.rules.change(rule, duration=hours(24), note="双11 期间缩短")
    assert changes.all_cases and changes.rules
    assert core.queue.rows([case_id])[case_id].merchant_due_at == int((T0 + hours(24)).timestamp())
    assert core.rules.current().get(rule).modified
    [record] = core.rules.history(rule)
    assert record.duration == hours(24) and record.note == "双11 期间缩短"
    core.rules.restore_default(rule)
    assert core.queue.rows([case_id])[case_id].merchant_due_at == int((T0 + hours(48)).timestamp())
    assert not core.rules.current().get(rule).modified
    assert len(core.rules.history(rule)) == 2


def test_rule_changes_survive_a_restart(core: Core, clock: FixedClock) -> None:
    from desktop.core.bootstrap import open_core

    core.rules.change("shop.refund_after_return", enabled=True)
    core.close()
    again = open_core(core.paths.root, clock)
    try:
        assert again.rules.current().get("shop.refund_after_return").enabled
    finally:
        again.close()


def test_bad_rule_changes_are_refused(core: Core) -> None:
    with pytest.raises(ValidationError):
        core.rules.change("no.such.rule", duration=hours(1))
    with pytest.raises(ValidationError):
        core.rules.change("pinduoduo.refund_only.merchant", duration=timedelta(seconds=10))
    assert core.rules.history() == []


def test_a_rule_change_reaches_every_case_it_applies_to_and_no_other(core: Core) -> None:
    def case(asid: str, platform: str) -> int:
        case_id, _ = core.cases.create(
            CaseDraft(platform=platform, after_sale_id=asid, case_type="return_refund",
                      applied_at=T0 - days(3))
        )  # fmt: skip
        core.cases.record(case_id, EventInput(EventKind.AGREED, T0 - days(3)))
        core.cases.record(
            case_id, EventInput(EventKind.RETURN_SHIPPED, T0 - days(2), tracking_no="1")
        )
        core.cases.record(case_id, EventInput(EventKind.RETURN_RECEIVED, T0 - days(1)))
        return case_id

    taobao, douyin = case("TB", "taobao"), case("DY", "douyin")
    due = {c: core.queue.rows([c])[c].merchant_due_at for c in (taobao, douyin)}
    core.rules.change("shop.refund_after_return", enabled=True)  # every platform, 72 h
    rows = core.queue.rows([taobao, douyin])
    # 淘宝: 10 days from the shipment, so the shop's 72 h from receipt now comes first.
    assert rows[taobao].merchant_due_at == int((T0 - days(1) + hours(72)).timestamp())
    # 抖店: its own 48 h from receipt is still earlier than the shop's promise.
    assert rows[douyin].merchant_due_at == due[douyin]
    core.rules.change("pinduoduo.return.merchant_after_return", duration=days(3))
    assert core.queue.rows([taobao])[taobao].merchant_due_at == rows[taobao].merchant_due_at
