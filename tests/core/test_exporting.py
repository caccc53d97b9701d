"""CSV out: opens cleanly in Excel/WPS, cannot run formulas, and imports back losslessly."""

from __future__ import annotations

import csv
import io
import string
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.bootstrap import open_core
from desktop.core.clock import FixedClock
from desktop.core.exporting import GENERIC_KEYS, STATE_KEYS, export_cases, safe_cell
from desktop.core.importing import values
from desktop.core.times import SHANGHAI
from tests.core.test_importing import NOW, run


def read_back(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_export_keeps_ids_as_text_and_is_formula_safe(importer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.services.validation import CaseDraft

    run(importer, "douyin_售后单_sample.xlsx")
    importer.cases.create(CaseDraft(
        platform="other", after_sale_id="X1", case_type="other", applied_at=NOW,
        reason="=HYPERLINK(\"http://evil\")", buyer="@admin",
    ))  # fmt: skip
    out = tmp_path / "out.csv"
    assert export_cases(importer.db, importer.rules.current(), out) == 7
    rows = read_back(out)
    assert list(rows[0]) == [*GENERIC_KEYS, *STATE_KEYS]
    by_id = {values.identifier(r["after_sale_id"]): r for r in rows}
    assert by_id["7311000000000000101"]["after_sale_id"] == "\t7311000000000000101"
    assert by_id["7311000000000000101"]["merchant_deadline_at"] == "2026-11-26T10:20:00+08:00"
    assert by_id["X1"]["reason"] == '\'=HYPERLINK("http://evil")'
    assert by_id["X1"]["buyer"] == "'@admin"
    assert export_cases(importer.db, importer.rules.current(), out, open_only=True) == 4


def test_labels_replace_the_keys_in_the_header_only(importer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(importer, "taobao_退款明细_sample.xlsx")
    out = tmp_path / "out.csv"
    export_cases(importer.db, importer.rules.current(), out, labels={"platform": "平台"})
    rows = read_back(out)
    assert rows[0]["平台"] == "taobao"


def test_safe_cell() -> None:
    assert safe_cell("-5") == "'-5"
    assert safe_cell("+86 138") == "'+86 138"
    assert safe_cell("'quoted") == "''quoted"
    assert safe_cell("plain") == "plain"
    assert safe_cell("无") == "'无"
    assert values.text(safe_cell("无")) == "无"
    assert safe_cell("6931000000000000101", identifier=True) == "\t6931000000000000101"
    assert safe_cell("12345", identifier=True) == "12345"


_TIMES = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 6, 1)).map(
    lambda d: d.replace(microsecond=0, second=0)
)
_TEXT = st.one_of(
    st.text(string.ascii_letters + "中文售后=+-@' ", max_size=12).map(str.strip),
    st.sampled_from(["无", "-", "NULL", "none", "'无", "'=1"]),  # words and quotes import reads
)
_ROW = st.fixed_dictionaries({
    "platform": st.sampled_from(["douyin", "pinduoduo", "taobao", "wechat", "kuaishou", "other"]),
    "case_type": st.sampled_from(["refund_only", "return_refund", "exchange", "resend", "other"]),
    "order_id": st.text(string.digits, min_size=0, max_size=19),
    "amount": st.decimals(min_value=0, max_value=99999, places=2).map(str),
    "reason": _TEXT, "buyer": _TEXT,
    "applied_at": _TIMES,
    "agreed": st.booleans(), "shipped": st.booleans(), "deadline": st.booleans(),
    "tracking": st.text(string.ascii_uppercase + string.digits, min_size=1, max_size=15),
    "note": _TEXT,
})  # fmt: skip


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_ROW, min_size=1, max_size=6))
def test_generic_csv_round_trip(rows, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """Generic CSV -> import -> export (key style) -> import elsewhere -> the same export."""
    folder = tmp_path_factory.mktemp("roundtrip")
    source = folder / "in.csv"
    fmt = "%Y-%m-%d %H:%M:%S"
    lines = []
    for n, r in enumerate(rows):
        applied = r["applied_at"]
        lines.append({
            "platform": r["platform"], "after_sale_id": f"AS{n}", "order_id": r["order_id"],
            "case_type": r["case_type"], "amount": r["amount"], "reason": r["reason"],
            "buyer": r["buyer"], "applied_at": applied.strftime(fmt),
            "agreed_at": (applied + timedelta(hours=1)).strftime(fmt) if r["agreed"] else "",
            "return_tracking_no": r["tracking"] if r["shipped"] else "",
            "return_shipped_at": (applied + timedelta(hours=3)).strftime(fmt) if r["shipped"] else "",
            "platform_deadline_at": (applied + timedelta(days=2)).strftime(fmt) if r["deadline"] else "",
            "note": r["note"],
        })  # fmt: skip
    with source.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(lines[0]))
        writer.writeheader()
        writer.writerows([{k: safe_cell(v) for k, v in line.items()} for line in lines])
    clock = FixedClock(datetime(2026, 7, 1, tzinfo=SHANGHAI))
    first = open_core(folder / "a", clock)
    second = open_core(folder / "b", clock)
    try:
        out_a, out_b = folder / "a.csv", folder / "b.csv"
        preview = first.imports.preview(source)
        plan = first.imports.plan(preview, first.imports.columns(preview))
        assert plan.rejected == []
        first.imports.apply(plan)
        export_cases(first.db, first.rules.current(), out_a)
        preview = second.imports.preview(out_a)
        second.imports.apply(second.imports.plan(preview, second.imports.columns(preview)))
        export_cases(second.db, second.rules.current(), out_b)
        exported = read_back(out_a)
        assert read_back(out_b) == exported
        by_id = {r["after_sale_id"]: r for r in exported}
        for n, line in enumerate(lines):
            got = by_id[f"AS{n}"]
            for key in ("platform", "case_type", "reason", "buyer", "note", "return_tracking_no"):
                assert values.text(got[key]) == line[key], key
            assert values.identifier(got["order_id"]) == line["order_id"]
            assert values.money_fen(got["amount"]) == values.money_fen(line["amount"])
            for key in ("applied_at", "agreed_at", "return_shipped_at", "platform_deadline_at"):
                assert values.moment(got[key]) == values.moment(line[key]), key
    finally:
        first.close()
        second.close()
