"""Build steps shared by development and packaging.

    python build_scripts/build_assets.py           i18n/*.ts -> desktop/gui/translations/*.qm
    python build_scripts/build_assets.py --update  first refresh i18n/*.ts from the code

The .ts files are the source of truth and are committed; the .qm files are build output.
Line numbers are left out of the .ts files so that translation diffs stay small.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "desktop" / "gui" / "translations"
LANGUAGES = ("zh_CN", "en")


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


def compile_qm() -> list[Path]:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in LANGUAGES:
        ts, qm = TS_DIR / f"casewatch_{lang}.ts", QM_DIR / f"casewatch_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh i18n/*.ts first")
    args = parser.parse_args()
    if args.update:
        update_ts()
    for qm in compile_qm():
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
