"""The packaging files agree with each other and with the app: names shared by the installers
and desktop/core/autostart.py, what the spec bundles and prunes, Info.plist, the icons. The
frozen build itself is checked by build_scripts/freeze.py (run by .ci/run)."""

from __future__ import annotations

import ast
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.core import autostart

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build_scripts"))
import build_assets  # noqa: E402
import freeze_config  # noqa: E402

ISS = ROOT / "build_scripts" / "windows" / "casewatch.iss"


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def test_names_shared_with_the_app_match() -> None:
    assert freeze_config.BUNDLE_ID == autostart.BUNDLE_ID
    assert freeze_config.APP_USER_MODEL_ID == autostart.APP_USER_MODEL_ID
    assert freeze_config.version() == desktop.__version__
    text = iss_text()
    assert f'#define AppUserModelID "{autostart.APP_USER_MODEL_ID}"' in text
    assert f'#define AppMutexName "{autostart.WINDOWS_MUTEX}"' in text
    assert f'#define RunKey "{autostart.RUN_KEY}"' in text
    assert f'#define RunValue "{autostart.RUN_VALUE}"' in text
    assert f'#define AppExe "{freeze_config.EXE_NAME}.exe"' in text
    assert f'"" {autostart.LOGIN_ARGUMENT}"' in text  # the Run value the installer task writes


def test_inno_script_is_per_user_and_keeps_data() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "ISCC reads the Chinese text right only with a BOM"
    text = iss_text()
    for directive in ("PrivilegesRequired=lowest", "CloseApplications=force",
                      "DefaultDirName={autopf}\\{#AppName}", "MinVersion=10.0.18362"):  # fmt: skip
        assert directive in text
    assert 'AppUserModelID: "{#AppUserModelID}"' in text
    # Data is deleted only after a question whose default answer is No, never when silent.
    assert "MB_YESNO or MB_DEFBUTTON2) = IDYES then" in text
    assert "DirExists(DataDir) and not UninstallSilent()" in text
    # Every custom message exists in English, and in Chinese when Chinese is compiled in.
    english = {line.split("=")[0][len("english.") :] for line in text.splitlines()
               if line.startswith("english.")}  # fmt: skip
    chinese = {line.split("=")[0][len("chinesesimplified.") :] for line in text.splitlines()
               if line.startswith("chinesesimplified.")}  # fmt: skip
    assert english == chinese
    assert english >= {"StartAtLogin", "StillRunning", "DeleteData"}


def test_info_plist() -> None:
    info = plistlib.loads(plistlib.dumps(freeze_config.info_plist()))
    assert info["CFBundleIdentifier"] == autostart.BUNDLE_ID
    assert info["CFBundleShortVersionString"] == desktop.__version__
    assert info["NSHighResolutionCapable"] is True
    assert info["LSUIElement"] is False  # a window and a Dock icon, not a menu-bar-only app
    assert info["LSAppNapIsDisabled"] is True  # reminder timers keep time in the background
    assert info["LSMinimumSystemVersion"] == freeze_config.MACOS_MINIMUM
    entitlements = plistlib.loads((ROOT / "build_scripts/macos/entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_version_tuple() -> None:
    assert freeze_config.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert freeze_config.version_tuple("0.1") == (0, 1, 0, 0)
    assert freeze_config.version_tuple("2.0.1+abc") == (2, 0, 1, 0)


def test_bundled_data_exists_and_lands_where_the_packages_look() -> None:
    if not all(
        (build_assets.QM_DIR / f"casewatch_{lang}.qm").exists() for lang in build_assets.LANGUAGES
    ):
        build_assets.compile_qm()
    pairs = freeze_config.datas()
    assert all(Path(source).is_file() for source, _ in pairs)
    destinations = {(Path(s).name, d) for s, d in pairs}
    assert ("taobao.toml", "desktop/resources/rules") in destinations
    assert ("casewatch.svg", "desktop/resources/icons") in destinations
    assert ("env.py", "desktop/core/storage/migrations") in destinations
    assert ("0001_initial_schema.py", "desktop/core/storage/migrations/versions") in destinations
    assert ("casewatch_zh_CN.qm", "desktop/gui/translations") in destinations
    assert not any(name in ("README.md", "__init__.py") and d.startswith("desktop/resources")
                   for name, d in destinations)  # fmt: skip


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_zh_CN.qm", False),
        ("desktop/gui/translations/casewatch_zh_CN.qm", True),
    ],
)
def test_only_the_qt_translations_we_load_ship(dest: str, kept: bool) -> None:
    assert freeze_config.keep_data((dest, "/src", "DATA")) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("libcairo.so.2", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("libsqlite3.so.0", True),
        # What the size work (issue #6) removed, and its neighbours that must stay.
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),  # the evidence photos
        ("PySide6/Qt/plugins/imageformats/libqgif.so", True),  # GIF and WebP evidence too
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/plugins/imageformats/qico.dll", False),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        (
            "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
            False,
        ),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),  # libQt6Gui links it
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("libssl.so.3", True),  # Python's ssl: the pushes go over HTTPS and SMTP with TLS
        ("libcrypto.so.3", True),
        ("libk5crypto.so.3", True),  # Kerberos, linked by libQt6Network
        ("libcrypto-3-x64.dll", True),
        ("PySide6/opengl32sw.dll", False),
    ],
)
def test_pruned_and_kept_binaries(dest: str, kept: bool) -> None:
    assert freeze_config.keep_binary((dest, "/src", "BINARY")) is kept


