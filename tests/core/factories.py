"""Small builders for facts and timelines in tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.core.model import CaseFacts, CaseType, Event, EventKind, Platform
from desktop.core.times import isoformat_utc


def facts(
    platform: Platform = Platform.DOUYIN,
    case_type: CaseType = CaseType.RETURN_REFUND,
    applied_at: datetime | None = None,
) -> CaseFacts:
    assert applied_at is not None
    return CaseFacts(1, platform, "AS-1", "O-1", case_type, 8800, "", "", applied_at)


class Timeline:
    """Events in the order written; each happens `at` and is recorded then (unless told)."""

    def __init__(self, applied_at: datetime):
        self.events: list[Event] = []
        self.add(EventKind.CREATED, applied_at)

    def add(
        self,
        kind: EventKind,
        at: datetime,
        recorded: datetime | None = None,
        **payload: Any,
    ) -> Event:
        event = Event(len(self.events) + 1, 1, kind, at, recorded or at, payload)
        self.events.append(event)
        return event

    def deadline(self, at: datetime, due: datetime, recorded: datetime | None = None) -> Event:
        return self.add(EventKind.DEADLINE_CHANGED, at, recorded, due_at=isoformat_utc(due))


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def days(n: float) -> timedelta:
    return timedelta(days=n)
