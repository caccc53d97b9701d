"""What the import and export say to people: source names, field names, row problems, the
summary, and the export's column labels (the generic source also accepts these labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.importing.records import RowProblem

translate = QCoreApplication.translate


def source_name(key: str) -> str:
    return {
        "douyin": translate("Imports", "抖店 售后单 export"),
        "taobao": translate("Imports", "千牛 退款明细 export"),
        "pinduoduo": translate("Imports", "拼多多 售后 export"),
        "wechat": translate("Imports", "视频号/微信小店 export"),
        "kuaishou": translate("Imports", "快手 export"),
        "generic": translate("Imports", "CaseWatch CSV"),
    }.get(key, key)


def export_labels() -> dict[str, str]:
    """Column labels of label-style exports (resources/import_sources/generic.toml lists the
    same words as aliases, so such a file maps back when the generic source is chosen)."""
    return {
        "platform": translate("Export", "Platform"),
        "after_sale_id": translate("Export", "After-sales id"),
        "order_id": translate("Export", "Order id"),
        "case_type": translate("Export", "Type"),
        "amount": translate("Export", "Amount (yuan)"),
        "reason": translate("Export", "Reason"),
        "buyer": translate("Export", "Buyer"),
        "product": translate("Export", "Product"),
        "applied_at": translate("Export", "Applied at"),
        "agreed_at": translate("Export", "Agreed at"),
        "return_courier": translate("Export", "Return courier"),
        "return_tracking_no": translate("Export", "Return tracking no."),
        "return_shipped_at": translate("Export", "Return shipped at"),
        "return_received_at": translate("Export", "Return signed for at"),
        "receipt_extended_at": translate("Export", "Receipt extended at"),
        "rejected_at": translate("Export", "Rejected at"),
        "refunded_at": translate("Export", "Refunded at"),
        "closed_at": translate("Export", "Closed at"),
        "platform_deadline_at": translate("Export", "Platform deadline"),
        "note": translate("Export", "Note"),
        "ship_courier": translate("Export", "Outbound courier"),
        "ship_tracking_no": translate("Export", "Outbound tracking no."),
        "logistics_status": translate("Export", "Logistics status"),
        "intercepted_at": translate("Export", "Intercepted at"),
        "stage": translate("Export", "Stage"),
        "merchant_deadline_at": translate("Export", "Merchant deadline"),
        "merchant_deadline_action": translate("Export", "Then"),
        "deadline_source": translate("Export", "Deadline from"),
        "buyer_deadline_at": translate("Export", "Buyer deadline"),
    }


def field_name(field: str) -> str:
    """An import field, for the wizard's mapping table."""
    names = export_labels()
    names.update(
        {
            "platform_deadline": names["platform_deadline_at"],
            "status": translate("Imports", "Status"),
            "needs_return": translate("Imports", "Return needed (yes/no)"),
            "evidence_deadline": translate("Imports", "Evidence deadline"),
            "return_logistics_status": translate("Imports", "Return parcel status"),
            "product_spec": translate("Imports", "Product SKU / spec"),
        }
    )
    return names.get(field, field)


def problem_text(p: RowProblem) -> str:
    texts = {
        "required": translate("Imports", "empty, but required"),
        "excel_mangled_id": translate(
            "Imports",
            "“{value}” was turned into a number by Excel and its last digits are lost. Export "
            "again from the platform and import that file directly, or format the column as "
            "Text in Excel before saving.",
        ),
        "bad_id": translate("Imports", "“{value}” is not an id"),
        "invalid_amount": translate("Imports", "“{value}” is not an amount in yuan"),
        "invalid_time": translate("Imports", "“{value}” is not a time (YYYY-MM-DD HH:MM:SS)"),
        "unknown_platform": translate(
            "Imports",
            "“{value}” is not a platform (douyin, pinduoduo, taobao, wechat, kuaishou, other)",
        ),
        "duplicate_in_file": translate(
            "Imports",
            "the same after-sales id as row {value}, with different contents: row {value} "
            "was imported, this one was not (export again, or delete the older row)",
        ),
        "duplicate_same": translate("Imports", "the same row as row {value}: read once"),
        "unknown_status": translate(
            "Imports", "unknown status: imported as “needs review”, please check the case"
        ),
        "unknown_case_type": translate(
            "Imports", "unknown after-sales type: imported as “other”, please check the case"
        ),
    }
    return texts.get(p.code, p.code).format(value=p.value)


def problem_line(p: RowProblem) -> str:
    if p.column:
        return translate("Imports", "row {row}, column “{column}”: {problem}").format(
            row=p.row, column=p.column, problem=problem_text(p)
        )
    return translate("Imports", "row {row} ({case}): {problem}").format(
        row=p.row, case=p.value, problem=problem_text(p)
    )


def summary_line(name: str, plan, dry_run: bool) -> str:  # type: ignore[no-untyped-def]
    text = translate(
        "Imports",
        "{file} ({source}): {rows} rows read, {new} new, {updated} updated, {unchanged} "
        "unchanged, {rejected} rejected",
    ).format(
        file=name,
        source=source_name(plan.columns.source.key),
        rows=plan.rows_read,
        new=len(plan.new),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        rejected=plan.rejected_rows,
    )
    if dry_run:
        text += " " + translate("Imports", "(dry run: nothing was changed)")
    return text
