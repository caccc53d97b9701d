"""Scenario playbooks on cases: which scenarios a case follows (chosen, or suggested from its
type, reason, stage and parcel), the steps ticked and when, the next step, the time-aware
prompts; and the shop's edits of the library, kept in the data folder."""

from __future__ import annotations

import logging
import string
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.errors import FieldProblem, UserError, ValidationError
from desktop.core.playbooks.loader import check_scenario, load_library, write_user_scenario
from desktop.core.playbooks.model import PLACEHOLDERS, Library, Origin, Scenario, Step
from desktop.core.playbooks.prompts import Prompt, prompts
from desktop.core.playbooks.suggest import Suggestion, suggest
from desktop.core.services.cases import CaseDetail
from desktop.core.services.rules import RulesService
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, to_epoch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Followed:
    """A scenario a case follows, with its ticked steps (step id -> when)."""

    scenario: Scenario
    added_at: datetime
    ticks: dict[str, datetime]

    @property
    def done(self) -> int:
        return sum(1 for s in self.scenario.steps if s.id in self.ticks)

    @property
    def next_step(self) -> Step | None:
        return next((s for s in self.scenario.steps if s.id not in self.ticks), None)


@dataclass(frozen=True)
class CasePlaybooks:
    followed: list[Followed]
    suggestions: list[Suggestion]
    prompts: list[Prompt]
    missing: list[str]  # scenarios the case follows that the library no longer has

    @property
    def progress(self) -> tuple[int, int]:
        return sum(f.done for f in self.followed), sum(len(f.scenario.steps) for f in self.followed)

    @property
    def next_step(self) -> tuple[Scenario, Step] | None:
        """The first unticked step of the scenarios followed, in the order they were chosen."""
        for f in self.followed:
            step = f.next_step
            if step is not None:
                return f.scenario, step
        return None


