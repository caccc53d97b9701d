"""Build the one-folder CaseWatch with PyInstaller and smoke-test the frozen app.

    python3 build_scripts/freeze.py           set up .venv (as dev.py does) plus the `build`
                                              extra, build dist/CaseWatch, run its self-test
    python  build_scripts/freeze.py --here    use the running Python instead (CI runners that
                                              installed `.[build]` themselves)
    ... --no-build                            only test and measure an existing dist/
    ... --max-unpacked-mb N                   fail when the folder grows past N MB
    ... --xz                                  also measure the folder as a .tar.xz (slower)

The smoke test runs the frozen `CaseWatch --data-dir <temp> self-test` offscreen twice (the
first run creates and migrates the database, the second opens it) and `--version`, and fails
on a non-zero exit. On Linux it also checks that no bundled binary links to a library the
spec pruned, and that the bundle's trimmed ICU answers collation, case-mapping, time-zone-name
and codec questions exactly as the wheel's full ICU does. Then it measures the folder unpacked
and as a .tar.gz (gzip -9), and writes the figures to dist/freeze-report.json. The same
script runs on Windows and macOS runners (.github/workflows/release.yml) and in .ci/run on
Linux.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

import freeze_config  # build_scripts/ is sys.path[0] when this script runs

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


def compressed_size(folder: Path, kind: str = "gz") -> int:
    """The folder as a .tar.gz (gzip -9, the figure the size goal is checked on: closest to
    the macOS .dmg's zlib) or a .tar.xz (xz -6, about what Inno Setup's LZMA2 achieves)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / f"bundle.tar.{kind}"
        options = {"compresslevel": 9} if kind == "gz" else {"preset": 6}
        with tarfile.open(archive, f"w:{kind}", **options) as tar:  # type: ignore[call-overload]
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def pruned_but_needed(folder: Path) -> list[str]:
    """Linux: libraries a bundled binary links to (DT_NEEDED) that are missing from the bundle
    because freeze_config pruned them (the system would have to supply them, or the binary
    fails to load)."""
    if not sys.platform.startswith("linux"):
        return []
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    present = {p.name for p in folder.rglob("*")}
    problems = []
    for path in files:
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        try:
            needed = freeze_config.elf_needed(path.read_bytes())
        except (ValueError, IndexError, struct.error):
            continue
        for name in needed:
            if name not in present and not freeze_config.keep_binary((name, "", "BINARY")):
                problems.append(f"{path.relative_to(folder)} links to the pruned {name}")
    return problems


#: Asks Qt the questions it answers through ICU. freeze.py runs it with the build's Python twice,
#: on the wheel's full ICU and (LD_PRELOAD) on the bundle's trimmed libicudata: the answers must
#: be equal.
ICU_PROBE = r"""
import functools, json, sys
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
maps = open("/proc/self/maps", encoding="utf-8").read()
loaded = sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line})
words = ["张三", "阿里", "李四", "王五", "赵六", "陈七", "刘八", "周九", "订单10", "订单9",
         "Zoe", "adam", "Émile", "eve", "ölf"]
answers = {}
for name in ("zh_CN", "en_US", "de_DE"):
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    answers["sort " + name] = sorted(words, key=functools.cmp_to_key(collator.compare))
answers["case"] = [QLocale("zh_CN").toUpper("straße 中文"), QLocale("tr_TR").toUpper("istanbul"),
                   QLocale("en_US").toLower("ΣΑΣ İ")]
for zone in ("Asia/Shanghai", "America/New_York", "UTC"):
    tz = QTimeZone(zone.encode())
    answers[zone] = [tz.displayName(QTimeZone.TimeType.StandardTime, kind, QLocale(name))
                     for name in ("zh_CN", "en_US")
                     for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)]
answers["codecs"] = {name: QStringDecoder(name).isValid() for name in (
    "GBK", "GB18030", "GB2312", "Big5", "Big5-HKSCS", "Shift_JIS", "EUC-JP", "EUC-KR",
    "ISO-2022-JP", "windows-1252", "KOI8-R")}
print(json.dumps({"loaded": loaded, "answers": answers}, ensure_ascii=False))
"""


def icu_problems(folder: Path, python: Path | str) -> tuple[list[str], str]:
    """Linux: (problems, note) from running ICU_PROBE on the wheel's ICU and the bundle's."""
    bundled = sorted(folder.rglob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not bundled:
        return [], "no bundled ICU"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("LD_PRELOAD", None)
    results = []
    for preload in (None, bundled[0]):
        done = subprocess.run(
            [str(python), "-c", ICU_PROBE], capture_output=True, text=True, encoding="utf-8",
            env=env if preload is None else {**env, "LD_PRELOAD": str(preload)}, timeout=120,
        )  # fmt: skip
        if done.returncode != 0:
            if preload is None:  # this Python has no PySide6 (e.g. --no-build with python3)
                return [], f"ICU not probed: {done.stderr.strip().splitlines()[-1:]}"
            return [f"ICU probe failed on the bundle's ICU: {done.stderr.strip()}"], ""
        results.append(json.loads(done.stdout))
    full, trimmed = results
    problems = []
    if trimmed["loaded"] != [str(bundled[0].resolve())]:
        problems.append(f"ICU probe loaded {trimmed['loaded']}, not the bundle's ICU")
    for key, answer in full["answers"].items():
        if trimmed["answers"].get(key) != answer:
            problems.append(f"ICU: {key}: bundle says {trimmed['answers'].get(key)}, "
                            f"full ICU says {answer}")  # fmt: skip
    size = bundled[0].stat().st_size / MB
    return (
        problems,
        f"ICU data {size:.1f} MB answers {len(full['answers'])} questions as the full ICU",
    )


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
    parser.add_argument("--xz", action="store_true", help="also measure a .tar.xz")
    args = parser.parse_args(argv)
    report: dict[str, object] = {"platform": sys.platform}
    python: Path | str = sys.executable
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
    problems = bundle_problems(bundle_dir()) + pruned_but_needed(bundle_dir())
    icu, icu_note = icu_problems(bundle_dir(), python)
    problems += icu
    print(f"--- {icu_note}" if icu_note else "--- ICU probe failed")
    for problem in problems:
        print(f"bundle: {problem}", file=sys.stderr)
    unpacked, packed = folder_size(bundle_dir()), compressed_size(bundle_dir())
    report |= {"unpacked_mb": round(unpacked / MB, 1), "tar_gz_mb": round(packed / MB, 1)}
    xz = ""
    if args.xz:
        report["tar_xz_mb"] = round(compressed_size(bundle_dir(), "xz") / MB, 1)
        xz = f", {report['tar_xz_mb']} MB as .tar.xz"
    REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(
        f"bundle {bundle_dir()}: {unpacked / MB:.1f} MB unpacked (goal <= {GOAL_UNPACKED_MB}), "
        f"{packed / MB:.1f} MB as .tar.gz (goal <= {GOAL_COMPRESSED_MB}){xz}; report in {REPORT}"
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
