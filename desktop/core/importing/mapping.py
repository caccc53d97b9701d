"""Which column holds which field: found by header names (with the user's saved corrections),
and where the header row is."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.importing.sources import REQUIRED, SourceSpec, load_sources, normalise

#: How far down a title or notes may push the header row.
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class ColumnMap:
    """field -> column index, for one file and one source."""

    source: SourceSpec
    columns: dict[str, int]
    headers: tuple[str, ...]

    @property
    def missing(self) -> list[str]:
        return [f for f in REQUIRED if f not in self.columns]

    @property
    def unmapped_headers(self) -> list[str]:
        used = set(self.columns.values())
        return [h for n, h in enumerate(self.headers) if n not in used and h.strip()]

    def header_of(self, field: str) -> str:
        return self.headers[self.columns[field]]


def find_header(rows: Sequence[Sequence[Any]]) -> int:
    """Index of the header row among the first rows: the one naming most known fields, or the
    first row with two or more cells when none names any."""
    aliases = {
        a for spec in load_sources().values() for names in spec.fields.values() for a in names
    }
    best, best_hits = None, 0
    for n, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for cell in row if normalise(str(cell)) in aliases)
        if hits > best_hits:
            best, best_hits = n, hits
    if best is not None:
        return best
    for n, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for cell in row if str(cell).strip()) >= 2:
            return n
    return 0


def detect_source(headers: Sequence[str]) -> SourceSpec | None:
    """The export these headers come from, or None (then the user chooses)."""
    candidates = [spec for spec in load_sources().values() if spec.matches(headers)]
    if not candidates:
        return None
    return max(candidates, key=lambda spec: spec.score(headers))


def map_columns(
    spec: SourceSpec, headers: Sequence[str], saved: Mapping[str, str] | None = None
) -> ColumnMap:
    """Columns by alias, then the user's saved corrections (field -> header text) on top."""
    normalised = [normalise(h) for h in headers]
    columns: dict[str, int] = {}
    for field, aliases in spec.fields.items():
        for alias in aliases:  # the first alias present wins: aliases are in order of preference
            if alias in normalised:
                columns[field] = normalised.index(alias)
                break
    for field, header in (saved or {}).items():
        if not header:
            columns.pop(field, None)
        elif normalise(header) in normalised:
            columns[field] = normalised.index(normalise(header))
    return ColumnMap(spec, columns, tuple(str(h) for h in headers))
