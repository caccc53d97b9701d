"""Evidence on cases: attach photos and videos (copied into the store, checked, hashed),
tag and caption them, move them to the trash and back, empty the trash, check every stored
file against its hash, and pack a case's evidence for a platform dispute."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import re
import time
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.errors import Cancelled, FieldProblem, UserError, ValidationError
from desktop.core.evidence import media as media_types
from desktop.core.evidence import pictures
from desktop.core.evidence.store import CHUNK, EvidenceStore, Stored
from desktop.core.evidence_kinds import load_kinds
from desktop.core.storage.database import Database
from desktop.core.times import from_epoch, opt_from_epoch, to_epoch

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]  # done, total
Cancel = Callable[[], bool]
CAPTION_LIMIT = 200
#: Unused stored files younger than this stay when the trash is emptied: an attach running in
#: another process (the command line) may be about to record them.
FRESH_FILE_S = 600
#: Photos the platforms' upload forms do not take: packed with a JPEG copy beside them.
JPEG_COPIED = {media_types.HEIC.ext}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_COLUMNS = (
    "id, case_id, sha256, ext, mime, size, kind, caption, original_name, captured_at, "
    "added_at, removed_at"
)


@dataclass(frozen=True)
class Attachment:
    id: int
    case_id: int
    sha256: str
    ext: str
    mime: str
    size: int
    kind: str
    caption: str
    original_name: str
    captured_at: datetime | None
    added_at: datetime
    removed_at: datetime | None

    @property
    def category(self) -> str:
        return self.mime.split("/")[0].replace("image", "photo").replace("application", "document")

    @property
    def previewable(self) -> bool:
        return self.category == "photo" and self.ext != media_types.AVIF.ext

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Attachment:
        return cls(
            *row[:9],
            opt_from_epoch(row[9]),
            from_epoch(row[10]),
            opt_from_epoch(row[11]),
        )


@dataclass(frozen=True)
class FileProblem:
    name: str
    error: UserError


@dataclass(frozen=True)
class AttachResult:
    added: list[Attachment]
    already: list[str]  # names of files this case already holds
    problems: list[FileProblem]
    changes: Changes
    cancelled: bool = False  # stopped by the user: the files before were kept
    repaired: list[str] = field(default_factory=list)  # replaced a damaged stored copy


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    bytes_read: int
    missing: list[Attachment] = field(default_factory=list)
    altered: list[Attachment] = field(default_factory=list)
    cases: dict[int, str] = field(default_factory=dict)  # case id -> after-sales id
    unreferenced: list[Path] = field(default_factory=list)  # stored files no case refers to

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered


@dataclass(frozen=True)
class PackEntry:
    name: str  # the file's name inside the pack: 01_面单与商品合照.jpg
    attachment: Attachment
    #: HEIC photos also go in as a JPEG (01_破损特写.jpg): the platforms take JPG.
    copy_name: str = ""


@dataclass(frozen=True)
class PackResult:
    path: Path
    entries: list[PackEntry]
    size: int
    #: Photos whose JPEG copy could not be made (damaged or odd files): packed as they are.
    uncopied: list[Attachment] = field(default_factory=list)


class EvidenceService:
    def __init__(self, db: Database, clock: Clock, store: EvidenceStore):
        self._db, self._clock, self._store = db, clock, store

    @property
    def store(self) -> EvidenceStore:
        return self._store

    def path(self, attachment: Attachment) -> Path:
        return self._store.path_of(attachment.sha256, attachment.ext)

    # Reading ---------------------------------------------------------------------------
    def list(self, case_id: int, *, removed: bool = False) -> list[Attachment]:
        """A case's evidence in the order added (or, with `removed`, what is in the trash)."""
        where = "removed_at IS NOT NULL" if removed else "removed_at IS NULL"
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM attachments WHERE case_id = ? AND {where} "
                "ORDER BY added_at, id",
                (case_id,),
            ).fetchall()
        return [Attachment.from_row(r) for r in rows]

    def trash(self) -> list[tuple[Attachment, str]]:
        """Everything in the trash, newest first, with its case's after-sales id."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {', '.join('a.' + c.strip() for c in _COLUMNS.split(','))}, "
                "c.after_sale_id FROM attachments a JOIN cases c ON c.id = a.case_id "
                "WHERE a.removed_at IS NOT NULL ORDER BY a.removed_at DESC, a.id DESC"
            ).fetchall()
        return [(Attachment.from_row(r[:12]), r[12]) for r in rows]

    def counts_by_kind(self, case_id: int) -> dict[str, int]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT kind, COUNT(*) FROM attachments WHERE case_id = ? AND removed_at IS NULL "
                "GROUP BY kind",
                (case_id,),
            ).fetchall()
        return dict(rows)

    # Adding ----------------------------------------------------------------------------
    def attach(
        self,
        case_id: int,
        sources: Sequence[Path],
        kind: str,
        caption: str = "",
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> AttachResult:
        """Copy each file into the store and record it on the case. Each file stands alone:
        one that cannot be kept is listed with the reason, the others are kept."""
        kind, caption = self._checked(kind, caption)
        self._case_exists(case_id)
        sizes: list[int] = []
        for source in sources:
            try:
                sizes.append(source.stat().st_size)
            except OSError:
                sizes.append(0)
        total, done_before = sum(sizes), 0
        added: list[Attachment] = []
        already: list[str] = []
        repaired: list[str] = []
        problems: list[FileProblem] = []
        cancelled = False
        latest = self._clock.now() + timedelta(days=1)
        for source, size in zip(sources, sizes, strict=True):
            if cancel is not None and cancel():
                cancelled = True
                break

            def copied(n: int, offset: int = done_before) -> None:
                if progress is not None:
                    progress(offset + n, total)

            try:
                stored = self._store.add(source, copied, cancel)
                stored_path = self._store.path_of(stored.sha256, stored.media.ext)
                when = media_types.captured_at(stored_path, stored.media)
                if when is not None and when > latest:
                    when = None  # a camera clock set in the future
                result = self._record(case_id, stored, kind, caption, source.name, when)
            except Cancelled:
                cancelled = True
                break
            except UserError as err:
                problems.append(FileProblem(source.name, err))
            else:
                if stored.replaced_damaged:
                    repaired.append(source.name)
                if result is None:
                    already.append(source.name)
                else:
                    added.append(result)
            done_before += size
        changes = Changes.cases(case_id) if added else Changes()
        return AttachResult(added, already, problems, changes, cancelled, repaired)

    def attach_bytes(
        self, case_id: int, data: bytes, name: str, kind: str, caption: str = ""
    ) -> AttachResult:
        """A pasted image (a chat screenshot), encoded by the caller."""
        kind, caption = self._checked(kind, caption)
        self._case_exists(case_id)
        stored = self._store.add_bytes(data, name)
        result = self._record(case_id, stored, kind, caption, name, None)
        if isinstance(result, Attachment):
            return AttachResult([result], [], [], Changes.cases(case_id))
        return AttachResult([], [name], [], Changes())

    def _checked(self, kind: str, caption: str) -> tuple[str, str]:
        problems = []
        if kind not in load_kinds():
            problems.append(FieldProblem("kind", "unknown", {"value": kind}))
        caption = caption.strip()
        if len(caption) > CAPTION_LIMIT:
            problems.append(FieldProblem("caption", "too_long", {"max": CAPTION_LIMIT}))
        if problems:
            raise ValidationError(problems)
        return kind, caption

    def _case_exists(self, case_id: int) -> None:
        with self._db.read() as conn:
            if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                raise UserError("case_not_found", case_id=case_id)

    def _record(
        self,
        case_id: int,
        stored: Stored,
        kind: str,
        caption: str,
        name: str,
        captured: datetime | None,
    ) -> Attachment | None:
        """The row for stored bytes; None when the case already holds them (not in the trash).
        If the row cannot be written, bytes stored only for it are removed again."""
        try:
            with self._db.session() as s:
                raw = s.connection()
                existing = raw.exec_driver_sql(
                    "SELECT 1 FROM attachments WHERE case_id = ? AND sha256 = ? "
                    "AND removed_at IS NULL",
                    (case_id, stored.sha256),
                ).fetchone()
                if existing is not None:
                    return None
                now_s = to_epoch(self._clock.now())
                cursor = raw.exec_driver_sql(
                    "INSERT INTO attachments (case_id, sha256, ext, mime, size, kind, caption, "
                    "original_name, captured_at, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, stored.sha256, stored.media.ext, stored.media.mime, stored.size,
                     kind, caption, name[:255], to_epoch(captured) if captured else None, now_s),
                )  # fmt: skip
                new_id = cursor.lastrowid
        except BaseException:
            if stored.is_new and not self._referenced(stored.sha256):
                with contextlib.suppress(OSError):
                    self._store.delete(stored.sha256, stored.media.ext)
            raise
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (new_id,)
            ).fetchone()
        return Attachment.from_row(row)

    def _referenced(self, sha256: str) -> bool:
        with self._db.read() as conn:
            found = conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (sha256,))
            return found.fetchone() is not None

    # Changing ---------------------------------------------------------------------------
    def update(self, attachment_id: int, kind: str, caption: str) -> Changes:
        kind, caption = self._checked(kind, caption)
        case_id = self._case_of(attachment_id)
        with self._db.session() as s:
            s.connection().exec_driver_sql(
                "UPDATE attachments SET kind = ?, caption = ? WHERE id = ?",
                (kind, caption, attachment_id),
            )
        return Changes.cases(case_id)

    def remove(self, attachment_ids: Sequence[int]) -> Changes:
        """Move to the trash (the bytes stay until the trash is emptied)."""
        return self._set_removed(attachment_ids, to_epoch(self._clock.now()))

    def restore(self, attachment_ids: Sequence[int]) -> Changes:
        return self._set_removed(attachment_ids, None)

    def _set_removed(self, attachment_ids: Sequence[int], when: int | None) -> Changes:
        ids = list(attachment_ids)
        if not ids:
            return Changes()
        marks = ",".join("?" * len(ids))
        with self._db.session() as s:
            raw = s.connection()
            cases = {
                r[0]
                for r in raw.exec_driver_sql(
                    f"SELECT case_id FROM attachments WHERE id IN ({marks})", tuple(ids)
                )
            }
            if not cases:
                raise UserError("attachment_not_found", attachment_id=ids[0])  # trash emptied
            if when is None:
                # Back from the trash, unless the case holds the same file again meanwhile.
                raw.exec_driver_sql(
                    f"UPDATE attachments SET removed_at = NULL WHERE id IN ({marks}) AND NOT "
                    "EXISTS (SELECT 1 FROM attachments b WHERE b.case_id = attachments.case_id "
                    "AND b.sha256 = attachments.sha256 AND b.removed_at IS NULL "
                    "AND b.id != attachments.id)",
                    tuple(ids),
                )
            else:
                raw.exec_driver_sql(
                    f"UPDATE attachments SET removed_at = ? WHERE id IN ({marks})", (when, *ids)
                )
        return Changes(case_ids=frozenset(cases))

    def empty_trash(self) -> tuple[int, int]:
        """Delete what is in the trash for good: (files removed from cases, bytes freed). Bytes
        another attachment still uses are kept; so are bytes stored in the last minutes (an
        attach running elsewhere may be about to record them: a later emptying takes them)."""
        with self._db.session() as s:
            raw = s.connection()
            removed = raw.exec_driver_sql(
                "SELECT COUNT(*) FROM attachments WHERE removed_at IS NOT NULL"
            ).fetchone()[0]
            raw.exec_driver_sql("DELETE FROM attachments WHERE removed_at IS NOT NULL")
            still = {
                (r[0], r[1])
                for r in raw.exec_driver_sql("SELECT DISTINCT sha256, ext FROM attachments")
            }
        freed = 0
        settled = time.time() - FRESH_FILE_S
        for sha256, ext, path in self._store.stored_files():
            if (sha256, ext) in still:
                continue
            try:
                if path.stat().st_mtime > settled:
                    continue
                freed += self._store.delete(sha256, ext)
            except OSError as exc:  # the rows are gone: a leftover file harms nothing
                log.warning("could not delete %s from the store: %s", path, exc)
        return int(removed), freed

    def _case_of(self, attachment_id: int) -> int:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT case_id FROM attachments WHERE id = ?", (attachment_id,)
            ).fetchone()
        if row is None:
            raise UserError("attachment_not_found", attachment_id=attachment_id)
        return int(row[0])

    # Checking ---------------------------------------------------------------------------
    def verify(
        self, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> VerifyReport:
        """Hash every stored file again; report what is missing or changed. Nothing is
        repaired: evidence that changed must be looked at by a person."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM attachments ORDER BY sha256, id"
            ).fetchall()
        attachments = [Attachment.from_row(r) for r in rows]
        unique: dict[tuple[str, str], list[Attachment]] = {}
        for a in attachments:
            unique.setdefault((a.sha256, a.ext), []).append(a)
        total = sum(group[0].size for group in unique.values())
        done = 0
        missing: list[Attachment] = []
        altered: list[Attachment] = []
        for (sha256, ext), group in unique.items():
            found = self._store.digest_of(sha256, ext, cancel)
            if found is None:
                missing.extend(group)
            elif found != sha256:
                altered.extend(group)
            done += group[0].size
            if progress is not None:
                progress(done, total)
        with self._db.read() as conn:
            cases = (
                dict(conn.execute("SELECT id, after_sale_id FROM cases").fetchall())
                if (missing or altered)
                else {}
            )
        unreferenced = sorted(
            path for sha, ext, path in self._store.stored_files() if (sha, ext) not in unique
        )
        return VerifyReport(len(unique), done, missing, altered, cases, unreferenced)

    # Packing ----------------------------------------------------------------------------
    def pack_entries(self, case_id: int) -> list[PackEntry]:
        """The case's evidence in pack order (by kind as listed in kinds.toml, then by when it
        was taken or added), each with its name in the pack."""
        kinds = load_kinds()
        order = {k: n for n, k in enumerate(kinds)}
        found = sorted(
            self.list(case_id),
            key=lambda a: (order.get(a.kind, len(order)), a.captured_at or a.added_at, a.id),
        )
        entries = []
        for n, a in enumerate(found, start=1):
            label = kinds[a.kind].names["zh_CN"] if a.kind in kinds else a.kind
            caption = _UNSAFE.sub("_", a.caption)[:40].strip(" ._")
            stem = f"{n:02d}_{_UNSAFE.sub('_', label)}" + (f"_{caption}" if caption else "")
            copy_name = f"{stem}.jpg" if a.ext in JPEG_COPIED else ""
            entries.append(PackEntry(f"{stem}.{a.ext}", a, copy_name))
        return entries

    def pack(
        self,
        case_id: int,
        out: Path,
        summary_page: Callable[[list[PackEntry]], str],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        entries: list[PackEntry] | None = None,
    ) -> PackResult:
        """A ZIP for the platform's 举证 step: the files renamed in order, the summary page
        and a manifest of SHA-256 hashes. Every file is checked against its recorded hash on
        the way in: altered evidence is never packed. A HEIC photo also goes in as a JPEG,
        which the upload forms take. Written to a temporary name first.
        `summary_page` makes the summary page from the entries as packed (without the JPEG
        copies that could not be made); `entries`: what to pack (default: all, in order)."""
        entries = entries if entries is not None else self.pack_entries(case_id)
        if not entries:
            raise UserError("nothing_to_pack")
        total = sum(e.attachment.size for e in entries)
        partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.partial")
        done = 0
        manifest: list[str] = []
        uncopied: list[Attachment] = []
        try:
            with zipfile.ZipFile(partial, "w") as pack:
                for entry in entries:
                    source = self.path(entry.attachment)
                    digest = hashlib.sha256()
                    # Photos and videos are compressed already: stored as they are.
                    info = zipfile.ZipInfo(entry.name, date_time=_zip_time(entry.attachment))
                    info.compress_type = zipfile.ZIP_STORED
                    try:
                        with (
                            source.open("rb") as src,
                            pack.open(info, "w", force_zip64=True) as dst,
                        ):
                            while block := src.read(CHUNK):
                                if cancel is not None and cancel():
                                    raise Cancelled
                                digest.update(block)
                                dst.write(block)
                                done += len(block)
                                if progress is not None:
                                    progress(done, total)
                    except FileNotFoundError as exc:
                        raise UserError(
                            "evidence_lost", name=entry.attachment.original_name
                        ) from exc
                    if digest.hexdigest() != entry.attachment.sha256:
                        raise UserError("evidence_altered", name=entry.attachment.original_name)
                    manifest.append(f"{entry.attachment.sha256}  {entry.name}\n")
                    if entry.copy_name:
                        line = _add_jpeg_copy(pack, entry.copy_name, source, info.date_time)
                        if line is None:
                            uncopied.append(entry.attachment)
                        else:
                            manifest.append(line)
                        if cancel is not None and cancel():
                            raise Cancelled
                pack.writestr("SHA256SUMS.txt", "".join(manifest), zipfile.ZIP_DEFLATED)
                packed = [
                    replace(e, copy_name="") if e.attachment in uncopied else e for e in entries
                ]
                pack.writestr("summary.html", summary_page(packed), zipfile.ZIP_DEFLATED)
            partial.replace(out)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise UserError("disk_full", path=str(out.parent), detail=exc.strerror) from exc
            raise UserError(
                "file_unwritable", path=str(out), detail=exc.strerror or str(exc)
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        return PackResult(out, packed, out.stat().st_size, uncopied)


def _add_jpeg_copy(
    pack: zipfile.ZipFile, name: str, source: Path, date_time: tuple[int, ...]
) -> str | None:
    """Writes the photo's JPEG copy into the pack; its manifest line, or None if the photo
    cannot be decoded."""
    copy = pictures.jpeg_copy(source)
    if copy is None:
        return None
    pack.writestr(zipfile.ZipInfo(name, date_time), copy, zipfile.ZIP_STORED)
    return f"{hashlib.sha256(copy).hexdigest()}  {name}\n"


def _zip_time(a: Attachment) -> tuple[int, int, int, int, int, int]:
    when = (a.captured_at or a.added_at).astimezone()
    if not 1980 <= when.year <= 2107:  # what a ZIP entry can hold
        when = a.added_at.astimezone()
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)
