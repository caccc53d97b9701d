"""Build the one-folder CaseWatch with PyInstaller and smoke-test the frozen app.

    python3 build_scripts/freeze.py           set up .venv (as dev.py does) plus the `build`
                                              extra, build dist/CaseWatch, run its self-test
    python  build_scripts/freeze.py --here    use the running Python instead (CI runners that
                                              installed `.[build]` themselves)
    ... --no-build                            only test and measure an existing dist/
    ... --max-unpacked-mb N                   fail when the folder grows past N MB

The smoke test runs the frozen `CaseWatch --data-dir <temp> self-test` offscreen twice (the
first run creates and migrates the database, the second opens it) and `--version`, and fails
on a non-zero exit. Then it measures the folder unpacked and as a .tar.gz, and writes the
figures to dist/freeze-report.json. The same script runs on Windows and macOS runners
(.github/workflows/release.yml) and in .ci/run on Linux.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "casewatch.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
REPORT = DIST / "freeze-report.json"
#: The goals from the packaging issue; over them is reported, not failed (see --max-unpacked-mb).
GOAL_UNPACKED_MB, GOAL_COMPRESSED_MB = 120, 50
SMOKE_TIMEOUT_S = 300
MB = 1024 * 1024


def build_requirements() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"]["optional-dependencies"]["build"])


def dev_python() -> Path:
    """The development .venv, set up as `dev.py` does, plus the `build` extra."""
    sys.path.insert(0, str(ROOT / "build_scripts"))
    import dev  # the README's set-up: system libraries, .venv, editable install

    dev.ensure_system_packages()
    python = dev.ensure_venv()
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         *build_requirements()],
        check=True,
    )  # fmt: skip
    return python


def build(python: Path | str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    return time.perf_counter() - started


def bundle_dir() -> Path:
    """What ships: the .app on macOS, the one folder elsewhere."""
    return DIST / ("CaseWatch.app" if sys.platform == "darwin" else "CaseWatch")


def executable() -> Path:
    if sys.platform == "darwin":
        return DIST / "CaseWatch.app" / "Contents" / "MacOS" / "CaseWatch"
    return bundle_dir() / ("CaseWatch.exe" if os.name == "nt" else "CaseWatch")


def run_frozen(args: list[str], data_dir: Path) -> tuple[int, float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)  # the frozen app must not see the checkout
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [str(executable()), "--data-dir", str(data_dir), *args],
            capture_output=True, text=True, encoding="utf-8", errors="replace", env=env,
            timeout=SMOKE_TIMEOUT_S, cwd=data_dir.parent,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        output = (exc.stdout or "") + (exc.stderr or "") if isinstance(exc.stdout, str) else ""
        return 124, time.perf_counter() - started, f"timed out after {SMOKE_TIMEOUT_S} s\n{output}"
    return done.returncode, time.perf_counter() - started, done.stdout + done.stderr


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def bundle_problems(folder: Path) -> list[str]:
    """What the spec promises about the bundle's contents."""
    problems = []
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    expected = [
        "desktop/resources/rules/taobao.toml",
        "desktop/resources/icons/casewatch.svg",
        "desktop/core/storage/migrations/env.py",
        "desktop/core/storage/migrations/script.py.mako",
        "desktop/gui/translations/casewatch_zh_CN.qm",
        "desktop/gui/translations/casewatch_en.qm",
    ]
    for path in expected:
        if not any(f.endswith(path) for f in files):
            problems.append(f"missing {path}")
    if not any("/migrations/versions/0001_" in f for f in files):
        problems.append("missing the migration scripts")
    qt_qm = sorted(f.rsplit("/", 1)[-1] for f in files if "/translations/" in f and "PySide6" in f)
    if qt_qm != ["qtbase_en.qm", "qtbase_zh_CN.qm"]:
        problems.append(f"Qt translations should be qtbase_en/zh_CN only, found {qt_qm}")
    unwanted = [f for f in files if any(k in f for k in ("Qt6Qml", "Qt6Quick", "QtQml", "qml/"))]
    if unwanted:
        problems.append(f"QML/Quick files were collected: {unwanted[:5]}")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--here", action="store_true", help="use this Python, not .venv")
    parser.add_argument("--no-build", action="store_true", help="test an existing dist/")
    parser.add_argument("--max-unpacked-mb", type=float, default=None)
    args = parser.parse_args(argv)
    report: dict[str, object] = {"platform": sys.platform}
    if not args.no_build:
        python = sys.executable if args.here else dev_python()
        report["build_seconds"] = round(build(python), 1)
    if not executable().exists():
        print(f"no frozen app at {executable()}", file=sys.stderr)
        return 1
    failed = False
    with tempfile.TemporaryDirectory(prefix="casewatch-frozen-") as tmp:
        data_dir = Path(tmp) / "data"
        for label, command in (
            ("version", ["--version"]),
            ("self_test_first", ["self-test"]),
            ("self_test_again", ["self-test"]),
        ):
            code, seconds, output = run_frozen(command, data_dir if label != "version" else
                                               Path(tmp))  # fmt: skip
            report[f"{label}_seconds"] = round(seconds, 2)
            report[f"{label}_exit"] = code
            print(f"--- frozen {' '.join(command)}: exit {code} in {seconds:.2f} s")
            print(output.rstrip())
            failed |= code != 0
    problems = bundle_problems(bundle_dir())
    for problem in problems:
        print(f"bundle: {problem}", file=sys.stderr)
    unpacked, packed = folder_size(bundle_dir()), compressed_size(bundle_dir())
    report |= {"unpacked_mb": round(unpacked / MB, 1), "tar_gz_mb": round(packed / MB, 1)}
    REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(
        f"bundle {bundle_dir()}: {unpacked / MB:.1f} MB unpacked (goal <= {GOAL_UNPACKED_MB}), "
        f"{packed / MB:.1f} MB as .tar.gz (goal <= {GOAL_COMPRESSED_MB}); report in {REPORT}"
    )
    if args.max_unpacked_mb is not None and unpacked / MB > args.max_unpacked_mb:
        print(f"the bundle grew past {args.max_unpacked_mb} MB", file=sys.stderr)
        failed = True
    if failed or problems:
        print("frozen app check FAILED", file=sys.stderr)
        return 1
    print("frozen app check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
