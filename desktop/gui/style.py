"""Named colour roles, so widgets say what a colour means (muted, danger, warning) instead of
repeating hex codes. Text roles follow the palette where they can, so a dark theme keeps them
readable."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

DANGER = "#b3261e"
DANGER_BG = "#fde2e1"
WARNING = "#8a3b00"
WARNING_BG = "#fff4d6"
WARNING_BORDER = "#f0c36d"
OK = "#137333"


def _dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    window = app.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def muted() -> str:
    """Secondary text: the palette's placeholder colour (grey in light and dark themes)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return str(app.palette().color(QPalette.ColorRole.PlaceholderText).name())
    return "#5f6368"


def danger() -> str:
    return "#f28b82" if _dark() else DANGER


def banner_css() -> str:
    """A warning strip above a view (stale data, a push that keeps failing)."""
    if _dark():
        return "background:#3c2f00; color:#fdd663; border:1px solid #5c4a00; border-radius:4px;"
    return (
        f"background:{WARNING_BG}; color:{WARNING}; border:1px solid {WARNING_BORDER};"
        " border-radius:4px;"
    )


def colour(name: str) -> QColor:
    return QColor(name)
