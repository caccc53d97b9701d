"""What the frozen CaseWatch is made of, in one place: read by the PyInstaller spec
(casewatch.spec), the Linux check (freeze.py), the macOS packaging script and the tests.

Nothing here imports PyInstaller at module level, so the tests can read it anywhere.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
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
#: macOS 12 is the oldest release Qt 6.11 supports on both arm64 and x86_64.
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
    # keyring's Linux backend (SecretStorage over D-Bus, with cryptography: ~13 MB): the Linux
    # build keeps channel secrets in a file only the user can read (desktop/core/push/
    # secrets.py); Windows and macOS use keyring's own Credential Manager and Keychain code.
    "secretstorage", "jeepney", "cryptography",
    # SQLAlchemy's dialects for databases CaseWatch never opens (SQLite, and PostgreSQL for a
    # team, stay), and its asyncio layer: ~0.5 MB of bytecode, and asyncio with it.
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.oracle", "sqlalchemy.dialects.mssql",
    "sqlalchemy.ext.asyncio",
]  # fmt: skip
#: Linux only: keyring and what it brings (~0.3 MB). Linux keeps channel secrets in a file
#: (keyring is not a Linux dependency in pyproject.toml; a developer's .venv may hold it).
LINUX_EXCLUDES = ["keyring", "jaraco", "more_itertools", "importlib_metadata", "backports"]
#: Standard-library and third-party modules the analysis finds but CaseWatch never runs. Each
#: importer guards the import (try/except ImportError), and tests/test_packaging.py checks that
#: desktop/ does not start needing them.
UNUSED_EXCLUDES = [
    # OpenSSL's hashes: hashlib and hmac fall back to their built-in sha256/md5/sha1. (TLS
    # itself ships: push channels send over HTTPS and SMTP with SSL/STARTTLS.)
    "_hashlib",
    # Mako's optional syntax highlighter (1.7 MB of bytecode); Alembic only runs migrations.
    "pygments",
    # Japanese, Korean and traditional-Chinese codecs: imports decode UTF-8/16 and GB18030 only
    # (desktop/core/importing/reading.py); _codecs_cn (GB18030) stays.
    "_codecs_jp", "_codecs_kr", "_codecs_hk", "_codecs_tw", "_codecs_iso2022",
    # Pillow only holds decoded HEIC photos and writes JPEG copies (desktop/core/evidence/
    # pictures.py): no fonts (FreeType, HarfBuzz), colour management (LittleCMS), Tk, image
    # maths or morphology, no WebP (Qt draws those) and no AVIF (libavif alone is 5 MB,
    # 2.2 MB compressed, for a format phones rarely write) - about 12 MB of libraries.
    "PIL._imagingft", "PIL.ImageFont", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk",
    "PIL.ImageTk", "PIL._imagingmath", "PIL.ImageMath", "PIL._imagingmorph", "PIL.ImageMorph",
    "PIL._webp", "PIL.WebPImagePlugin", "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageQt",
    "PIL.ImageShow", "PIL.ImageGrab",
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
    # QtNetwork serves only the local single-instance socket: no TLS, no network status. (The
    # pushes use Python's ssl, which keeps libssl/libcrypto in the bundle.)
    r"/plugins/(qmltooling|sqldrivers|designer|printsupport|vectorimageformats)/",
    r"/plugins/(networkinformation|tls|generic|egldeviceintegrations)/",
    # Image formats: PNG and BMP are built into QtGui; the icons are SVG (qsvg); evidence
    # photos need qjpeg, qgif and qwebp (self-test draws one of each). The rest are read
    # nowhere.
    r"/plugins/imageformats/[^/]*q(pdf|tiff|tga|wbmp|icns|ico)[^/]*$",
    # Linux only: kiosk and embedded platforms, and the GTK theme that drags in GTK's libraries.
    r"/plugins/platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.so$",
    r"/plugins/platformthemes/libqgtk3\.so$",
    # ...and the GTK stack itself, which nothing else in the bundle links to (checked with ldd;
    # build_scripts/freeze.py re-checks every build).
    r"^/lib(atk-1\.0|cairo|cairo-gobject|datrie|fribidi|gdk_pixbuf-2\.0|gio-2\.0|gmodule-2\.0"
    r"|gobject-2\.0|graphite2|harfbuzz|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|pixman-1|thai"
    r"|Xext|Xrender|blkid|mount|selinux)\.so[.0-9]*$",
    # EGLFS support (libQt6EglFSDeviceIntegration, libQt6EglFsKms*): only the pruned eglfs
    # platform and device integrations use it.
    r"(^|/)libQt6EglF[Ss][^/]*$",
    # Wayland's OpenGL (EGL) and compositor-buffer integrations: widgets draw in software and
    # reach the compositor through shared memory. With them and EGLFS gone nothing needs
    # libQt6OpenGL (Linux; the Windows/macOS QtOpenGL module is excluded above anyway).
    r"/plugins/wayland-graphics-integration-(client|server)/",
    r"(^|/)libQt6OpenGL\.so[.0-9]*$",
    # Windows: Mesa's software OpenGL (~20 MB), the fallback Qt loads only to create an OpenGL
    # context on a machine without a usable GPU driver. CaseWatch's widgets, icons and tray
    # paint with the raster engine and never create one (no QOpenGLWidget, no Qt Quick).
    r"(^|/)opengl32sw\.dll$",
]
#: Never pruned, whatever the patterns say.
BINARY_KEEP = [
    r"/plugins/platforms/(q?windows|libqcocoa|libqxcb|libqwayland|libqoffscreen|libqminimal)"
    r"\.(dll|dylib|so)$",
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
RESOURCE_SUFFIXES = (
    ".toml", ".svg", ".png", ".json", ".csv",
    ".jpg", ".gif", ".webp", ".bmp", ".heic",  # self-test's sample photos (with the .png)
)  # fmt: skip


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


# --- ICU (Linux) ---------------------------------------------------------------------------
# The PySide6 wheel's QtCore links its own ICU on Linux (Windows uses the system's icu.dll,
# macOS Apple's libicucore). libicudata holds every locale's data, 31 MB. QtCore calls ICU only
# for collation (QCollator, localeAwareCompare), locale-aware upper/lower case, time-zone names
# and QStringConverter's non-UTF codecs: QLocale's formats come from Qt's own CLDR tables and
# text breaking from Qt's own Unicode tables. So the bundle gets a libicudata rebuilt from the
# wheel's own data (same ICU version, nothing recompiled) with only what those calls read.

#: Whole trees no QtCore call reads: break iterators, currency/unit/language/region display
#: names, transliterators, spelled-out numbers.
ICU_DROP_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit")
#: Locale bundles (in the root, coll/ and zone/ trees) kept: root and CaseWatch's languages.
ICU_KEEP_LANGUAGES = ("root", "en", "zh")
#: Stringprep profiles, spoof checking, Unicode character names, IDNA (Qt has its own).
ICU_DROP_FILES = re.compile(r"\.(spp|cfu)$|^(unames\.icu|uts46\.nrm)$")
#: EBCDIC double-byte mainframe code pages; the PC, Unix and web encodings (GBK, GB18030,
#: Big5, Shift_JIS, EUC-*, ISO-2022-*, single-byte pages) stay.
ICU_DROP_CONVERTERS = re.compile(r"^ibm-(930|933|935|937|939|1364|1371|1388|1390|1399|16684)_")
_ICU_LOCALE = re.compile(r"^(?:root|[a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")
_ICU_DATA_SYMBOL = re.compile(rb"^icudt(\d+)_dat$")
ICU_LIBRARY = re.compile(r"(^|/)libicudata\.so\.\d+$")


def keep_icu_item(name: str) -> bool:
    """Whether an item of ICU's common data (e.g. 'icudt73l/coll/zh.res') stays."""
    path = name.split("/", 1)[1] if name.startswith("icudt") else name
    *folders, leaf = path.split("/")
    if folders and folders[0] in ICU_DROP_TREES:
        return False
    if ICU_DROP_FILES.search(leaf) or ICU_DROP_CONVERTERS.match(leaf):
        return False
    if leaf != "res_index.res" and _ICU_LOCALE.match(leaf):
        return re.split(r"[_.]", leaf, maxsplit=1)[0] in ICU_KEEP_LANGUAGES
    return True


