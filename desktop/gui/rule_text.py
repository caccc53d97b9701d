"""Rules and running clocks in words: what, for whom, from when, and on whose authority."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.model import (
    Confidence,
    DeadlineSource,
    EventKind,
    Party,
    Platform,
    RunningClock,
)
from desktop.core.rules import Rule, RuleSet
from desktop.gui import labels

translate = QCoreApplication.translate


def anchor_text(rule: Rule) -> str:
    if rule.anchor is EventKind.RETURN_SHIPPED:
        return translate("Rules", "from the return's tracking upload")
    if rule.anchor is EventKind.RETURN_RECEIVED:
        return translate("Rules", "from signing for the return")
    if rule.anchor is not None:
        return translate("Rules", "from “{event}”").format(event=labels.label(rule.anchor))
    return translate("Rules", "from the start of the stage")


def platforms_text(rule: Rule) -> str:
    if len(rule.platforms) == len(Platform):
        return translate("Rules", "All platforms")
    return " / ".join(labels.label(p) for p in rule.platforms)


def rule_summary(rule: Rule) -> str:
    """'Merchant: 48 h from the start of the stage, then automatic refund'."""
    return translate("Rules", "{party}: {duration} {anchor}, then {action}").format(
        party=labels.label(rule.party),
        duration=labels.duration_text(rule.duration),
        anchor=anchor_text(rule),
        action=labels.label(rule.on_expiry),
    )


def rule_scope(rule: Rule) -> str:
    return translate("Rules", "{types} · {stages}").format(
        types=" / ".join(labels.label(t) for t in rule.case_types),
        stages=" / ".join(labels.label(s) for s in rule.stages),
    )


def rule_note(rule: Rule, language: str) -> str:
    return rule.note_zh if language.startswith("zh") else (rule.note_en or rule.note_zh)


def source_text(rule: Rule) -> str:
    return translate("Rules", "{confidence}: {source}, checked {date}").format(
        confidence=labels.label(rule.confidence),
        source=rule.source,
        date=rule.verified_on.isoformat(),
    )


def clock_source(clock: RunningClock, rules: RuleSet) -> str:
    """Where a running clock comes from: the platform's deadline, or which rule (and its source)."""
    if clock.source is DeadlineSource.PLATFORM or clock.rule_id is None:
        return translate("Rules", "The platform's own deadline (entered {time}).").format(
            time=labels.local_time(clock.known_at)
        )
    if clock.rule_id not in rules:
        return translate("Rules", "A rule no longer shipped ({id}).").format(id=clock.rule_id)
    rule = rules.get(clock.rule_id)
    text = translate("Rules", "Rule: {duration} {anchor} · {source}").format(
        duration=labels.duration_text(rule.duration),
        anchor=anchor_text(rule),
        source=source_text(rule),
    )
    if rule.modified:
        text += " " + translate("Rules", "(changed by you: default {duration})").format(
            duration=labels.duration_text(rule.default_duration)
        )
    if rule.confidence is Confidence.UNVERIFIED:
        text += " " + translate(
            "Rules", "Not confirmed by the platform: check the deadline in its back-end."
        )
    return text


def party_title(party: Party) -> str:
    if party is Party.MERCHANT:
        return translate("Rules", "You (merchant)")
    return labels.label(party)
