"""Keeps each case row's derived columns in step with its events and the rules in force."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.deadlines import derive
from desktop.core.model import CaseState
from desktop.core.rules import RuleSet
from desktop.core.storage import repository as repo

if TYPE_CHECKING:
    from sqlmodel import Session

CHUNK = 2000


def refresh_case(session: Session, case_id: int, rules: RuleSet, now_epoch: int) -> CaseState:
    facts = repo.load_facts(session, case_id)
    if facts is None:
        raise KeyError(case_id)
    state = derive(facts, repo.load_events(session, case_id), rules)
    repo.write_projections(session, [(case_id, repo.projection(state))])
    repo.write_clocks(session, [(case_id, state)], now_epoch)
    session.connection().exec_driver_sql(
        "UPDATE cases SET updated_at = ? WHERE id = ?", (now_epoch, case_id)
    )
    return state


def refresh_open_cases(
    session: Session, rules: RuleSet, now_epoch: int, scope: repo.CaseScope | None = None
) -> int:
    """After a rule change: re-derive the open cases the rule can touch (finished cases run no
    clocks), a chunk at a time so that memory stays flat with 100,000 cases."""
    return refresh_cases(session, repo.open_case_ids(session, scope), rules, now_epoch)


def refresh_cases(session: Session, ids: list[int], rules: RuleSet, now_epoch: int) -> int:
    """Re-derive the given cases (a chunk of ids at a time) and write their projections."""
    written = 0
    for start in range(0, len(ids), CHUNK):
        states = [
            (facts.id, derive(facts, events, rules))
            for facts, events in repo.load_cases(session, ids[start : start + CHUNK])
        ]
        written += repo.write_projections(
            session, [(case_id, repo.projection(state)) for case_id, state in states]
        )
        repo.write_clocks(session, states, now_epoch)
    return written
