"""Command line: the same services as the GUI.

    casewatch [--data-dir DIR] [--lang zh_CN|en]          start the GUI
    casewatch [--data-dir DIR] self-test                   headless check for packaging/support
    casewatch [--data-dir DIR] due [--within H] [--json]   what is overdue or due soon

Exit codes: 0 fine; 1 a check failed; 2 wrong arguments; 3 something the user can fix (the
message says what).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

from desktop import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_USER = 0, 1, 2, 3


#: --within at most ten years: beyond that no date can be computed.
MAX_WITHIN_HOURS = 24 * 3660

Tr = Callable[[str, str], str]  # translate(context, source)


class _Parser(argparse.ArgumentParser):
    """argparse with its own words ("usage:", "error:") in the user's language."""

    def __init__(self, translate: Tr, **kwargs: Any):
        self.translate = translate
        super().__init__(**kwargs)

    def format_usage(self) -> str:
        return self._translated(super().format_usage())

    def format_help(self) -> str:
        self._positionals.title = self.translate("Cli", "commands")
        self._optionals.title = self.translate("Cli", "options")
        return self._translated(super().format_help())

    def _translated(self, text: str) -> str:
        return text.replace("usage: ", self.translate("Cli", "usage: "), 1)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, self.translate("Cli", "{prog}: error: {message}\n").format(
            prog=self.prog, message=message))  # fmt: skip


def cli_translator(argv: list[str]) -> Tr:
    """Translations for the terminal, from the same Qt Linguist files as the window. A bare
    QTranslator needs no application object, so the window can still be created later."""
    from PySide6.QtCore import QTranslator

    from desktop.gui import i18n

    lang = next((argv[n + 1] for n, a in enumerate(argv[:-1]) if a == "--lang"), None)
    translator = QTranslator()
    translator.load(str(i18n.qm_path(lang if lang in i18n.SHIPPED else i18n.resolve("auto"))))
    return lambda context, text: translator.translate(context, text) or text


def build_parser(translate: Tr) -> argparse.ArgumentParser:
    parser = _Parser(
        translate,
        prog="casewatch",
        description=translate(
            "Cli", "CaseWatch 售后盯单: after-sales cases and their platform clocks."
        ),
        add_help=False,
    )
    parser.add_argument(
        "-h", "--help", action="help", help=translate("Cli", "show this help and exit")
    )
    parser.add_argument(
        "--version", action="version", version=f"CaseWatch {__version__}",
        help=translate("Cli", "show the version and exit"),
    )  # fmt: skip
    parser.add_argument(
        "--data-dir", type=Path, default=None, metavar="DIR",
        help=translate("Cli", "keep data in DIR, not the per-user folder (portable use, tests)"),
    )  # fmt: skip
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), default=None,
        help=translate("Cli", "language for this run (default: the setting, else the system's)"),
    )  # fmt: skip
    parser.add_argument(
        "--minimized", action="store_true",
        help=translate("Cli", "start in the tray (used when starting at login)"),
    )  # fmt: skip
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=partial(_Parser, translate)
    )
    self_test = commands.add_parser(
        "self-test",
        help=translate("Cli", "check database, rules, translations and window"),
        add_help=False,
    )
    due = commands.add_parser(
        "due", help=translate("Cli", "list cases overdue or due within a window"), add_help=False
    )
    for sub in (self_test, due):
        sub.add_argument(
            "-h", "--help", action="help", help=translate("Cli", "show this help and exit")
        )

    def hours(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not 0 <= value <= MAX_WITHIN_HOURS:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{value} is not a number of hours from 0 to {max}").format(
                    value=text, max=MAX_WITHIN_HOURS
                )
            )
        return value

    due.add_argument(
        "--within", type=hours, default=24.0, metavar="HOURS",
        help=translate("Cli", "window in hours (default 24)"),
    )  # fmt: skip
    due.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser(cli_translator(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.gui.app import run_gui

        return run_gui(args.data_dir, minimized=args.minimized, language=args.lang)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # never die on a console that lacks a glyph
    if args.command == "self-test":
        from desktop.gui.self_test import run_self_test

        return run_self_test(args.data_dir, language=args.lang)
    return due_command(args.data_dir, timedelta(hours=args.within), args.json, args.lang)


def due_command(data_dir: Path | None, within: timedelta, as_json: bool, lang: str | None) -> int:
    from desktop.core.bootstrap import open_core
    from desktop.core.errors import UserError

    texts = _CliText(lang)
    try:
        core = open_core(data_dir)
    except UserError as err:
        print(texts.error(err), file=sys.stderr)
        return EXIT_USER
    try:
        now = core.clock.now()
        rows = core.queue.due(now, within)
        if as_json:
            print(json.dumps([due_record(row, now) for row in rows], ensure_ascii=False, indent=2))
        else:
            print(texts.due_table(rows, now, within))
    finally:
        core.close()
    return EXIT_OK


def due_record(row, now) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from desktop.core.model import yuan_text
    from desktop.core.times import from_epoch

    due = from_epoch(row.merchant_due_at).astimezone()
    return {
        "platform": row.platform,
        "after_sale_id": row.after_sale_id,
        "order_id": row.order_id,
        "case_type": row.case_type,
        "stage": row.stage,
        "amount": yuan_text(row.amount_fen) or None,
        "buyer": row.buyer,
        "merchant_deadline_at": due.isoformat(),
        "merchant_deadline_action": row.merchant_due_action,
        "deadline_source": row.merchant_due_source,
        "overdue": due <= now,
        "seconds_left": int((due - now).total_seconds()),
        "return_tracking_no": row.return_tracking_no or None,
    }


class _CliText:
    """Translated text for the terminal, through the same Qt Linguist files as the GUI (QtCore
    only; no window system is touched)."""

    def __init__(self, lang: str | None):
        from PySide6.QtCore import QCoreApplication

        self._app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        from desktop.gui import i18n

        i18n.install(lang or i18n.resolve("auto"))

    def error(self, err) -> str:  # type: ignore[no-untyped-def]
        from desktop.gui.problems import error_text

        return error_text(err)

    def due_table(self, rows, now, within: timedelta) -> str:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QCoreApplication

        from desktop.core.model import Action, Platform
        from desktop.core.times import from_epoch
        from desktop.gui import labels

        translate = QCoreApplication.translate
        if not rows:
            return translate("Cli", "Nothing is overdue or due within {span}.").format(
                span=labels.duration_text(within)
            )
        lines = [
            translate("Cli", "%n case(s) overdue or due within {span}:", None, len(rows)).format(
                span=labels.duration_text(within)
            )
        ]
        for row in rows:
            due = from_epoch(row.merchant_due_at)
            action = (
                labels.label(Action(row.merchant_due_action)) if row.merchant_due_action else ""
            )
            lines.append(
                "  ".join(
                    [
                        labels.countdown(due, now).ljust(16),
                        labels.local_time(due),
                        labels.label(Platform(row.platform)),
                        row.after_sale_id,
                        row.order_id or "-",
                        action,
                    ]
                )
            )
        return "\n".join(lines)
