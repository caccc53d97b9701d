"""The printable summary page of a dispute pack: the case's facts, its timeline with times,
and the list of evidence with when each was taken and added and its SHA-256. Plain HTML with
print styles: it opens in any browser and prints on A4."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop import APP_NAME, __version__
from desktop.core.services.cases import CaseDetail
from desktop.core.services.evidence import PackEntry
from desktop.gui import labels
from desktop.gui.event_text import event_details

translate = QCoreApplication.translate

_STYLE = """
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif;
       font-size: 11pt; margin: 2em; color: #202124; }
h1 { font-size: 16pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; margin-top: 1.4em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #f1f3f4; }
.facts td:first-child { width: 9em; color: #5f6368; }
.hash { font-family: monospace; font-size: 8pt; word-break: break-all; }
.muted { color: #5f6368; font-size: 9pt; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"""


def summary_page(
    detail: CaseDetail, entries: list[PackEntry], made_at: datetime
) -> Callable[[list[PackEntry]], str]:
    """The page for the pack of `entries`, as a function of the entries as packed (only then
    is it known which JPG copies could be made). Everything translated is made here, on the
    calling (GUI) thread: the pack job calls the result on its worker thread, while the
    language can change on the GUI thread."""
    f, state = detail.facts, detail.state
    e = html.escape
    title = translate("Pack", "After-sales evidence: {platform} {after_sale_id}").format(
        platform=labels.label(f.platform), after_sale_id=f.after_sale_id
    )
    facts = [
        (translate("Pack", "Platform"), labels.label(f.platform)),
        (translate("Pack", "After-sales id"), f.after_sale_id),
        (translate("Pack", "Order id"), f.order_id),
        (translate("Pack", "Type"), labels.label(f.case_type)),
        (translate("Pack", "Amount"), labels.money(f.amount_fen)),
        (translate("Pack", "Buyer"), f.buyer),
        (translate("Pack", "Reason"), f.reason),
        (translate("Pack", "Applied at"), labels.local_time(f.applied_at, seconds=True)),
        (translate("Pack", "Stage"), labels.label(state.stage)),
    ]
    if state.return_tracking_no:
        facts.append(
            (
                translate("Pack", "Return parcel"),
                f"{state.return_courier} {state.return_tracking_no}".strip(),
            )
        )
    if f.ship_tracking_no:
        facts.append(
            (translate("Pack", "Outbound parcel"), f"{f.ship_courier} {f.ship_tracking_no}".strip())
        )
    by_id = {ev.id: ev for ev in detail.events}
    timeline = "".join(
        f"<tr><td>{e(labels.local_time(ev.occurred_at, seconds=True))}</td>"
        f"<td>{e(labels.label(ev.kind))}</td><td>{e(event_details(ev, by_id))}</td></tr>"
        for ev in detail.timeline
        if ev.id not in detail.revoked
    )
    copy_note = translate("Pack", "JPG copy for uploading: {name}")
    # Each row in two parts, split where the JPG copy's note goes.
    rows = {
        entry.attachment.id: (
            f"<tr><td>{e(entry.name)}",
            f"</td><td>{e(labels.evidence_kind(entry.attachment.kind))}</td>"
            f"<td>{e(entry.attachment.caption)}</td>"
            f"<td>{e(labels.local_time(entry.attachment.captured_at, seconds=True) or '—')}</td>"
            f"<td>{e(labels.local_time(entry.attachment.added_at, seconds=True))}</td>"
            f"<td>{e(labels.file_size(entry.attachment.size))}<br>"
            f"<span class='muted'>{e(entry.attachment.original_name)}</span></td>"
            f"<td class='hash'>{entry.attachment.sha256}</td></tr>",
        )
        for entry in entries
    }

    def head(*cells: str) -> str:
        return "<tr>" + "".join(f"<th>{e(c)}</th>" for c in cells) + "</tr>"

    made = translate("Pack", "Made by {app} {version} on {time}.").format(
        app=APP_NAME, version=__version__, time=labels.local_time(made_at, seconds=True)
    )
    hash_note = translate(
        "Pack",
        "Each file's SHA-256 is also in SHA256SUMS.txt: the same fingerprint proves the file "
        "was not changed since it was added.",
    )
    copies_note = translate(
        "Pack",
        "HEIC photos (iPhone), which the platforms' upload forms do not take, are also "
        "in the pack as JPG copies; the table gives the originals' fingerprints, "
        "SHA256SUMS.txt those of both.",
    )
    facts_rows = "".join(f"<tr><td>{e(k)}</td><td>{e(v or '—')}</td></tr>" for k, v in facts)
    timeline_head = head(
        translate("Pack", "Time"), translate("Pack", "Event"), translate("Pack", "Details")
    )
    evidence_head = head(
        translate("Pack", "File"),
        translate("Pack", "Shows"),
        translate("Pack", "Caption"),
        translate("Pack", "Taken"),
        translate("Pack", "Added"),
        translate("Pack", "Size"),
        "SHA-256",
    )
    language = translate("Pack", "en")  # the page's language tag (an HTML lang code)
    case_heading = translate("Pack", "The case")
    timeline_heading = translate("Pack", "What happened")
    evidence_heading = translate("Pack", "Evidence")
    top = (
        f'<!DOCTYPE html>\n<html lang="{e(language)}"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title><style>{_STYLE}</style></head><body>\n"
        f"<h1>{e(title)}</h1>\n<p class='muted'>{e(made)}</p>\n"
        f"<h2>{e(case_heading)}</h2>\n<table class='facts'>{facts_rows}</table>\n"
        f"<h2>{e(timeline_heading)}</h2>\n"
        f"<table>{timeline_head}{timeline}</table>\n"
        f"<h2>{e(evidence_heading)}</h2>\n"
    )

    def page(packed: list[PackEntry]) -> str:
        note = hash_note + (" " + copies_note if any(p.copy_name for p in packed) else "")
        evidence = "".join(
            rows[entry.attachment.id][0]
            + (
                f"<br><span class='muted'>{e(copy_note.format(name=entry.copy_name))}</span>"
                if entry.copy_name
                else ""
            )
            + rows[entry.attachment.id][1]
            for entry in packed
        )
        return (
            f"{top}<p class='muted'>{e(note)}</p>\n"
            f"<table>{evidence_head}{evidence}</table>\n</body></html>\n"
        )

    return page
