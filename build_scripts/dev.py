"""Set up and run CaseWatch from a checkout, on Windows, macOS and Linux.

    python3 build_scripts/dev.py run [casewatch arguments]   set up, then start the app
    python3 build_scripts/dev.py test [pytest arguments]     set up, then run the tests

Set-up is idempotent and quick when nothing changed: a virtual environment in .venv with the
project installed in editable mode (re-installed when pyproject.toml changes), the compiled
translations, and on Debian/Ubuntu the system libraries Qt and Chinese text need.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".casewatch-installed"
#: What Qt's xcb and offscreen platforms and Chinese text need on Debian/Ubuntu
#: (../shared/GUI-TESTING.md), plus Xvfb and trayer for the real-tray test and screenshots.
DEBIAN_PACKAGES = [
    *("libegl1", "libgl1", "libglib2.0-0", "libfontconfig1", "libdbus-1-3", "libxkbcommon0"),
    *("libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"),
    *("libxcb-image0", "libxcb-render-util0", "libxcb-xkb1", "libxcb-shape0", "libxcb-randr0"),
    *("libxcb-xinerama0", "libxcb-xfixes0", "fonts-wqy-microhei"),
    *("xvfb", "trayer", "x11-utils", "imagemagick"),
]


def python_in_venv() -> Path:
    scripts = VENV / ("Scripts" if os.name == "nt" else "bin")
    return scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_system_packages() -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return
    missing = [
        pkg for pkg in DEBIAN_PACKAGES
        if subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True,
                          text=True).stdout.strip() != "install ok installed"
    ]  # fmt: skip
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"installing system packages: {' '.join(missing)}", flush=True)
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )  # fmt: skip


def ensure_venv() -> Path:
    python = python_in_venv()
    if not python.exists():
        print("creating .venv", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("installing CaseWatch and its test tools into .venv", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "-e", f"{ROOT}[test]"],
            check=True,
        )  # fmt: skip
        STAMP.write_text(wanted)
    return python


def build_translations(python: Path) -> None:
    subprocess.run([str(python), str(ROOT / "build_scripts" / "build_assets.py")], check=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    ensure_system_packages()
    python = ensure_venv()
    build_translations(python)
    if argv[0] == "setup":
        return 0
    if argv[0] == "run":
        command = [str(python), "-m", "desktop", *argv[1:]]
    else:
        command = [str(python), "-m", "pytest", *argv[1:]]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