def _icu_toc(data: bytes) -> tuple[int, list[tuple[bytes, bytes]]]:
    """(header size, [(item name, item bytes)]) of an ICU common-data package ("CmnD",
    little-endian): a header, a count, (name offset, data offset) pairs relative to the count,
    the names, then the items, 16-byte aligned."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(toc):
        end = toc[i + 1][1] if i + 1 < count else len(data) - header_size
        name_at += header_size
        items.append((data[name_at : data.index(b"\0", name_at)],
                      data[header_size + data_at : header_size + end]))  # fmt: skip
    return header_size, items


def slim_icu_package(data: bytes) -> tuple[bytes, int, int]:
    """The package with only the items keep_icu_item() keeps: (bytes, items before, after).
    Names stay in their (sorted) order, as ICU's binary search needs."""
    header_size, items = _icu_toc(data)
    kept = [(name, body) for name, body in items if keep_icu_item(name.decode("ascii"))]
    names_at = 4 + 8 * len(kept)
    names, name_offsets = b"", []
    for name, _ in kept:
        name_offsets.append(names_at + len(names))
        names += name + b"\0"
    data_at = names_at + len(names)
    data_at += -(header_size + data_at) % 16
    bodies, data_offsets = b"", []
    for _, body in kept:
        data_offsets.append(data_at + len(bodies))
        bodies += body + b"\0" * (-len(body) % 16)
    toc = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    head = data[:header_size] + toc + names
    return head + b"\0" * (header_size + data_at - len(head)) + bodies, len(items), len(kept)


