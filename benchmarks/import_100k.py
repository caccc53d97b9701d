"""Importing a 100,000-row 抖店 售后单 export (the 50 real columns), as GB18030 CSV and .xlsx.

    python benchmarks/import_100k.py [--rows 100000] [--keep DIR]

Prints, in one run: SQLite's own `sqlite3 .import` of the same CSV (the yardstick), the import
into an empty database, the re-import of the same file into the full one, the .xlsx import,
and each one's peak memory (each runs in its own process). Goals (issue #3): CSV import and
re-import within 4x the `.import` time, .xlsx within 6 s, peak memory within 500 MB.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HEADERS = [
    "售后单号",
    "订单号",
    "商品单号",
    "商品名称",
    "商品ID",
    "应付金额（元）",
    "商品运费（元）",
    "支付优惠（元）",
    "商品税费（元）",
    "商品发货状态",
    "售后类型",
    "退商品金额（元）",
    "退运费金额（元）",
    "退支付优惠（元）",
    "退税费金额（元）",
    "售后状态",
    "售后申请时间",
    "退款方式",
    "是否已上传退款凭证",
    "售后原因",
    "售后原因标签",
    "退货物流单号",
    "退货异常",
    "退货发货时间",
    "退货物流公司",
    "自动处理截止时间",
    "同意售后申请时间",
    "商家退款时间",
    "用户到账时间",
    "售后关闭时间",
    "商家退货地址",
    "商家退货联系人姓名",
    "商家退货联系人电话",
    "仲裁状态",
    "纠纷责任方",
    "是否极速退款",
    "是否拒签后退款",
    "发货物流单号",
    "发货物流状态",
    "换货物流单号",
    "退货物流状态",
    "售后完结时间",
    "订单备注",
    "用户售后说明",
    "售后备注",
    "操作人",
    "协商记录",
    "换货商品信息",
    "商家编码",
    "门店名称",
]
FMT = "%Y-%m-%d %H:%M:%S"


def make_rows(count: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    now = datetime(2026, 11, 22, 9, 0)
    rows = []
    for n in range(count):
        applied = now - timedelta(hours=rng.uniform(1, 24 * 20))
        kind = rng.choice(["退货退款", "仅退款", "已发货仅退款", "换货"])
        status = rng.choice(
            ["待商家处理", "待买家退货", "待商家收货", "同意退款，退款成功", "售后关闭"]
        )
        row = ["-"] * len(HEADERS)
        row[0] = str(7311000000000000000 + n)
        row[1], row[2] = str(6931000000000000000 + n), str(6931000000000500000 + n)
        row[3] = rng.choice(["纯棉T恤 白 L", "玻璃花瓶", "收纳盒 3个装", "羊毛衫 灰 M"])
        row[5] = f"{rng.choice([19.9, 35, 59, 129.9, 1290]):.2f}"
        row[10], row[15], row[16] = kind, status, applied.strftime(FMT)
        row[11] = f"¥{float(row[5]):,.2f}"
        row[19] = rng.choice(["尺码不合适", "商品破损", "未收到货", "七天无理由", "发错货"])
        if status in ("待商家处理", "待买家退货", "待商家收货"):
            row[25] = (applied + timedelta(hours=48)).strftime(FMT)
        if status != "待商家处理":
            row[26] = (applied + timedelta(hours=2)).strftime(FMT)
        if status == "待商家收货":
            row[21], row[24] = f"75{rng.randrange(10**12):012d}", "中通快递"
            row[23] = (applied + timedelta(hours=20)).strftime(FMT)
            row[40] = "运输中"
        if status == "同意退款，退款成功":
            row[27] = (applied + timedelta(days=2)).strftime(FMT)
        if status == "售后关闭":
            row[29] = (applied + timedelta(days=1)).strftime(FMT)
        row[37], row[38] = f"YT{rng.randrange(10**13):013d}", rng.choice(["运输中", "已签收"])
        row[43] = rng.choice(["-", "颜色和图片不一样", "不想要了"])
        rows.append(row)
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    import xlsxwriter

    csv_path, xlsx_path = folder / "售后单.csv", folder / "售后单.xlsx"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([HEADERS, *rows])
    csv_path.write_bytes(buffer.getvalue().encode("gb18030"))
    book = xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True})
    sheet = book.add_worksheet("售后单")
    for r, row in enumerate([HEADERS, *rows]):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    return csv_path, xlsx_path


_RUNNER = """
import resource, sys, time
from pathlib import Path
from desktop.core.bootstrap import open_core
core = open_core(Path(sys.argv[1]))
started = time.perf_counter()
preview = core.imports.preview(Path(sys.argv[2]))
plan = core.imports.plan(preview, core.imports.columns(preview))
planned = time.perf_counter()
result = core.imports.apply(plan)
done = time.perf_counter()
core.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{done - started:.2f} {planned - started:.2f} {peak:.0f} {result.new} {result.updated} "
      f"{result.unchanged} {result.rejected}")
"""


def timed_import(data: Path, file: Path) -> tuple[float, float, float, str]:
    done = subprocess.run([sys.executable, "-c", _RUNNER, str(data), str(file)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    total, planned, peak, *counts = done.stdout.split()
    return float(total), float(planned), float(peak), "/".join(counts)


def sqlite_import(folder: Path, csv_path: Path) -> float:
    db = folder / "yardstick.db"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(["sqlite3", str(db), ".mode csv", f".import {csv_path} t"], check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the files here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="casewatch-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    csv_path, xlsx_path = folder / "售后单.csv", folder / "售后单.xlsx"
    made = folder / f"rows-{args.rows}"
    if not (args.keep and made.exists() and csv_path.exists() and xlsx_path.exists()):
        write_files(folder, make_rows(args.rows))
        made.touch()  # a kept folder with these files is reused by the next run
    took = time.perf_counter() - started
    csv_mb, xlsx_mb = (f.stat().st_size / 1e6 for f in (csv_path, xlsx_path))
    print(
        f"made {args.rows:,} rows x {len(HEADERS)} columns in {took:.1f} s: "
        f"CSV {csv_mb:.0f} MB (GB18030), xlsx {xlsx_mb:.0f} MB"
    )
    yardstick = sqlite_import(folder, csv_path)
    print(f"sqlite3 .import of the CSV: {yardstick:.2f} s")
    for label, data, file in (
        ("CSV into an empty database", folder / "csv", csv_path),
        ("CSV again into the full database", folder / "csv", csv_path),
        (".xlsx into an empty database", folder / "xlsx", xlsx_path),
    ):
        if "empty" in label:
            shutil.rmtree(data, ignore_errors=True)
        total, planned, peak, counts = timed_import(data, file)
        print(
            f"{label}: {total:.2f} s ({total / yardstick:.1f}x sqlite3 .import; reading and "
            f"planning {planned:.2f} s), peak {peak:.0f} MB, new/updated/unchanged/rejected "
            f"{counts}"
        )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this script, which made the files: {own:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