def test_unused_qt_modules_are_excluded_and_used_ones_not() -> None:
    excluded = set(freeze_config.QT_EXCLUDES)
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtTest"} <= excluded
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork",
            "PySide6.QtSvg"}  # fmt: skip
    assert not used & excluded
    imported = {
        line.split()[1].rstrip(",")
        for path in (ROOT / "desktop").rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith(("from PySide6.Qt", "import PySide6.Qt"))
    }
    assert imported <= used


def _imported_modules(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            # `from PIL import ImageFont` imports the module PIL.ImageFont
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_the_app_needs_none_of_the_excluded_modules() -> None:
    """freeze_config.UNUSED_EXCLUDES leaves out OpenSSL's hashes, pygments, the CJK codecs
    other than GB18030 and Pillow's unused parts: desktop/ must not start using them
    unnoticed."""
    import codecs
    import importlib

    excluded = set(freeze_config.UNUSED_EXCLUDES)
    needs_excluded = excluded
    codec_modules = {name for name in excluded if name.startswith("_codecs_")}
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _imported_modules(tree)
        clash = {m for m in imported if m.split(".")[0] in excluded or m in needs_excluded}
        assert not clash, f"{path}: imports {clash}, which the frozen app does not have"
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("pbkdf2_hmac", "scrypt"):
                raise AssertionError(f"{path}: hashlib.{node.attr} needs OpenSSL (_hashlib)")
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                try:
                    info = codecs.lookup(node.value)
                except (LookupError, ValueError):
                    continue
                module = importlib.import_module(info.incrementaldecoder.__module__)
                missing = [m for m in codec_modules if hasattr(module, m)]
                assert not missing, f"{path}: codec {node.value!r} needs the excluded {missing}"
    assert codecs.lookup("gb18030").name == "gb18030"  # the fallback import encoding stays


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("icudt73l/coll/zh.res", True),  # pinyin collation
        ("icudt73l/coll/zh_Hans_CN.res", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/de.res", False),
        ("icudt73l/coll/de_.res", False),
        ("icudt73l/coll/res_index.res", True),
        ("icudt73l/zone/en_GB.res", True),
        ("icudt73l/zone/zh_Hant_TW.res", True),
        ("icudt73l/zone/ja.res", False),
        ("icudt73l/zone/pool.res", True),
        ("icudt73l/zone/tzdbNames.res", True),
        ("icudt73l/root.res", True),
        ("icudt73l/zh.res", True),
        ("icudt73l/fr_CA.res", False),
        ("icudt73l/res_index.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/metaZones.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/gb18030.cnv", True),
        ("icudt73l/windows-936-2000.cnv", True),
        ("icudt73l/ibm-1373_P100-2002.cnv", True),
        ("icudt73l/ibm-1390_P110-2003.cnv", False),  # EBCDIC double-byte
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/uts46.nrm", False),
        ("icudt73l/unames.icu", False),
        ("icudt73l/rfc3491.spp", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/lang/zh.res", False),
        ("icudt73l/translit/root.res", False),
    ],
)
def test_icu_items_kept(item: str, kept: bool) -> None:
    assert freeze_config.keep_icu_item(item) is kept


def _icu_package(items: list[tuple[bytes, bytes]]) -> bytes:
    """A minimal little-endian ICU common-data package, laid out as ICU's own tools do."""
    import struct

    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header += bytes(32 - len(header))
    names_at = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    data_at = names_at + len(names) + (-(32 + names_at + len(names)) % 16)
    offsets, name_at, body_at = [], names_at, data_at
    for name, body in items:
        offsets.append((name_at, body_at))
        name_at += len(name) + 1
        body_at += len(body) + (-len(body) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", *o) for o in offsets)
    head = header + toc + names
    head += bytes(32 + data_at - len(head))
    return head + b"".join(body + bytes(-len(body) % 16) for _, body in items)


def test_icu_package_is_rewritten_with_only_the_kept_items() -> None:
    items = [
        (b"icudt73l/brkitr/cjdict.dict", b"d" * 40),
        (b"icudt73l/coll/de.res", b"x" * 20),
        (b"icudt73l/coll/zh.res", b"y" * 33),
        (b"icudt73l/pool.res", b"z" * 16),
    ]
    package = _icu_package(items)
    assert freeze_config._icu_toc(package)[1][1] == (items[1][0], items[1][1] + bytes(12))
    slim, before, after = freeze_config.slim_icu_package(package)
    assert (before, after) == (4, 2)
    header_size, kept = freeze_config._icu_toc(slim)
    assert slim[:header_size] == package[:header_size]
    assert [(name, body.rstrip(b"\0")) for name, body in kept] == [items[2], items[3]]
    assert len(slim) % 16 == 0 and slim.index(b"yyy") % 16 == 0  # ICU needs 16-byte alignment


def _wheel_icu_data() -> Path:
    from PySide6.QtCore import QLibraryInfo

    found = sorted(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
                   .glob("libicudata.so.*"))  # fmt: skip
    if not sys.platform.startswith("linux") or not found:
        pytest.skip("the PySide6 wheel ships its own ICU on Linux only")
    return found[0]


def test_the_wheels_icu_data_slims_to_a_fraction() -> None:
    blob = _wheel_icu_data().read_bytes()
    entry, package = freeze_config.icu_common_data(blob)
    assert entry.startswith("icudt") and package[12:16] == b"CmnD"
    slim, before, after = freeze_config.slim_icu_package(package)
    names = {name.decode().split("/", 1)[1] for name, _ in freeze_config._icu_toc(slim)[1]}
    assert {"coll/zh.res", "coll/ucadata.icu", "zone/zh.res", "gb18030.cnv"} <= names
    assert after < before and len(slim) < len(package) / 3


def test_elf_needed_reads_the_dynamic_section() -> None:
    core = _wheel_icu_data().parent / "libQt6Core.so.6"
    needed = freeze_config.elf_needed(core.read_bytes())
    assert any(name.startswith("libicuuc.so.") for name in needed)
    assert "libc.so.6" in needed


def test_the_spec_applies_the_exclusions_and_the_icu_step() -> None:
    spec = (ROOT / "build_scripts/casewatch.spec").read_text(encoding="utf-8")
    assert "config.UNUSED_EXCLUDES" in spec
    assert "config.slim_icu_binaries(a.binaries" in spec
    assert "strip=STRIP" in spec and "upx=False" in spec


def test_windows_version_resource_names_casewatch(tmp_path: Path) -> None:
    path = freeze_config.write_windows_version_file(tmp_path / "version_info.txt")
    text = path.read_text(encoding="utf-8")
    call = ast.parse(text, mode="eval").body  # PyInstaller eval()s it with its own classes
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "VSVersionInfo"
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(call)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "StringStruct"
    }
    assert strings["FileDescription"] == "CaseWatch"
    assert strings["ProductName"] == "CaseWatch 售后盯单"
    assert strings["ProductVersion"] == desktop.__version__
    assert strings["OriginalFilename"] == "CaseWatch.exe"
    numbers = freeze_config.version_tuple()
    assert f"filevers={numbers!r}" in text


def test_spec_and_scripts_parse() -> None:
    compile((ROOT / "build_scripts/casewatch.spec").read_text(encoding="utf-8"), "spec", "exec")
    bash = shutil.which("bash")
    if bash is not None:
        subprocess.run([bash, "-n", str(ROOT / "build_scripts/macos/package.sh")], check=True)


def test_icons_are_drawn_from_the_svg(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImageReader

    ico, icns, png = build_assets.build_icons(tmp_path)
    for path, sizes in ((ico, build_assets.ICO_SIZES),
                        (icns, [s for _, s in build_assets.ICNS_TYPES])):  # fmt: skip
        reader = QImageReader(str(path))
        assert reader.imageCount() == len(sizes), path
        found = []
        for n in range(reader.imageCount()):
            reader.jumpToImage(n)
            image = reader.read()
            found.append(image.width())
            assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255
        assert sorted(found) == sorted(sizes)
    assert png.read_bytes().startswith(b"\x89PNG")
