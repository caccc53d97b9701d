"""`casewatch record`: an event on a case's timeline from the terminal, through the same service
and checks as the window's record dialog (the same words when something is wrong).

    casewatch [--data-dir DIR] record AFTER_SALE_ID EVENT [--platform P] [--at "YYYY-MM-DD HH:MM[:SS]"]
              [--courier C] [--tracking T] [--amount YUAN] [--deadline "YYYY-MM-DD HH:MM"] [--note TEXT]

Exit codes: 0 recorded; 2 wrong arguments (an unknown event, an option the event does not take,
a time that is not one); 3 the case or the values are wrong (the message names each), and
nothing was recorded.
"""  # noqa: E501

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from desktop.cli import EXIT_OK, EXIT_USAGE, EXIT_USER, Tr
from desktop.cli_commands import CliText, run_on_core
from desktop.core.model import USER_EVENT_KINDS, EventKind

PLATFORMS = ("douyin", "pinduoduo", "taobao", "wechat", "kuaishou", "other")
#: Which option fills which field of the event, and the events each applies to.
OPTION_FIELDS = {
    "courier": ("--courier", (EventKind.RETURN_SHIPPED, EventKind.RESEND_SHIPPED)),
    "tracking": ("--tracking", (EventKind.RETURN_SHIPPED, EventKind.RESEND_SHIPPED)),
    "amount": ("--amount", (EventKind.COMPENSATION_PAID,)),
    "deadline": ("--deadline", (EventKind.DEADLINE_CHANGED,)),
}
#: The option that carries each field of the service, for messages.
FIELD_OPTIONS = {
    "occurred_at": "--at",
    "courier": "--courier",
    "tracking_no": "--tracking",
    "amount": "--amount",
    "due_at": "--deadline",
    "text": "--note",
    "kind": "EVENT",
    "outcome": "EVENT",
}


def add_parser(commands: Any, translate: Tr) -> argparse.ArgumentParser:
    keys = [k.value for k in USER_EVENT_KINDS]
    recording = commands.add_parser(
        "record",
        help=translate("Cli", "record what happened on a case (the timeline's events)"),
        add_help=False,
    )
    recording.add_argument("after_sale_id", metavar="AFTER_SALE_ID")
    recording.add_argument(
        "event", choices=keys, metavar="EVENT",
        help=translate("Cli", "what happened: {events}").format(events=", ".join(keys)),
    )  # fmt: skip
    recording.add_argument(
        "--platform", choices=PLATFORMS, default=None, metavar="P",
        help=translate("Cli", "the case's platform, when the id is on several"),
    )  # fmt: skip
    recording.add_argument(
        "--at", default=None, metavar="TIME",
        help=translate(
            "Cli", "when it happened, local time “YYYY-MM-DD HH:MM[:SS]” (default: now)"
        ),
    )  # fmt: skip
    recording.add_argument(
        "--courier", default=None, metavar="C",
        help=translate("Cli", "courier of the parcel (return_shipped, resend_shipped)"),
    )  # fmt: skip
    recording.add_argument(
        "--tracking", default=None, metavar="T",
        help=translate("Cli", "tracking number (return_shipped, resend_shipped)"),
    )  # fmt: skip
    recording.add_argument(
        "--amount", default=None, metavar="YUAN",
        help=translate("Cli", "amount paid in yuan (compensation_paid)"),
    )  # fmt: skip
    recording.add_argument(
        "--deadline", default=None, metavar="TIME",
        help=translate(
            "Cli", "the platform's new deadline, local time “YYYY-MM-DD HH:MM” (deadline_changed)"
        ),
    )  # fmt: skip
    recording.add_argument(
        "--note", default=None, metavar="TEXT",
        help=translate("Cli", "a note on the event (the whole text of a note)"),
    )  # fmt: skip
    return recording


def check_arguments(args: argparse.Namespace, translate: Tr) -> str:
    """What is wrong with the arguments themselves (argparse cannot say), or ''."""
    from desktop.gui import labels

    kind = EventKind(args.event)
    for name, (option, kinds) in OPTION_FIELDS.items():
        if getattr(args, name) is not None and kind not in kinds:
            return translate("Cli", "{option} does not apply to “{event}” ({key}).").format(
                option=option, event=labels.label(kind), key=kind.value
            )
    for option, value in (("--at", args.at), ("--deadline", args.deadline)):
        if value is not None and _local(value) is None:
            return translate(
                "Cli", "{option} “{value}” is not a time: write it as “YYYY-MM-DD HH:MM[:SS]”."
            ).format(option=option, value=value)
    return ""


def _local(text: str) -> datetime | None:
    from desktop.core.times import parse_local

    return parse_local(text)


def record_command(args: argparse.Namespace, translate: Tr) -> int:
    texts = CliText(args.lang)
    wrong = check_arguments(args, translate)  # after CliText: the event's name is translated
    if wrong:
        print(f"casewatch record: {wrong}", file=sys.stderr)
        return EXIT_USAGE

    def body(core: Any) -> int:
        from desktop.cli_evidence import find_case
        from desktop.core.errors import ValidationError
        from desktop.core.services.cases import EventInput

        case_id = find_case(core, args.after_sale_id, args.platform)
        kind = EventKind(args.event)
        entry = EventInput(
            kind=kind,
            occurred_at=_local(args.at) if args.at is not None else core.clock.now(),
            courier=args.courier or "",
            tracking_no=args.tracking or "",
            due_at=_local(args.deadline) if args.deadline is not None else None,
            text=args.note or "",
            amount=args.amount or "",
        )
        try:
            core.cases.record(case_id, entry)
        except ValidationError as err:
            print(texts.record_problems(err, FIELD_OPTIONS), file=sys.stderr)
            return EXIT_USER
        print(texts.recorded(core.cases.detail(case_id), kind, core.clock.now()))
        return EXIT_OK

    return run_on_core(args.data_dir, texts, body)
