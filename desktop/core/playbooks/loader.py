"""Reads and checks playbook files: the shipped library (resources/playbooks/), where any
fault is ours and stops the tests, and the shop's own files (<data>/playbooks/), where a fault
is reported and that file skipped, never a crash. Also writes the shop's files."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import tomli_w

from desktop.core.errors import DataFileError
from desktop.core.evidence_kinds import load_kinds
from desktop.core.model import CaseType, Platform, Stage
from desktop.core.playbooks.model import (
    ANY_LANGUAGE,
    PLACEHOLDERS,
    SOURCE_LANGUAGE,
    Applies,
    EvidenceNeed,
    Library,
    LibraryProblem,
    Origin,
    Scenario,
    Script,
    Step,
    Text,
)

_TOP_KEYS = {
    "id",
    "revision",
    "based_on",
    "sources",
    "title",
    "summary",
    "applies",
    "steps",
    "evidence",
    "scripts",
    "outcomes",
    "cautions",
}
_APPLIES_KEYS = {
    "case_types",
    "stages",
    "platforms",
    "reason_keywords",
    "logistics_keywords",
    "always",
}
#: Languages a text may carry.
LANGUAGES = (SOURCE_LANGUAGE, "en", "zh_TW", ANY_LANGUAGE)
_ID_CHARS = set(string.ascii_lowercase + string.digits + "_-")

#: What can be wrong with a playbook file, in English (logs; the GUI says it in the user's
#: language from the same codes: desktop/gui/problems.py).
MESSAGES = {
    "toml": "not valid TOML: {detail}",
    "unreadable": "cannot be read: {detail}",
    "used_twice": "“{id}” is used twice",
    "unknown_field": "unknown field",
    "bad_id": "must be lower-case letters, digits, _ or -",
    "whole_number_from_1": "must be a whole number from 1",
    "whole_number": "must be a whole number",
    "no_steps": "a scenario needs at least one step",
    "steps_share_id": "two steps share an id",
    "scripts_share_id": "two scripts share an id",
    "list_of_texts": "must be a list of texts",
    "cites_seed": "a shipped scenario cites its seed",
    "list_of_tables": "must be a list of [[{key}]] tables",
    "texts_by_language": "must be a table of texts by language (zh_CN = …, en = …)",
    "unknown_language": "unknown language {languages}",
    "texts_are_strings": "texts must be strings",
    "shipped_needs_both": "a shipped text needs zh_CN and en",
    "empty": "must not be empty",
    "table": "must be a table",
    "no_kinds": "must list evidence kinds",
    "unknown_kind": "unknown kind {kinds}; known: {known}",
    "braces": "braces do not pair: {detail}",
    "unknown_placeholder": "unknown placeholder {name}; known: {known}",
    "true_false": "must be true or false",
    "list": "must be a list",
    "one_of": "one of: {known}",
    "list_of_words": "must be a list of words",
}


def _error(file: str, where: str, code: str, **params: str) -> DataFileError:
    return DataFileError(file, where, MESSAGES[code].format(**params), code, params)


def load_shipped() -> dict[str, Scenario]:
    folder = resources.files("desktop.resources").joinpath("playbooks")
    found: dict[str, Scenario] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        scenario = parse_scenario(
            entry.read_text(encoding="utf-8"), f"resources/playbooks/{entry.name}", shipped=True
        )
        if scenario.id in found:
            raise _error(scenario.file, "id", "used_twice", id=scenario.id)
        found[scenario.id] = scenario
    return found


def load_library(user_folder: Path | None) -> Library:
    """The shipped scenarios with the shop's edits and additions on top."""
    shipped = load_shipped()
    scenarios = dict(shipped)
    problems: list[LibraryProblem] = []
    if user_folder is not None and user_folder.is_dir():
        for path in sorted(user_folder.glob("*.toml")):
            try:
                scenario = parse_scenario(
                    path.read_text(encoding="utf-8"), path.name, shipped=False
                )
            except DataFileError as err:
                problems.append(
                    LibraryProblem(err.file, err.where, err.message, err.code, err.params)
                )
                continue
            except (OSError, UnicodeDecodeError) as exc:
                err = _error(path.name, "file", "unreadable", detail=str(exc))
                problems.append(
                    LibraryProblem(err.file, err.where, err.message, err.code, err.params)
                )
                continue
            origin = Origin.EDITED if scenario.id in shipped else Origin.OWN
            scenarios[scenario.id] = _with_origin(scenario, origin)
    return Library(scenarios, shipped, tuple(problems))


def _with_origin(scenario: Scenario, origin: Origin) -> Scenario:
    from dataclasses import replace

    return replace(scenario, origin=origin)


def parse_scenario(text: str, file: str, *, shipped: bool) -> Scenario:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(file, "TOML", "toml", detail=str(exc)) from None
    return _Parser(file, shipped).scenario(doc)


