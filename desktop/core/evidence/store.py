"""The evidence files: copied into the data folder, named by their SHA-256, never moved or
edited afterwards. The same file added twice is stored once.

A copy is written to a temporary name, hashed on the way, checked, and only then renamed to
its final name, so a failure (the source vanishing mid-copy, a full disk) leaves nothing
half-stored. Files are read and written a few MB at a time: a 1 GB video never sits in memory.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import Cancelled, UserError
from desktop.core.evidence.media import (
    IMAGE_EXTENSIONS,
    Media,
    identify,
    is_whole,
    read_head,
)

log = logging.getLogger(__name__)
CHUNK = 4 * 1024 * 1024
#: Partial copies older than this are leftovers of a crash (a copy in progress is younger).
STALE_PARTIAL_S = 3600
Progress = Callable[[int], None]  # bytes copied so far
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    media: Media
    is_new: bool  # False: the same bytes were already in the store
    replaced_damaged: bool = False  # a stored copy no longer matched its hash: this one replaced it


class EvidenceStore:
    def __init__(self, root: Path):
        self.root = root

    def path_of(self, sha256: str, ext: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.{ext}"

    @property
    def incoming(self) -> Path:
        return self.root / ".incoming"

    # Adding --------------------------------------------------------------------------------
    def check(self, source: Path) -> Media:
        """What the file is, or a UserError saying why CaseWatch will not keep it."""
        try:
            size = source.stat().st_size
            with source.open("rb") as handle:
                head = read_head(handle)
                media = identify(head)
                whole = media is None or is_whole(media, handle, size)
        except FileNotFoundError as exc:
            raise UserError("evidence_missing", path=str(source)) from exc
        except IsADirectoryError as exc:
            raise UserError("not_a_file", path=str(source)) from exc
        except OSError as exc:
            raise UserError(
                "evidence_unreadable", path=str(source), detail=exc.strerror or str(exc)
            ) from exc
        if size == 0:
            raise UserError("file_empty", path=str(source))
        if media is None:
            code = (
                "evidence_not_image"
                if source.suffix.lower() in IMAGE_EXTENSIONS
                else "evidence_unsupported"
            )
            raise UserError(code, path=str(source))
        if not whole:
            raise UserError("evidence_damaged", path=str(source))
        return media

    def add(
        self,
        source: Path,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Stored:
        """Copy a file into the store (checked first); returns its hash and type."""
        media = self.check(source)
        self.incoming.mkdir(parents=True, exist_ok=True)
        partial = self.incoming / f"{uuid.uuid4().hex}.partial"
        digest = hashlib.sha256()
        size = 0
        try:
            with source.open("rb") as src, partial.open("wb") as dst:
                while block := src.read(CHUNK):
                    if cancel is not None and cancel():
                        raise Cancelled
                    digest.update(block)
                    dst.write(block)
                    size += len(block)
                    if progress is not None:
                        progress(size)
                dst.flush()
                os.fsync(dst.fileno())
            # The file may have changed between the check and the copy: check the copy.
            with partial.open("rb") as copy:
                if identify(read_head(copy)) != media or not is_whole(media, copy, size):
                    raise UserError("evidence_changed", path=str(source))
            return self._settle(partial, digest.hexdigest(), size, media)
        except FileNotFoundError as exc:
            raise UserError("evidence_missing", path=str(source)) from exc
        except OSError as exc:
            raise _write_failure(exc, source, self.root) from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)

    def add_bytes(self, data: bytes, name: str) -> Stored:
        """A pasted image (already encoded by the caller, e.g. as PNG)."""
        media = identify(data[:64])
        if media is None or not is_whole(media, io.BytesIO(data), len(data)):
            raise UserError("evidence_unsupported", path=name)
        self.incoming.mkdir(parents=True, exist_ok=True)
        partial = self.incoming / f"{uuid.uuid4().hex}.partial"
        try:
            with partial.open("wb") as dst:
                dst.write(data)
                dst.flush()
                os.fsync(dst.fileno())
            return self._settle(partial, hashlib.sha256(data).hexdigest(), len(data), media)
        except OSError as exc:
            raise _write_failure(exc, Path(name), self.root) from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)

    def _settle(self, partial: Path, sha256: str, size: int, media: Media) -> Stored:
        """Move the checked copy to its name. The same bytes stored already are kept; a stored
        copy that no longer matches its hash is replaced by this good one, and that is said."""
        final = self.path_of(sha256, media.ext)
        if final.exists():
            if self.digest_of(sha256, media.ext) == sha256:
                return Stored(sha256, size, media, is_new=False)
            log.warning("the stored %s no longer matched its hash: replaced by a new copy", final)
            os.replace(partial, final)
            return Stored(sha256, size, media, is_new=False, replaced_damaged=True)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, final)
        return Stored(sha256, size, media, is_new=True)

    # Removing and checking -----------------------------------------------------------------
    def clean_incoming(self) -> int:
        """Remove partial copies a crash left behind (never one a running copy is writing)."""
        removed = 0
        if not self.incoming.is_dir():
            return 0
        for leftover in self.incoming.glob("*.partial"):
            with contextlib.suppress(OSError):
                if time.time() - leftover.stat().st_mtime > STALE_PARTIAL_S:
                    leftover.unlink()
                    removed += 1
        return removed

    def stored_files(self) -> list[tuple[str, str, Path]]:
        """(sha256, ext, path) of every file in the store."""
        found = []
        for path in self.root.glob("??/*.*"):
            sha256, _, ext = path.name.partition(".")
            if len(sha256) == 64 and path.parent.name == sha256[:2]:
                found.append((sha256, ext, path))
        return found

    @property
    def thumbnails(self) -> Path:
        """Where the window keeps small copies of the photos (a cache, made again at will)."""
        return self.root / ".thumbs"

    def delete(self, sha256: str, ext: str) -> int:
        """Delete stored bytes (the trash was emptied and nothing else refers to them), and
        the thumbnail made of them: a deleted photo leaves no copy behind."""
        with contextlib.suppress(OSError):
            (self.thumbnails / f"{sha256}.png").unlink(missing_ok=True)
        path = self.path_of(sha256, ext)
        try:
            size = path.stat().st_size
            path.unlink()
        except FileNotFoundError:
            return 0
        return size

    def digest_of(self, sha256: str, ext: str, cancel: Cancel | None = None) -> str | None:
        """The SHA-256 of the stored file as it is now, or None when it is missing."""
        path = self.path_of(sha256, ext)
        digest = hashlib.sha256()
        try:
            with path.open("rb") as handle:
                while block := handle.read(CHUNK):
                    if cancel is not None and cancel():
                        raise Cancelled
                    digest.update(block)
        except FileNotFoundError:
            return None
        return digest.hexdigest()


def _write_failure(exc: OSError, source: Path, root: Path) -> UserError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError("disk_full", path=str(root), detail=exc.strerror or str(exc))
    return UserError("evidence_copy_failed", path=str(source), detail=exc.strerror or str(exc))
