"""Reminder messages: their text, and where they go (the tray when there is one; the in-app
due panel always)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from desktop.core.clock import Clock
from desktop.core.services.reminders import Delivery, Reminder, WakeReason
from desktop.gui import labels

translate = QCoreApplication.translate
DIGEST_LINES = 6
URGENT = timedelta(hours=4)  # shown with the critical icon


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    case_id: int | None  # the case a click opens
    urgent: bool
    digest: bool = False  # a click shows what is overdue / due soon


def _case_name(r: Reminder) -> str:
    return translate("Notify", "{platform} {after_sale_id}").format(
        platform=labels.label(r.platform), after_sale_id=r.after_sale_id
    )


def single_message(r: Reminder, clock: Clock) -> Message:
    now = clock.now()
    due_text = labels.local_time(r.due_at)
    action = labels.label(r.action) if r.action else translate("Notify", "the platform acts")
    if r.due_at <= now:
        title = translate("Notify", "Overdue: {case}").format(case=_case_name(r))
        body = translate("Notify", "The deadline {due} has passed. Then: {action}.").format(
            due=due_text, action=action
        )
    else:
        title = translate("Notify", "{countdown}: {case}").format(
            countdown=labels.countdown(r.due_at, now), case=_case_name(r)
        )
        body = translate("Notify", "Deadline {due}. Then: {action}.").format(
            due=due_text, action=action
        )
    return Message(title, body, r.case_id, r.due_at - now < URGENT)


def digest_message(delivery: Delivery, clock: Clock) -> Message:
    now = clock.now()
    items, total, overdue = delivery.digest, delivery.digest_count, delivery.digest_overdue
    intro = {
        WakeReason.START: translate("Notify", "Since CaseWatch last ran"),
        WakeReason.RESUME: translate(
            "Notify", "While the computer slept (or its clock moved ahead)"
        ),
        WakeReason.CLOCK_JUMP: translate("Notify", "The computer's clock was set back"),
    }.get(delivery.reason, translate("Notify", "Needs your attention"))
    title = translate("Notify", "{intro}: %n case(s) came due", None, total).format(intro=intro)
    lines = [
        translate("Notify", "· {case}: {countdown}").format(
            case=_case_name(r), countdown=labels.countdown(r.due_at, now)
        )
        for r in items[:DIGEST_LINES]
    ]
    if total > DIGEST_LINES:
        more = total - DIGEST_LINES
        lines.append(translate("Notify", "… and %n more", None, more))
    if overdue:
        lines.insert(0, translate("Notify", "%n already overdue.", None, overdue))
    return Message(title, "\n".join(lines), None, overdue > 0, digest=True)


def grouped_message(reminders: list[Reminder], clock: Clock) -> Message:
    """Several on-time reminders at once: one message (on Windows and macOS a second balloon
    replaces the first, so separate ones would hide all but the last)."""
    now = clock.now()
    count = len(reminders)
    title = translate("Notify", "%n cases need your attention", None, count)
    lines = [
        translate("Notify", "· {case}: {countdown}").format(
            case=_case_name(r), countdown=labels.countdown(r.due_at, now)
        )
        for r in reminders
    ]
    urgent = any(r.due_at - now < URGENT for r in reminders)
    return Message(title, "\n".join(lines), None, urgent, digest=True)


def messages_for(delivery: Delivery, clock: Clock) -> list[Message]:
    found = []
    if len(delivery.singles) == 1:
        found.append(single_message(delivery.singles[0], clock))
    elif delivery.singles:
        found.append(grouped_message(delivery.singles, clock))
    if delivery.digest_count:
        found.append(digest_message(delivery, clock))
    return found
