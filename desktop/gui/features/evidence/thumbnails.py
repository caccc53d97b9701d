"""Thumbnails of evidence photos, made off the GUI thread and kept on disk.

QImageReader decodes at the wanted size (a 50 MB JPEG is scaled while it is decoded, not
after) and turns the picture the way the phone held it (EXIF orientation); HEIC photos come
decoded and turned from the core (desktop/core/evidence/pictures.py). A thumbnail is
made once per file: the store never changes a file, so its hash names its thumbnail for good.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from desktop.core.evidence import pictures

log = logging.getLogger(__name__)
SIZE = 240


class _Signals(QObject):
    ready = Signal(str, QImage)  # sha256, thumbnail (a null image when it cannot be drawn)


class _Make(QRunnable):
    def __init__(self, sha256: str, source: Path, cached: Path, signals: _Signals):
        super().__init__()
        self._sha, self._source, self._cached, self._signals = sha256, source, cached, signals

    def run(self) -> None:
        image = QImage()
        if self._cached.exists():
            image = QImage(str(self._cached))
        if image.isNull():
            image = read_scaled(self._source, QSize(SIZE, SIZE))
            if not image.isNull():
                self._cached.parent.mkdir(parents=True, exist_ok=True)
                partial = self._cached.with_suffix(".partial.png")
                if image.save(str(partial), "PNG"):
                    partial.replace(self._cached)
        self._signals.ready.emit(self._sha, image)


def read_scaled(path: Path, box: QSize | None = None) -> QImage:
    """The picture, turned upright, scaled to fit `box` while decoding (None: full size)."""
    if path.suffix.lower().lstrip(".") in pictures.EXTENSIONS:  # iPhones' HEIC
        return _from_pixels(path, box)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if box is not None:
        size = reader.size()  # as stored: the turn comes after scaling, so a square box fits
        if size.isValid():
            target = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
            if size.width() > target.width():
                reader.setScaledSize(target)
    image = reader.read()
    if image.isNull():
        log.info("cannot draw %s: %s", path.name, reader.errorString())
    return image


def _from_pixels(path: Path, box: QSize | None) -> QImage:
    pixels = pictures.decode(path, None if box is None else (box.width(), box.height()))
    if pixels is None:
        return QImage()
    channels = len(pixels.mode)
    image_format = QImage.Format.Format_RGBA8888 if channels == 4 else QImage.Format.Format_RGB888
    image = QImage(pixels.data, pixels.width, pixels.height, pixels.width * channels, image_format)
    return image.copy()  # the QImage above only borrows the bytes


class Thumbnails(QObject):
    ready = Signal(str, QImage)

    def __init__(self, cache_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._cache = cache_dir
        self._signals = _Signals(self)
        self._signals.ready.connect(self._done)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._pending: set[str] = set()
        self._made: dict[str, QImage] = {}

    def request(self, sha256: str, source: Path) -> QImage | None:
        """The thumbnail if it is made already; else it is made and `ready` says when."""
        if sha256 in self._made:
            return self._made[sha256]
        if sha256 not in self._pending:
            self._pending.add(sha256)
            self._pool.start(_Make(sha256, source, self._cache / f"{sha256}.png", self._signals))
        return None

    def _done(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        self._made[sha256] = image
        self.ready.emit(sha256, image)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
