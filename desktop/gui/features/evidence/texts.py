"""What the evidence commands and windows say about results (no widgets: the command line
uses these too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.services.evidence import Attachment, PackResult, VerifyReport
from desktop.gui import labels

translate = QCoreApplication.translate


def attached_line(a: Attachment) -> str:
    return translate("Evidence", "added: {name} ({kind}, {size}, SHA-256 {sha})").format(
        name=a.original_name,
        kind=labels.evidence_kind(a.kind),
        size=labels.file_size(a.size),
        sha=a.sha256,
    )


def already_line(name: str) -> str:
    return translate("Evidence", "already on this case: {name}").format(name=name)


def packed_line(result: PackResult) -> str:
    count = len(result.entries) + sum(1 for entry in result.entries if entry.copy_name)
    text = translate("Evidence", "Dispute pack {path}: %n file(s), {size}.", None, count)
    return text.format(path=result.path, size=labels.file_size(result.size))


def uncopied_line(result: PackResult) -> str:
    """What the pack lacks: JPEG copies of HEIC photos that could not be decoded."""
    if not result.uncopied:
        return ""
    return translate(
        "Evidence",
        "CaseWatch could not read {names} to make a JPG copy for uploading: it is in the "
        "pack only as it is. Convert it on the phone or computer it came from.",
    ).format(names="、".join(a.original_name for a in result.uncopied))


def verify_text(report: VerifyReport) -> str:
    lines = []
    if report.ok:
        checked = report.checked
        text = translate("Evidence", "All %n evidence file(s) are there and unchanged ({size} read).", None, checked)  # fmt: skip  # noqa: E501
        lines.append(text.format(size=labels.file_size(report.bytes_read)))
    else:
        lines.append(translate("Evidence", "Some evidence files are not as they were added:"))
        for a in report.missing:
            lines.append(
                translate("Evidence", "missing: {name} (case {case}, SHA-256 {sha})").format(
                    name=a.original_name,
                    case=report.cases.get(a.case_id, a.case_id),
                    sha=a.sha256[:16],
                )
            )
        for a in report.altered:
            lines.append(
                translate("Evidence", "changed: {name} (case {case}, SHA-256 {sha})").format(
                    name=a.original_name,
                    case=report.cases.get(a.case_id, a.case_id),
                    sha=a.sha256[:16],
                )
            )
        lines.append(
            translate(
                "Evidence",
                "CaseWatch repairs nothing by itself: restore the evidence folder from a backup, "
                "or add the original files again.",
            )
        )
    if report.unreferenced:
        count = len(report.unreferenced)
        extra = translate("Evidence", "%n file(s) in the evidence folder belong to no case (an interrupted copy, or trash emptied minutes ago): left as they are; emptying the trash later removes them.", None, count)  # fmt: skip  # noqa: E501
        lines.append(extra)
    return "\n".join(lines)
