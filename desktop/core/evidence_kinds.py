"""The kinds of evidence (resources/evidence/kinds.toml), shared by the evidence locker and
the scenario playbooks."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from desktop.core.errors import DataFileError

_FILE = "resources/evidence/kinds.toml"
MEDIA = ("photo", "video", "any")


@dataclass(frozen=True)
class EvidenceKind:
    id: str
    media: str  # photo, video or any: what the kind usually holds
    names: dict[str, str]  # by language


@cache
def load_kinds() -> dict[str, EvidenceKind]:
    text = resources.files("desktop.resources").joinpath("evidence/kinds.toml").read_text("utf-8")
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(_FILE, "TOML", str(exc)) from None
    kinds: dict[str, EvidenceKind] = {}
    for n, entry in enumerate(doc.get("kind", []), start=1):
        kind_id, media = entry.get("id"), entry.get("media")
        if not isinstance(kind_id, str) or not kind_id or kind_id in kinds:
            raise DataFileError(_FILE, f"kind #{n}", "needs an id of its own")
        if media not in MEDIA:
            raise DataFileError(_FILE, f"kind {kind_id}", f"media must be one of {MEDIA}")
        names = {k: v for k, v in entry.items() if k not in ("id", "media")}
        if not names.get("zh_CN") or not names.get("en"):
            raise DataFileError(_FILE, f"kind {kind_id}", "needs zh_CN and en names")
        kinds[kind_id] = EvidenceKind(kind_id, media, names)
    if "other" not in kinds:
        raise DataFileError(_FILE, "kinds", "“other” must exist")
    return kinds
