"""`casewatch channel ...` and `casewatch watch`: push channels and the headless watcher.

    casewatch [--data-dir DIR] channel add wecom URL [--name NAME]
    casewatch [--data-dir DIR] channel add dingtalk URL [--secret SECRET] [--name NAME]
    casewatch [--data-dir DIR] channel add feishu URL [--secret SECRET] [--name NAME]
    casewatch [--data-dir DIR] channel add email --smtp HOST:PORT [--ssl|--starttls] [--user U]
              [--password P] --from ADDR --to ADDR[,ADDR...] [--name NAME]
    casewatch [--data-dir DIR] channel list [--json]
    casewatch [--data-dir DIR] channel test NAME
    casewatch [--data-dir DIR] channel remove NAME
    casewatch [--data-dir DIR] watch [--once]

`channel add` also takes `--wants all|urgent|briefing` (default all).

Exit codes of `watch --once`: 0 the pass ran and every push due went out; 1 some pushes could
not be delivered (they wait in the outbox for the next pass); 3 a problem you can fix (the
message says which); 4 another CaseWatch (the window, or a watcher) delivers for this data
folder, so this one did nothing. `watch` without --once runs until Ctrl+C or SIGTERM (exit 0).
`channel test` exits 0 when the test message went out, 1 when it did not (the reason is said).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.cli import EXIT_FAILED, EXIT_OK

EXIT_ELSEWHERE = 4

Tr = Callable[[str, str], str]
translate = QCoreApplication.translate


def add_parsers(
    commands: Any, translate: Tr, parser_class: Callable[..., argparse.ArgumentParser]
) -> list[argparse.ArgumentParser]:
    """The `channel` and `watch` commands; returns every parser made, for their -h."""
    made: list[argparse.ArgumentParser] = []
    channel = commands.add_parser(
        "channel",
        help=translate("Cli", "push channels: team chat robots and email"),
        add_help=False,
    )
    made.append(channel)
    actions = channel.add_subparsers(
        dest="channel_command", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = actions.add_parser("add", help=translate("Cli", "add a channel"), add_help=False)
    made.append(add)
    kinds = add.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=parser_class
    )
    robots = {
        "wecom": translate("Cli", "WeCom (企业微信) group robot: its webhook address"),
        "dingtalk": translate("Cli", "DingTalk (钉钉) group robot: its webhook address"),
        "feishu": translate("Cli", "Feishu (飞书) group robot: its webhook address"),
    }
    for kind, text in robots.items():
        sub = kinds.add_parser(kind, help=text, add_help=False)
        made.append(sub)
        sub.add_argument("url", metavar="URL")
        if kind != "wecom":
            sub.add_argument(
                "--secret",
                default="",
                metavar="SECRET",
                help=translate(
                    "Cli", "the robot's signing secret (加签 / 签名校验), if it has one"
                ),
            )
    email = kinds.add_parser("email", help=translate("Cli", "email over SMTP"), add_help=False)
    made.append(email)
    email.add_argument(
        "--smtp",
        required=True,
        metavar="HOST:PORT",
        help=translate("Cli", "the mail server, e.g. smtp.qq.com:465"),
    )
    security = email.add_mutually_exclusive_group()
    security.add_argument(
        "--ssl",
        dest="security",
        action="store_const",
        const="ssl",
        help=translate("Cli", "TLS from the start (the default on ports 465 and 994)"),
    )
    security.add_argument(
        "--starttls",
        dest="security",
        action="store_const",
        const="starttls",
        help=translate("Cli", "STARTTLS (the default on other ports)"),
    )
    email.add_argument(
        "--user",
        default="",
        metavar="U",
        help=translate("Cli", "the login, usually the mailbox address"),
    )
    email.add_argument(
        "--password",
        default=None,
        metavar="P",
        help=translate("Cli", "the mailbox's authorisation code (授权码); asked for when left out"),
    )
    email.add_argument(
        "--from",
        dest="sender",
        required=True,
        metavar="ADDR",
        help=translate("Cli", "the sender address"),
    )
    email.add_argument(
        "--to",
        dest="recipients",
        required=True,
        metavar="ADDR[,ADDR...]",
        help=translate("Cli", "where the mail goes"),
    )
    for sub in (*[p for p in made if p.prog.split()[-1] in robots], email):
        sub.add_argument(
            "--name",
            default="",
            metavar="NAME",
            help=translate("Cli", "a name for the channel (default: its kind)"),
        )
        sub.add_argument(
            "--wants",
            default="all",
            choices=("all", "urgent", "briefing"),
            help=translate(
                "Cli",
                "what it gets: every reminder (all), only the last one and overdue (urgent), or "
                "only the daily briefing; every channel gets the briefing",
            ),
        )
    listing = actions.add_parser("list", help=translate("Cli", "list the channels"), add_help=False)
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    testing = actions.add_parser(
        "test", help=translate("Cli", "send a test message now"), add_help=False
    )
    removing = actions.add_parser(
        "remove", help=translate("Cli", "remove a channel"), add_help=False
    )
    for sub in (testing, removing):
        sub.add_argument("name", metavar="NAME")
    made += [listing, testing, removing]
    watch = commands.add_parser(
        "watch",
        help=translate("Cli", "deliver reminders and pushes without a window (a PC, NAS, task)"),
        add_help=False,
    )
    watch.add_argument(
        "--once",
        action="store_true",
        help=translate("Cli", "one pass, then exit (for a scheduled task)"),
    )
    made.append(watch)
    return made


def run(args: argparse.Namespace) -> int:
    from desktop.cli_commands import CliText, run_on_core

    texts = CliText(args.lang)
    if args.command == "watch":
        return watch_command(args.data_dir, args.once, texts)

    def body(core: Any) -> int:
        action = args.channel_command
        if action == "add":
            return _add(core, args)
        if action == "list":
            return _list(core, args.json)
        channel = core.channels.get(args.name)
        if action == "remove":
            core.channels.remove(channel)
            print(translate("Cli", "Channel “{name}” removed.").format(name=channel.name))
            return EXIT_OK
        return _test(core, channel)

    return run_on_core(args.data_dir, texts, body)


def _add(core: Any, args: argparse.Namespace) -> int:
    from desktop.core.push.channels import (
        ChannelKind,
        ChannelSpec,
        Security,
        Wants,
        parse_smtp,
        split_addresses,
    )
    from desktop.text.push import kind_label, wants_label

    kind = ChannelKind(args.kind)
    if kind is ChannelKind.EMAIL:
        host, port = parse_smtp(args.smtp)
        password = args.password
        if password is None and args.user and sys.stdin.isatty():
            password = getpass.getpass(
                translate("Cli", "Authorisation code (授权码) for {user}: ").format(user=args.user)
            )
        spec = ChannelSpec(
            kind,
            name=args.name,
            smtp_host=host,
            smtp_port=port,
            security=Security(args.security) if args.security else None,
            user=args.user,
            password=password or "",
            sender=args.sender,
            recipients=split_addresses(args.recipients),
            wants=Wants(args.wants),
        )
    else:
        spec = ChannelSpec(
            kind,
            name=args.name,
            url=args.url,
            secret=getattr(args, "secret", ""),
            wants=Wants(args.wants),
        )
    channel, _ = core.channels.add(spec)
    print(
        translate("Cli", "Channel “{name}” added: {kind}, {target}. It gets: {wants}.").format(
            name=channel.name,
            kind=kind_label(channel.kind),
            target=channel.target,
            wants=wants_label(channel.wants),
        )
    )
    print(
        translate("Cli", "Send a test message with: casewatch channel test {name}").format(
            name=_quoted(channel.name)
        )
    )
    return EXIT_OK


def _quoted(name: str) -> str:
    return (
        name if name.replace("-", "").replace("_", "").isalnum() and name.isascii() else f'"{name}"'
    )


def _list(core: Any, as_json: bool) -> int:
    from desktop.gui.labels import local_time
    from desktop.text import push as words

    channels = core.channels.channels()
    if as_json:
        print(json.dumps([_record(c) for c in channels], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not channels:
        print(
            translate("Cli", "No push channels yet. Add one with: casewatch channel add wecom URL")
        )
        return EXIT_OK
    for c in channels:
        print(f"{c.name}  {words.kind_label(c.kind)}  {c.target}")
        print("  " + translate("Cli", "Gets: {wants}").format(wants=words.wants_label(c.wants)))
        if c.last_ok_at is not None:
            print(
                "  "
                + translate("Cli", "Last delivered: {time}").format(time=local_time(c.last_ok_at))
            )
        if c.last_error is not None:
            print(
                "  "
                + translate("Cli", "Last failure ({time}): {reason}").format(
                    time=local_time(c.last_error.at),
                    reason=words.error_text(c.last_error.code, c.last_error.detail),
                )
            )
        if c.pending:
            print("  " + translate("Cli", "Waiting to be sent: {n}").format(n=c.pending))
        if not c.enabled:
            print("  " + translate("Cli", "Switched off"))
    return EXIT_OK


def _record(c: Any) -> dict[str, object]:
    from desktop.text.push import error_text

    def iso(when: Any) -> str | None:
        return None if when is None else when.astimezone().isoformat()

    return {
        "name": c.name,
        "kind": c.kind.value,
        "target": c.target,
        "wants": c.wants.value,
        "enabled": c.enabled,
        "secret_store": c.secret_store,
        "last_ok_at": iso(c.last_ok_at),
        "last_error": None
        if c.last_error is None
        else {
            "code": c.last_error.code,
            "detail": c.last_error.detail,
            "at": iso(c.last_error.at),
            "message": error_text(c.last_error.code, c.last_error.detail),
        },
        "pending": c.pending,
    }


def _test(core: Any, channel: Any) -> int:
    from desktop.core.push.senders import PushError
    from desktop.text.push import error_text

    try:
        core.channels.test(channel)
    except PushError as err:
        print(
            translate("Cli", "The test message to “{name}” did not go out: {reason}").format(
                name=channel.name, reason=error_text(err.code, err.detail)
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(
        translate("Cli", "Test message sent to “{name}”: check that it arrived.").format(
            name=channel.name
        )
    )
    return EXIT_OK


# The watcher ------------------------------------------------------------------------------
def watch_command(data_dir: Path | None, once: bool, texts: Any) -> int:
    from desktop.cli_commands import run_on_core

    def body(core: Any) -> int:
        from desktop.core.delivery import DeliveryLock
        from desktop.core.logsetup import setup_logging
        from desktop.core.services.reminders import WakeReason
        from desktop.core.watcher import Watcher

        with contextlib.suppress(OSError):  # a read-only data folder: the watcher works unlogged
            setup_logging(core.paths.logs, name="watcher.log")
        lock = DeliveryLock(core.paths.root, "watcher")
        watcher = Watcher(core, lock)
        if not core.channels.channels():
            print(
                translate(
                    "Cli",
                    "No push channels: reminders are recorded for the window's card only. "
                    "Add one with: casewatch channel add …",
                ),
                file=sys.stderr,
            )
        if once:
            if not lock.try_acquire():
                print(_elsewhere(watcher.owner()), file=sys.stderr)
                return EXIT_ELSEWHERE
            try:
                done = watcher.one_pass(WakeReason.START)
            finally:
                lock.release()
            _print_pass(done)
            if done.wake.empty and done.report.empty:
                print(translate("Cli", "Nothing came due; nothing was sent."))
            return EXIT_FAILED if done.failed else EXIT_OK
        _stop_on_signals(watcher.stop)
        print(
            translate("Cli", "CaseWatch watches {path} (Ctrl+C stops).").format(
                path=core.paths.root
            ),
            flush=True,
        )
        try:
            watcher.run(
                _print_pass,
                lambda state: _print_state(state, watcher),
                lambda err: print(texts.error(err), file=sys.stderr, flush=True),
            )
        except KeyboardInterrupt:
            watcher.stop.set()
            lock.release()
        print(translate("Cli", "Stopped."), flush=True)
        return EXIT_OK

    return run_on_core(data_dir, texts, body)


def _stop_on_signals(stop: threading.Event) -> None:
    def handler(_signum: int, _frame: object) -> None:
        stop.set()

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)


def _elsewhere(owner: Any) -> str:
    if owner is not None and owner.who == "window":
        return translate(
            "Cli",
            "CaseWatch's window delivers reminders for this data folder (process "
            "{pid}): nothing to do.",
        ).format(pid=owner.pid)
    if owner is not None:
        return translate(
            "Cli",
            "Another watcher delivers reminders for this data folder (process {pid}): "
            "nothing to do.",
        ).format(pid=owner.pid)
    return translate(
        "Cli", "Another CaseWatch delivers reminders for this data folder: nothing to do."
    )


def _print_state(state: Any, watcher: Any) -> None:
    from desktop.core.watcher import WatchState

    if state is WatchState.DELIVERING:
        text = translate("Cli", "Delivering reminders for this data folder.")
    elif state is WatchState.HANDED_OVER:
        text = translate("Cli", "CaseWatch's window took over; waiting until it closes.")
    else:
        text = translate(
            "Cli",
            "Another CaseWatch delivers reminders for this data folder; waiting until it stops.",
        )
    print(text, flush=True)


def _print_pass(done: Any) -> None:
    """What a pass decided and sent, a line each, stamped with the time."""
    from desktop.gui.labels import local_time
    from desktop.text import push as words

    stamp = local_time(done.at) + "  "
    delivery, briefing = done.wake.delivery, done.wake.briefing
    decided = delivery.singles or delivery.digest
    count = len(delivery.singles) or delivery.digest_count
    if count:
        print(stamp + translate("Cli", "%n case(s) came due:", None, count))
        for reminder in decided[:10]:
            print("  " + _reminder_line(reminder, done.at))
        more = count - 10
        if more > 0:
            print("  " + translate("Cli", "… and %n more", None, more))
    if briefing is not None:
        print(stamp + translate("Cli", "Daily briefing made."))
    for sent in done.report.sent:
        cases = sent.reminders
        what = translate("Cli", "%n case(s)", None, cases) if cases else translate(
            "Cli", "daily briefing")  # fmt: skip
        line = translate("Cli", "Pushed to “{name}”: {what}")
        print(stamp + line.format(name=sent.channel, what=what))
    for failed in done.report.failed:
        line = translate("Cli", "Push to “{name}” failed: {reason} Next try {time}; {n} waiting.")
        print(stamp + line.format(name=failed.channel, n=failed.waiting,
                                  reason=words.error_text(failed.code, failed.detail),
                                  time=local_time(failed.retry_at)))  # fmt: skip
    dropped = done.report.dropped
    if dropped:
        line = translate("Cli", "%n push(es) dropped: their cases were handled meanwhile.",
                         None, dropped)  # fmt: skip
        print(stamp + line)
    sys.stdout.flush()


def _reminder_line(reminder: Any, now: Any) -> str:
    from desktop.gui import labels

    action = labels.label(reminder.action) if reminder.action else ""
    return translate("Cli", "{countdown} · {platform} {after_sale_id} · {action}").format(
        countdown=labels.countdown(reminder.due_at, now),
        platform=labels.label(reminder.platform),
        after_sale_id=reminder.after_sale_id,
        action=action,
    )
