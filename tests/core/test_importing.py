"""Importing the platforms' exports: golden files, re-imports, broken files, atomicity, undo."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.bootstrap import Core, open_core
from desktop.core.clock import FixedClock
from desktop.core.errors import UserError
from desktop.core.importing.mapping import ColumnMap
from desktop.core.model import EventKind, Stage
from desktop.core.services.cases import EventInput
from desktop.core.services.imports import ImportCancelled
from desktop.core.times import SHANGHAI

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
EXPECTED = DATA / "expected"
#: The morning after the sample exports were made.
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI)


def run(core: Core, name: str, source: str = "auto", **kw):  # type: ignore[no-untyped-def]
    preview = core.imports.preview(DATA / name)
    plan = core.imports.plan(preview, core.imports.columns(preview, source))
    result = core.imports.apply(plan, **kw)
    return plan, result


def dump(core: Core) -> list[dict[str, object]]:
    """What the golden files hold: every case as the app shows it, with its timeline."""
    with core.db.read() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY platform, after_sale_id")]
    found = []
    for case_id in ids:
        d = core.cases.detail(case_id)
        merchant = d.state.merchant_clock
        found.append({
            "platform": d.facts.platform.value, "after_sale_id": d.facts.after_sale_id,
            "order_id": d.facts.order_id, "case_type": d.facts.case_type.value,
            "amount_fen": d.facts.amount_fen, "reason": d.facts.reason, "buyer": d.facts.buyer,
            "product": d.facts.product,
            "applied_at": d.facts.applied_at.isoformat(), "stage": d.state.stage.value,
            "platform_status": d.state.platform_status,
            "merchant_due": merchant.due_at.isoformat() if merchant else None,
            "merchant_source": merchant.source.value if merchant else None,
            "return": [d.state.return_courier, d.state.return_tracking_no],
            "ship": [d.facts.ship_tracking_no, d.facts.logistics_status],
            "events": [f"{e.kind.value}@{e.occurred_at.isoformat()}" for e in d.timeline],
        })  # fmt: skip
    return found


GOLDEN = [
    "douyin_售后单_sample.xlsx",
    "taobao_退款明细_sample.xlsx",
    "pinduoduo_售后_sample_reconstructed.xlsx",
    "casewatch_generic_sample.csv",
    "douyin_gb18030.csv",
    "douyin_shuffled_extra.xlsx",
    "pinduoduo_unicode_text.txt",
    "taobao_classic_gbk.csv",
]


@pytest.mark.parametrize("name", GOLDEN)
def test_golden_file(importer: Core, name: str) -> None:
    plan, _ = run(importer, name)
    assert plan.rejected == []
    got = dump(importer)
    golden = EXPECTED / (Path(name).stem + ".json")
    if os.environ.get("CASEWATCH_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_variants_of_one_export_give_the_same_cases(importer: Core, tmp_path: Path) -> None:
    """GBK CSV, shuffled columns with a title row and extra columns: as the original xlsx."""
    run(importer, "douyin_售后单_sample.xlsx")
    original = dump(importer)
    for name in ("douyin_gb18030.csv", "douyin_shuffled_extra.xlsx"):
        other = open_core(tmp_path / name, FixedClock(NOW))
        try:
            run(other, name)
            assert dump(other) == original
        finally:
            other.close()


def test_detected_source_and_encoding(importer: Core) -> None:
    cases = {
        "douyin_gb18030.csv": ("douyin", "gb18030", ","),
        "pinduoduo_unicode_text.txt": ("pinduoduo", "utf-16", "\t"),
        "taobao_classic_gbk.csv": ("taobao", "gb18030", ","),
        "casewatch_generic_sample.csv": ("generic", "utf-8-sig", ","),
    }
    for name, (source, encoding, delimiter) in cases.items():
        preview = importer.imports.preview(DATA / name)
        assert preview.detected is not None
        assert (preview.detected.key, preview.source.encoding, preview.source.delimiter) == (
            source, encoding, delimiter,
        )  # fmt: skip
    shuffled = importer.imports.preview(DATA / "douyin_shuffled_extra.xlsx")
    assert shuffled.header_row == 2
    assert "我的备注" in importer.imports.columns(shuffled).unmapped_headers


def test_importing_the_same_file_twice_changes_nothing(importer: Core) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    before = dump(importer)
    plan, result = run(importer, "douyin_售后单_sample.xlsx")
    assert (len(plan.new), len(plan.updates), plan.unchanged) == (0, 0, 6)
    assert not result.changes.touches_cases
    assert dump(importer) == before


def test_a_newer_export_records_each_change_and_keeps_the_users_work(importer: Core) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    case_id = importer.cases.find(*_key("7311000000000000111"))
    assert case_id is not None
    importer.cases.record(case_id, EventInput(EventKind.NOTE, NOW, text="已电话联系买家"))
    plan, _ = run(importer, "douyin_newer.xlsx")
    assert (len(plan.new), len(plan.updates), plan.unchanged) == (0, 2, 4)
    detail = importer.cases.detail(case_id)
    assert detail.state.stage is Stage.AWAITING_RETURN
    kinds = [e.kind for e in detail.events]
    assert kinds[-3:] == [EventKind.AGREED, EventKind.IMPORTED_STATUS, EventKind.DEADLINE_CHANGED]
    assert EventKind.NOTE in kinds  # the user's note is still there
    assert detail.state.buyer_clock is not None
    assert detail.state.buyer_clock.due_at == datetime(2026, 11, 28, 11, 0, tzinfo=SHANGHAI)
    refunded = importer.cases.detail(importer.cases.find(*_key("7311000000000000101")))  # type: ignore[arg-type]
    assert refunded.state.stage is Stage.REFUNDED
    again, _ = run(importer, "douyin_newer.xlsx")
    assert (len(again.new), len(again.updates), again.unchanged) == (0, 0, 6)


def _key(after_sale_id: str):  # type: ignore[no-untyped-def]
    from desktop.core.model import Platform

    return Platform.DOUYIN, after_sale_id


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("broken/empty.csv", "file_empty"),
        ("broken/header_only.csv", "no_rows"),
        ("broken/junk.csv", "binary_file"),
        ("broken/junk.xlsx", "xlsx_unreadable"),
        ("broken/truncated.xlsx", "xlsx_unreadable"),
        ("broken/unknown_columns.csv", "unknown_source"),
        ("no_such_file.csv", "file_not_found"),
    ],
)
def test_broken_files_give_a_clear_error_and_change_nothing(
    importer: Core, name: str, code: str
) -> None:
    run(importer, "taobao_退款明细_sample.xlsx")
    before = dump(importer)
    with pytest.raises(UserError) as err:
        run(importer, name)
    assert err.value.code == code
    assert dump(importer) == before


def test_ids_excel_destroyed_are_refused_with_the_reason(importer: Core) -> None:
    plan, _ = run(importer, "broken/excel_destroyed.csv")
    assert [(p.row, p.column, p.code) for p in plan.rejected] == [
        (2, "售后单号", "excel_mangled_id"), (2, "订单号", "excel_mangled_id"),
    ]  # fmt: skip
    assert plan.rejected_rows == 1
    assert [c["after_sale_id"] for c in dump(importer)] == ["7311000000000000111"]


def test_a_cancelled_import_leaves_the_database_as_it_was(importer: Core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.services import imports

    run(importer, "taobao_退款明细_sample.xlsx")
    before = dump(importer)
    monkeypatch.setattr(imports, "CHUNK", 2)  # several chunks, so the cancel lands mid-way
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        run(importer, "douyin_售后单_sample.xlsx", cancel=cancel)
    assert dump(importer) == before
    assert importer.imports.last_import().source == "taobao"  # type: ignore[union-attr]


def test_a_crash_mid_import_leaves_the_database_as_it_was(importer: Core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.services import imports

    monkeypatch.setattr(imports, "CHUNK", 2)
    original = imports.ImportService._insert_new
    calls = []

    def failing(self, raw, chunk, *args):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return original(self, raw, chunk, *args)

    monkeypatch.setattr(imports.ImportService, "_insert_new", failing)
    with pytest.raises(RuntimeError):
        run(importer, "douyin_售后单_sample.xlsx")
    assert dump(importer) == []
    assert importer.imports.last_import() is None


def test_undo_last_import(importer: Core) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    first = dump(importer)
    run(importer, "douyin_newer.xlsx")
    changes = importer.imports.undo_last()
    assert changes.all_cases
    after = dump(importer)
    assert [(c["after_sale_id"], c["stage"], c["merchant_due"]) for c in after] == [
        (c["after_sale_id"], c["stage"], c["merchant_due"]) for c in first
    ]
    with pytest.raises(UserError) as err:
        importer.imports.undo_last()
    assert err.value.code == "nothing_to_undo"


def test_undo_removes_new_cases_unless_worked_on(importer: Core, tmp_path: Path) -> None:
    run(importer, "taobao_退款明细_sample.xlsx")
    importer.imports.undo_last()
    assert dump(importer) == []
    run(importer, "taobao_退款明细_sample.xlsx")
    case_id = importer.cases.find(*_taobao("211000000000000211"))
    assert case_id is not None
    importer.cases.record(case_id, EventInput(EventKind.AGREED, NOW))
    with pytest.raises(UserError) as err:
        importer.imports.undo_last()
    assert err.value.code == "undo_blocked"
    assert err.value.params["cases"] == "211000000000000211"
    assert len(dump(importer)) == 3


def _taobao(after_sale_id: str):  # type: ignore[no-untyped-def]
    from desktop.core.model import Platform

    return Platform.TAOBAO, after_sale_id


def test_a_corrected_mapping_is_remembered_per_source(importer: Core, tmp_path: Path) -> None:
    """A 视频号 export (headers unknown to CaseWatch): the user matches columns once."""
    path = tmp_path / "wechat.csv"
    path.write_text(
        "售后单编号,下单单号,售后类型,售后状态,发起时间,退款金额（元）\n"
        "WX1001,O1,仅退款,商家受理中,2026-11-21 10:00:00,18.00\n",
        encoding="utf-8-sig",
    )
    preview = importer.imports.preview(path)
    assert preview.detected is None
    with pytest.raises(UserError) as err:
        importer.imports.columns(preview)
    assert err.value.code == "unknown_source"
    columns = importer.imports.columns(preview, "wechat")
    assert columns.missing == ["after_sale_id", "applied_at"]
    importer.imports.save_mapping(
        "wechat", {"after_sale_id": "售后单编号", "applied_at": "发起时间", "order_id": "下单单号"}
    )
    columns = importer.imports.columns(preview, "wechat")
    assert columns.missing == []
    plan = importer.imports.plan(preview, columns)
    importer.imports.apply(plan)
    [case] = dump(importer)
    assert (case["after_sale_id"], case["order_id"], case["stage"]) == (
        "WX1001",
        "O1",
        "awaiting_merchant",
    )
    assert case["merchant_source"] == "rule"  # 视频号 仅退款: 48 h from the request


def test_the_wizards_choices_are_remembered_as_corrections_only(
    importer: Core, tmp_path: Path
) -> None:
    path = tmp_path / "taobao.csv"
    path.write_text(
        "退款编号,订单编号,退款申请时间,买家退款金额,商家备注,卖家备注\n"
        "T1,O1,2026-11-21 10:00:00,18.00,a,b\n",
        encoding="utf-8-sig",
    )
    preview = importer.imports.preview(path)
    by_name = importer.imports.columns(preview, "taobao")
    headers = list(preview.headers)
    chosen = dict(by_name.columns)
    chosen["note"] = headers.index("卖家备注")  # the user prefers the seller's note
    chosen.pop("amount")  # and does not want the amount read
    importer.imports.remember_mapping(preview, ColumnMap(by_name.source, chosen, preview.headers))
    assert importer.imports.saved_mapping("taobao") == {"note": "卖家备注", "amount": ""}
    again = importer.imports.columns(preview, "taobao")
    assert again.columns == chosen
    # Choosing the column matched by name again drops the correction.
    chosen["note"] = by_name.columns["note"]
    importer.imports.remember_mapping(preview, ColumnMap(by_name.source, chosen, preview.headers))
    assert importer.imports.saved_mapping("taobao") == {"amount": ""}


def test_unknown_status_goes_to_needs_review_never_a_guess(importer: Core, tmp_path: Path) -> None:
    path = tmp_path / "pdd.csv"
    path.write_text(
        "售后编号,订单编号,售后类型,售后状态,申请时间,退款金额\n"
        "P1,O1,仅退款,神秘的新状态,2026-11-21 10:00:00,5\n",
        encoding="utf-8",
    )
    plan, _ = run(importer, "pdd.csv" if False else str(path))
    assert [(p.row, p.code) for p in plan.notes] == [(2, "unknown_status")]
    [case] = dump(importer)
    assert case["stage"] == "needs_review"
    assert case["platform_status"] == "神秘的新状态"


def test_after_an_undo_the_same_newer_file_imports_again(importer: Core) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    run(importer, "douyin_newer.xlsx")
    newer = dump(importer)
    importer.imports.undo_last()
    plan, _ = run(importer, "douyin_newer.xlsx")  # not skipped as "unchanged"
    assert len(plan.updates) == 2
    assert [(c["after_sale_id"], c["stage"]) for c in dump(importer)] == [
        (c["after_sale_id"], c["stage"]) for c in newer
    ]


def test_a_status_text_learned_later_re_reads_unchanged_rows(importer: Core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop.core.importing import mapping, sources

    run(importer, "douyin_售后单_sample.xlsx")
    spec = sources.load_sources()["douyin"]
    learned = replace(spec, status={**spec.status, "待商家收货": Stage.RETURN_RECEIVED})
    monkeypatch.setattr(
        mapping, "load_sources", lambda: {**sources.load_sources(), "douyin": learned}
    )
    monkeypatch.setattr(
        "desktop.core.services.imports.load_sources",
        lambda: {**sources.load_sources(), "douyin": learned},
    )
    preview = importer.imports.preview(DATA / "douyin_售后单_sample.xlsx")
    plan = importer.imports.plan(preview, importer.imports.columns(preview, "douyin"))
    assert plan.unchanged < plan.rows_read  # rows were read again, not skipped by their digest


def test_choices_for_fields_the_source_does_not_name_are_remembered(
    importer: Core, tmp_path: Path
) -> None:
    first = tmp_path / "ks.csv"
    first.write_text(
        "售后编号,申请时间,买家昵称,运单号\nK1,2026-11-21 10:00:00,小王,SF1\n", "utf-8"
    )
    preview = importer.imports.preview(first)
    columns = importer.imports.columns(preview, "kuaishou")
    chosen = dict(columns.columns)
    chosen.update(after_sale_id=0, applied_at=1, buyer=2, ship_tracking_no=3)
    importer.imports.remember_mapping(preview, ColumnMap(columns.source, chosen, preview.headers))
    saved = importer.imports.saved_mapping("kuaishou")
    assert saved["buyer"] == "买家昵称" and saved["ship_tracking_no"] == "运单号"
    again = importer.imports.columns(preview, "kuaishou")
    assert again.columns["buyer"] == 2 and again.columns["ship_tracking_no"] == 3
    # "Not in this file" for a column by name stays remembered for a variant without it.
    taobao = tmp_path / "tb.csv"
    taobao.write_text("退款编号,退款申请时间,商家备注\nT1,2026-11-21 10:00:00,x\n", "utf-8")
    tb_preview = importer.imports.preview(taobao)
    tb = importer.imports.columns(tb_preview, "taobao")
    without_note = {k: v for k, v in tb.columns.items() if k != "note"}
    importer.imports.remember_mapping(tb_preview, ColumnMap(tb.source, without_note, tb.headers))
    assert importer.imports.saved_mapping("taobao") == {"note": ""}
    variant = tmp_path / "tb2.csv"
    variant.write_text("退款编号,退款申请时间\nT2,2026-11-21 10:00:00\n", "utf-8")
    v_preview = importer.imports.preview(variant)
    v = importer.imports.columns(v_preview, "taobao")
    importer.imports.remember_mapping(v_preview, v)
    assert importer.imports.saved_mapping("taobao") == {"note": ""}


def test_duplicate_rows_are_counted_and_explained(importer: Core, tmp_path: Path) -> None:
    path = tmp_path / "dups.csv"
    head = "platform,after_sale_id,case_type,applied_at,note\n"
    path.write_text(
        head + "douyin,D1,refund_only,2026-11-21 10:00:00,a\n"
        "douyin,D1,refund_only,2026-11-21 10:00:00,a\n"
        "douyin,D2,refund_only,2026-11-21 10:00:00,a\n"
        "douyin,D2,refund_only,2026-11-21 10:00:00,b\n",
        "utf-8",
    )
    preview = importer.imports.preview(path)
    plan = importer.imports.plan(preview, importer.imports.columns(preview))
    assert plan.rows_read == 4 and len(plan.new) == 2
    assert [(p.row, p.code, p.value) for p in plan.rejected] == [(5, "duplicate_in_file", "4")]
    assert [(p.row, p.code, p.value) for p in plan.notes] == [(3, "duplicate_same", "2")]


def test_blank_lines_above_the_header_and_lone_cr_line_ends(importer: Core, tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    rows = ["", "", "platform,after_sale_id,case_type,applied_at",
            "douyin,M1,refund_only,2026-11-21 10:00:00", "douyin,M2,refund_only,2026-11-21 11:00"]  # fmt: skip
    path.write_bytes("\r".join(rows).encode("utf-8"))
    preview = importer.imports.preview(path)
    assert preview.header_row == 3
    plan = importer.imports.plan(preview, importer.imports.columns(preview))
    assert (len(plan.new), plan.rejected) == (2, [])


def test_a_case_added_elsewhere_between_check_and_import_is_refused_whole(
    importer: Core,
) -> None:
    _refused_as_stale(importer)
    assert len(dump(importer)) == 1  # nothing of the file was saved


def _indexes(core: Core) -> list[tuple[str, str]]:
    with core.db.read() as conn:
        return conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).fetchall()


def test_a_big_first_import_sets_the_indexes_aside_and_rebuilds_them(
    importer: Core, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.storage import bulk_indexes

    monkeypatch.setattr(bulk_indexes, "LEAST_ROWS", 1)  # the samples count as big
    set_aside = []
    original = bulk_indexes.set_aside
    monkeypatch.setattr(
        bulk_indexes, "set_aside", lambda *a: set_aside.extend(original(*a)) or list(set_aside)
    )
    before = _indexes(importer)
    name = "douyin_售后单_sample.xlsx"
    run(importer, name)
    assert len(set_aside) == 13  # cases 10, events 1, case_clocks 2
    assert _indexes(importer) == before
    with importer.db.read() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    golden = EXPECTED / (Path(name).stem + ".json")
    assert dump(importer) == json.loads(golden.read_text(encoding="utf-8"))

    set_aside.clear()
    run(importer, "taobao_退款明细_sample.xlsx")  # fewer new cases than there are: kept
    assert set_aside == [] and _indexes(importer) == before


def test_indexes_set_aside_come_back_on_cancel_and_unique_ids_still_hold(
    importer: Core, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.services import imports
    from desktop.core.storage import bulk_indexes

    monkeypatch.setattr(bulk_indexes, "LEAST_ROWS", 1)
    monkeypatch.setattr(imports, "CHUNK", 2)
    before = _indexes(importer)
    calls = []
    with pytest.raises(ImportCancelled):
        run(importer, "douyin_售后单_sample.xlsx", cancel=lambda: calls.append(1) or len(calls) > 2)
    assert _indexes(importer) == before and dump(importer) == []

    _refused_as_stale(importer)
    assert len(dump(importer)) == 1 and _indexes(importer) == before


def _refused_as_stale(importer: Core) -> None:
    """A case of the file added by hand after the check: the import is refused whole."""
    from desktop.core.services.validation import CaseDraft

    preview = importer.imports.preview(DATA / "douyin_gb18030.csv")
    plan = importer.imports.plan(preview, importer.imports.columns(preview))
    first = plan.new[0]
    importer.cases.create(
        CaseDraft(platform="douyin", after_sale_id=first.after_sale_id, case_type="refund_only",
                  applied_at=first.applied_at)
    )  # fmt: skip
    with pytest.raises(UserError) as err:
        importer.imports.apply(plan)
    assert err.value.code == "import_stale"
