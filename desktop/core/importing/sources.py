"""What each export looks like (resources/import_sources/*.toml): header aliases, status and
type texts. Headers are matched by name after normalising, never by position."""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from desktop.core.errors import DataFileError
from desktop.core.model import CaseType, Stage

#: Every field an import can fill; see resources/import_sources/README.md.
FIELDS = (
    "platform",
    "after_sale_id",
    "order_id",
    "case_type",
    "needs_return",
    "amount",
    "reason",
    "buyer",
    "product",
    "product_spec",
    "applied_at",
    "status",
    "platform_deadline",
    "evidence_deadline",
    "agreed_at",
    "return_courier",
    "return_tracking_no",
    "return_shipped_at",
    "return_received_at",
    "receipt_extended_at",
    "rejected_at",
    "refunded_at",
    "closed_at",
    "ship_courier",
    "ship_tracking_no",
    "logistics_status",
    "return_logistics_status",
    "intercepted_at",
    "note",
)
REQUIRED = ("after_sale_id", "applied_at")
_IMPORT_STAGES = {s for s in Stage if s is not Stage.NEEDS_REVIEW}


def normalise(header: str) -> str:
    """Header text for matching: NFKC (full-width to half-width), no whitespace, ASCII lower."""
    folded = unicodedata.normalize("NFKC", str(header)).replace("\ufeff", "")
    return "".join(folded.split()).lower()


@dataclass(frozen=True)
class SourceSpec:
    key: str
    platform: str  # a Platform value, or "generic" (the file names the platform per row)
    fields: dict[str, tuple[str, ...]]  # field -> aliases (normalised)
    status: dict[str, Stage]  # normalised status text -> stage
    case_types: dict[str, CaseType]  # normalised type text -> case type
    yes_no_types: dict[str, CaseType] = field(default_factory=dict)
    detect_all: tuple[str, ...] = ()
    detect_any: tuple[str, ...] = ()
    detect_any_count: int = 1

    @property
    def detectable(self) -> bool:
        return bool(self.detect_all or self.detect_any)

    def matches(self, headers: Sequence[str]) -> bool:
        present = {normalise(h) for h in headers}
        if not self.detectable or not set(self.detect_all) <= present:
            return False
        return sum(1 for h in self.detect_any if h in present) >= self.detect_any_count

    def score(self, headers: Sequence[str]) -> int:
        present = {normalise(h) for h in headers}
        return sum(1 for aliases in self.fields.values() if present & set(aliases))


@cache
def load_sources() -> dict[str, SourceSpec]:
    folder = resources.files("desktop.resources").joinpath("import_sources")
    found: dict[str, SourceSpec] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            spec = parse_source(entry.read_text(encoding="utf-8"), entry.name)
            found[spec.key] = spec
    return found


def parse_source(text: str, file: str) -> SourceSpec:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(file, "TOML", str(exc)) from None
    for key in ("source", "platform", "fields"):
        if key not in doc:
            raise DataFileError(file, key, "missing")
    unknown = set(doc["fields"]) - set(FIELDS)
    if unknown:
        raise DataFileError(file, "fields", f"unknown field(s): {', '.join(sorted(unknown))}")
    missing = [f for f in REQUIRED if f not in doc["fields"]]
    if missing:
        raise DataFileError(file, "fields", f"required field(s) missing: {', '.join(missing)}")

    def mapping(table: str, kind: type, allowed: set) -> dict:  # type: ignore[type-arg]
        result = {}
        for label, value in doc.get(table, {}).items():
            try:
                member = kind(value)
            except ValueError:
                raise DataFileError(file, f"{table}.{label}", f"{value!r} is not valid") from None
            if member not in allowed:
                raise DataFileError(file, f"{table}.{label}", f"{value!r} is not allowed here")
            result[normalise(label)] = member
        return result

    detect = doc.get("detect", {})
    return SourceSpec(
        key=doc["source"],
        platform=doc["platform"],
        fields={f: tuple(normalise(a) for a in aliases) for f, aliases in doc["fields"].items()},
        status=mapping("status", Stage, _IMPORT_STAGES),
        case_types=mapping("case_types", CaseType, set(CaseType)),
        yes_no_types=mapping("yes_no_types", CaseType, set(CaseType)),
        detect_all=tuple(normalise(h) for h in detect.get("all", [])),
        detect_any=tuple(normalise(h) for h in detect.get("any", [])),
        detect_any_count=int(detect.get("any_count", 1)),
    )
