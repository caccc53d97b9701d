"""What the frozen CaseWatch is made of, in one place: read by the PyInstaller spec
(casewatch.spec), the Linux check (freeze.py), the macOS packaging script and the tests.

Nothing here imports PyInstaller at module level, so the tests can read it anywhere.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "CaseWatch"
#: The executable's file name. ASCII on purpose: a Chinese .exe name breaks some Windows tools.
EXE_NAME = "CaseWatch"
DISPLAY_NAME = "CaseWatch 售后盯单"
PUBLISHER = "CaseWatch"
#: Shared with the app (desktop/core/autostart.py) and the installers; a test keeps them equal.
BUNDLE_ID = "com.casewatch.desktop"
APP_USER_MODEL_ID = "CaseWatch.Desktop"
#: macOS 12 is the oldest release Qt 6.12 supports on both arm64 and x86_64.
MACOS_MINIMUM = "12.0"

#: PySide6 modules CaseWatch never imports. Excluding the Python modules keeps their hooks from
#: collecting the Qt libraries, plugins and QML files behind them (QtQml/QtQuick alone are
#: ~60 MB). QtSvg stays (the icons are SVG), QtNetwork stays (the single-instance socket).
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in (
        "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtLabsStyleKit", "QtOpenGL",
        "QtOpenGLWidgets", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick",
        "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvgWidgets", "QtTest",
        "QtUiTools", "QtXml",
    )
]  # fmt: skip
#: Other Qt bindings abort a PyInstaller >= 6.5 build; test and developer tools are not shipped.
OTHER_EXCLUDES = [
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter", "pytest", "pytestqt", "hypothesis",
    "IPython", "mypy", "ruff", "setuptools", "pip",
]  # fmt: skip
#: Imported only by code Alembic loads from disk at run time (migrations/env.py and
#: versions/*.py), so PyInstaller's analysis cannot see them.
HIDDEN_IMPORTS = [
    "alembic.context",
    "alembic.op",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "sqlmodel",
    "sqlalchemy.dialects.sqlite",
    "desktop.core.storage.tables",
    "PySide6.QtSvg",  # the svg image-format and icon-engine plugins need libQt6Svg
]
#: The Qt translations CaseWatch loads (qtbase_<lang>.qm for its two languages); PyInstaller's
#: Qt hook would otherwise ship every language of every module (~7 MB).
QT_TRANSLATIONS_KEPT = ("qtbase_zh_CN.qm", "qtbase_en.qm")
#: Qt libraries and plugins pulled in by binary analysis that CaseWatch never loads (patterns on
#: the destination path, '/' separated). The desktop platform plugins (windows, cocoa, xcb,
#: wayland, offscreen, minimal) and the styles are never pruned.
BINARY_PRUNE = [
    r"(^|/)libQt6(Qml|Quick|Pdf|VirtualKeyboard|Designer|Help|Sql|Test|OpenGLWidgets)[^/]*$",
    r"(^|/)Qt6?(Qml|Quick|Pdf|VirtualKeyboard|Designer|Help|Sql|Test|OpenGLWidgets)[^/]*\.dll$",
    r"(^|/)Qt(Qml|Quick|Pdf|VirtualKeyboard|Designer|Help|Sql|Test)[^/]*\.framework(/|$)",
    # QtNetwork serves only the local single-instance socket: no TLS, no network status.
    r"/plugins/(qmltooling|sqldrivers|designer|printsupport|vectorimageformats)/",
    r"/plugins/(networkinformation|tls|generic|egldeviceintegrations)/",
    r"/plugins/imageformats/[^/]*q(pdf|webp|tiff|tga|wbmp|icns)[^/]*$",
    # Linux only: kiosk and embedded platforms, and the GTK theme that drags in GTK's libraries.
    r"/plugins/platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.so$",
    r"/plugins/platformthemes/libqgtk3\.so$",
    # ...and the GTK stack itself, which nothing else in the bundle links to (checked with ldd;
    # build_scripts/freeze.py re-checks every build).
    r"^/lib(atk-1\.0|cairo|cairo-gobject|datrie|fribidi|gdk_pixbuf-2\.0|gio-2\.0|gmodule-2\.0"
    r"|gobject-2\.0|graphite2|harfbuzz|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|pixman-1|thai"
    r"|Xext|Xrender|blkid|mount|selinux)\.so[.0-9]*$",
    # EGLFS support: only the pruned eglfs platform and device integrations use it.
    r"(^|/)libQt6EglFs[^/]*$",
]
#: Never pruned, whatever the patterns say.
BINARY_KEEP = [
    r"/plugins/platforms/(q?windows|libqcocoa|libqxcb|libqwayland|libqoffscreen|libqminimal)",
    r"/plugins/styles/",
]


def version() -> str:
    """The app's version, from desktop/__init__.py (no import: the build may run elsewhere)."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise RuntimeError("no __version__ in desktop/__init__.py")
    return found.group(1)


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0) for the Windows version resource; suffixes are dropped."""
    numbers = [int(n) for n in re.findall(r"\d+", (text or version()).split("+")[0])[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


#: The files under resources/ that the app reads (not README.md or __init__.py).
RESOURCE_SUFFIXES = (".toml", ".svg", ".png", ".json", ".csv")


def datas() -> list[tuple[str, str]]:
    """(source, destination folder) pairs: CaseWatch's own data, laid out as the packages
    desktop.resources, desktop.core.storage.migrations and desktop.gui expect to find it
    through importlib.resources. Alembic reads env.py and versions/*.py from disk, so the
    migrations ship as files, not only as compiled modules."""
    pairs: list[tuple[str, str]] = []
    # Every data file under resources/ (rules, import sources, icons, and any folder added
    # later), where `desktop.resources` finds it.
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and path.suffix in RESOURCE_SUFFIXES and "__pycache__" not in path.parts:
            folder = path.parent.relative_to(ROOT / "resources").as_posix()
            pairs.append((str(path), f"desktop/resources/{folder}".rstrip("/.")))
    migrations = ROOT / "desktop" / "core" / "storage" / "migrations"
    for name in ("env.py", "script.py.mako", "__init__.py"):
        pairs.append((str(migrations / name), "desktop/core/storage/migrations"))
    for script in sorted((migrations / "versions").glob("*.py")):
        pairs.append((str(script), "desktop/core/storage/migrations/versions"))
    qms = sorted((ROOT / "desktop" / "gui" / "translations").glob("casewatch_*.qm"))
    if len(qms) < 2:
        raise RuntimeError("no compiled translations: run build_scripts/build_assets.py first")
    pairs += [(str(qm), "desktop/gui/translations") for qm in qms]
    return pairs


def _dest(entry: tuple[Any, ...]) -> str:
    return str(entry[0]).replace("\\", "/")


def keep_data(entry: tuple[Any, ...]) -> bool:
    """False for Qt translations other than the two qtbase files CaseWatch loads."""
    dest = _dest(entry)
    if "/translations/" in dest and "PySide6" in dest and dest.endswith(".qm"):
        return dest.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    return True


def keep_binary(entry: tuple[Any, ...]) -> bool:
    dest = "/" + _dest(entry)
    if any(re.search(pattern, dest) for pattern in BINARY_KEEP):
        return True
    return not any(re.search(pattern, dest) for pattern in BINARY_PRUNE)


def info_plist() -> dict[str, Any]:
    """The .app's Info.plist additions. Not LSUIElement: CaseWatch has a main window and a
    Dock icon as well as the menu-bar icon."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundlePackageType": "APPL",
        "CFBundleDevelopmentRegion": "zh_CN",
        "CFBundleLocalizations": ["zh_CN", "en"],
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSUIElement": False,
        "NSHighResolutionCapable": True,
        "NSSupportsAutomaticGraphicsSwitching": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": f"© {PUBLISHER}",
    }


def windows_version_text() -> str:
    """The .exe's version resource, in PyInstaller's version-file format (Python literals read
    by PyInstaller.utils.win32.versioninfo on Windows). Windows names the program in
    notifications and in Task Manager from FileDescription; without it users see "python"."""
    numbers = version_tuple()
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME,
        "FileVersion": version(),
        "InternalName": EXE_NAME,
        "LegalCopyright": f"© {PUBLISHER}",
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version(),
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by build_scripts/freeze_config.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def write_windows_version_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_text(), encoding="utf-8")
    return path
