"""What the time-aware prompts say (desktop/core/playbooks/prompts.py)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from desktop.core.playbooks.prompts import Prompt
from desktop.gui import labels

translate = QCoreApplication.translate


def prompt_text(prompt: Prompt) -> str:
    p = prompt.params
    if prompt.code == "extend_receipt_now":
        return translate(
            "Playbook",
            "The return is still on its way and the deadline is {deadline}. Use 延长收货 now "
            "(+{adds}, once) in the platform's back-end, then record it here; talk to the buyer "
            "too.",
        ).format(deadline=labels.local_time(p["deadline"]), adds=_span(p.get("adds")))
    if prompt.code == "extend_receipt_later":
        if p.get("too_late"):
            return translate(
                "Playbook",
                "The return is still on its way and the deadline is {deadline}, but 延长收货 "
                "opens only at {available} (5 days after the tracking upload). Talk to the "
                "buyer now: if they agree, they can withdraw the request for the time being.",
            ).format(
                deadline=labels.local_time(p["deadline"]),
                available=labels.local_time(p["available_at"]),
            )
        return translate(
            "Playbook",
            "The return is still on its way and the deadline is {deadline}. 延长收货 (+{adds}, "
            "once) opens at {available}: use it then if the parcel has not arrived.",
        ).format(
            deadline=labels.local_time(p["deadline"]),
            adds=_span(p.get("adds")),
            available=labels.local_time(p["available_at"]),
        )
    if prompt.code == "intercept":
        return (
            translate(
                "Playbook",
                "Refund only, and the parcel we sent ({courier} {tracking_no}) is still on its "
                "way: have the courier intercept it, then mark the case intercepted.",
            )
            .format(courier=p.get("courier", ""), tracking_no=p.get("tracking_no", ""))
            .replace("( ", "(")
        )
    if prompt.code == "extend_after_sales":
        return translate(
            "Playbook",
            "Past the after-sales period: 视频号/微信小店 lets the shop re-open it (延长售后) "
            "within a year of payment, up to {times} times, {days} days each, once the order "
            "is settled — where that is fair to the buyer.",
        ).format(times=p.get("times", 3), days=p.get("days", 7))
    return prompt.code


def _span(value: object) -> str:
    return labels.duration_text(value) if isinstance(value, timedelta) else "?"
