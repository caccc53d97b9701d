"""The one place that opens file dialogs (tests replace these functions, as with messages.py).

The last folder used is remembered per purpose, so the next import starts where the platform's
downloads went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.evidence.media import EVIDENCE_SUFFIXES
from desktop.core.importing.reading import SPREADSHEETS, TEXT_TABLES

translate = QCoreApplication.translate
_last_folder: dict[str, Path] = {}


def _start(purpose: str) -> Path:
    if purpose in _last_folder and _last_folder[purpose].is_dir():
        return _last_folder[purpose]
    downloads = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return Path(downloads) if downloads else Path.home()


def import_filter() -> str:
    patterns = " ".join(f"*{s}" for s in (*SPREADSHEETS, *TEXT_TABLES))
    return ";;".join(
        (
            translate("Files", "After-sales exports ({patterns})").format(patterns=patterns),
            translate("Files", "All files (*)"),
        )
    )


def choose_import_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("Files", "Import platform exports"),
        str(_start("import")),
        import_filter(),
    )
    paths = [Path(n) for n in names]
    if paths:
        _last_folder["import"] = paths[0].parent
    return paths


def choose_csv_target(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(_start("export") / suggested),
        translate("Files", "CSV for Excel/WPS (*.csv)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    _last_folder["export"] = path.parent
    return path


def choose_evidence_files(parent: QWidget | None) -> list[Path]:
    patterns = " ".join(f"*{s}" for s in EVIDENCE_SUFFIXES)
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("Files", "Add evidence"),
        str(_start("evidence")),
        ";;".join(
            (
                translate("Files", "Photos, videos and PDFs ({patterns})").format(
                    patterns=patterns
                ),
                translate("Files", "All files (*)"),
            )
        ),
    )
    paths = [Path(n) for n in names]
    if paths:
        _last_folder["evidence"] = paths[0].parent
    return paths


def choose_zip_target(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(_start("export") / suggested), translate("Files", "ZIP archive (*.zip)")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    _last_folder["export"] = path.parent
    return path
