"""Icons from resources/icons, and the tray icon with an "overdue" badge."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter


def icon_path(name: str) -> Path:
    return Path(str(resources.files("desktop.resources").joinpath("icons", name)))


@cache
def app_icon() -> QIcon:
    return QIcon(str(icon_path("casewatch.svg")))


def tray_icon(overdue: int) -> QIcon:
    """The app icon, with a red dot while any case is overdue (readable at 16 px)."""
    if overdue <= 0:
        return app_icon()
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pixmap = app_icon().pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = size * 0.5
        painter.setBrush(QColor("#d93025"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(size - dot, size - dot, dot, dot))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
