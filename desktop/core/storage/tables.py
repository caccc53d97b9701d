"""SQLModel tables: the persistence shape. Times are integer epoch seconds in UTC.

The `cases` table carries a projection of each case's derived state (stage, turn, the
merchant's next deadline...). It is written only by services.projection from the events and
the rules in force, and rebuilt whenever either changes; it exists so that SQL can sort and
filter 100,000 cases by deadline. The events stay the only truth.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.core.storage import UNDATED_MINE

# Named constraints, so that batch migrations on SQLite can drop and recreate them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class CaseRow(SQLModel, table=True):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("platform", "after_sale_id"),
        # The reminder scan and the overdue / due-soon views.
        Index("ix_cases_open_due", "is_open", "merchant_due_at"),
        # The queue in its default order, covering the columns the quick views filter on:
        # any view of 100,000 cases is an index scan, never a sort.
        Index("ix_cases_queue", "sort_due", "applied_at", "id", "is_open", "turn", "platform"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(index=True)
    after_sale_id: str
    order_id: str = Field(default="", index=True)
    case_type: str
    amount_fen: int | None = None
    reason: str = ""
    buyer: str = ""
    applied_at: int = Field(index=True)
    ship_courier: str = ""  # the outbound parcel, for intercepts (seed 001)
    ship_tracking_no: str = Field(default="", index=True)
    logistics_status: str = Field(default="", index=True)  # as the last import said
    product: str = ""  # 商品名称 / 宝贝标题 (and the SKU): what a person knows a case by
    created_at: int
    updated_at: int
    # The import that created the case (undo removes it), and a digest of what the last
    # import said about it: an unchanged row is skipped without reading the case.
    created_by_import: int | None = Field(default=None, foreign_key="imports.id", index=True)
    import_fingerprint: str = ""
    # Projection of the derived state (see module docstring).
    stage: str = Field(index=True)
    turn: str
    is_open: bool
    merchant_due_at: int | None = None
    sort_due: int = UNDATED_MINE  # the queue order: repository.sort_due()
    merchant_due_action: str | None = None
    merchant_due_source: str | None = None
    merchant_due_rule: str | None = None
    buyer_due_at: int | None = None
    buyer_due_action: str | None = None
    return_courier: str = ""
    return_tracking_no: str = Field(default="", index=True)
    warnings: str = ""  # comma-separated warning codes
    intercepted_at: int | None = None
    platform_status: str = ""  # the status text of the latest import
    # Scenario playbook progress (steps ticked / steps in the chosen scenarios): the queue's
    # 3/5 column. Written by services.playbooks whenever a tick or a choice changes.
    steps_done: int = 0
    steps_total: int = 0


class EventRow(SQLModel, table=True):
    """The timeline. Append-only: a trigger in the migration refuses UPDATE and DELETE."""

    __tablename__ = "events"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    )
    kind: str
    occurred_at: int
    recorded_at: int
    payload: str = "{}"  # JSON
    origin: str = "manual"  # manual | import | system


class ImportRow(SQLModel, table=True):
    """One import of a platform export: what it did, for the summary and for undo."""

    __tablename__ = "imports"

    id: int | None = Field(default=None, primary_key=True)
    started_at: int
    file_name: str
    source: str  # douyin, taobao, ... generic
    encoding: str = ""
    rows_read: int = 0
    new_cases: int = 0
    updated_cases: int = 0
    unchanged_cases: int = 0
    rejected_rows: int = 0
    undone_at: int | None = None


class CaseClockRow(SQLModel, table=True):
    """Every clock running on an open case, projected like the case row (from events and
    rules). Reminders are made from these: each of a case's deadlines is reminded, not only
    the earliest (a shop's own promise must not hide the platform's auto-refund)."""

    __tablename__ = "case_clocks"
    __table_args__ = (
        UniqueConstraint("case_id", "clock"),
        Index("ix_case_clocks_party_due", "party", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    )
    clock: str  # the rule's id, or "platform" for the platform's own deadline
    party: str
    due_at: int
    action: str
    # When this deadline (this value of due_at) became known: no reminder fires before it.
    known_at: int


class ReminderSentRow(SQLModel, table=True):
    """Reminders already delivered: one per (case, deadline, lead time), so none shows twice."""

    __tablename__ = "reminders_sent"
    __table_args__ = (UniqueConstraint("case_id", "due_at", "lead_minutes"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    )
    due_at: int
    lead_minutes: int
    delivered_at: int
    via: str  # single | digest
    last_call: bool = False  # the warning before a working day ends (the deadline is after it)


class RuleChangeRow(SQLModel, table=True):
    """Every change the user made to a rule, oldest first; the latest per rule is in force."""

    __tablename__ = "rule_changes"

    id: int | None = Field(default=None, primary_key=True)
    rule_id: str = Field(index=True)
    duration_minutes: int | None = None  # None: back to the shipped default
    enabled: bool | None = None  # None: back to the shipped default
    changed_at: int
    note: str = ""


class SettingRow(SQLModel, table=True):
    __tablename__ = "settings"

    key: str = Field(primary_key=True)
    value: str  # JSON


class CasePlaybookRow(SQLModel, table=True):
    """A scenario playbook chosen for a case: by the user, or by ticking a suggested one."""

    __tablename__ = "case_playbooks"

    case_id: int = Field(foreign_key="cases.id", primary_key=True)
    scenario_id: str = Field(primary_key=True)
    added_at: int


class PlaybookTickRow(SQLModel, table=True):
    """A step ticked on a case, and when. Unticking removes the row."""

    __tablename__ = "playbook_ticks"

    case_id: int = Field(foreign_key="cases.id", primary_key=True)
    scenario_id: str = Field(primary_key=True)
    step_id: str = Field(primary_key=True)
    done_at: int


class AttachmentRow(SQLModel, table=True):
    """A photo, video or document kept as evidence on a case. The bytes live in the evidence
    store under their SHA-256; the same bytes on two cases are two rows and one file."""

    __tablename__ = "attachments"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    )
    sha256: str = Field(index=True)
    ext: str  # the stored copy's extension (from its content, not its name)
    mime: str
    size: int
    kind: str  # resources/evidence/kinds.toml
    caption: str = ""
    original_name: str
    captured_at: int | None = None  # EXIF DateTimeOriginal, where the photo has one
    added_at: int
    removed_at: int | None = Field(default=None, index=True)  # in the trash since


class AlertRow(SQLModel, table=True):
    """One deadline of a case on the reminder card: shown until someone acknowledges it, or
    until its clock stops (the case moved on). A more urgent reminder of the same deadline
    brings it back: acknowledging the "24 hours left" one does not silence the last one."""

    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("case_id", "due_at"),
        # The card's query: what nobody has acknowledged and no clock has cleared, soonest
        # first (a card holding 25,000 cases reads its first eight in index order).
        Index("ix_alerts_active", "acknowledged_at", "cleared_at", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    )
    due_at: int
    lead_minutes: int  # the most urgent reminder of this deadline so far (0: it passed)
    last_call: bool = False  # that reminder was the one before the working day ends
    raised_at: int  # when that reminder was decided
    shown_at: int  # when the card last came up for it (an overdue one comes back)
    acknowledged_at: int | None = None
    snoozed_until: int | None = None
    cleared_at: int | None = None  # its clock stopped before anyone acknowledged it


class ChannelRow(SQLModel, table=True):
    """A push channel: a chat group robot or an email address. Its secrets (the webhook's
    key, the signing secret, the SMTP password) are not here: they live in the system's
    keychain or a file only the user can read, under `secret_ref`."""

    __tablename__ = "channels"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str  # wecom | dingtalk | feishu | email
    target: str  # where it goes, safe to show (the robot's host and a masked key; addresses)
    options: str = "{}"  # JSON: what is not secret (SMTP host, port, security, from, to)
    secret_ref: str
    secret_store: str  # keyring | file
    wants: str = "all"  # all | urgent | briefing
    enabled: bool = True
    created_at: int
    last_ok_at: int | None = None
    last_error_at: int | None = None
    last_error: str = ""  # JSON {code, detail} of the last failed delivery; "" after a success


class OutboxRow(SQLModel, table=True):
    """A push to deliver, written in the same transaction that decided the reminder or the
    briefing: one per channel and (case, deadline, lead time), or per channel and day."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("channel_id", "case_id", "due_at", "lead_minutes"),
        UniqueConstraint("channel_id", "briefing_day"),
        Index("ix_outbox_state_next", "state", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("channels.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    case_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("cases.id"), nullable=True)
    )
    due_at: int | None = None
    lead_minutes: int | None = None
    last_call: bool = False
    briefing_day: str | None = None  # YYYY-MM-DD, local: the briefing of that day
    created_at: int
    state: str = "pending"  # pending | sent | dropped (the clock stopped before it went out)
    attempts: int = 0
    next_attempt_at: int
    sent_at: int | None = None
    last_error: str = ""  # JSON {code, detail}


class BriefingRow(SQLModel, table=True):
    """The daily briefing (每日简报) of one local day: made once, with what it said."""

    __tablename__ = "briefings"

    day: str = Field(primary_key=True)  # YYYY-MM-DD in the computer's time zone
    made_at: int
    summary: str  # JSON: the counts, money and stale platforms it reported
    acknowledged_at: int | None = None


class ImportPlatformRow(SQLModel, table=True):
    """Which platforms an import held rows for: how fresh each platform's data is."""

    __tablename__ = "import_platforms"

    import_id: int = Field(
        sa_column=Column(Integer, ForeignKey("imports.id", ondelete="CASCADE"), primary_key=True)
    )
    platform: str = Field(primary_key=True)