class _Parser:
    """One file's checks; every message names the entry and the field."""

    def __init__(self, file: str, shipped: bool):
        self.file, self.shipped = file, shipped

    def fail(self, where: str, code: str, **params: str) -> DataFileError:
        return _error(self.file, where, code, **params)

    def scenario(self, doc: dict[str, Any]) -> Scenario:
        unknown = set(doc) - _TOP_KEYS
        if unknown:
            raise self.fail(", ".join(sorted(unknown)), "unknown_field")
        scenario_id = doc.get("id")
        if not isinstance(scenario_id, str) or not scenario_id or set(scenario_id) - _ID_CHARS:
            raise self.fail("id", "bad_id")
        revision = doc.get("revision", 1)
        if not isinstance(revision, int) or revision < 1:
            raise self.fail("revision", "whole_number_from_1")
        based_on = doc.get("based_on")
        if based_on is not None and not isinstance(based_on, int):
            raise self.fail("based_on", "whole_number")
        steps = tuple(self._step(e, n) for n, e in enumerate(self._list(doc, "steps"), 1))
        if not steps:
            raise self.fail("steps", "no_steps")
        step_ids = [s.id for s in steps]
        if len(set(step_ids)) != len(step_ids):
            raise self.fail("steps", "steps_share_id")
        scripts = tuple(self._script(e, n) for n, e in enumerate(self._list(doc, "scripts"), 1))
        if len({s.id for s in scripts}) != len(scripts):
            raise self.fail("scripts", "scripts_share_id")
        sources = doc.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise self.fail("sources", "list_of_texts")
        if self.shipped and not sources:
            raise self.fail("sources", "cites_seed")
        return Scenario(
            id=scenario_id,
            revision=revision,
            title=self.text(doc.get("title"), "title"),
            summary=self.text(doc.get("summary", {}), "summary", required=False),
            applies=self._applies(doc.get("applies", {})),
            steps=steps,
            evidence=tuple(
                self._evidence(e, n) for n, e in enumerate(self._list(doc, "evidence"), 1)
            ),
            scripts=scripts,
            outcomes=tuple(
                self.text(e, f"outcomes #{n}") for n, e in enumerate(self._list(doc, "outcomes"), 1)
            ),
            cautions=tuple(
                self.text(e, f"cautions #{n}") for n, e in enumerate(self._list(doc, "cautions"), 1)
            ),
            sources=tuple(sources),
            based_on=based_on,
            file=self.file,
        )

    def _list(self, doc: dict[str, Any], key: str) -> list[Any]:
        value = doc.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "list_of_tables", key=key)
        return value

    def text(self, value: Any, where: str, *, required: bool = True) -> Text:
        if isinstance(value, str) and not self.shipped:
            value = {ANY_LANGUAGE: value}
        if not isinstance(value, dict):
            raise self.fail(where, "texts_by_language")
        unknown = set(value) - set(LANGUAGES) - {"id", "kinds", "min", "title", "text"}
        if unknown:
            raise self.fail(where, "unknown_language", languages=", ".join(sorted(unknown)))
        texts = {k: v for k, v in value.items() if k in LANGUAGES}
        if not all(isinstance(v, str) for v in texts.values()):
            raise self.fail(where, "texts_are_strings")
        if self.shipped and required and not (texts.get(SOURCE_LANGUAGE) and texts.get("en")):
            raise self.fail(where, "shipped_needs_both")
        if required and not any(v.strip() for v in texts.values()):
            raise self.fail(where, "empty")
        return texts

    def _step(self, entry: Any, n: int) -> Step:
        where = f"steps #{n}"
        if not isinstance(entry, dict):
            raise self.fail(where, "table")
        return Step(self._id(entry, where), self.text(entry, where))

    def _id(self, entry: dict[str, Any], where: str) -> str:
        value = entry.get("id")
        if not isinstance(value, str) or not value or set(value) - _ID_CHARS:
            raise self.fail(f"{where} id", "bad_id")
        return value

    def _evidence(self, entry: Any, n: int) -> EvidenceNeed:
        where = f"evidence #{n}"
        if not isinstance(entry, dict):
            raise self.fail(where, "table")
        kinds = entry.get("kinds")
        known = load_kinds()
        if not isinstance(kinds, list) or not kinds:
            raise self.fail(f"{where} kinds", "no_kinds")
        wrong = [k for k in kinds if k not in known]
        if wrong:
            raise self.fail(
                f"{where} kinds",
                "unknown_kind",
                kinds=", ".join(map(str, wrong)),
                known=", ".join(known),
            )
        minimum = entry.get("min", 1)
        if not isinstance(minimum, int) or minimum < 1:
            raise self.fail(f"{where} min", "whole_number_from_1")
        return EvidenceNeed(tuple(kinds), minimum, self.text(entry, where))

    def _script(self, entry: Any, n: int) -> Script:
        where = f"scripts #{n}"
        if not isinstance(entry, dict):
            raise self.fail(where, "table")
        title = self.text(entry.get("title"), f"{where} title")
        text = self.text(entry.get("text"), f"{where} text")
        for language, body in text.items():
            try:
                names = {f for _, f, _, _ in string.Formatter().parse(body) if f is not None}
            except ValueError as exc:
                raise self.fail(f"{where} text {language}", "braces", detail=str(exc)) from None
            wrong = sorted(names - set(PLACEHOLDERS))
            if wrong:
                raise self.fail(
                    f"{where} text {language}",
                    "unknown_placeholder",
                    name=f"{{{wrong[0]}}}",
                    known=", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
                )
        return Script(self._id(entry, where), title, text)

    def _applies(self, value: Any) -> Applies:
        if not isinstance(value, dict):
            raise self.fail("applies", "table")
        unknown = set(value) - _APPLIES_KEYS
        if unknown:
            raise self.fail(f"applies {', '.join(sorted(unknown))}", "unknown_field")
        always = value.get("always", False)
        if not isinstance(always, bool):
            raise self.fail("applies always", "true_false")
        return Applies(
            case_types=frozenset(self._members(CaseType, value, "case_types")),
            stages=frozenset(self._members(Stage, value, "stages")),
            platforms=frozenset(self._members(Platform, value, "platforms")),
            reason_keywords=self._words(value, "reason_keywords"),
            logistics_keywords=self._words(value, "logistics_keywords"),
            always=always,
        )

    def _members(self, enum: Any, value: dict[str, Any], key: str) -> list[Any]:
        items = value.get(key, [])
        if not isinstance(items, list):
            raise self.fail(f"applies {key}", "list")
        try:
            return [enum(i) for i in items]
        except ValueError:
            known = ", ".join(m.value for m in enum)
            raise self.fail(f"applies {key}", "one_of", known=known) from None

    def _words(self, value: dict[str, Any], key: str) -> tuple[str, ...]:
        items = value.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise self.fail(f"applies {key}", "list_of_words")
        return tuple(items)


