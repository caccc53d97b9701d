"""Fill a data folder with realistic cases (for benchmarks and screenshots).

    python benchmarks/fill.py DATA_DIR --count 100000 [--seed 1]

Cases are spread over every platform, type and stage, with deadlines from two days overdue
to ten days ahead of now. Each case's timeline is written as events and its derived columns
come from the same derive() the app uses, so the data is what the app itself would hold.
Rows are written in bulk (one transaction), not through the one-case-at-a-time service.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.bootstrap import open_core
from desktop.core.deadlines import derive
from desktop.core.model import CaseFacts, CaseType, Event, EventKind, Platform
from desktop.core.storage import repository as repo
from desktop.core.times import isoformat_utc, to_epoch

PLATFORMS = [Platform.DOUYIN] * 4 + [Platform.PINDUODUO] * 3 + [
    Platform.TAOBAO, Platform.TAOBAO, Platform.WECHAT, Platform.KUAISHOU,
]  # fmt: skip
TYPES = [CaseType.RETURN_REFUND] * 5 + [CaseType.REFUND_ONLY] * 4 + [
    CaseType.EXCHANGE, CaseType.RESEND,
]  # fmt: skip
REASONS = ["七天无理由", "质量问题", "尺码不合适", "少件/漏发", "发错货", "未收到货", "商品破损",
           "与描述不符", "不想要了", "颜色与图片不符"]  # fmt: skip
BUYERS = ["王女士", "李先生", "张**", "小刘", "陈同学", "赵姐", "周先生", "吴女士", ""]
COURIERS = ["中通快递", "圆通速递", "韵达快递", "顺丰速运", "申通快递", "极兔速递"]
FLOWS = [
    [],
    [EventKind.AGREED],
    [EventKind.AGREED, EventKind.RETURN_SHIPPED],
    [EventKind.AGREED, EventKind.RETURN_SHIPPED, EventKind.RETURN_RECEIVED],
    [EventKind.REJECTED],
    [EventKind.AGREED, EventKind.RETURN_SHIPPED, EventKind.RETURN_RECEIVED, EventKind.REFUNDED],
    [EventKind.CLOSED],
]


def make_case(n: int, rng: random.Random, now: datetime, rules):  # type: ignore[no-untyped-def]
    platform = rng.choice(PLATFORMS)
    case_type = rng.choice(TYPES)
    applied = now - timedelta(hours=rng.uniform(2, 24 * 12))
    facts = CaseFacts(
        id=n,
        platform=platform,
        after_sale_id=f"{platform.value[:2].upper()}{7300000000000000 + n * 7919}",
        order_id=f"{6900000000000000000 + n * 104729}",
        case_type=case_type,
        amount_fen=rng.choice([990, 1990, 2900, 4990, 8850, 12900, 25900, 59900]),
        reason=rng.choice(REASONS),
        buyer=rng.choice(BUYERS),
        applied_at=applied,
    )
    flow = rng.choice(FLOWS if case_type is not CaseType.REFUND_ONLY else FLOWS[:2] + FLOWS[4:5])
    events = [Event(1, n, EventKind.CREATED, applied, applied, {})]
    when = applied
    for kind in flow:
        when = min(when + timedelta(hours=rng.uniform(1, 60)), now - timedelta(minutes=5))
        payload = {}
        if kind is EventKind.RETURN_SHIPPED:
            payload = {
                "courier": rng.choice(COURIERS),
                "tracking_no": f"YT{rng.randrange(10**12):012d}",
            }
        events.append(Event(len(events) + 1, n, kind, when, when, payload))
    if platform in (Platform.DOUYIN, Platform.TAOBAO) and not flow and rng.random() < 0.5:
        due = applied + timedelta(hours=rng.uniform(20, 47))
        events.append(Event(len(events) + 1, n, EventKind.DEADLINE_CHANGED, applied, applied,
                            {"due_at": isoformat_utc(due)}))  # fmt: skip
    return facts, events, derive(facts, events, rules)


def fill(data_dir: Path, count: int, seed: int = 1, now: datetime | None = None) -> float:
    started = time.perf_counter()
    core = open_core(data_dir)
    rules = core.rules.current()
    now = now or datetime.now(UTC)
    rng = random.Random(seed)
    with core.db.read() as conn:
        first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM cases").fetchone()[0] + 1
    case_rows, event_rows, clock_rows = [], [], []
    now_s = to_epoch(now)
    for n in range(first, first + count):
        facts, events, state = make_case(n, rng, now, rules)
        case_rows.append({
            "id": n, "platform": facts.platform.value, "after_sale_id": facts.after_sale_id,
            "order_id": facts.order_id, "case_type": facts.case_type.value,
            "amount_fen": facts.amount_fen, "reason": facts.reason, "buyer": facts.buyer,
            "applied_at": to_epoch(facts.applied_at), "created_at": now_s, "updated_at": now_s,
            **repo.projection(state),
        })  # fmt: skip
        clock_rows.extend(repo.clock_rows(n, state))
        event_rows.extend(
            (n, e.kind.value, to_epoch(e.occurred_at), to_epoch(e.recorded_at),
             json.dumps(e.payload, ensure_ascii=False), "system")
            for e in events
        )  # fmt: skip
    columns = list(case_rows[0])
    with core.db.session() as s:
        raw = s.connection().connection.driver_connection
        raw.executemany(  # type: ignore[union-attr]
            f"INSERT INTO cases ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + c for c in columns)})",
            case_rows,
        )
        raw.executemany(  # type: ignore[union-attr]
            "INSERT INTO events (case_id, kind, occurred_at, recorded_at, payload, origin) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            event_rows,
        )
        raw.executemany(repo.CLOCK_INSERT, clock_rows)
    core.close()  # runs PRAGMA optimize
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    seconds = fill(args.data_dir, args.count, args.seed)
    print(f"filled {args.count} cases into {args.data_dir} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
