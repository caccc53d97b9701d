"""Working on many cases at once (seed 001): the outbound tracking numbers of the chosen cases
grouped by courier, to paste into each courier's group for an intercept, and marking those
cases intercepted, with the date, in one step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.couriers import CourierKey, courier_of
from desktop.core.errors import FieldProblem, ValidationError
from desktop.core.model import EventKind
from desktop.core.services.projection import refresh_cases
from desktop.core.services.rules import RulesService
from desktop.core.services.validation import check_time
from desktop.core.storage.database import Database
from desktop.core.times import to_epoch

CHUNK = 500


@dataclass(frozen=True)
class CourierBlock:
    courier: CourierKey
    tracking_numbers: tuple[str, ...]


@dataclass(frozen=True)
class TrackingNumbers:
    blocks: tuple[CourierBlock, ...]
    without_number: int  # chosen cases that have no outbound tracking number
    case_ids: tuple[int, ...] = ()  # the chosen cases that have one (those to intercept)

    @property
    def count(self) -> int:
        return sum(len(b.tracking_numbers) for b in self.blocks)


@dataclass(frozen=True)
class InterceptResult:
    marked: int
    already: int  # were marked intercepted before
    finished: int  # finished cases: nothing to intercept
    changes: Changes


class BatchService:
    def __init__(self, db: Database, clock: Clock, rules: RulesService):
        self._db, self._clock, self._rules = db, clock, rules

    def tracking_numbers(self, case_ids: Sequence[int]) -> TrackingNumbers:
        """The cases' outbound tracking numbers, one block per courier: known couriers first
        (by name), then unknown ones by how their numbers start; each number once."""
        groups: dict[CourierKey, dict[str, None]] = {}
        without = 0
        with_number: list[int] = []
        for rows in self._chunks(
            "SELECT id, ship_tracking_no, ship_courier FROM cases WHERE id IN ({marks})", case_ids
        ):
            for case_id, number, courier in rows:
                if not number:
                    without += 1
                    continue
                with_number.append(case_id)
                groups.setdefault(courier_of(number, courier), {})[number] = None
        ordered = sorted(groups, key=lambda k: (not k.known, k.name, k.starts))
        blocks = tuple(CourierBlock(k, tuple(sorted(groups[k]))) for k in ordered)
        return TrackingNumbers(blocks, without, tuple(with_number))

    def mark_intercepted(self, case_ids: Sequence[int], when: datetime) -> InterceptResult:
        """Record an intercept on each open case not yet marked, all in one transaction."""
        now = self._clock.now()
        problems: list[FieldProblem] = []
        checked = check_time(when, "occurred_at", problems, now)
        if checked is None or problems:
            raise ValidationError(problems)
        when = checked
        marked: list[int] = []
        already = finished = 0
        for rows in self._chunks(
            "SELECT id, is_open, intercepted_at, applied_at, after_sale_id FROM cases "
            "WHERE id IN ({marks})",
            case_ids,
        ):
            for case_id, is_open, intercepted_at, applied_at, after_sale_id in rows:
                if not is_open:
                    finished += 1
                elif intercepted_at is not None:
                    already += 1
                elif to_epoch(when) < applied_at:
                    raise ValidationError(
                        [
                            FieldProblem(
                                "occurred_at", "before_case_applied", {"case": after_sale_id}
                            )
                        ]
                    )
                else:
                    marked.append(case_id)
        if not marked:
            return InterceptResult(0, already, finished, Changes())
        now_s, when_s = to_epoch(now), to_epoch(when)
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            raw.executemany(  # type: ignore[union-attr]
                "INSERT INTO events (case_id, kind, occurred_at, recorded_at, payload, origin) "
                "VALUES (?, ?, ?, ?, '{}', 'manual')",
                [(case_id, EventKind.INTERCEPTED.value, when_s, now_s) for case_id in marked],
            )
            refresh_cases(s, marked, self._rules.current(), now_s)
            raw.executemany(  # type: ignore[union-attr]
                "UPDATE cases SET updated_at = ? WHERE id = ?", [(now_s, i) for i in marked]
            )
        return InterceptResult(len(marked), already, finished, Changes.cases(*marked))

    def _chunks(self, sql: str, ids: Sequence[int]):  # type: ignore[no-untyped-def]
        wanted = list(dict.fromkeys(ids))
        with self._db.read() as conn:
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                yield conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
