"""What a rule is, and the set of rules in force (defaults plus the user's overrides)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.core.model import Action, CaseType, Confidence, EventKind, Party, Platform, Stage

#: A clock counts either from the start of the current stage or from an event's latest occurrence.
Anchor = EventKind | None  # None: the stage start


@dataclass(frozen=True, slots=True)
class Extension:
    """A merchant-side extension of a clock (Douyin 延长收货)."""

    available_after: timedelta
    adds: timedelta
    max_times: int
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    platforms: tuple[Platform, ...]  # every platform for shop-wide rules
    case_types: tuple[CaseType, ...]
    stages: tuple[Stage, ...]
    anchor: Anchor
    party: Party
    duration: timedelta
    on_expiry: Action
    confidence: Confidence
    source: str
    quote: str
    verified_on: date
    note_zh: str
    note_en: str
    enabled: bool
    default_duration: timedelta
    default_enabled: bool
    extension: Extension | None = None
    file: str = ""

    @property
    def modified(self) -> bool:
        return self.duration != self.default_duration or self.enabled != self.default_enabled

    def applies(self, platform: Platform, case_type: CaseType, stage: Stage) -> bool:
        return (
            self.enabled
            and platform in self.platforms
            and case_type in self.case_types
            and stage in self.stages
        )


@dataclass(frozen=True, slots=True)
class Override:
    """The user's current change to a rule (None: keep the default)."""

    duration: timedelta | None = None
    enabled: bool | None = None


class RuleSet:
    def __init__(self, rules: Iterable[Rule]):
        self._rules = tuple(rules)
        self._by_id = {r.id: r for r in self._rules}
        self._applicable: dict[tuple[Platform, CaseType, Stage], list[Rule]] = {}

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def get(self, rule_id: str) -> Rule:
        return self._by_id[rule_id]

    def applicable(self, platform: Platform, case_type: CaseType, stage: Stage) -> list[Rule]:
        key = (platform, case_type, stage)
        found = self._applicable.get(key)
        if found is None:
            found = self._applicable[key] = [r for r in self._rules if r.applies(*key)]
        return found

    def with_overrides(self, overrides: Mapping[str, Override]) -> RuleSet:
        """Defaults with the user's changes applied; overrides of unknown ids are ignored
        (a rule removed from a later release)."""
        changed = []
        for rule in self._rules:
            o = overrides.get(rule.id)
            if o is None:
                changed.append(rule)
                continue
            changed.append(
                replace(
                    rule,
                    duration=o.duration if o.duration is not None else rule.default_duration,
                    enabled=o.enabled if o.enabled is not None else rule.default_enabled,
                )
            )
        return RuleSet(changed)
