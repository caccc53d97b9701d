"""Checks on what a user typed, naming each field that is wrong. Nothing is saved until all pass."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.core.errors import FieldProblem
from desktop.core.model import CaseType, Platform, fen_from_yuan_text
from desktop.core.times import to_epoch, to_utc

#: Clocks on the computer and the platform differ a little; "now" plus this is not the future.
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_TEXT = 500
MAX_ID = 64
_EXCEL_MANGLED = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")
_ID_CHARS = re.compile(r"^[0-9A-Za-z._\-/#]+$")


@dataclass
class CaseDraft:
    """A case as typed into the form (or given on the command line), not yet checked."""

    platform: str = ""
    after_sale_id: str = ""
    order_id: str = ""
    case_type: str = ""
    amount: str = ""
    reason: str = ""
    buyer: str = ""
    applied_at: datetime | None = None
    platform_deadline: datetime | None = None
    product: str = ""


def check_id(value: str, field: str, problems: list[FieldProblem], *, required: bool) -> str:
    cleaned = value.strip()
    if not cleaned:
        if required:
            problems.append(FieldProblem(field, "required"))
        return ""
    if _EXCEL_MANGLED.match(cleaned):
        problems.append(FieldProblem(field, "excel_mangled_id", {"value": cleaned}))
    elif len(cleaned) > MAX_ID:
        problems.append(FieldProblem(field, "too_long", {"max": MAX_ID}))
    elif not _ID_CHARS.match(cleaned):
        problems.append(FieldProblem(field, "bad_id_chars", {"value": cleaned}))
    return cleaned


def check_text(value: str, field: str, problems: list[FieldProblem], limit: int = MAX_TEXT) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        problems.append(FieldProblem(field, "too_long", {"max": limit}))
    return cleaned


def check_time(
    value: datetime | None, field: str, problems: list[FieldProblem], now: datetime
) -> datetime | None:
    if value is None:
        problems.append(FieldProblem(field, "required"))
        return None
    when = to_utc(value)
    if when > now + FUTURE_TOLERANCE:
        problems.append(FieldProblem(field, "in_future"))
    return when


def check_draft(draft: CaseDraft, now: datetime) -> tuple[dict[str, Any], list[FieldProblem]]:
    """The case columns for a valid draft, and every problem found (all fields are checked)."""
    problems: list[FieldProblem] = []
    platform = _member(Platform, draft.platform, "platform", problems)
    case_type = _member(CaseType, draft.case_type, "case_type", problems)
    after_sale_id = check_id(draft.after_sale_id, "after_sale_id", problems, required=True)
    order_id = check_id(draft.order_id, "order_id", problems, required=False)
    amount_fen = None
    if draft.amount.strip():
        try:
            amount_fen = fen_from_yuan_text(draft.amount)
        except ValueError:
            problems.append(FieldProblem("amount", "invalid_amount", {"value": draft.amount}))
        else:
            if amount_fen > 100_000_000_00:
                problems.append(FieldProblem("amount", "invalid_amount", {"value": draft.amount}))
    reason = check_text(draft.reason, "reason", problems)
    buyer = check_text(draft.buyer, "buyer", problems, limit=100)
    product = check_text(draft.product, "product", problems, limit=300)
    applied = check_time(draft.applied_at, "applied_at", problems, now)
    deadline = draft.platform_deadline
    if deadline is not None and applied is not None and to_utc(deadline) <= applied:
        problems.append(FieldProblem("platform_deadline", "deadline_before_applied"))
    columns = {
        "platform": platform.value if platform else "",
        "after_sale_id": after_sale_id,
        "order_id": order_id,
        "case_type": case_type.value if case_type else "",
        "amount_fen": amount_fen,
        "reason": reason,
        "buyer": buyer,
        "applied_at": to_epoch(applied) if applied else 0,
        "product": product,
    }
    return columns, problems


def _member(enum: Any, value: str, field: str, problems: list[FieldProblem]) -> Any:
    if not value:
        problems.append(FieldProblem(field, "required"))
        return None
    try:
        return enum(value)
    except ValueError:
        problems.append(FieldProblem(field, "unknown_value", {"value": value}))
        return None
