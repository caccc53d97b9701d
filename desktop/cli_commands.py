"""The command line's commands over the core services, with translated text for the terminal
(QtCore only; no window system is touched)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from desktop.cli import EXIT_OK, EXIT_USER


def due_command(data_dir: Path | None, within: timedelta, as_json: bool, lang: str | None) -> int:
    texts = CliText(lang)

    def body(core: Any) -> int:
        now = core.clock.now()
        rows = core.queue.due(now, within)
        if as_json:
            print(json.dumps([due_record(row, now) for row in rows], ensure_ascii=False, indent=2))
        else:
            print(texts.due_table(rows, now, within))
        return EXIT_OK

    return run_on_core(data_dir, texts, body)


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
        "product": row.product,
        "merchant_deadline_at": due.isoformat(),
        "merchant_deadline_action": row.merchant_due_action,
        "deadline_source": row.merchant_due_source,
        "overdue": due <= now,
        "seconds_left": int((due - now).total_seconds()),
        "return_tracking_no": row.return_tracking_no or None,
    }


class CliText:
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

    def import_summary(self, path: Path, plan, dry_run: bool) -> str:  # type: ignore[no-untyped-def]
        from desktop.gui.imports_text import problem_line, summary_line

        lines = [summary_line(path.name, plan, dry_run)]
        lines.extend("  " + problem_line(p) for p in plan.rejected)
        lines.extend("  " + problem_line(p) for p in plan.notes)
        return "\n".join(lines)

    def export_labels(self) -> dict[str, str]:
        from desktop.gui.imports_text import export_labels

        return export_labels()

    def attached(self, attachment) -> str:  # type: ignore[no-untyped-def]
        from desktop.gui.features.evidence.texts import attached_line

        return attached_line(attachment)

    def already_attached(self, name: str) -> str:
        from desktop.gui.features.evidence.texts import already_line

        return already_line(name)

    def packed(self, result) -> str:  # type: ignore[no-untyped-def]
        from desktop.gui.features.evidence.texts import packed_line

        return packed_line(result)

    def uncopied(self, result) -> str:  # type: ignore[no-untyped-def]
        from desktop.gui.features.evidence.texts import uncopied_line

        return uncopied_line(result)

    def exported(self, path: Path, count: int) -> str:
        from PySide6.QtCore import QCoreApplication

        written = QCoreApplication.translate("Cli", "%n case(s) written to {path}", None, count)
        return written.format(path=path)

    def record_problems(self, err, options: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QCoreApplication

        from desktop.gui.problems import field_name, problem_text

        translate = QCoreApplication.translate
        lines = [translate("Cli", "Nothing was recorded:")]
        for p in err.problems:
            lines.append(
                "  "
                + translate("Cli", "{field} ({option}): {problem}").format(
                    field=field_name(p.field),
                    option=options.get(p.field, p.field),
                    problem=problem_text(p),
                )
            )
        return "\n".join(lines)

    def recorded(self, detail, kind, now) -> str:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QCoreApplication

        from desktop.gui import labels

        translate = QCoreApplication.translate
        f, state = detail.facts, detail.state
        line = translate("Cli", "Recorded “{event}” on {platform} {after_sale_id}: now “{stage}”.")
        lines = [
            line.format(
                event=labels.label(kind),
                platform=labels.label(f.platform),
                after_sale_id=f.after_sale_id,
                stage=labels.label(state.stage),
            )
        ]
        mine, theirs = state.merchant_clock, state.buyer_clock
        if mine is not None:
            text = translate("Cli", "Your next deadline: {time} ({countdown}).")
            due = mine.due_at
            lines.append(
                text.format(time=labels.local_time(due), countdown=labels.countdown(due, now))
            )
        elif theirs is not None:
            text = translate("Cli", "Waiting for the buyer until {time}.")
            lines.append(text.format(time=labels.local_time(theirs.due_at)))
        return "\n".join(lines)

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
        count = len(rows)
        header = translate("Cli", "%n case(s) overdue or due within {span}:", None, count)
        lines = [header.format(span=labels.duration_text(within))]
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


def run_on_core(data_dir: Path | None, texts: CliText, body: Callable[[Any], int]) -> int:
    """`body` over the data folder's core, closed afterwards; a UserError from opening it or
    from `body` is said on stderr and exits EXIT_USER."""
    from desktop.core.bootstrap import open_core
    from desktop.core.errors import UserError

    try:
        core = open_core(data_dir)
    except UserError as err:
        print(texts.error(err), file=sys.stderr)
        return EXIT_USER
    try:
        return body(core)
    except UserError as err:
        print(texts.error(err), file=sys.stderr)
        return EXIT_USER
    finally:
        core.close()


def import_command(
    data_dir: Path | None, files: list[Path], source: str, dry_run: bool, lang: str | None
) -> int:
    """Each file in its own transaction: a file that cannot be read changes nothing."""
    from desktop.core.errors import UserError

    texts = CliText(lang)

    def body(core: Any) -> int:
        code = EXIT_OK
        for path in files:
            try:
                preview = core.imports.preview(path)
                columns = core.imports.columns(preview, source)
                plan = core.imports.plan(preview, columns)
                if not dry_run:
                    core.imports.apply(plan)
            except UserError as err:
                print(texts.error(err), file=sys.stderr)
                code = EXIT_USER
                continue
            print(texts.import_summary(path, plan, dry_run))
        return code

    return run_on_core(data_dir, texts, body)


def export_command(
    data_dir: Path | None, path: Path, style: str, open_only: bool, lang: str | None
) -> int:
    from desktop.core.errors import UserError
    from desktop.core.exporting import export_cases

    texts = CliText(lang)

    def body(core: Any) -> int:
        labels = texts.export_labels() if style == "label" else None
        try:
            count = export_cases(
                core.db, core.rules.current(), path, open_only=open_only, labels=labels
            )
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise UserError("file_unwritable", path=str(path), detail=detail) from exc
        print(texts.exported(path, count))
        return EXIT_OK

    return run_on_core(data_dir, texts, body)
