"""The evidence commands: attach files to a case, pack a case's evidence for a dispute, and
check every stored file against its hash. Same services as the window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USER
from desktop.cli_commands import CliText, run_on_core


def find_case(core, after_sale_id: str, platform: str | None) -> int:  # type: ignore[no-untyped-def]
    """The case with this after-sales id (on `platform` when given); a UserError says why
    there is none, or that the id is on several platforms."""
    from desktop.core.errors import UserError

    wanted = after_sale_id.strip()
    with core.db.read() as conn:
        rows = conn.execute(
            "SELECT id, platform FROM cases WHERE after_sale_id = ?"
            + (" AND platform = ?" if platform else ""),
            (wanted, platform) if platform else (wanted,),
        ).fetchall()
    if not rows:
        raise UserError("case_unknown", after_sale_id=wanted)
    if len(rows) > 1:
        raise UserError(
            "case_ambiguous",
            after_sale_id=wanted,
            platforms=", ".join(sorted(p for _, p in rows)),
        )
    return int(rows[0][0])


def attach_command(
    data_dir: Path | None,
    after_sale_id: str,
    files: list[Path],
    kind: str,
    caption: str,
    platform: str | None,
    lang: str | None,
) -> int:
    texts = CliText(lang)

    def body(core: Any) -> int:
        case_id = find_case(core, after_sale_id, platform)
        result = core.evidence.attach(case_id, files, kind, caption)
        for a in result.added:
            print(texts.attached(a))
        for name in result.already:
            print(texts.already_attached(name))
        for problem in result.problems:
            print(texts.error(problem.error), file=sys.stderr)
        return EXIT_USER if result.problems else EXIT_OK

    return run_on_core(data_dir, texts, body)


def pack_command(
    data_dir: Path | None, after_sale_id: str, out: Path, platform: str | None, lang: str | None
) -> int:
    from desktop.gui.features.evidence.summary import summary_page

    texts = CliText(lang)

    def body(core: Any) -> int:
        case_id = find_case(core, after_sale_id, platform)
        entries = core.evidence.pack_entries(case_id)
        page = summary_page(core.cases.detail(case_id), entries, core.clock.now())
        result = core.evidence.pack(case_id, out, page, entries=entries)
        print(texts.packed(result))
        if result.uncopied:
            print(texts.uncopied(result), file=sys.stderr)
        return EXIT_OK

    return run_on_core(data_dir, texts, body)


def verify_command(data_dir: Path | None, lang: str | None) -> int:
    from desktop.gui.features.evidence.texts import verify_text

    def body(core: Any) -> int:
        report = core.evidence.verify()
        print(verify_text(report), file=sys.stdout if report.ok else sys.stderr)
        return EXIT_OK if report.ok else EXIT_FAILED

    return run_on_core(data_dir, CliText(lang), body)
