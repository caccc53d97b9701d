"""Reads and validates the rule files. A broken file is reported with its name, the rule and
the field, never half-loaded."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources
from typing import Any

from desktop.core.errors import DataFileError
from desktop.core.model import (
    Action,
    CaseType,
    Confidence,
    EventKind,
    Party,
    Platform,
    Stage,
    parse_duration,
)
from desktop.core.rules.schema import Extension, Rule, RuleSet

_RULE_KEYS = {
    "id",
    "case_types",
    "stages",
    "from",
    "party",
    "duration",
    "on_expiry",
    "confidence",
    "source",
    "quote",
    "verified_on",
    "note_zh",
    "note_en",
    "enabled",
    "extension",
}
_REQUIRED = _RULE_KEYS - {"note_zh", "note_en", "enabled", "extension"}
_EXTENSION_KEYS = {"available_after", "adds", "max", "quote"}
#: Stages in which a clock can run (finished cases have none; needs_review waits for a person).
_CLOCK_STAGES = {s for s in Stage if s.is_open and s is not Stage.NEEDS_REVIEW}


def load_default_rules() -> RuleSet:
    folder = resources.files("desktop.resources").joinpath("rules")
    rules: list[Rule] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            rules.extend(parse_rules_document(entry.read_text(encoding="utf-8"), entry.name))
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataFileError("resources/rules", ", ".join(duplicates), "rule id used twice")
    return RuleSet(rules)


def parse_rules_document(text: str, file: str) -> list[Rule]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(file, "TOML", str(exc)) from None
    platform_key = doc.get("platform")
    if platform_key == "*":
        platforms = tuple(Platform)
    else:
        platforms = (_enum(Platform, platform_key, file, "platform", "platform"),)
    entries = doc.get("rules", [])
    if not isinstance(entries, list):
        raise DataFileError(file, "rules", "must be a list of [[rules]] tables")
    return [_parse_rule(entry, platforms, file, n) for n, entry in enumerate(entries, start=1)]


def _parse_rule(entry: Any, platforms: tuple[Platform, ...], file: str, n: int) -> Rule:
    where = f"rule #{n}"
    if not isinstance(entry, dict):
        raise DataFileError(file, where, "must be a table")
    if isinstance(entry.get("id"), str):
        where = f"rule {entry['id']}"
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise DataFileError(file, where, f"unknown field(s): {', '.join(sorted(unknown))}")
    missing = _REQUIRED - set(entry)
    if missing:
        raise DataFileError(file, where, f"missing field(s): {', '.join(sorted(missing))}")

    case_types = tuple(
        _enum(CaseType, v, file, where, "case_types")
        for v in _list(entry, "case_types", file, where)
    )
    stages = tuple(
        _enum(Stage, v, file, where, "stages") for v in _list(entry, "stages", file, where)
    )
    for stage in stages:
        if stage not in _CLOCK_STAGES:
            raise DataFileError(file, where, f"stages: no clock runs in stage {stage.value!r}")
    anchor_key = entry["from"]
    anchor = None if anchor_key == "stage" else _enum(EventKind, anchor_key, file, where, "from")
    party = _enum(Party, entry["party"], file, where, "party")
    if party not in (Party.MERCHANT, Party.BUYER):
        raise DataFileError(file, where, "party: must be merchant or buyer")
    duration = _duration(entry["duration"], file, where, "duration")
    if duration.total_seconds() <= 0:
        raise DataFileError(file, where, "duration: must be longer than zero")
    verified = entry["verified_on"]
    if isinstance(verified, str):
        try:
            verified = date.fromisoformat(verified)
        except ValueError:
            raise DataFileError(file, where, "verified_on: use YYYY-MM-DD") from None
    if not isinstance(verified, date):
        raise DataFileError(file, where, "verified_on: use YYYY-MM-DD")
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise DataFileError(file, where, "enabled: must be true or false")
    for key in ("source", "quote", "id"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise DataFileError(file, where, f"{key}: must be a non-empty text")
    return Rule(
        id=entry["id"],
        platforms=platforms,
        case_types=case_types,
        stages=stages,
        anchor=anchor,
        party=party,
        duration=duration,
        on_expiry=_enum(Action, entry["on_expiry"], file, where, "on_expiry"),
        confidence=_enum(Confidence, entry["confidence"], file, where, "confidence"),
        source=entry["source"],
        quote=entry["quote"],
        verified_on=verified,
        note_zh=str(entry.get("note_zh", "")),
        note_en=str(entry.get("note_en", "")),
        enabled=enabled,
        default_duration=duration,
        default_enabled=enabled,
        extension=_extension(entry.get("extension"), file, where),
        file=file,
    )


def _extension(raw: Any, file: str, where: str) -> Extension | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise DataFileError(file, where, "extension: must be a table")
    unknown = set(raw) - _EXTENSION_KEYS
    if unknown:
        raise DataFileError(
            file, where, f"extension: unknown field(s): {', '.join(sorted(unknown))}"
        )
    max_times = raw.get("max")
    if not isinstance(max_times, int) or max_times < 1:
        raise DataFileError(file, where, "extension.max: must be a whole number ≥ 1")
    return Extension(
        available_after=_duration(
            raw.get("available_after", "0m"), file, where, "extension.available_after"
        ),
        adds=_duration(raw.get("adds"), file, where, "extension.adds"),
        max_times=max_times,
        quote=str(raw.get("quote", "")),
    )


def _list(entry: dict[str, Any], key: str, file: str, where: str) -> list[Any]:
    value = entry[key]
    if not isinstance(value, list) or not value:
        raise DataFileError(file, where, f"{key}: must be a non-empty list")
    return value


def _duration(value: Any, file: str, where: str, key: str):  # type: ignore[no-untyped-def]
    if not isinstance(value, str):
        raise DataFileError(file, where, f"{key}: must be a text like 48h or 7d")
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise DataFileError(file, where, f"{key}: {exc}") from None


def _enum(enum: Any, value: Any, file: str, where: str, key: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise DataFileError(file, where, f"{key}: {value!r} is not one of {allowed}") from None
