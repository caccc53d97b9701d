"""desktop/core never imports Qt (or the GUI): checked in the source and by importing it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "desktop.gui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_core_module_imports_qt_or_the_gui() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(
            m for m in imported_modules(path) if m.startswith(FORBIDDEN)
        )
        for path in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_whole_core_imports_with_qt_blocked() -> None:
    program = f"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {FORBIDDEN!r} or name.startswith("desktop.gui"):
            raise ImportError("blocked: " + name)
sys.meta_path.insert(0, Block())
import desktop.core
names = [m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core.")]
for name in names:
    if ".migrations.versions." in name or name.endswith(".migrations.env"):
        continue
    importlib.import_module(name)
print(len(names))
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 15