# Writing the shop's files -------------------------------------------------------------------
def scenario_document(scenario: Scenario) -> dict[str, Any]:
    """A scenario as a TOML document (what parse_scenario reads back)."""
    a = scenario.applies
    doc: dict[str, Any] = {
        "id": scenario.id,
        "revision": scenario.revision,
        "title": dict(scenario.title),
        "summary": dict(scenario.summary),
        "applies": {
            "case_types": sorted(c.value for c in a.case_types),
            "stages": sorted(s.value for s in a.stages),
            "platforms": sorted(p.value for p in a.platforms),
            "reason_keywords": list(a.reason_keywords),
            "logistics_keywords": list(a.logistics_keywords),
            "always": a.always,
        },
        "steps": [{"id": s.id, **s.text} for s in scenario.steps],
        "evidence": [
            {"kinds": list(e.kinds), "min": e.minimum, **e.text} for e in scenario.evidence
        ],
        "scripts": [
            {"id": s.id, "title": dict(s.title), "text": dict(s.text)} for s in scenario.scripts
        ],
        "outcomes": [dict(t) for t in scenario.outcomes],
        "cautions": [dict(t) for t in scenario.cautions],
        "sources": list(scenario.sources),
    }
    if scenario.based_on is not None:
        doc["based_on"] = scenario.based_on
    return doc


def scenario_toml(scenario: Scenario) -> str:
    return tomli_w.dumps(_clean(scenario_document(scenario)))


def check_scenario(scenario: Scenario) -> DataFileError | None:
    """What would be wrong with the scenario read back from its file (None: nothing)."""
    try:
        parse_scenario(scenario_toml(scenario), f"{scenario.id}.toml", shipped=False)
    except DataFileError as err:
        return err
    return None


def write_user_scenario(folder: Path, scenario: Scenario) -> Path:
    """Save the shop's version: to a temporary file first, so a failure (a full disk) never
    leaves a half-written scenario behind."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{scenario.id}.toml"
    partial = path.with_name(path.name + ".partial")
    header = (
        "# Your own version of a CaseWatch playbook (edited in the app, or by hand).\n"
        "# Delete this file to go back to the shipped version.\n"
    )
    partial.write_text(header + scenario_toml(scenario), "utf-8")
    partial.replace(path)
    return path


def _clean(value: Any) -> Any:
    """TOML has no null; empty tables and lists are left out."""
    if isinstance(value, Mapping):
        return {k: _clean(v) for k, v in value.items() if v not in (None, {}, [])}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value
