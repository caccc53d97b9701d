"""The system notification of a reminder: its text, within Windows' limits (a tray balloon
keeps 63 characters of title and 255 of body, and cuts the rest), with the count first so that
what is cut is never the number. The notification is a courtesy: the reminder card carries
every reminder until it is acknowledged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.core.clock import Clock
from desktop.core.services.reminders import Delivery, Reminder, WakeReason
from desktop.gui import labels

translate = QCoreApplication.translate
URGENT = timedelta(hours=4)  # shown with the critical icon
#: Windows' NOTIFYICONDATA: szInfoTitle[64] and szInfo[256] UTF-16 units, ending in a NUL.
TITLE_MAX = 63
BODY_MAX = 255


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    case_id: int | None  # the case a click opens
    urgent: bool
    digest: bool = False  # a click shows what is overdue / due soon


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def fit_title(text: str) -> str:
    if utf16_len(text) <= TITLE_MAX:
        return text
    while utf16_len(text + "…") > TITLE_MAX:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_body(lines: list[str], more: int = 0) -> str:
    """As many whole lines as fit, then "… and N more" for the rest."""
    kept = list(lines)
    hidden = more
    while True:
        tail = [translate("Notify", "… and %n more", None, hidden)] if hidden else []
        text = "\n".join(kept + tail)
        if utf16_len(text) <= BODY_MAX or not kept:
            break
        kept.pop()
        hidden += 1
    if utf16_len(text) > BODY_MAX:  # a single line longer than the limit
        text = text[: BODY_MAX - 1] + "…"
    return text


def _case_name(r: Reminder) -> str:
    return translate("Notify", "{platform} {after_sale_id}").format(
        platform=labels.label(r.platform), after_sale_id=r.after_sale_id
    )


def _line(r: Reminder, now: datetime) -> str:
    return translate("Notify", "· {countdown}: {case}").format(
        countdown=labels.countdown(r.due_at, now), case=_case_name(r)
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
    if r.amount_fen is not None:
        body += " " + labels.money(r.amount_fen)
    if r.product:
        body = f"{r.product}\n{body}"
    return Message(fit_title(title), fit_body([body]), r.case_id, r.due_at - now < URGENT)


def _count_title(total: int, overdue: int) -> str:
    title = translate("Notify", "%n case(s) need you", None, total)
    if overdue:
        title += translate("Notify", ", %n overdue", None, overdue)
    return fit_title(title)


def digest_message(delivery: Delivery, clock: Clock) -> Message:
    now = clock.now()
    items, total, overdue = delivery.digest, delivery.digest_count, delivery.digest_overdue
    intro = {
        WakeReason.START: translate("Notify", "Since CaseWatch last ran:"),
        WakeReason.RESUME: translate(
            "Notify", "While the computer slept (or its clock moved ahead):"
        ),
        WakeReason.CLOCK_JUMP: translate("Notify", "The computer's clock was set back:"),
    }.get(delivery.reason)
    lines = [intro] if intro else []
    lines += [_line(r, now) for r in items]
    body = fit_body(lines, total - len(items))
    return Message(_count_title(total, overdue), body, None, overdue > 0, digest=True)


def grouped_message(reminders: list[Reminder], clock: Clock) -> Message:
    """Several on-time reminders at once: one message (on Windows and macOS a second balloon
    replaces the first, so separate ones would hide all but the last)."""
    now = clock.now()
    overdue = sum(1 for r in reminders if r.due_at <= now)
    body = fit_body([_line(r, now) for r in reminders])
    urgent = any(r.due_at - now < URGENT for r in reminders)
    return Message(_count_title(len(reminders), overdue), body, None, urgent, digest=True)


def repeat_message(total: int, overdue: int) -> Message:
    """Overdue cases nobody acknowledged, coming back."""
    body = translate(
        "Notify", "Still not acknowledged: their platforms may act on them. See the card."
    )
    return Message(_count_title(total, overdue), fit_body([body]), None, True, digest=True)


def messages_for(delivery: Delivery, clock: Clock) -> list[Message]:
    found = []
    if len(delivery.singles) == 1:
        found.append(single_message(delivery.singles[0], clock))
    elif delivery.singles:
        found.append(grouped_message(delivery.singles, clock))
    if delivery.digest_count:
        found.append(digest_message(delivery, clock))
    return found
