"""A case's evidence: what its scenarios still lack, the thumbnail strip, adding (file dialog,
drag and drop, paste), viewing, retagging, the trash, and the dispute pack.

Copying files in (a 1 GB video) and packing run in the background; thumbnails are made off
the GUI thread. Nothing here blocks the window.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.evidence.media import EVIDENCE_SUFFIXES, VIDEO_EXTENSIONS
from desktop.core.services.cases import CaseDetail
from desktop.core.services.evidence import Attachment, AttachResult, PackResult
from desktop.gui import files, labels, messages
from desktop.gui.context import AppContext
from desktop.gui.features.evidence.attach_dialog import AttachDialog
from desktop.gui.features.evidence.summary import summary_page
from desktop.gui.features.evidence.texts import uncopied_line
from desktop.gui.features.evidence.thumbnails import SIZE, Thumbnails
from desktop.gui.features.evidence.viewer import EvidenceViewer, open_with_system
from desktop.gui.problems import error_text
from desktop.gui.widgets.progress import follow_job

translate = QCoreApplication.translate
IdRole = Qt.ItemDataRole.UserRole


def evidence_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in EVIDENCE_SUFFIXES]


def safe_file_name(name: str) -> str:
    """A file name any system takes: an after-sales id may hold "/" or ":"."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") or "evidence.zip"


def guess_kind(paths_or_names: list[str], lacking: list[str]) -> str:
    """A first guess for the kind: a video is the unboxing, a PDF the courier's statement,
    a photo what the case's scenarios still lack (else "other")."""
    suffixes = {Path(n).suffix.lower() for n in paths_or_names}
    if suffixes and suffixes <= VIDEO_EXTENSIONS:
        return "unboxing_video"
    if suffixes == {".pdf"}:
        return "courier_statement"
    photo_kinds = [k for k in lacking if k not in ("unboxing_video",)]
    return photo_kinds[0] if photo_kinds else "other"


