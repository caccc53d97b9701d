"""The full-size viewer: one photo at a time with zoom (fit, 100 %, in, out, Ctrl+wheel) and
previous/next. The photo is decoded off the GUI thread, so a 50 MB file does not freeze the
window; videos and PDFs open in the system's own program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services.evidence import Attachment
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.features.evidence.thumbnails import read_scaled

translate = QCoreApplication.translate
ZOOM_STEP = 1.25


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class _Loaded(QObject):
    done = Signal(int, QImage)  # attachment id, the full picture


class _Load(QRunnable):
    def __init__(self, attachment_id: int, path: Path, signals: _Loaded):
        super().__init__()
        self._id, self._path, self._signals = attachment_id, path, signals

    def run(self) -> None:
        # At most 8192 px a side: plenty to zoom into, and within Qt's image memory limit
        # (a 108-megapixel photo at full size is not).
        self._signals.done.emit(self._id, read_scaled(self._path, QSize(8192, 8192)))


class _View(QGraphicsView):
    zoomed = Signal(float)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomed.emit(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)


class EvidenceViewer(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        attachments: list[Attachment],
        index: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._items = attachments
        self._index = index
        self._fit = True
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 760)
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.scene = QGraphicsScene(self)
        self.pixmap = QGraphicsPixmapItem()
        self.pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.pixmap)
        self.view = _View(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.view.zoomed.connect(self.zoom)
        layout.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.previous_button = QPushButton(translate("Evidence", "< Previous"))
        self.previous_button.clicked.connect(lambda: self.show_index(self._index - 1))
        self.next_button = QPushButton(translate("Evidence", "Next >"))
        self.next_button.clicked.connect(lambda: self.show_index(self._index + 1))
        fit = QPushButton(translate("Evidence", "Fit"))
        fit.clicked.connect(self.fit)
        actual = QPushButton("100 %")
        actual.clicked.connect(self.actual_size)
        zoom_in = QPushButton("+")
        zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        zoom_out = QPushButton("−")
        zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.system_button = QPushButton(translate("Evidence", "Open in another program"))
        self.system_button.clicked.connect(self.open_outside)
        for widget in (self.previous_button, self.next_button, fit, actual, zoom_in, zoom_out):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.system_button)
        layout.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.show_index(self._index - 1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.show_index(self._index + 1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(1 / ZOOM_STEP))
        self._signals = _Loaded(self)
        self._signals.done.connect(self._loaded)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.show_index(index)

    @property
    def current(self) -> Attachment:
        return self._items[self._index]

    def show_index(self, index: int) -> None:
        if not 0 <= index < len(self._items):
            return
        self._index = index
        a = self.current
        parts = [
            f"{index + 1}/{len(self._items)}",
            labels.evidence_kind(a.kind),
            a.caption,
            a.original_name,
        ]
        if a.captured_at is not None:
            parts.append(
                translate("Evidence", "taken {time}").format(time=labels.local_time(a.captured_at))
            )
        self.caption.setText(" · ".join(p for p in parts if p))
        self.setWindowTitle(a.original_name)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self._items) - 1)
        self.pixmap.setPixmap(QPixmap())
        if a.previewable:
            self.message.setText(translate("Evidence", "Loading…"))
            self._pool.start(_Load(a.id, self._ctx.core.evidence.path(a), self._signals))
        else:
            self.message.setText(
                translate("Evidence", "A {what}: it opens in the system's own program.").format(
                    what=labels.evidence_category(a.category)
                )
            )

    def _loaded(self, attachment_id: int, image: QImage) -> None:
        if attachment_id != self.current.id:
            return  # the user moved on meanwhile
        if image.isNull():
            self.message.setText(
                translate(
                    "Evidence",
                    "CaseWatch cannot draw this photo: it may be damaged, or in a form "
                    "CaseWatch does not read. Its stored copy is unchanged.",
                )
            )
            return
        self.message.clear()
        self.pixmap.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(self.pixmap.boundingRect())
        if self._fit:
            self.fit()

    def fit(self) -> None:
        self._fit = True
        self.view.fitInView(self.pixmap, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self._fit = False
        self.view.resetTransform()

    def zoom(self, factor: float) -> None:
        self._fit = False
        self.view.scale(factor, factor)

    def open_outside(self) -> None:
        open_with_system(self._ctx.core.evidence.path(self.current))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._fit and not self.pixmap.pixmap().isNull():
            self.fit()

    def done(self, result: int) -> None:
        self._pool.waitForDone(1000)  # a decode in flight finishes into nothing
        super().done(result)
