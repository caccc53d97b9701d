"""Loads CaseWatch's own translations and Qt's (standard buttons and dialogs)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.gui import labels

SHIPPED = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The language the UI shows now (for texts that are data, not code: the playbooks)."""
    return _current[0]


def resolve(setting: str, system: QLocale | None = None) -> str:
    """'auto' becomes zh_CN on a Chinese system and en elsewhere."""
    if setting in SHIPPED:
        return setting
    name = (system or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") else "en"


def translations_dir() -> Path:
    return Path(str(resources.files("desktop.gui").joinpath("translations")))


def qm_path(language: str) -> Path:
    return translations_dir() / f"casewatch_{language}.qm"


def install(language: str) -> bool:
    """Switch the application to `language`; False when CaseWatch's own file is missing."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    own = QTranslator(app)
    loaded = own.load(str(qm_path(language)))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    _current[0] = language
    labels.reload()
    return loaded
