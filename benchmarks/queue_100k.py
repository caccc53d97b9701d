"""CaseWatch with 100,000 cases: start-up, re-sort, filter, search, reminders, memory.

    python benchmarks/queue_100k.py [--count 100000] [--runs 5] [--keep DIR]

Prints figures; never asserts. Targets (issue #2): start <= 1 s, re-sort or filter <= 100 ms,
peak memory <= 300 MB. Start-up is measured from launching the process (Python start-up
included) to the main window's first paint, by the app itself (CASEWATCH_STARTUP_PROBE).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fill import fill


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def startup(data: Path, runs: int) -> tuple[list[float], float]:
    env = {**os.environ, "CASEWATCH_STARTUP_PROBE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    seconds, peak_kb = [], 0
    for _ in range(runs):
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data)],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        line = next((x for x in done.stdout.splitlines() if x.startswith("FIRST_PAINT")), None)
        if line is None:
            raise SystemExit(f"no first paint reported:\n{done.stdout}\n{done.stderr}")
        seconds.append(float(line.split()[1]) - started)
        peak_kb = max(peak_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return seconds, peak_kb / 1024


def in_process(data: Path, runs: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt

    from desktop.core.bootstrap import open_core
    from desktop.core.model import Platform
    from desktop.core.services.queue import QueueFilter, View
    from desktop.core.services.reminders import WakeReason
    from desktop.gui.app import Controller, make_application
    from desktop.gui.models.queue_model import Column

    app = make_application([sys.argv[0]])
    core = open_core(data)
    controller = Controller(core, app, tray=False, language="zh_CN")
    window = controller.window
    window.show()
    app.processEvents()
    table, model, queue = window.queue.table, window.queue.model, window.queue

    def sort_by(column: Column, order: Qt.SortOrder) -> Callable[[], None]:
        def run() -> None:
            table.sortByColumn(column, order)
            app.processEvents()

        return run

    def filtered(flt: QueueFilter) -> Callable[[], None]:
        """One filter change: from All to `flt` or back, alternately (half the runs each)."""
        state = {"on": False}

        def run() -> None:
            state["on"] = not state["on"]
            model.set_filter(flt if state["on"] else QueueFilter())
            app.processEvents()

        return run

    figures = {
        "re-sort by after-sales id": median_ms(
            lambda: (sort_by(Column.AFTER_SALE_ID, Qt.SortOrder.AscendingOrder)(),
                     sort_by(Column.COUNTDOWN, Qt.SortOrder.AscendingOrder)()), runs) / 2,
        "re-sort by amount (descending)": median_ms(
            lambda: (sort_by(Column.AMOUNT, Qt.SortOrder.DescendingOrder)(),
                     sort_by(Column.COUNTDOWN, Qt.SortOrder.AscendingOrder)()), runs) / 2,
        "filter: view 已超时": median_ms(filtered(QueueFilter(View.OVERDUE)), runs),
        "filter: view 待我处理": median_ms(filtered(QueueFilter(View.MERCHANT_TURN)), runs),
        "filter: platform 拼多多": median_ms(
            filtered(QueueFilter(platform=Platform.PINDUODUO)), runs),
        "search: '73000000001' (substring)": median_ms(
            filtered(QueueFilter(search="73000000001")), runs),
        "sidebar counts (6 views)": median_ms(queue.refresh_counts, runs),
        "countdown repaint tick": median_ms(lambda: (model.tick(), app.processEvents()), runs),
        "scroll to the end and paint": median_ms(
            lambda: (table.scrollToBottom(), app.processEvents(), table.scrollToTop(),
                     app.processEvents()), runs),
        "reminders: next fire time": median_ms(
            lambda: core.reminders.next_fire_at(core.clock.now()), runs),
        "reminders: periodic reconcile": median_ms(
            lambda: core.reminders.reconcile(WakeReason.PERIODIC), runs),
        "reminders: full reconcile (start, resume)": median_ms(
            lambda: core.reminders.reconcile(WakeReason.START), runs),
        "rule change (re-derive all open cases)": median_ms(
            lambda: core.rules.change("pinduoduo.refund_only.merchant", duration=None,
                                      enabled=True, note="bench"), 1),
    }  # fmt: skip
    figures["peak memory in process (MB)"] = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    controller.scheduler.shutdown()
    core.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="use/keep this data folder")
    args = parser.parse_args()
    data = args.keep or Path(tempfile.mkdtemp(prefix="casewatch-bench-"))
    if not (data / "casewatch.db").exists():
        seconds = fill(data, args.count)
        print(f"fill {args.count:,} cases: {seconds:.1f} s")
    size = (data / "casewatch.db").stat().st_size / 1e6
    print(f"database: {size:.0f} MB at {data}")
    starts, peak = startup(data, args.runs)
    print(f"start to first paint: median {statistics.median(starts):.2f} s, "
          f"min {min(starts):.2f} s, max {max(starts):.2f} s ({args.runs} runs); "
          f"peak memory {peak:.0f} MB")  # fmt: skip
    for name, value in in_process(data, args.runs).items():
        unit = "" if "MB" in name else " ms"
        print(f"{name}: {value:.1f}{unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
