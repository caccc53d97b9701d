"""Command line: the same services as the GUI.

    casewatch [--data-dir DIR] [--lang zh_CN|en]          start the GUI
    casewatch [--data-dir DIR] self-test                   headless check for packaging/support
    casewatch [--data-dir DIR] due [--within H] [--json]   what is overdue or due soon
    casewatch [--data-dir DIR] import FILE... [--platform SOURCE] [--dry-run]
    casewatch [--data-dir DIR] export FILE [--header-style label|key] [--open-only]
    casewatch [--data-dir DIR] attach AFTER_SALE_ID FILE... [--kind KIND] [--caption TEXT]
    casewatch [--data-dir DIR] pack AFTER_SALE_ID OUT.zip
    casewatch [--data-dir DIR] verify                      check every evidence file
    casewatch [--data-dir DIR] record AFTER_SALE_ID EVENT [--platform P] [--at TIME] …
                                                          an event on a case (cli_record.py)
    casewatch [--data-dir DIR] channel add|list|test|remove …   push channels
    casewatch [--data-dir DIR] watch [--once]              deliver reminders without a window

Exit codes: 0 fine; 1 a check failed; 2 wrong arguments; 3 something the user can fix (the
message says what); 4 (watch --once) another CaseWatch delivers for this data folder.
"""

from __future__ import annotations

import argparse
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
        self._positionals.title = (
            self.translate("Cli", "commands")
            if self._subparsers is not None
            else self.translate("Cli", "arguments")
        )
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
    importing = commands.add_parser(
        "import", help=translate("Cli", "import platform exports (xlsx, csv)"), add_help=False
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importing.add_argument(
        "--platform", default="auto", metavar="SOURCE",
        choices=("auto", "douyin", "pinduoduo", "taobao", "wechat", "kuaishou", "generic"),
        help=translate(
            "Cli",
            "whose export it is: auto (from the headers), douyin, pinduoduo, taobao, wechat, "
            "kuaishou or generic",
        ),
    )  # fmt: skip
    importing.add_argument(
        "--dry-run", action="store_true",
        help=translate("Cli", "show what would change, change nothing"),
    )  # fmt: skip
    exporting = commands.add_parser(
        "export", help=translate("Cli", "export cases as CSV for Excel/WPS"), add_help=False
    )
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.add_argument(
        "--header-style", choices=("label", "key"), default="label",
        help=translate(
            "Cli",
            "column names for people (label, in the language of this run) or CaseWatch's keys "
            "(key: the file imports back)",
        ),
    )  # fmt: skip
    exporting.add_argument(
        "--open-only", action="store_true", help=translate("Cli", "only cases still open")
    )
    from desktop.core.evidence_kinds import load_kinds

    platforms = ("douyin", "pinduoduo", "taobao", "wechat", "kuaishou", "other")
    attaching = commands.add_parser(
        "attach", help=translate("Cli", "add photos and videos to a case as evidence"),
        add_help=False,
    )  # fmt: skip
    attaching.add_argument("after_sale_id", metavar="AFTER_SALE_ID")
    attaching.add_argument("files", nargs="+", type=Path, metavar="FILE")
    attaching.add_argument(
        "--kind", default="other", choices=tuple(load_kinds()), metavar="KIND",
        help=translate("Cli", "what the files show: {kinds}").format(kinds=", ".join(load_kinds())),
    )  # fmt: skip
    attaching.add_argument(
        "--caption", default="", metavar="TEXT", help=translate("Cli", "a caption for the files")
    )
    packing = commands.add_parser(
        "pack", help=translate("Cli", "pack a case's evidence as a ZIP for a platform dispute"),
        add_help=False,
    )  # fmt: skip
    packing.add_argument("after_sale_id", metavar="AFTER_SALE_ID")
    packing.add_argument("out", type=Path, metavar="OUT.zip")
    for sub in (attaching, packing):
        sub.add_argument(
            "--platform", choices=platforms, default=None, metavar="PLATFORM",
            help=translate("Cli", "the case's platform, when the id is on several"),
        )  # fmt: skip
    verifying = commands.add_parser(
        "verify", help=translate("Cli", "check every evidence file against its SHA-256"),
        add_help=False,
    )  # fmt: skip
    from desktop import cli_channels, cli_record

    recording = cli_record.add_parser(commands, translate)
    more = cli_channels.add_parsers(commands, translate, partial(_Parser, translate))
    for sub in (self_test, due, importing, exporting, attaching, packing, verifying, recording,
                *more):  # fmt: skip
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
    from desktop import cli_commands

    if args.command == "import":
        return cli_commands.import_command(args.data_dir, args.files, args.platform,
                                           args.dry_run, args.lang)  # fmt: skip
    if args.command == "export":
        return cli_commands.export_command(args.data_dir, args.file, args.header_style,
                                           args.open_only, args.lang)  # fmt: skip
    if args.command == "record":
        from desktop import cli_record

        return cli_record.record_command(args, cli_translator(argv))
    if args.command in ("channel", "watch"):
        from desktop import cli_channels

        return cli_channels.run(args)
    if args.command in ("attach", "pack", "verify"):
        from desktop import cli_evidence

        if args.command == "attach":
            return cli_evidence.attach_command(args.data_dir, args.after_sale_id, args.files,
                                               args.kind, args.caption, args.platform,
                                               args.lang)  # fmt: skip
        if args.command == "pack":
            return cli_evidence.pack_command(args.data_dir, args.after_sale_id, args.out,
                                             args.platform, args.lang)  # fmt: skip
        return cli_evidence.verify_command(args.data_dir, args.lang)
    return cli_commands.due_command(
        args.data_dir, timedelta(hours=args.within), args.json, args.lang
    )