def _elf_sections(blob: bytes) -> list[tuple[bytes, int, int, int, int, int]]:
    """(name, type, address, offset, size, link) of each section of a 64-bit little-endian
    ELF file."""
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", blob, 0x3A)
    raw = [struct.unpack_from("<IIQQQQII", blob, shoff + i * shentsize) for i in range(shnum)]
    strtab_offset = raw[shstrndx][4]

    def name(at: int) -> bytes:
        start = strtab_offset + at
        return blob[start : blob.index(b"\0", start)]

    return [(name(s[0]), s[1], s[3], s[4], s[5], s[6]) for s in raw]


def elf_needed(blob: bytes) -> list[str]:
    """The DT_NEEDED names of an ELF shared object or executable."""
    sections = _elf_sections(blob)
    found = []
    for _name, kind, _addr, offset, size, link in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][3]
        for at in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", blob, at)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                found.append(blob[strings + value : blob.index(b"\0", strings + value)].decode())
    return found


def icu_common_data(blob: bytes) -> tuple[str, bytes]:
    """('icudt73', the package) from a libicudata.so: the bytes of its icudt<N>_dat symbol."""
    sections = _elf_sections(blob)
    for _name, kind, _addr, offset, size, link in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][3]
        for at in range(offset, offset + size, 24):
            name_at, _info, _other, _shndx, value, length = struct.unpack_from("<IBBHQQ", blob, at)
            name = blob[strings + name_at : blob.index(b"\0", strings + name_at)]
            if _ICU_DATA_SYMBOL.match(name) and length:
                for _n, _k, addr, sec_offset, sec_size, _l in sections:
                    if addr <= value < addr + sec_size and sec_offset:
                        start = sec_offset + value - addr
                        return name[: -len(b"_dat")].decode(), blob[start : start + length]
    raise ValueError("no icudt*_dat symbol")


def build_icu_data_library(source: Path, out_dir: Path) -> tuple[Path | None, str]:
    """A copy of `source` (the wheel's libicudata.so.N) holding only the data CaseWatch's Qt
    reads, assembled with binutils (`as`, `ld`: PyInstaller needs binutils on Linux anyway).
    Returns (path, note); path is None, and the full library ships, when that is impossible."""
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if assembler is None or linker is None:
        return None, "binutils' as/ld not found: the full ICU data ships"
    try:
        entry, package = icu_common_data(source.read_bytes())
        slim, before, after = slim_icu_package(package)
    except ValueError as exc:
        return None, f"{source.name}: {exc}; the full ICU data ships"
    out_dir.mkdir(parents=True, exist_ok=True)
    dat = out_dir / f"{entry}l.dat"
    dat.write_bytes(slim)
    assembly = out_dir / "icudata.S"
    assembly.write_text(
        "    .section .rodata\n"
        f"    .globl {entry}_dat\n"
        f"    .type {entry}_dat, %object\n"
        "    .balign 16\n"
        f"{entry}_dat:\n"
        f'    .incbin "{dat.name}"\n'
        f"    .size {entry}_dat, . - {entry}_dat\n"
        '    .section .note.GNU-stack,"",%progbits\n',
        encoding="ascii",
    )
    library = out_dir / source.name
    subprocess.run([assembler, "-o", "icudata.o", assembly.name], cwd=out_dir, check=True)
    subprocess.run([linker, "-shared", "-soname", source.name, "-z", "noexecstack",
                    "-o", library.name, "icudata.o"], cwd=out_dir, check=True)  # fmt: skip
    note = (f"{source.name}: {len(package) / 2**20:.1f} MB -> {len(slim) / 2**20:.1f} MB "
            f"of ICU data ({before} -> {after} items)")  # fmt: skip
    return library, note


def slim_icu_binaries(binaries: list[Any], out_dir: Path) -> list[Any]:
    """The spec's a.binaries with the wheel's libicudata swapped for the slim copy (Linux)."""
    result = []
    for entry in binaries:
        dest, source, *rest = entry
        if ICU_LIBRARY.search(str(dest).replace("\\", "/")):
            library, note = build_icu_data_library(Path(source), out_dir)
            print(f"CaseWatch ICU: {note}", flush=True)
            if library is not None:
                entry = (dest, str(library), *rest)
        result.append(entry)
    return result


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
        # Reminders run on timers while the window is hidden in the menu bar: App Nap would
        # slow them (the app also holds an activity against it, desktop/core/appnap.py).
        "LSAppNapIsDisabled": True,
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
