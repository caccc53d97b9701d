"""The rules in force: the shipped defaults plus the user's recorded changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.errors import FieldProblem, ValidationError
from desktop.core.rules import Override, RuleSet
from desktop.core.services.projection import refresh_open_cases
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch

MAX_RULE_DURATION = timedelta(days=365)


@dataclass(frozen=True)
class RuleChange:
    rule_id: str
    duration: timedelta | None
    enabled: bool | None
    changed_at: datetime
    note: str


class RulesService:
    def __init__(self, db: Database, clock: Clock, defaults: RuleSet):
        self._db, self._clock, self._defaults = db, clock, defaults
        self._current: RuleSet | None = None

    @property
    def defaults(self) -> RuleSet:
        return self._defaults

    def current(self) -> RuleSet:
        if self._current is None:
            self._current = self._defaults.with_overrides(self._overrides())
        return self._current

    def _overrides(self) -> dict[str, Override]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT rule_id, duration_minutes, enabled FROM rule_changes "
                "WHERE id IN (SELECT MAX(id) FROM rule_changes GROUP BY rule_id)"
            ).fetchall()
        return {
            rule_id: Override(
                duration=timedelta(minutes=minutes) if minutes is not None else None,
                enabled=None if enabled is None else bool(enabled),
            )
            for rule_id, minutes, enabled in rows
        }

    def history(self, rule_id: str | None = None) -> list[RuleChange]:
        sql = "SELECT rule_id, duration_minutes, enabled, changed_at, note FROM rule_changes"
        params = {}
        if rule_id is not None:
            sql += " WHERE rule_id = :rule_id"
            params["rule_id"] = rule_id
        with self._db.read() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [
            RuleChange(
                r[0],
                timedelta(minutes=r[1]) if r[1] is not None else None,
                None if r[2] is None else bool(r[2]),
                from_epoch(r[3]),
                r[4],
            )
            for r in rows
        ]

    def change(
        self,
        rule_id: str,
        *,
        duration: timedelta | None = None,
        enabled: bool | None = None,
        note: str = "",
    ) -> Changes:
        """Record a change and apply it to every running clock at once, in one transaction."""
        if rule_id not in self._defaults:
            raise ValidationError([FieldProblem("rule", "unknown_rule", {"rule_id": rule_id})])
        current = self.current().get(rule_id)
        if duration is not None and not timedelta(minutes=1) <= duration <= MAX_RULE_DURATION:
            raise ValidationError(
                [FieldProblem("duration", "out_of_range", {"max_days": MAX_RULE_DURATION.days})]
            )
        new_duration = current.duration if duration is None else duration
        new_enabled = current.enabled if enabled is None else enabled
        default = self._defaults.get(rule_id)
        return self._record(
            rule_id,
            None if new_duration == default.duration else int(new_duration.total_seconds() // 60),
            None if new_enabled == default.enabled else new_enabled,
            note,
        )

    def restore_default(self, rule_id: str, note: str = "") -> Changes:
        if rule_id not in self._defaults:
            raise ValidationError([FieldProblem("rule", "unknown_rule", {"rule_id": rule_id})])
        return self._record(rule_id, None, None, note)

    def _record(
        self, rule_id: str, minutes: int | None, enabled: bool | None, note: str
    ) -> Changes:
        overrides = self._overrides()
        overrides[rule_id] = Override(
            duration=timedelta(minutes=minutes) if minutes is not None else None, enabled=enabled
        )
        new_rules = self._defaults.with_overrides(overrides)
        from desktop.core.storage.tables import RuleChangeRow

        now_epoch = to_epoch(self._clock.now())
        with self._db.session() as s:
            s.add(
                RuleChangeRow(
                    rule_id=rule_id,
                    duration_minutes=minutes,
                    enabled=enabled,
                    changed_at=now_epoch,
                    note=note.strip(),
                )
            )
            refresh_open_cases(s, new_rules, now_epoch, scope=self._defaults.get(rule_id))
        self._current = new_rules
        return Changes(all_cases=True, rules=True, reminders=True)
