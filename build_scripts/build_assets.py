"""Build steps shared by development and packaging.

    python build_scripts/build_assets.py           i18n/*.ts -> desktop/gui/translations/*.qm
    python build_scripts/build_assets.py --update  first refresh i18n/*.ts from the code
    python build_scripts/build_assets.py --icons   also resources/icons/casewatch.svg ->
                                                   build/icons/casewatch.{ico,icns,png}

The .ts files are the source of truth and are committed; the .qm files are build output.
Line numbers are left out of the .ts files so that translation diffs stay small.

The development set-up (dev.py) runs the translation step; the PyInstaller spec
(build_scripts/casewatch.spec) runs both, so a frozen build never ships stale translations or
icons. The icon files are only needed by the packagers (the .exe, the installer, the .app): the
running app draws its icons from the SVG. No rcc step: CaseWatch reads its resources through
importlib.resources, from the checkout and from the frozen bundle alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "desktop" / "gui" / "translations"
LANGUAGES = ("zh_CN", "en")
ICON_SVG = ROOT / "resources" / "icons" / "casewatch.svg"
ICON_DIR = ROOT / "build" / "icons"
#: Windows: the sizes Explorer, the taskbar and the Start menu ask for at 100-200 % scaling.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
#: macOS: the PNG-based icns types (macOS 10.7+) and their pixel sizes.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
    (b"ic07", 128), (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
    (b"ic10", 1024),
)  # fmt: skip


def tool(name: str) -> str:
    """pyside6-<name> from the active environment (next to the running Python first)."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def update_ts(ts_files: list[Path] | None = None) -> None:
    targets = ts_files or [TS_DIR / f"casewatch_{lang}.ts" for lang in LANGUAGES]
    subprocess.run(
        [
            tool("lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-ts",
            *[str(t) for t in targets],
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    # English is the source language: its translations are made, never typed, and lupdate
    # drops the plural marks ts_fill sets (PySide6's lupdate finds no plurals in Python).
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import ts_fill

    for target in targets:
        if target.name == "casewatch_en.ts":
            ts_fill.fill_en(target)


def compile_qm() -> list[Path]:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in LANGUAGES:
        ts, qm = TS_DIR / f"casewatch_{lang}.ts", QM_DIR / f"casewatch_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def render_png(size: int, svg: Path = ICON_SVG) -> bytes:
    """The SVG drawn at size x size by QtSvg, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (Windows Vista and later, the
    PyInstaller bootloader's resource writer and Inno Setup all read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the 'icns' header, then one (type, length, PNG) element per type."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(out_dir: Path = ICON_DIR) -> list[Path]:
    """casewatch.ico (Windows .exe and installer), casewatch.icns (macOS .app) and a 256 px
    casewatch.png, all drawn from the one SVG."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    targets = {
        out_dir / "casewatch.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
        out_dir / "casewatch.icns": icns_bytes(pngs),
        out_dir / "casewatch.png": pngs[256],
    }
    for path, data in targets.items():
        path.write_bytes(data)
    return list(targets)


def build_all(*, icons: bool = True, update: bool = False) -> list[Path]:
    """Every asset a build needs; the PyInstaller spec calls this."""
    if update:
        update_ts()
    built = compile_qm()
    if icons:
        built += build_icons()
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh i18n/*.ts first")
    parser.add_argument("--icons", action="store_true", help="also build the packaging icons")
    args = parser.parse_args()
    for path in build_all(icons=args.icons, update=args.update):
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
