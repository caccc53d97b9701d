"""How fresh each platform's data is. The deadlines CaseWatch counts down are only as fresh as
the last export imported: a platform that moved a deadline or refunded a case since then is
not seen. A platform with open cases whose last export is older than the threshold is stale:
the queue shows a banner and the daily briefing says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.model import Platform
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch

_PLATFORMS = {p.value for p in Platform}


@dataclass(frozen=True)
class Stale:
    platform: Platform
    last_import: datetime
    open_cases: int

    def hours(self, now: datetime) -> int:
        return int((now - self.last_import).total_seconds() // 3600)


class FreshnessService:
    def __init__(self, db: Database):
        self._db = db

    def last_imports(self) -> dict[Platform, datetime]:
        """When each platform's export was last imported (undone imports do not count)."""
        with self._db.read() as raw:
            rows = raw.execute(
                "SELECT p.platform, MAX(i.started_at) FROM import_platforms p"
                " JOIN imports i ON i.id = p.import_id WHERE i.undone_at IS NULL"
                " GROUP BY p.platform"
            ).fetchall()
        return {Platform(p): from_epoch(at) for p, at in rows if p in _PLATFORMS}

    def stale(self, now: datetime, threshold: timedelta) -> list[Stale]:
        """Platforms with open cases whose data is older than `threshold`, stalest first. A
        platform never imported is not stale: its cases are entered by hand."""
        last = self.last_imports()
        old = {p: at for p, at in last.items() if now - at > threshold}
        if not old:
            return []
        marks = ",".join("?" * len(old))
        with self._db.read() as raw:
            counts = dict(
                raw.execute(
                    f"SELECT platform, COUNT(*) FROM cases WHERE is_open = 1"
                    f" AND platform IN ({marks}) GROUP BY platform",
                    [p.value for p in old],
                ).fetchall()
            )
        found = [Stale(p, at, counts[p.value]) for p, at in old.items() if counts.get(p.value)]
        return sorted(found, key=lambda s: s.last_import)
