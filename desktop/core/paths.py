"""Where CaseWatch keeps its data: the per-user data folder, or --data-dir (portable use, tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME


def default_data_dir() -> Path:
    # appauthor=False: "%LOCALAPPDATA%\CaseWatch" on Windows rather than "...\CaseWatch\CaseWatch".
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @classmethod
    def at(cls, data_dir: Path | None) -> DataPaths:
        return cls((data_dir or default_data_dir()).expanduser().resolve())

    @property
    def database(self) -> Path:
        return self.root / "casewatch.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def evidence(self) -> Path:
        """Evidence files, named by their SHA-256 (never edited or moved by CaseWatch)."""
        return self.root / "evidence"

    @property
    def playbooks(self) -> Path:
        """The shop's own versions of scenario playbooks (made when one is first edited)."""
        return self.root / "playbooks"

    def ensure(self) -> None:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
