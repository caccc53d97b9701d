"""What a write changed, so that each view refreshes only on its own data (Anki's habit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    case_ids: frozenset[int] = frozenset()
    all_cases: bool = False
    rules: bool = False
    settings: bool = False
    reminders: bool = False

    @classmethod
    def cases(cls, *ids: int) -> Changes:
        return cls(case_ids=frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            case_ids=self.case_ids | other.case_ids,
            all_cases=self.all_cases or other.all_cases,
            rules=self.rules or other.rules,
            settings=self.settings or other.settings,
            reminders=self.reminders or other.reminders,
        )

    @property
    def touches_cases(self) -> bool:
        return self.all_cases or bool(self.case_ids)

    def touches_case(self, case_id: int) -> bool:
        return self.all_cases or case_id in self.case_ids
