"""What a file really is, read from its first and last bytes (never from its name), whether
an image is whole, and when a photo was taken (EXIF DateTimeOriginal, via exifread).

A ".jpg" that is a Word document is refused; a PNG called ".jpg" is kept as the PNG it is.
A JPEG or PNG cut short (a copy that stopped, a phone transfer that broke) is refused: a
damaged photo is worth nothing in a dispute.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from desktop.core.times import SHANGHAI, to_utc

log = logging.getLogger(__name__)

HEAD_BYTES = 64
#: JPEG viewers tolerate bytes after the end marker (some phones append data): look this far.
TAIL_BYTES = 64 * 1024


@dataclass(frozen=True)
class Media:
    mime: str
    ext: str  # the extension the stored copy gets: system viewers go by it
    category: str  # photo, video or document
    previewable: bool = True  # CaseWatch can draw it (HEIC: not on Windows/Linux)


JPEG = Media("image/jpeg", "jpg", "photo")
PNG = Media("image/png", "png", "photo")
GIF = Media("image/gif", "gif", "photo")
WEBP = Media("image/webp", "webp", "photo")
BMP = Media("image/bmp", "bmp", "photo")
HEIC = Media("image/heic", "heic", "photo", previewable=False)
MP4 = Media("video/mp4", "mp4", "video")
MOV = Media("video/quicktime", "mov", "video")
THREE_GP = Media("video/3gpp", "3gp", "video")
AVI = Media("video/x-msvideo", "avi", "video")
MKV = Media("video/x-matroska", "mkv", "video")
WEBM = Media("video/webm", "webm", "video")
PDF = Media("application/pdf", "pdf", "document")

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_MOV_BRANDS = {b"qt  "}
_3GP_BRANDS = {b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"3gs7"}
#: Extensions that promise an image: content that is not one is refused, not kept.
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".heic", ".heif"}
VIDEO_EXTENSIONS = {".mp4", ".mov", ".m4v", ".3gp", ".avi", ".mkv", ".webm"}
#: What file dialogs offer and drops take (the content decides in the end).
EVIDENCE_SUFFIXES = (*sorted(IMAGE_EXTENSIONS), *sorted(VIDEO_EXTENSIONS), ".pdf")


def identify(head: bytes) -> Media | None:
    """The media type from a file's first bytes, or None for anything CaseWatch does not keep."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return AVI
    if head[:2] == b"BM" and len(head) >= 26:
        return BMP
    if head[:4] == b"%PDF":
        return PDF
    if head[:4] == b"\x1aE\xdf\xa3":  # EBML: Matroska or WebM
        return WEBM if b"webm" in head else MKV
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return HEIC
        if brand in _MOV_BRANDS:
            return MOV
        if brand in _3GP_BRANDS:
            return THREE_GP
        return MP4  # isom, mp41, mp42, avc1, M4V …: the MPEG-4 family
    return None


def is_whole(media: Media, tail: bytes) -> bool:
    """Whether the file ends the way its format must (JPEG: the EOI marker, PNG: IEND). Other
    formats are kept as they come: their end cannot be checked this cheaply."""
    if media is JPEG:
        return b"\xff\xd9" in tail
    if media is PNG:
        return b"IEND" in tail[-64:]
    return True


def read_ends(handle: BinaryIO, size: int) -> tuple[bytes, bytes]:
    handle.seek(0)
    head = handle.read(HEAD_BYTES)
    handle.seek(max(0, size - TAIL_BYTES))
    tail = handle.read(TAIL_BYTES)
    return head, tail


def captured_at(path: Path) -> datetime | None:
    """When the photo was taken, from its EXIF data (phones write local time without a zone:
    read as Beijing time, like every platform time). None when there is none."""
    import exifread

    # exifread warns about every photo without EXIF ("PNG file does not have exif data"):
    # that is no news here, and must not reach a terminal.
    logging.getLogger("exifread").setLevel(logging.ERROR)
    try:
        with path.open("rb") as handle:
            tags = exifread.process_file(
                handle, details=False, stop_tag="DateTimeOriginal", builtin_types=True
            )
    except Exception as exc:  # exifread raises its own types on odd files: the date is optional
        log.info("no EXIF date in %s: %s", path.name, exc)
        return None
    value = tags.get("EXIF DateTimeOriginal") or tags.get("Image DateTime")
    if not isinstance(value, str):
        return None
    for layout in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S"):  # as written / as exifread gives
        try:
            local = datetime.strptime(value.strip()[:19], layout)
        except ValueError:
            continue
        return to_utc(local.replace(tzinfo=SHANGHAI))
    return None
