"""Which scenarios fit a case: its type, stage and platform must match the scenario's lists,
and a keyword must be found in the buyer's reason or in the outbound parcel's status (or the
scenario is a broad one, suggested whenever the lists match). The broad ones always keep a
place among the suggestions: they are the checks every such case needs."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.core.model import CaseFacts, CaseState
from desktop.core.playbooks.model import Library, Scenario

LIMIT = 3


@dataclass(frozen=True)
class Suggestion:
    scenario: Scenario
    found: tuple[str, ...]  # the keywords found; empty for a broad scenario

    @property
    def broad(self) -> bool:
        return not self.found


def fold(text: str) -> str:
    """For matching: full-width to half-width, ASCII lower-case, no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def matches(scenario: Scenario, facts: CaseFacts, state: CaseState) -> Suggestion | None:
    a = scenario.applies
    if a.case_types and facts.case_type not in a.case_types:
        return None
    if a.stages and state.stage not in a.stages:
        return None
    if a.platforms and facts.platform not in a.platforms:
        return None
    reason, parcel = fold(facts.reason), fold(facts.logistics_status)
    # Either the buyer's words or the parcel's status may point to the scenario.
    found = tuple(k for k in a.reason_keywords if fold(k) in reason)
    found += tuple(k for k in a.logistics_keywords if fold(k) in parcel)
    if not found and not a.always:
        return None
    return Suggestion(scenario, found)


def suggest(
    library: Library,
    facts: CaseFacts,
    state: CaseState,
    exclude: frozenset[str] = frozenset(),
    limit: int = LIMIT,
) -> list[Suggestion]:
    """The best-fitting scenarios first: the most keywords found, then the broad ones."""
    found = [
        s
        for scenario in library.scenarios.values()
        if scenario.id not in exclude and (s := matches(scenario, facts, state)) is not None
    ]
    found.sort(key=lambda s: (-len(s.found), s.broad, s.scenario.id))
    pointed = [s for s in found if not s.broad]
    broad = [s for s in found if s.broad]
    return pointed[: max(limit - len(broad), 1)] + broad
