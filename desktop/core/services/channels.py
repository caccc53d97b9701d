"""Push channels: add, list, change, test and remove them (设置 → 提醒渠道, `casewatch
channel ...`). The database holds what is safe to show; the secrets go to the system keychain
or a file only the user can read (desktop/core/push/secrets.py)."""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.errors import FieldProblem, UserError, ValidationError
from desktop.core.push import secrets, wording
from desktop.core.push.channels import (
    ChannelKind,
    ChannelSpec,
    Security,
    Wants,
    check,
    target_text,
)
from desktop.core.push.senders import PushError, Sender, Target
from desktop.core.storage import channels as store
from desktop.core.storage.database import Database
from desktop.core.times import opt_from_epoch, to_epoch


@dataclass(frozen=True)
class PushFailure:
    code: str
    detail: str
    at: datetime | None


@dataclass(frozen=True)
class Channel:
    id: int
    name: str
    kind: ChannelKind
    target: str  # safe to show: host and masked key, or the mail server and addresses
    wants: Wants
    enabled: bool
    options: dict[str, object]
    secret_ref: str
    secret_store: str
    last_ok_at: datetime | None
    last_error: PushFailure | None  # the last delivery's failure; None after a success
    pending: int = 0  # pushes waiting in the outbox


class ChannelService:
    def __init__(self, db: Database, clock: Clock, data_root: Path, sender: Sender | None = None):
        self._db, self._clock, self._root = db, clock, data_root
        self.sender = sender or Sender()

    # Reading ------------------------------------------------------------------------------
    def channels(self) -> list[Channel]:
        with self._db.read() as raw:
            rows = store.all_channels(raw)
            pending = store.pending_counts(raw)
        return [_channel(row, pending.get(int(row[0]), 0)) for row in rows]

    def get(self, name: str) -> Channel:
        known = self.channels()
        for channel in known:
            if channel.name == name:
                return channel
        raise UserError("channel_unknown", name=name, known=", ".join(c.name for c in known))

    def target(self, channel: Channel) -> Target:
        """The channel with its secrets, for a sender."""
        try:
            kept = secrets.open_store(channel.secret_store, self._root).get(channel.secret_ref)
        except UserError as err:
            raise PushError("secret_unavailable", err.code) from None
        opts = channel.options
        return Target(
            kind=channel.kind,
            url=kept.get("url", ""),
            secret=kept.get("secret", ""),
            smtp_host=str(opts.get("smtp_host", "")),
            smtp_port=int(str(opts.get("smtp_port", 0))),
            security=Security(str(opts.get("security", Security.SSL))),
            user=str(opts.get("user", "")),
            password=kept.get("password", ""),
            sender=str(opts.get("sender", "")),
            recipients=tuple(str(a) for a in opts.get("recipients", []) or []),  # type: ignore[attr-defined]
        )

    def spec(self, channel: Channel) -> ChannelSpec:
        """The channel as the user described it, secrets included (for the edit dialog)."""
        target = self.target(channel)
        return ChannelSpec(
            kind=channel.kind,
            name=channel.name,
            url=target.url,
            secret=target.secret,
            smtp_host=target.smtp_host,
            smtp_port=target.smtp_port,
            security=target.security,
            user=target.user,
            password=target.password,
            sender=target.sender,
            recipients=target.recipients,
            wants=channel.wants,
        )

    # Writing ------------------------------------------------------------------------------
    def add(self, spec: ChannelSpec) -> tuple[Channel, Changes]:
        """Check what the user typed, keep the secrets aside and the rest in the database; on
        any refusal nothing is kept anywhere."""
        spec = _cleaned(spec)
        with self._db.read() as conn:
            taken = store.names(conn)
        problems = check(spec)
        name = spec.name or _free_name(spec.kind.value, taken)
        if name in taken:
            problems.append(FieldProblem("name", "name_taken", {"name": name}))
        if problems:
            raise ValidationError(problems)
        ref = f"channel-{uuid.uuid4().hex}"
        keeper = secrets.choose(self._root)
        keeper.put(ref, _secret_values(spec))
        try:
            with self._db.session() as s:
                raw = s.connection().connection.driver_connection
                channel_id = store.insert(
                    raw,
                    {
                        "name": name,
                        "kind": spec.kind.value,
                        "target": target_text(spec),
                        "options": json.dumps(_options(spec), ensure_ascii=False),
                        "secret_ref": ref,
                        "secret_store": keeper.kind,
                        "wants": spec.wants.value,
                        "enabled": True,
                        "created_at": to_epoch(self._clock.now()),
                    },
                )
        except BaseException:
            keeper.delete(ref)
            raise
        return self._by_id(channel_id), Changes(settings=True)

    def update(self, channel: Channel, spec: ChannelSpec) -> Changes:
        """Replace a channel's settings and secrets (its kind stays)."""
        spec = _cleaned(replace(spec, kind=channel.kind))
        problems = check(spec)
        name = spec.name or channel.name
        with self._db.read() as conn:
            if name != channel.name and name in store.names(conn):
                problems.append(FieldProblem("name", "name_taken", {"name": name}))
        if problems:
            raise ValidationError(problems)
        keeper = secrets.open_store(channel.secret_store, self._root)
        keeper.put(channel.secret_ref, _secret_values(spec))
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            store.update(
                raw,
                channel.id,
                {
                    "name": name,
                    "target": target_text(spec),
                    "options": json.dumps(_options(spec), ensure_ascii=False),
                    "wants": spec.wants.value,
                },
            )
        return Changes(settings=True)

    def set_wants(self, channel: Channel, wants: Wants) -> Changes:
        return self._update(channel, {"wants": wants.value})

    def set_enabled(self, channel: Channel, enabled: bool) -> Changes:
        return self._update(channel, {"enabled": enabled})

    def remove(self, channel: Channel) -> Changes:
        """The channel, its waiting pushes and its secrets."""
        with self._db.session() as s:
            store.delete(s.connection().connection.driver_connection, channel.id)
        # A keychain gone away: the entry is unreachable, and unused, anyway.
        with contextlib.suppress(UserError):
            secrets.open_store(channel.secret_store, self._root).delete(channel.secret_ref)
        return Changes(settings=True)

    def test(self, channel: Channel) -> None:
        """Send a test message now; the result is recorded as the channel's last delivery.
        Raises PushError."""
        now = self._clock.now()
        try:
            self.sender.send(self.target(channel), wording.test_message(channel.name, now), now)
        except PushError as err:
            self.record(channel.id, err)
            raise
        self.record(channel.id, None)

    def record(self, channel_id: int, error: PushError | None) -> None:
        now = to_epoch(self._clock.now())
        with self._db.session() as s:
            raw = s.connection().connection.driver_connection
            if error is None:
                store.record_ok(raw, channel_id, now)
            else:
                store.record_error(raw, channel_id, now, error_json(error))

    def _update(self, channel: Channel, values: dict[str, object]) -> Changes:
        with self._db.session() as s:
            store.update(s.connection().connection.driver_connection, channel.id, values)
        return Changes(settings=True)

    def _by_id(self, channel_id: int) -> Channel:
        return next(c for c in self.channels() if c.id == channel_id)


