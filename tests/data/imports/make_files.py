"""Makes the import test files from the sample exports (../shared/samples, copied here).

    python tests/data/imports/make_files.py

The files are committed; this script says how each was made. Real exports vary: re-saved by
Excel/WPS as GBK CSV or "Unicode 文本", columns in another order, extra columns, a newer export
of the same cases, and files broken in the ways users' files break.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import xlsxwriter
from python_calamine import CalamineWorkbook

HERE = Path(__file__).resolve().parent


def sheet(name: str) -> list[list[str]]:
    return [
        [str(c) for c in row]
        for row in CalamineWorkbook.from_path(str(HERE / name)).get_sheet_by_index(0).to_python()
    ]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("售后单")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            ws.write_string(r, c, value)
    book.close()


def main() -> None:
    douyin = sheet("douyin_售后单_sample.xlsx")
    pdd = sheet("pinduoduo_售后_sample_reconstructed.xlsx")

    # 抖店, re-saved by WPS as a GBK ("ANSI") CSV.
    write_csv(HERE / "douyin_gb18030.csv", douyin, "gb18030")
    # 拼多多, saved by Excel as "Unicode 文本": UTF-16 with BOM, tab-separated.
    write_csv(HERE / "pinduoduo_unicode_text.txt", pdd, "utf-16", delimiter="\t")
    # 抖店 with the columns reversed, two columns of the shop's own, and a title row above.
    reordered = [list(reversed(r)) + extra for r, extra in
                 zip(douyin, [["我的备注", "仓库"]] + [["", "A仓"]] * (len(douyin) - 1), strict=True)]  # fmt: skip
    write_xlsx(HERE / "douyin_shuffled_extra.xlsx", [["抖店售后单导出 2026-11-22"], *reordered])
    # The classic 千牛 退款报表 (§3.1 of the research notes): 是否需要退货 instead of 售后类型,
    # 买家会员名称, GBK CSV with ids written as ="…" so that Excel keeps them.
    classic = ["订单编号", "退款编号", "支付宝交易号", "订单付款时间", "商品编码", "退款完结时间",
               "买家会员名称", "买家实际支付金额", "宝贝标题", "买家退款金额", "手工退款/系统退款",
               "是否需要退货", "退款的申请时间", "超时时间", "退款状态", "货物状态", "买家退款原因",
               "售中或售后", "退货物流单号", "退货物流公司", "买家退货时间"]  # fmt: skip
    write_csv(HERE / "taobao_classic_gbk.csv", [classic, [
        '="3911000000000000301"', '="211000000000000301"', "2026112222001", "2026-11-15 10:00:00",
        "", "", "tb_小明", "128.00", "羊毛衫", "128.00", "", "是", "2026-11-20 12:00:00",
        "2026-11-30 12:00:00", "卖家已经同意退款，等待买家退货", "买家已收到货", "七天无理由退换货",
        "售后", "", "", "",
    ], [
        '="3911000000000000311"', '="211000000000000311"', "", "2026-11-18 09:00:00", "", "",
        "tb_阿花", "39.90", "袜子", "39.90", "", "否", "2026-11-21 08:00:00",
        "2026-11-23 08:00:00", "买家已经申请退款，等待卖家同意", "买家未收到货", "未收到货", "售中",
        "", "", "",
    ]], "gb18030")  # fmt: skip
    # A newer 抖店 export of the same cases: 111 agreed (now waiting for the buyer), 101 refunded.
    newer = [list(r) for r in douyin]
    h = newer[0]
    col = {name: h.index(name) for name in h}
    for row in newer[1:]:
        if row[0] == "7311000000000000111":
            row[col["售后状态"]] = "待买家退货"
            row[col["同意售后申请时间"]] = "2026-11-21 11:00:00"
            row[col["自动处理截止时间"]] = "2026-11-28 11:00:00"
        if row[0] == "7311000000000000101":
            row[col["售后状态"]] = "同意退款，退款成功"
            row[col["商家退款时间"]] = "2026-11-22 09:30:00"
            row[col["自动处理截止时间"]] = "-"
    write_xlsx(HERE / "douyin_newer.xlsx", newer)

    broken = HERE / "broken"
    broken.mkdir(exist_ok=True)
    (broken / "empty.csv").write_bytes(b"")
    write_csv(broken / "header_only.csv", [douyin[0]], "utf-8-sig")
    (broken / "junk.csv").write_bytes(bytes(range(256)) * 40)
    (broken / "junk.xlsx").write_bytes(b"PK\x03\x04 this is not really a spreadsheet" * 20)
    whole = (HERE / "douyin_售后单_sample.xlsx").read_bytes()
    (broken / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    write_csv(broken / "unknown_columns.csv", [["姓名", "电话", "地址"], ["张三", "13800000000", "北京"]], "utf-8-sig")  # fmt: skip
    # Excel opened the CSV and saved it again: the long ids became 7.31E+18.
    mangled = [douyin[0]] + [list(r) for r in douyin[1:3]]
    mangled[1][0], mangled[1][1] = "7.311E+18", "6.931E+18"
    write_csv(broken / "excel_destroyed.csv", mangled, "utf-8-sig")


if __name__ == "__main__":
    main()
