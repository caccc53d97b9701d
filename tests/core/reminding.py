"""Helpers for reminder tests: a case due in so long, firing the next reminder as the
scheduler would, and a desk that follows only the lead times."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.services import reminder_settings
from desktop.core.services.engine import Wake
from desktop.core.services.reminders import WakeReason
from desktop.core.services.validation import CaseDraft
from tests.core.factories import hours


def add_due(
    core: Core, after_sale_id: str, due_in: timedelta, amount: str = "88.00",
    platform: str = "pinduoduo",
) -> int:  # fmt: skip
    """A refund-only case whose platform deadline is `due_in` from now."""
    now = core.clock.now()
    case_id, _ = core.cases.create(
        CaseDraft(platform=platform, after_sale_id=after_sale_id, case_type="refund_only",
                  amount=amount, applied_at=now - hours(1), platform_deadline=now + due_in)
    )  # fmt: skip
    return case_id


def fire(core: Core, clock: FixedClock) -> Wake:
    """What the scheduler does: wake at the next reminder's time."""
    when = core.reminders.next_fire_at(clock.now())
    assert when is not None
    clock.set(when)
    return core.engine.wake(WakeReason.TIMER)


def leads_only(core: Core) -> None:
    """No last call before work ends and no daily briefing: only the lead times."""
    prefs = reminder_settings.load(core.settings)
    reminder_settings.save(
        core.settings, dataclasses.replace(prefs, last_call=False, briefing_enabled=False)
    )
