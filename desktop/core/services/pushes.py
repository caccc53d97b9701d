"""Delivering the outbox: the pushes the reminder scan and the briefing queued, sent with
retries and back-off.

- Never lost: a push stays pending until its service accepts it, through a network outage,
  a service that is down, a wrong key the user has yet to fix.
- Never twice: each (channel, case, deadline, lead time) has one outbox row, and only one
  process delivers for a data folder (desktop/core/delivery.py).
- Never stale: a reminder whose clock stopped before it could be sent (the case was handled)
  is dropped, not sent late; of several days' briefings waiting, only the newest goes.

All of one channel's waiting reminders go as one message (the robots allow 20 a minute).
The network is used here and nowhere else, and only to the addresses the user configured.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.core.clock import Clock
from desktop.core.model import Action, Platform
from desktop.core.push import wording
from desktop.core.push.senders import PushError, retry_after
from desktop.core.services.briefing import Briefing, BriefingService
from desktop.core.services.channels import Channel, ChannelService, error_json
from desktop.core.storage import channels as store
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, opt_from_epoch, to_epoch

log = logging.getLogger(__name__)

#: The first retry after 30 s, doubling to at most 15 minutes between tries.
FIRST_RETRY_S = 30
MAX_RETRY_S = 15 * 60
#: How many cases one push names (the count covers all of them).
NAMED = 10


@dataclass(frozen=True)
class Sent:
    channel: str
    kind: str
    reminders: int  # cases in the reminder push (0: none sent)
    briefing: date | None
    case_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Failed:
    channel: str
    kind: str
    code: str
    detail: str
    retry_at: datetime
    waiting: int  # pushes of this channel still waiting


@dataclass
class PushReport:
    sent: list[Sent] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    dropped: int = 0  # reminders whose case moved on before they could go out

    @property
    def empty(self) -> bool:
        return not (self.sent or self.failed or self.dropped)


def backoff(attempts: int) -> int:
    """Seconds before the next try, after `attempts` failed ones."""
    return min(FIRST_RETRY_S * 2 ** max(attempts - 1, 0), MAX_RETRY_S)


class PushService:
    def __init__(
        self, db: Database, clock: Clock, channels: ChannelService, briefings: BriefingService
    ):
        self._db, self._clock = db, clock
        self._channels, self._briefings = channels, briefings

    def next_attempt_at(self) -> datetime | None:
        with self._db.read() as raw:
            return opt_from_epoch(store.next_attempt(raw))

    def deliver(self, cancel: Callable[[], bool] = lambda: False) -> PushReport:
        """Send every push whose time has come, one message per channel and kind."""
        now = self._clock.now()
        now_s = to_epoch(now)
        report = PushReport()
        with self._db.read() as raw:
            rows = store.due_rows(raw, now_s)
        if not rows:
            return report
        by_channel: dict[int, list[tuple]] = {}
        for row in rows:
            by_channel.setdefault(int(row[1]), []).append(row)
        channels = {c.id: c for c in self._channels.channels()}
        for channel_id, channel_rows in by_channel.items():
            if cancel():
                break
            channel = channels.get(channel_id)
            if channel is not None:
                self._deliver_channel(channel, channel_rows, now, report)
        return report

    def _deliver_channel(
        self,
        channel: Channel,
        rows: list[tuple],
        now: datetime,
        report: PushReport,
    ) -> None:
        reminders = [r for r in rows if r[2] is not None]
        briefings = sorted((r for r in rows if r[6] is not None), key=lambda r: r[6])
        messages: list[tuple[list[int], wording.PushMessage, Sent]] = []
        if reminders:
            found = self._reminder_message(channel, reminders, now, report)
            if found is not None:
                messages.append(found)
        if briefings:
            *older, newest = briefings
            if older:
                self._drop([int(r[0]) for r in older], "superseded")
            briefing = self._briefings.get(date.fromisoformat(newest[6]))
            if briefing is None:
                self._drop([int(newest[0])], "missing")
            else:
                message = wording.briefing(_figures(briefing))
                messages.append(
                    (
                        [int(newest[0])],
                        message,
                        Sent(channel.name, channel.kind.value, 0, briefing.day),
                    )
                )
        if not messages:
            return
        try:
            target = self._channels.target(channel)
        except PushError as err:
            self._fail(channel, [i for ids, _, _ in messages for i in ids], rows, err, now, report)
            return
        for n, (ids, message, sent) in enumerate(messages):
            try:
                self._channels.sender.send(target, message, now)
            except PushError as err:
                waiting = [i for more, _, _ in messages[n:] for i in more]
                self._fail(channel, waiting, rows, err, now, report)
                return
            with self._db.session() as s:
                raw = s.connection().connection.driver_connection
                store.mark_sent(raw, ids, to_epoch(now))
                store.record_ok(raw, channel.id, to_epoch(now))
            report.sent.append(sent)
            log.info(
                "pushed to channel %s (%s): %d case(s)%s",
                channel.id,
                channel.kind,
                sent.reminders,
                ", briefing" if sent.briefing else "",
            )

    def _reminder_message(
        self,
        channel: Channel,
        rows: list[tuple],
        now: datetime,
        report: PushReport,
    ) -> tuple[list[int], wording.PushMessage, Sent] | None:
        pairs = [(int(r[2]), int(r[3])) for r in rows]
        with self._db.read() as raw:
            running = store.running_clocks(raw, pairs)
            cases = store.case_lines(raw, sorted({c for c, _ in pairs}))
        live = [r for r in rows if (int(r[2]), int(r[3])) in running]
        gone = [int(r[0]) for r in rows if (int(r[2]), int(r[3])) not in running]
        if gone:
            self._drop(gone, "clock_stopped")
            report.dropped += len(gone)
        if not live:
            return None
        # One line per case: its most urgent waiting deadline.
        best: dict[int, tuple] = {}
        for r in sorted(live, key=lambda r: (int(r[3]), int(r[4]))):
            best.setdefault(int(r[2]), r)
        ordered = sorted(best.values(), key=lambda r: (int(r[3]), int(r[2])))
        items = []
        for r in ordered[:NAMED]:
            platform, after_sale_id, amount, product = cases[int(r[2])]
            action = running[(int(r[2]), int(r[3]))]
            items.append(
                wording.PushItem(
                    Platform(platform),
                    after_sale_id,
                    from_epoch(r[3]),
                    Action(action) if action else None,
                    amount,
                    bool(r[5]),
                    product,
                )
            )
        message = wording.reminders(items, len(ordered), now)
        sent = Sent(
            channel.name, channel.kind.value, len(ordered), None, tuple(int(r[2]) for r in ordered)
        )
        return [int(r[0]) for r in live], message, sent

    def _drop(self, ids: list[int], reason: str) -> None:
        with self._db.session() as s:
            store.mark_dropped(s.connection().connection.driver_connection, ids, reason)

    def _fail(
        self,
        channel: Channel,
        ids: list[int],
        rows: list[tuple],
        err: PushError,
        now: datetime,
        report: PushReport,
    ) -> None:
        attempts = max((int(r[7]) for r in rows if int(r[0]) in ids), default=0) + 1
        wait = max(backoff(attempts), retry_after(err, channel.kind) or 0)
        retry_at = now + timedelta(seconds=wait)
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            store.mark_failed(raw, ids, to_epoch(retry_at), error_json(err))
            store.record_error(raw, channel.id, to_epoch(now), error_json(err))
        report.failed.append(
            Failed(channel.name, channel.kind.value, err.code, err.detail, retry_at, len(ids))
        )
        log.warning(
            "push to channel %s (%s) failed: %s; retry at %s",
            channel.id,
            channel.kind,
            err.code,
            retry_at.isoformat(),
        )


def _figures(b: Briefing) -> wording.BriefingFigures:
    return wording.BriefingFigures(
        day=b.made_at,
        overdue=(b.overdue, b.overdue_fen),
        today=(b.today, b.today_fen),
        tomorrow=(b.tomorrow, b.tomorrow_fen),
        stale=[(s.platform, s.hours(b.made_at)) for s in b.stale],
        items=[
            wording.PushItem(
                c.platform, c.after_sale_id, c.due_at, c.action, c.amount_fen, product=c.product
            )
            for c in b.cases
        ],
    )
