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
