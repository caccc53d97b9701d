"""A scenario playbook: when it applies, the steps to tick, the evidence to collect, reply
scripts (话术), the usual outcomes and the platform's cautions. Written as data
(resources/playbooks/*.toml); the shop's own edits and additions live in the data folder."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.model import CaseType, Platform, Stage

#: Text in several languages: {"zh_CN": …, "en": …}. A shop's own edits hold one text under
#: "*", shown in every language (it was written in one).
Text = Mapping[str, str]
ANY_LANGUAGE = "*"
SOURCE_LANGUAGE = "zh_CN"

#: What a reply script may fill in from the case.
PLACEHOLDERS = (
    "after_sale_id",
    "order_id",
    "amount",
    "buyer",
    "reason",
    "platform",
    "return_courier",
    "return_tracking_no",
    "ship_courier",
    "ship_tracking_no",
    "resend_courier",
    "resend_tracking_no",
    "merchant_deadline",
)


def text_in(text: Text, language: str) -> str:
    """The text for a UI language: the language itself, then the shop's own words, then the
    source language (zh_TW falls back to zh_CN like every other language)."""
    for key in (language, ANY_LANGUAGE, SOURCE_LANGUAGE):
        value = text.get(key)
        if value:
            return value
    return next(iter(text.values()), "")


class Origin(StrEnum):
    SHIPPED = "shipped"  # as CaseWatch ships it
    EDITED = "edited"  # a shipped scenario the shop changed
    OWN = "own"  # one the shop added


@dataclass(frozen=True)
class Applies:
    """When CaseWatch suggests the scenario. Empty sets mean "any". A scenario is suggested
    when the filters match and either `always` is set or a keyword is found."""

    case_types: frozenset[CaseType] = frozenset()
    stages: frozenset[Stage] = frozenset()
    platforms: frozenset[Platform] = frozenset()
    reason_keywords: tuple[str, ...] = ()  # found in the buyer's reason
    logistics_keywords: tuple[str, ...] = ()  # found in the outbound parcel's status
    always: bool = False


@dataclass(frozen=True)
class Step:
    id: str
    text: Text


@dataclass(frozen=True)
class EvidenceNeed:
    """At least `minimum` files of any of `kinds` (resources/evidence/kinds.toml)."""

    kinds: tuple[str, ...]
    minimum: int
    text: Text


@dataclass(frozen=True)
class Script:
    id: str
    title: Text
    text: Text


@dataclass(frozen=True)
class Scenario:
    id: str
    revision: int
    title: Text
    summary: Text
    applies: Applies
    steps: tuple[Step, ...]
    evidence: tuple[EvidenceNeed, ...] = ()
    scripts: tuple[Script, ...] = ()
    outcomes: tuple[Text, ...] = ()
    cautions: tuple[Text, ...] = ()
    sources: tuple[str, ...] = ()
    origin: Origin = Origin.SHIPPED
    based_on: int | None = None  # an edit: the shipped revision it started from
    file: str = field(default="", compare=False)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)


@dataclass(frozen=True)
class LibraryProblem:
    """A file of the shop's own that could not be used (the shipped version is used instead)."""

    file: str
    where: str
    message: str
    code: str = ""  # what is wrong, for the GUI to say (loader.MESSAGES), with params
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Library:
    scenarios: Mapping[str, Scenario]
    shipped: Mapping[str, Scenario]
    problems: tuple[LibraryProblem, ...] = ()

    def get(self, scenario_id: str) -> Scenario | None:
        return self.scenarios.get(scenario_id)

    def outdated_edits(self) -> list[Scenario]:
        """Edits made to an older shipped revision: the shop may want to look at the new one."""
        return [
            s
            for s in self.scenarios.values()
            if s.origin is Origin.EDITED
            and s.id in self.shipped
            and s.based_on is not None  # a file written by hand does not say: no guess
            and s.based_on < self.shipped[s.id].revision
        ]
