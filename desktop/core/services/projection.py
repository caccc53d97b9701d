"""Keeps each case row's derived columns in step with its events and the rules in force."""

from __future__ import annotations

from sqlmodel import Session

from desktop.core.deadlines import derive
from desktop.core.model import CaseState
from desktop.core.rules import RuleSet
from desktop.core.storage import repository as repo


def refresh_case(session: Session, case_id: int, rules: RuleSet, now_epoch: int) -> CaseState:
    facts = repo.load_facts(session, case_id)
    if facts is None:
        raise KeyError(case_id)
    state = derive(facts, repo.load_events(session, case_id), rules)
    values = repo.projection(state)
    repo.write_projections(session, [(case_id, values)])
    session.connection().exec_driver_sql(
        "UPDATE cases SET updated_at = ? WHERE id = ?", (now_epoch, case_id)
    )
    return state


def refresh_open_cases(session: Session, rules: RuleSet) -> int:
    """After a rule change: re-derive every open case (finished cases run no clocks)."""
    updates = [
        (facts.id, repo.projection(derive(facts, events, rules)))
        for facts, events in repo.load_open_cases(session)
    ]
    return repo.write_projections(session, updates)