class PlaybookService:
    def __init__(self, db: Database, clock: Clock, rules: RulesService, folder: Path):
        self._db, self._clock, self._rules, self._folder = db, clock, rules, folder
        self._library: Library | None = None

    @property
    def folder(self) -> Path:
        return self._folder

    # The library -------------------------------------------------------------------------
    def library(self) -> Library:
        if self._library is None:
            self._library = load_library(self._folder)
            for problem in self._library.problems:
                log.warning("playbook %s: %s: %s", problem.file, problem.where, problem.message)
        return self._library

    def reload(self) -> Changes:
        """Read the library again (the shop edited a file by hand) and bring progress up to date."""
        self._library = None
        self.library()
        return self._refresh_all()

    def save_scenario(self, scenario: Scenario) -> Changes:
        """Keep the shop's version of a scenario (an edit of a shipped one, or its own)."""
        problems = _check(scenario)
        broken = None if problems else check_scenario(scenario)
        if broken is not None:
            problems.append(
                FieldProblem(
                    "scenario",
                    "invalid",
                    {
                        "where": broken.where,
                        "detail": broken.message,
                        "code": broken.code,
                        "params": broken.params,
                    },
                )
            )
        if problems:
            raise ValidationError(problems)
        shipped = self.library().shipped.get(scenario.id)
        if shipped is not None:
            based_on = scenario.based_on if scenario.origin is Origin.EDITED else shipped.revision
            scenario = replace(
                scenario, origin=Origin.EDITED, based_on=based_on or shipped.revision
            )
        else:
            scenario = replace(scenario, origin=Origin.OWN, based_on=None)
        try:
            write_user_scenario(self._folder, scenario)
        except OSError as exc:
            raise UserError(
                "file_unwritable", path=str(self._folder), detail=exc.strerror or str(exc)
            ) from exc
        return self.reload()

    def restore_default(self, scenario_id: str) -> Changes:
        """Drop the shop's version: the shipped one applies again (an own scenario is deleted)."""
        path = self._folder / f"{scenario_id}.toml"
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise UserError(
                "file_unwritable", path=str(path), detail=exc.strerror or str(exc)
            ) from exc
        return self.reload()

    def new_scenario_id(self) -> str:
        """An id no scenario, file or case has used: a deleted scenario's ticks on cases must
        never come back under a new one."""
        taken = set(self.library().scenarios)
        with self._db.read() as conn:
            taken |= {r[0] for r in conn.execute("SELECT DISTINCT scenario_id FROM case_playbooks")}
            taken |= {r[0] for r in conn.execute("SELECT DISTINCT scenario_id FROM playbook_ticks")}
        n = 1
        while f"own-{n}" in taken or (self._folder / f"own-{n}.toml").exists():
            n += 1
        return f"own-{n}"

    # A case ----------------------------------------------------------------------------
    def for_case(self, detail: CaseDetail) -> CasePlaybooks:
        library = self.library()
        case_id = detail.facts.id
        with self._db.read() as conn:
            chosen = conn.execute(
                "SELECT scenario_id, added_at FROM case_playbooks WHERE case_id = ? "
                "ORDER BY added_at, scenario_id",
                (case_id,),
            ).fetchall()
            ticks = conn.execute(
                "SELECT scenario_id, step_id, done_at FROM playbook_ticks WHERE case_id = ?",
                (case_id,),
            ).fetchall()
        by_scenario: dict[str, dict[str, datetime]] = {}
        for scenario_id, step_id, done_at in ticks:
            by_scenario.setdefault(scenario_id, {})[step_id] = from_epoch(done_at)
        followed, missing = [], []
        for scenario_id, added_at in chosen:
            scenario = library.get(scenario_id)
            if scenario is None:
                missing.append(scenario_id)
                continue
            followed.append(
                Followed(scenario, from_epoch(added_at), by_scenario.get(scenario_id, {}))
            )
        ids = frozenset(f.scenario.id for f in followed)
        suggestions = suggest(library, detail.facts, detail.state, exclude=ids)
        shown = ids | {s.scenario.id for s in suggestions}
        found = prompts(detail.facts, detail.state, self._clock.now(), self._rules.current(), shown)
        return CasePlaybooks(followed, suggestions, found, missing)

    def follow(self, case_id: int, scenario_id: str) -> Changes:
        if self.library().get(scenario_id) is None:
            raise UserError("scenario_not_found", scenario=scenario_id)
        now_s = to_epoch(self._clock.now())
        with self._db.session() as s:
            raw = s.connection()
            _follow(raw, case_id, scenario_id, now_s)
            self._write_progress(raw, [case_id])
        return Changes.cases(case_id)

    def unfollow(self, case_id: int, scenario_id: str) -> Changes:
        """Stop following a scenario on a case; its ticks go with it."""
        with self._db.session() as s:
            raw = s.connection()
            for table in ("playbook_ticks", "case_playbooks"):
                raw.exec_driver_sql(
                    f"DELETE FROM {table} WHERE case_id = ? AND scenario_id = ?",
                    (case_id, scenario_id),
                )
            self._write_progress(raw, [case_id])
        return Changes.cases(case_id)

    def tick(self, case_id: int, scenario_id: str, step_id: str, done: bool) -> Changes:
        """Tick (or untick) a step, with the time. Ticking a step of a suggested scenario
        makes the case follow it."""
        scenario = self.library().get(scenario_id)
        if scenario is None or scenario.step(step_id) is None:
            raise UserError("scenario_not_found", scenario=f"{scenario_id}/{step_id}")
        now_s = to_epoch(self._clock.now())
        with self._db.session() as s:
            raw = s.connection()
            _follow(raw, case_id, scenario_id, now_s)
            if done:
                raw.exec_driver_sql(
                    "INSERT OR IGNORE INTO playbook_ticks (case_id, scenario_id, step_id, done_at) "
                    "VALUES (?, ?, ?, ?)",
                    (case_id, scenario_id, step_id, now_s),
                )
            else:
                raw.exec_driver_sql(
                    "DELETE FROM playbook_ticks WHERE case_id = ? AND scenario_id = ? "
                    "AND step_id = ?",
                    (case_id, scenario_id, step_id),
                )
            self._write_progress(raw, [case_id])
        return Changes.cases(case_id)

    # Progress in the queue ---------------------------------------------------------------
    def _refresh_all(self) -> Changes:
        with self._db.read() as conn:
            ids = [r[0] for r in conn.execute("SELECT DISTINCT case_id FROM case_playbooks")]
        if not ids:
            return Changes()
        with self._db.session() as s:
            self._write_progress(s.connection(), ids)
        return Changes(case_ids=frozenset(ids))

    def _write_progress(self, raw: Any, case_ids: Iterable[int]) -> None:
        library = self.library()
        rows = []
        for case_id in case_ids:
            chosen = raw.exec_driver_sql(
                "SELECT scenario_id FROM case_playbooks WHERE case_id = ?", (case_id,)
            ).fetchall()
            ticked = {
                (r[0], r[1])
                for r in raw.exec_driver_sql(
                    "SELECT scenario_id, step_id FROM playbook_ticks WHERE case_id = ?", (case_id,)
                )
            }
            done = total = 0
            for (scenario_id,) in chosen:
                scenario = library.get(scenario_id)
                if scenario is None:
                    continue
                total += len(scenario.steps)
                done += sum(1 for step in scenario.steps if (scenario_id, step.id) in ticked)
            rows.append((done, total, case_id))
        for row in rows:
            raw.exec_driver_sql(
                "UPDATE cases SET steps_done = ?, steps_total = ? WHERE id = ?", row
            )


def _follow(raw: Any, case_id: int, scenario_id: str, now_s: int) -> None:
    raw.exec_driver_sql(
        "INSERT OR IGNORE INTO case_playbooks (case_id, scenario_id, added_at) VALUES (?, ?, ?)",
        (case_id, scenario_id, now_s),
    )


def _check(scenario: Scenario) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not any(v.strip() for v in scenario.title.values()):
        problems.append(FieldProblem("title", "required"))
    if not scenario.steps:
        problems.append(FieldProblem("steps", "required"))
    if any(not any(v.strip() for v in s.text.values()) for s in scenario.steps):
        problems.append(FieldProblem("steps", "empty_step"))
    ids = [s.id for s in scenario.steps]
    if len(set(ids)) != len(ids):
        problems.append(FieldProblem("steps", "duplicate_step"))
    for script in scenario.scripts:
        for body in script.text.values():
            try:
                names = {f for _, f, _, _ in string.Formatter().parse(body) if f is not None}
            except ValueError:
                problems.append(FieldProblem("scripts", "unpaired_brace"))
                continue
            for name in sorted(names - set(PLACEHOLDERS)):
                problems.append(
                    FieldProblem(
                        "scripts",
                        "unknown_placeholder",
                        {
                            "name": "{" + name + "}",
                            "known": " ".join(f"{{{p}}}" for p in PLACEHOLDERS),
                        },
                    )
                )
    return problems
