"""What an event on the timeline says, in words: used by the case's timeline and by the
summary page of a dispute pack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.deadlines import SETTLED_REFUNDED
from desktop.core.model import CaseType, Event, EventKind, Platform
from desktop.core.times import from_epoch, parse_time
from desktop.gui import labels
from desktop.gui.problems import field_name

translate = QCoreApplication.translate


def edited_text(key: str, old: object, new: object) -> str:
    """One corrected fact: '金额：¥88.00 → ¥99.00'."""

    def shown(value: object) -> str:
        if value in (None, ""):
            return "—"
        if key == "amount_fen":
            return labels.money(int(value))  # type: ignore[call-overload]
        if key == "applied_at":
            return labels.local_time(from_epoch(int(value)))  # type: ignore[call-overload]
        if key == "platform":
            return labels.label(Platform(value))
        if key == "case_type":
            return labels.label(CaseType(value))
        return str(value)

    field = field_name("amount" if key == "amount_fen" else key)
    return translate("CaseDetail", "{field}: {old} → {new}").format(
        field=field, old=shown(old), new=shown(new)
    )


def event_details(e: Event, by_id: dict[int, Event]) -> str:
    """What the timeline says about an event besides its name (the window and the pack)."""
    p = e.payload
    parts: list[str] = []
    if e.kind in (EventKind.RETURN_SHIPPED, EventKind.RESEND_SHIPPED):
        parts.append(f"{p.get('courier', '')} {p.get('tracking_no', '')}".strip())
    if e.kind is EventKind.COMPENSATION_PAID and p.get("amount_fen"):
        parts.append(labels.money(int(p["amount_fen"])))
    if e.kind is EventKind.PLATFORM_SETTLED:
        parts.append(
            translate("CaseDetail", "refunded by the platform; a missed clock")
            if p.get("outcome") == SETTLED_REFUNDED
            else translate("CaseDetail", "closed by the platform; a missed clock")
        )
    if e.kind is EventKind.DEADLINE_CHANGED and p.get("due_at"):
        parts.append(
            translate("CaseDetail", "new deadline {time}").format(
                time=labels.local_time(parse_time(str(p["due_at"])))
            )
        )
    if e.kind is EventKind.IMPORTED_STATUS and p.get("status"):
        earlier = [
            x
            for x in by_id.values()
            if x.kind is EventKind.IMPORTED_STATUS
            and (x.occurred_at, x.id) < (e.occurred_at, e.id)
            and x.payload.get("status")
        ]
        before = max(earlier, key=lambda x: (x.occurred_at, x.id)) if earlier else None
        status = str(p["status"])
        if before is not None and before.payload.get("status") == status:
            parts.append(translate("CaseDetail", "still “{status}”").format(status=status))
        else:
            parts.append(f"{before.payload['status']} → {status}" if before else status)
    if e.kind is EventKind.REVOKED:
        target = by_id.get(p.get("event_id", -1))
        if target is not None:
            parts.append(
                translate("CaseDetail", "withdraws “{event}” of {time}").format(
                    event=labels.label(target.kind), time=labels.local_time(target.occurred_at)
                )
            )
    if e.kind is EventKind.EDITED:
        parts.extend(edited_text(key, old, new) for key, (old, new) in p.get("changes", {}).items())
    if e.origin == "import":
        as_of = p.get("as_of")
        if as_of and abs(parse_time(str(as_of)) - e.occurred_at).total_seconds() > 60:
            # Dated by the import; the moment the export's data describes is said beside it.
            parts.append(
                translate("CaseDetail", "(imported; the platform's data as of {time})").format(
                    time=labels.local_time(parse_time(str(as_of)))
                )
            )
        else:
            parts.append(translate("CaseDetail", "(imported)"))
    if p.get("text"):
        parts.append(str(p["text"]))
    return " · ".join(x for x in parts if x)
