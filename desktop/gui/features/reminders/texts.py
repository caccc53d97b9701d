"""The daily briefing and reminder deliveries in words, for the card, the due panel and the
system's notifications."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.services.briefing import Briefing
from desktop.gui import labels

translate = QCoreApplication.translate


def stale_sentence(platform_label: str, hours: int) -> str:
    return translate(
        "Reminders", "{platform} data not updated for {hours} h: deadlines may have changed."
    ).format(platform=platform_label, hours=hours)


def briefing_summary(b: Briefing) -> str:
    """One paragraph: overdue, due today, due tomorrow, the money, stale platforms."""
    local = b.made_at.astimezone()
    lines = [
        translate(
            "Reminders",
            "Daily briefing, {weekday} {date}: overdue {overdue} · due today {today} · due "
            "tomorrow {tomorrow} · {amount} at stake",
        ).format(
            weekday=labels.weekday(local.isoweekday()),
            date=local.strftime("%m-%d"),
            overdue=b.overdue,
            today=b.today,
            tomorrow=b.tomorrow,
            amount=labels.money(b.at_stake_fen),
        )
    ]
    lines += [stale_sentence(labels.label(s.platform), s.hours(b.made_at)) for s in b.stale]
    return "\n".join(lines)
