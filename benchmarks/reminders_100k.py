"""The reminder engine over 100,000 cases: a wake, the card, the briefing, the outbox.

    python benchmarks/reminders_100k.py [--count 100000] [--runs 5] [--keep DIR]

Prints figures; never asserts. Fills a data folder (benchmarks/fill.py: deadlines from two
days overdue to ten days ahead), adds three push channels pointing at a loopback robot, and
measures in this process, then `casewatch watch --once` as its own process (what a scheduled
task runs on a box with 100,000 cases). The first wake after the fill decides every reminder
already due: the worst case, a desk that was off for days.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("CASEWATCH_SECRET_STORE", "file")

from fill import fill  # noqa: E402

from desktop.core.bootstrap import open_core  # noqa: E402
from desktop.core.clock import FixedClock  # noqa: E402
from desktop.core.push.channels import ChannelKind, ChannelSpec  # noqa: E402
from desktop.core.services.reminders import WakeReason  # noqa: E402
from tests.push_servers import DINGTALK_SECRET, FEISHU_SECRET, RobotServer  # noqa: E402


def ms(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


def median_ms(action: Callable[[], object], runs: int) -> float:
    return statistics.median(ms(action)[0] for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    data = args.keep or Path(tempfile.mkdtemp(prefix="casewatch-reminders-")) / "data"
    now = datetime.now(UTC)
    # The fill's cases were "entered" a day ago, so their reminders since then are due.
    filled_at = now - timedelta(days=1)
    if not (data / "casewatch.db").exists():
        seconds = fill(data, args.count, now=filled_at)
        print(f"filled {args.count:,} cases in {seconds:.1f} s ({data})")
    robots = RobotServer(now=lambda: datetime.now(UTC)).start()
    clock = FixedClock(now)
    core = open_core(data, clock)
    if not core.channels.channels():
        core.channels.add(ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url()))
        core.channels.add(
            ChannelSpec(ChannelKind.DINGTALK, url=robots.dingtalk_url(), secret=DINGTALK_SECRET)
        )
        core.channels.add(
            ChannelSpec(ChannelKind.FEISHU, url=robots.feishu_url(), secret=FEISHU_SECRET)
        )
    else:  # a kept folder: point its channels at this run's robot
        for channel in core.channels.channels():
            spec = core.channels.spec(channel)
            url = {
                ChannelKind.WECOM: robots.wecom_url(),
                ChannelKind.DINGTALK: robots.dingtalk_url(),
                ChannelKind.FEISHU: robots.feishu_url(),
            }[channel.kind]
            core.channels.update(channel, spec.__class__(**{**spec.__dict__, "url": url}))
    with core.db.read() as raw:
        clocks = raw.execute("SELECT COUNT(*) FROM case_clocks WHERE party = 'merchant'")
        print(f"running merchant clocks: {clocks.fetchone()[0]:,}")
    first_ms, first = ms(lambda: core.engine.wake(WakeReason.START))
    delivery = first.delivery  # type: ignore[attr-defined]
    print(
        f"first wake after the fill (a desk off for a day): {first_ms:.0f} ms — "
        f"{delivery.digest_count:,} cases came due, {delivery.pushes:,} outbox rows"
    )
    deliver_ms, report = ms(core.pushes.deliver)
    print(
        f"delivering the outbox (one message per channel): {deliver_ms:.0f} ms — "
        f"{len(report.sent)} messages, {len(robots.received)} received"
    )  # type: ignore[attr-defined]
    print(
        f"periodic wake (every 60 s, nothing new): "
        f"{median_ms(lambda: core.engine.wake(WakeReason.PERIODIC), args.runs):.1f} ms"
    )
    clock.advance(timedelta(minutes=1))
    print(
        f"full wake (start, resume, clock jump; nothing new): "
        f"{median_ms(lambda: core.engine.wake(WakeReason.RESUME), args.runs):.1f} ms"
    )
    print(
        f"next wake time (reminders, briefing, outbox, card): "
        f"{median_ms(lambda: core.engine.next_wake(clock.now(), card=True), args.runs):.1f} ms"
    )
    card = core.alerts.card()
    print(
        f"the card ({card.total:,} cases on it, 8 named): "
        f"{median_ms(core.alerts.card, args.runs):.1f} ms"
    )
    print(f"the card's repeat check: {median_ms(core.alerts.repeat_due, args.runs):.1f} ms")
    print(
        f"daily briefing figures: "
        f"{median_ms(lambda: core.briefings.compute(clock.now()), args.runs):.1f} ms"
    )
    stale = median_ms(lambda: core.freshness.stale(clock.now(), timedelta(hours=12)), args.runs)
    print(f"stale platforms: {stale:.1f} ms")
    core.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data), "watch", "--once"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        times.append(time.perf_counter() - started)
        if done.returncode not in (0, 1):
            print(done.stdout, done.stderr)
    print(
        f"`casewatch watch --once` as a process (start, open, pass, exit): "
        f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})"
    )
    robots.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