class EvidencePanel(QWidget):
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self._items: list[Attachment] = []
        self.lacking: list[str] = []  # kinds the case's scenarios still need
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        self.needs.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.needs)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Evidence", "Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(translate("Evidence", "Paste image"))
        self.paste_button.setToolTip(
            translate("Evidence", "A screenshot from the clipboard (Ctrl+V), e.g. a chat")
        )
        self.paste_button.clicked.connect(self.paste)
        self.pack_button = QPushButton(translate("Evidence", "Dispute pack…"))
        self.pack_button.setToolTip(
            translate(
                "Evidence",
                "One ZIP for the platform's 举证 step: the files in order, a summary page and "
                "their SHA-256 fingerprints",
            )
        )
        self.pack_button.clicked.connect(self.make_pack)
        for button in (self.add_button, self.paste_button, self.pack_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(SIZE // 2, SIZE // 2))
        self.list.setGridSize(QSize(SIZE // 2 + 40, SIZE // 2 + 48))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(SIZE // 2 + 60)
        self.list.itemDoubleClicked.connect(self._open_item)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        layout.addWidget(self.list, 1)
        self.hint = QLabel(
            translate(
                "Evidence",
                "Drop photos and videos here, or paste a screenshot. Files are copied into "
                "CaseWatch's data folder and never changed.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#5f6368;")
        layout.addWidget(self.hint)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.linkActivated.connect(self._notice_link)
        layout.addWidget(self.notice)
        self._removed: list[int] = []  # the last removal, for Undo
        self.last_pack: Path | None = None
        self.thumbnails = Thumbnails(ctx.core.evidence.store.thumbnails, self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # not Delete in the case list

    # Showing -----------------------------------------------------------------------------
    def show_case(self, detail: CaseDetail, needs: list[tuple[str, tuple[str, ...], int]]) -> None:
        """`needs`: (what the scenario asks, kinds, minimum) for the case's scenarios."""
        if self._detail is None or self._detail.facts.id != detail.facts.id:
            self.notice.clear()
            self._removed = []
        self._detail = detail
        self._items = self._ctx.core.evidence.list(detail.facts.id)
        counts: dict[str, int] = {}
        for a in self._items:
            counts[a.kind] = counts.get(a.kind, 0) + 1
        lines, self.lacking = [], []
        for text, kinds, minimum in needs:
            have = sum(counts.get(k, 0) for k in kinds)
            done = have >= minimum
            if not done:
                self.lacking.extend(k for k in kinds if k not in self.lacking)
            mark = "✓" if done else "✗"
            colour = "#188038" if done else "#a50e0e"
            lines.append(
                f"<span style='color:{colour}'>{mark} {html.escape(text)} ({have}/{minimum})</span>"
            )
        self.needs.setText(
            translate("Evidence", "What the case's scenarios ask for:")
            + "<br>"
            + "<br>".join(lines)
            if lines
            else ""
        )
        self.needs.setVisible(bool(lines))
        self._fill()
        self.count_changed.emit(len(self._items))

    def _fill(self) -> None:
        self.list.clear()
        for a in self._items:
            item = QListWidgetItem(self._title(a))
            item.setData(IdRole, a.id)
            item.setToolTip(self._tooltip(a))
            image = None
            if a.previewable:
                image = self.thumbnails.request(a.sha256, self._ctx.core.evidence.path(a))
            item.setIcon(self._icon(a, image))
            self.list.addItem(item)
        self.hint.setVisible(not self._items)

    def _title(self, a: Attachment) -> str:
        return labels.evidence_kind(a.kind) + (f"\n{a.caption}" if a.caption else "")

    def _tooltip(self, a: Attachment) -> str:
        parts = [a.original_name, labels.file_size(a.size)]
        if a.captured_at is not None:
            parts.append(
                translate("Evidence", "taken {time}").format(time=labels.local_time(a.captured_at))
            )
        parts.append(
            translate("Evidence", "added {time}").format(time=labels.local_time(a.added_at))
        )
        return "\n".join(parts)

    def _icon(self, a: Attachment, image: QImage | None) -> QIcon:
        if image is not None and not image.isNull():
            return QIcon(QPixmap.fromImage(image))
        drawing = a.previewable and image is None  # a null image: it could not be drawn
        return QIcon(_tile(a, "…" if drawing else a.ext.upper()))

    def _thumbnail_ready(self, sha256: str, image: QImage) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            a = self._by_id(item.data(IdRole))
            if a is not None and a.sha256 == sha256:
                item.setIcon(self._icon(a, image))

    def _by_id(self, attachment_id: int) -> Attachment | None:
        return next((a for a in self._items if a.id == attachment_id), None)

    def selectable_items(self) -> list[Attachment]:
        """The case's evidence (not in the trash), as listed."""
        return list(self._items)

    def selected(self) -> list[Attachment]:
        ids = {item.data(IdRole) for item in self.list.selectedItems()}
        return [a for a in self._items if a.id in ids]

    # Adding ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = files.choose_evidence_files(self)
        if paths:
            self.attach_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._detail is not None and evidence_files(_local_files(event)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = evidence_files(_local_files(event))
        if paths and self._detail is not None:
            event.acceptProposedAction()
            self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> AttachDialog | None:
        """Ask what the files show, then copy them in the background."""
        if self._detail is None or self._ctx.refuse_while_writing(self):
            return None
        case_id = self._detail.facts.id
        dialog = AttachDialog(
            [p.name for p in paths], guess_kind([p.name for p in paths], self.lacking), self
        )

        def attach() -> None:
            kind, caption = dialog.chosen()

            def work(progress: Any, cancelled: Any) -> AttachResult:
                return self._ctx.core.evidence.attach(
                    case_id, paths, kind, caption, progress, cancelled
                )

            # Not a long write: the copy takes the time, the rows are written in a moment.
            job = self._ctx.start_job(work, "attach", writes=False)
            count = len(paths)
            follow_job(self, job, translate("Evidence", "Copying %n file(s)…", None, count))
            job.succeeded.connect(self._attached)
            job.failed.connect(lambda err: messages.show_user_error(self, err))

        dialog.accepted.connect(attach)
        dialog.open()
        return dialog

    def paste(self) -> AttachDialog | None:
        if self._detail is None or self._ctx.refuse_while_writing(self):
            return None
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self._say(translate("Evidence", "The clipboard holds no image to paste."))
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        name = translate("Evidence", "pasted {time}.png").format(
            time=self._ctx.clock.now().astimezone().strftime("%Y-%m-%d %H%M%S")
        )
        case_id = self._detail.facts.id
        dialog = AttachDialog([name], "chat_screenshot", self)

        def attach() -> None:
            kind, caption = dialog.chosen()
            result: list[AttachResult] = []

            def action() -> Changes:
                result.append(
                    self._ctx.core.evidence.attach_bytes(
                        case_id, bytes(data.data()), name, kind, caption
                    )
                )
                return result[0].changes

            if self._ctx.attempt(self, action, dialog.form):
                self._attached(result[0], publish=False)

        dialog.accepted.connect(attach)
        dialog.open()
        return dialog

    def _attached(self, result: AttachResult, publish: bool = True) -> None:
        if publish:
            self._ctx.publish(result.changes)
        parts = []
        if result.added:
            added = len(result.added)
            parts.append(translate("Evidence", "%n file(s) added.", None, added))
        if result.already:
            parts.append(
                translate("Evidence", "Already on this case: {names}.").format(
                    names="、".join(result.already)
                )
            )
        if result.repaired:
            parts.append(
                translate(
                    "Evidence",
                    "The stored copy of {names} no longer matched its fingerprint: it was "
                    "replaced by the file just added.",
                ).format(names="、".join(result.repaired))
            )
        if result.cancelled:
            parts.append(translate("Evidence", "Cancelled: the other files were not added."))
        for problem in result.problems:
            parts.append(html.escape(error_text(problem.error)))
        self._say("<br>".join(parts), error=bool(result.problems))

    # Acting on files -----------------------------------------------------------------------
    def _open_item(self, item: QListWidgetItem) -> None:
        a = self._by_id(item.data(IdRole))
        if a is not None:
            self.view(a)

    def view(self, a: Attachment) -> EvidenceViewer | None:
        if not a.previewable:
            open_with_system(self._ctx.core.evidence.path(a))
            return None
        photos = [x for x in self._items if x.previewable]
        viewer = EvidenceViewer(self._ctx, photos, photos.index(a), self)
        viewer.open()
        return viewer

    def _menu(self, pos: Any) -> None:
        chosen = self.selected()
        if not chosen:
            return
        menu = QMenu(self)
        first = chosen[0]
        menu.addAction(translate("Evidence", "View"), lambda: self.view(first))
        menu.addAction(
            translate("Evidence", "Open in another program"),
            lambda: open_with_system(self._ctx.core.evidence.path(first)),
        )
        menu.addAction(translate("Evidence", "Change what it shows…"), lambda: self.retag(chosen))
        menu.addSeparator()
        menu.addAction(translate("Evidence", "Move to the trash"), self.remove_selected)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def retag(self, chosen: list[Attachment]) -> AttachDialog:
        first = chosen[0]
        dialog = AttachDialog(
            [a.original_name for a in chosen],
            first.kind,
            self,
            caption=first.caption if len(chosen) == 1 else "",
            title=translate("Evidence", "What it shows"),
            accept_text=translate("Evidence", "Save"),
        )

        def save() -> None:
            kind, caption = dialog.chosen()

            def action() -> Changes:
                changes = Changes()
                for a in chosen:
                    # One file: the caption as typed (empty clears it). Several: an empty
                    # caption keeps each file's own.
                    kept = caption if len(chosen) == 1 else (caption or a.caption)
                    changes |= self._ctx.core.evidence.update(a.id, kind, kept)
                return changes

            self._ctx.attempt(self, action, dialog.form)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        ids = [a.id for a in chosen]
        if self._ctx.attempt(self, lambda: self._ctx.core.evidence.remove(ids)):
            self._removed = ids
            count = len(ids)
            moved = translate("Evidence", "%n file(s) moved to the trash.", None, count)
            undo = html.escape(translate("Evidence", "Undo"))
            self._say(f"{moved} <a href='undo'>{undo}</a>")

    def _notice_link(self, link: str) -> None:
        if link == "folder" and self.last_pack is not None:
            open_with_system(self.last_pack.parent)
        if link == "undo" and self._removed:
            ids, self._removed = self._removed, []
            if self._ctx.attempt(self, lambda: self._ctx.core.evidence.restore(ids)):
                self._say(translate("Evidence", "Restored."))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.notice.setStyleSheet("color:#a50e0e;" if error else "color:#188038;")
        self.notice.setText(text)

    # The dispute pack ----------------------------------------------------------------------
    def make_pack(self) -> None:
        if self._detail is None:
            return
        detail = self._detail
        if not self._items:
            messages.inform(self, translate("Evidence", "This case has no evidence to pack yet."))
            return
        if self.lacking and not messages.confirm(
            self,
            translate("Evidence", "Pack what there is?"),
            translate(
                "Evidence",
                "The case's scenarios still ask for: {kinds}. Pack the evidence there is anyway?",
            ).format(kinds="、".join(labels.evidence_kind(k) for k in self.lacking)),
        ):
            return
        name = translate("Evidence", "Evidence {platform} {after_sale_id}.zip").format(
            platform=labels.label(detail.facts.platform), after_sale_id=detail.facts.after_sale_id
        )
        path = files.choose_zip_target(
            self, translate("Evidence", "Save the dispute pack"), safe_file_name(name)
        )
        if path is None:
            return
        entries = self._ctx.core.evidence.pack_entries(detail.facts.id)
        page = summary_page(detail, entries, self._ctx.clock.now())

        def work(progress: Any, cancelled: Any) -> Any:
            return self._ctx.core.evidence.pack(
                detail.facts.id,
                path,
                page,
                progress,
                cancelled,
                entries=entries,
            )

        job = self._ctx.start_job(work, "pack", writes=False)
        follow_job(self, job, translate("Evidence", "Packing…"))
        job.succeeded.connect(self._packed)
        job.failed.connect(lambda err: messages.show_user_error(self, err))

    def _packed(self, result: PackResult) -> None:
        self.last_pack = result.path
        open_folder = html.escape(translate("Evidence", "Open its folder"))
        self._say(
            translate("Evidence", "Dispute pack saved: {path} ({size}).").format(
                path=html.escape(str(result.path)), size=labels.file_size(result.size)
            )
            + f" <a href='folder'>{open_folder}</a>",
            error=bool(result.uncopied),
        )
        if result.uncopied:
            messages.inform(self, uncopied_line(result))


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def _tile(a: Attachment, text: str) -> QPixmap:
    """A stand-in for what has no thumbnail: a video (a play mark), a PDF or a photo that
    cannot be drawn (its type), or a photo still being drawn (…)."""
    side = SIZE // 2
    pixmap = QPixmap(side, side * 3 // 4)
    pixmap.fill(QColor("#5f6368" if a.category == "video" else "#e8eaed"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if a.category == "video":
        h = pixmap.height()
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(
            QPolygonF([QPointF(side * 0.4, h * 0.3), QPointF(side * 0.4, h * 0.7),
                       QPointF(side * 0.65, h * 0.5)])
        )  # fmt: skip
    else:
        painter.setPen(QColor("#5f6368"))
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(18)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