def error_json(error: PushError) -> str:
    return json.dumps({"code": error.code, "detail": error.detail}, ensure_ascii=False)


def _channel(row: tuple[Any, ...], pending: int) -> Channel:
    (channel_id, name, kind, target, options, ref, store_kind, wants, enabled, _created,
     ok_at, error_at, error) = row  # fmt: skip
    failure = None
    if error:
        data = json.loads(error)
        failure = PushFailure(data.get("code", ""), data.get("detail", ""),
                              opt_from_epoch(error_at))  # fmt: skip
    return Channel(
        id=int(channel_id),
        name=name,
        kind=ChannelKind(kind),
        target=target,
        wants=Wants(wants),
        enabled=bool(enabled),
        options=json.loads(options or "{}"),
        secret_ref=ref,
        secret_store=store_kind,
        last_ok_at=opt_from_epoch(ok_at),
        last_error=failure,
        pending=pending,
    )


def _cleaned(spec: ChannelSpec) -> ChannelSpec:
    return replace(
        spec,
        name=spec.name.strip(),
        url=spec.url.strip(),
        secret=spec.secret.strip(),
        smtp_host=spec.smtp_host.strip(),
        user=spec.user.strip(),
        sender=spec.sender.strip(),
        recipients=tuple(a.strip() for a in spec.recipients if a.strip()),
    )


def _secret_values(spec: ChannelSpec) -> dict[str, str]:
    if spec.kind is ChannelKind.EMAIL:
        return {"password": spec.password}
    return {"url": spec.url, "secret": spec.secret}


def _options(spec: ChannelSpec) -> dict[str, object]:
    if spec.kind is not ChannelKind.EMAIL:
        return {}
    return {
        "smtp_host": spec.smtp_host,
        "smtp_port": spec.smtp_port,
        "security": spec.resolved_security.value,
        "user": spec.user,
        "sender": spec.sender,
        "recipients": list(spec.recipients),
    }


def _free_name(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
