"""Does the window stay responsive while the wizard imports a 100,000-row export?

    python benchmarks/import_gui_100k.py [--rows 100000] [--keep DIR] [--xlsx]

Drives the real import wizard (offscreen) through reading, checking and saving the file that
benchmarks/import_100k.py makes, while a 20 ms timer on the GUI thread stands in for painting
and input. Prints each phase's time and the longest and 99th-percentile gaps between the
timer's ticks: a gap is how long the window would not have answered.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="reuse the files kept here")
    parser.add_argument("--xlsx", action="store_true", help="import the .xlsx, not the CSV")
    args = parser.parse_args()

    import import_100k

    folder = args.keep or Path(tempfile.mkdtemp(prefix="casewatch-gui-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = folder / "售后单.csv", folder / "售后单.xlsx"
    if not (csv_path.exists() and xlsx_path.exists()):
        import_100k.write_files(folder, import_100k.make_rows(args.rows))
    export = xlsx_path if args.xlsx else csv_path

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest

    from desktop.core.bootstrap import open_core
    from desktop.gui.app import Controller, make_application

    app = make_application(sys.argv)
    core = open_core(Path(tempfile.mkdtemp(prefix="casewatch-gui-data-")))
    controller = Controller(core, app, tray=False, language="zh_CN")
    controller.window.show()
    QTest.qWait(200)

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0] - TICK_MS)
        if os.environ.get("GAPS") and gaps[-1] > 100:
            print(f"  gap {gaps[-1]:.0f} ms ending at {now - phase_start[0]} ms")
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    phase_start = [0]

    def phase(name: str, start, done) -> None:  # type: ignore[no-untyped-def]
        gaps.clear()
        phase_start[0] = clock.elapsed()
        last[0] = clock.elapsed()
        timer.start()
        started = time.perf_counter()
        # Wait in an event loop, as the app does (a polling loop would hold the GIL).
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(50)
        poll.timeout.connect(lambda: done() and loop.quit())
        poll.start()
        start()
        loop.exec()
        poll.stop()
        took = time.perf_counter() - started
        timer.stop()
        ordered = sorted(gaps) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        print(
            f"{name:<28} {took:6.2f} s   longest gap {max(ordered):6.0f} ms   "
            f"99th percentile {p99:5.0f} ms   ({len(ordered)} ticks)"
        )

    holder: dict[str, object] = {}
    dialog_done = lambda page: (  # noqa: E731
        lambda: holder["dialog"].pages.currentWidget() is getattr(holder["dialog"], page)  # type: ignore[attr-defined]
    )
    print(
        f"{export.name}: {args.rows:,} rows, the wizard on the GUI thread, work in the background"
    )
    phase(
        "reading the file",
        lambda: holder.update(dialog=controller.window.import_files([export])),
        dialog_done("mapping"),
    )
    dialog = holder["dialog"]
    phase("checking every row", dialog.check_button.click, dialog_done("summary"))  # type: ignore[attr-defined]
    phase("saving (one transaction)", dialog.import_button.click, dialog_done("done_page"))  # type: ignore[attr-defined]
    print(dialog.done_text.text())  # type: ignore[attr-defined]
    controller.quit()
    core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
