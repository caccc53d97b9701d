"""pyproject.toml lists packages and package data by hand (resources/ ships as
desktop.resources): a new package or data folder must not be left out of a wheel."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"
]


def test_every_package_is_listed() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(SETUPTOOLS["packages"]) - {"desktop.resources"}
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == set(), "these listed packages do not exist"


def test_every_resource_file_ships() -> None:
    globs = SETUPTOOLS["package-data"]["desktop.resources"]
    data = [
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc", ".md"}
    ]
    unshipped = [d for d in data if not any(fnmatch.fnmatch(d, g) for g in globs)]
    assert unshipped == [], "add globs for these to [tool.setuptools.package-data]"
