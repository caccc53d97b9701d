"""What a file really is, read from its bytes (never from its name), whether an image is
whole, and when a photo or video was taken.

A ".jpg" that is a Word document is refused; a PNG called ".jpg" is kept as the PNG it is.
A JPEG or PNG cut short (a copy that stopped, a phone transfer that broke) is refused: a
damaged photo is worth nothing in a dispute. Phones' "motion photos" (a JPEG with a short
video after it) are whole JPEGs: the check finds the end of the picture itself, wherever the
file ends.
"""

from __future__ import annotations

import io
import logging
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from desktop.core.times import SHANGHAI, to_utc

log = logging.getLogger(__name__)

HEAD_BYTES = 64
TAIL_BYTES = 64 * 1024
_SCAN_BLOCK = 1024 * 1024
#: Capture times outside these years are a camera's clock gone wrong, not a date to show.
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
_LATEST = datetime(2100, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Media:
    mime: str
    ext: str  # the extension the stored copy gets: system viewers go by it
    category: str  # photo, video or document


JPEG = Media("image/jpeg", "jpg", "photo")
PNG = Media("image/png", "png", "photo")
GIF = Media("image/gif", "gif", "photo")
WEBP = Media("image/webp", "webp", "photo")
BMP = Media("image/bmp", "bmp", "photo")
HEIC = Media("image/heic", "heic", "photo")
AVIF = Media("image/avif", "avif", "photo")
MP4 = Media("video/mp4", "mp4", "video")
MOV = Media("video/quicktime", "mov", "video")
THREE_GP = Media("video/3gpp", "3gp", "video")
AVI = Media("video/x-msvideo", "avi", "video")
MKV = Media("video/x-matroska", "mkv", "video")
WEBM = Media("video/webm", "webm", "video")
PDF = Media("application/pdf", "pdf", "document")

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
_AVIF_BRANDS = {b"avif", b"avis"}
_MOV_BRANDS = {b"qt  "}
_3GP_BRANDS = {b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"3gs7"}
#: MPEG-4 video brands phones and cameras write (audio-only M4A, raw CR3 … are not videos).
_MP4_BRANDS = {
    b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"M4VH",
    b"M4VP", b"mmp4", b"dash", b"MSNV", b"XAVC", b"f4v ",
}  # fmt: skip
_NOT_VIDEO = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B ", b"crx "}
#: Top-level atoms an old QuickTime file may start with (before ftyp existed).
_MOV_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
_BMP_DIB_SIZES = {12, 40, 52, 56, 64, 108, 124}
#: Extensions that promise an image: content that is not one is refused, not kept.
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".heic", ".heif", ".avif"}
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
    if head[:2] == b"BM" and len(head) >= 18:
        (dib_size,) = struct.unpack_from("<I", head, 14)
        if dib_size in _BMP_DIB_SIZES and head[6:10] == b"\x00\x00\x00\x00":  # reserved bytes
            return BMP
    if b"%PDF-" in head[:HEAD_BYTES]:  # some writers put a few bytes first
        return PDF
    if head[:4] == b"\x1aE\xdf\xa3":  # EBML: Matroska or WebM
        return WEBM if b"webm" in head else MKV
    if head[4:8] == b"ftyp":
        return _by_brand(head)
    if head[4:8] in _MOV_ATOMS:
        return MOV
    return None


def _by_brand(head: bytes) -> Media | None:
    size = int.from_bytes(head[:4], "big")
    major = head[8:12]
    compatible = {head[n : n + 4] for n in range(16, min(size, len(head)), 4)}
    brands = {major, *compatible}
    if brands & _AVIF_BRANDS:
        return AVIF
    if major in _HEIF_BRANDS or (major == b"mif1" and brands & _HEIF_BRANDS):
        return HEIC
    if major in _MOV_BRANDS:
        return MOV
    if major in _3GP_BRANDS:
        return THREE_GP
    if major in _NOT_VIDEO:
        return None  # audio, raw camera files: they name MP4 as compatible all the same
    if major in _MP4_BRANDS or brands & _MP4_BRANDS:
        return MP4
    return None  # audio (M4A), raw camera files (CR3) …: not photos or videos


def is_whole(media: Media, handle: BinaryIO, size: int) -> bool:
    """Whether the picture itself is complete (JPEG: its end marker after its image data; PNG:
    its IEND chunk). Other formats are kept as they come: their end cannot be checked this
    cheaply."""
    if media is JPEG:
        return _jpeg_is_whole(handle)
    if media is PNG:
        handle.seek(max(0, size - 64))
        return b"IEND" in handle.read(64)
    return True


def _jpeg_is_whole(handle: BinaryIO) -> bool:
    """Walk the segments to the image data (start of scan), then find the first end marker
    after it. What follows (a motion photo's video, a camera's trailer) does not matter."""
    handle.seek(2)
    while True:
        marker = handle.read(4)
        if len(marker) < 4 or marker[0] != 0xFF:
            return False
        kind = marker[1]
        if kind == 0xFF:  # fill bytes before a marker
            handle.seek(-3, 1)
            continue
        if kind == 0xD9:
            return False  # an end before any image data
        length = int.from_bytes(marker[2:4], "big")
        if kind == 0xDA:  # start of scan: the entropy-coded data follows
            handle.seek(length - 2, 1)
            break
        handle.seek(length - 2, 1)
    carry = b""
    while block := handle.read(_SCAN_BLOCK):
        data = carry + block
        if b"\xff\xd9" in data:  # stuffing (FF 00) keeps the marker out of the data itself
            return True
        carry = data[-1:]
    return False


def read_head(handle: BinaryIO) -> bytes:
    handle.seek(0)
    return handle.read(HEAD_BYTES)


def captured_at(path: Path, media: Media) -> datetime | None:
    """When the photo or video was taken: EXIF DateTimeOriginal (phones write local time
    without a zone: read as Beijing time, like every platform time), or an MP4/MOV's own
    creation time (UTC). None when there is none, or it cannot be right."""
    try:
        if media.category == "photo":
            when = _exif_taken(path, media)
        elif media in (MP4, MOV, THREE_GP):
            when = _movie_created(path)
        else:
            return None
    except Exception as exc:  # an odd file: the date is optional, the evidence is not
        log.info("no capture time in %s: %s", path.name, exc)
        return None
    if when is None or not _EARLIEST <= when <= _LATEST:
        return None
    return when


def _exif_taken(path: Path, media: Media) -> datetime | None:
    import exifread

    # exifread warns about every photo without EXIF ("PNG file does not have exif data"):
    # that is no news here, and must not reach a terminal.
    logging.getLogger("exifread").setLevel(logging.ERROR)
    block = None
    if media is HEIC:
        from desktop.core.evidence import pictures

        # libheif finds the EXIF in every HEIF layout it can open; exifread misses some,
        # but is still asked below about a file libheif cannot open.
        block = pictures.exif(path)
    if block is not None:
        tags = exifread.process_file(
            io.BytesIO(block), details=False, stop_tag="DateTimeOriginal", builtin_types=True
        )
    else:
        with path.open("rb") as handle:
            tags = exifread.process_file(
                handle, details=False, stop_tag="DateTimeOriginal", builtin_types=True
            )
    value = tags.get("EXIF DateTimeOriginal")  # not "Image DateTime": that is when it was edited
    if not isinstance(value, str):
        return None
    for layout in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S"):  # as written / as exifread gives
        try:
            local = datetime.strptime(value.strip()[:19], layout)
        except ValueError:
            continue
        return to_utc(local.replace(tzinfo=SHANGHAI))
    return None


_MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)


def _movie_created(path: Path) -> datetime | None:
    """The creation time in the movie header (moov/mvhd): seconds since 1904, UTC. The atoms
    are walked by their sizes, so a 1 GB video is not read."""
    with path.open("rb") as handle:
        size = path.stat().st_size
        moov = _find_atom(handle, 0, size, b"moov")
        if moov is None:
            return None
        mvhd = _find_atom(handle, moov[0], moov[1], b"mvhd")
        if mvhd is None:
            return None
        handle.seek(mvhd[0])
        version = handle.read(4)[0]
        raw = handle.read(8 if version == 1 else 4)
        seconds = int.from_bytes(raw, "big")
    if seconds == 0:
        return None
    return _MP4_EPOCH + timedelta(seconds=seconds)


def _find_atom(handle: BinaryIO, start: int, end: int, name: bytes) -> tuple[int, int] | None:
    """(start of the atom's body, end of the atom) of the first `name` atom in [start, end)."""
    at = start
    while at + 8 <= end:
        handle.seek(at)
        header = handle.read(8)
        if len(header) < 8:
            return None
        length = int.from_bytes(header[:4], "big")
        body = at + 8
        if length == 1:  # a 64-bit size follows
            length = int.from_bytes(handle.read(8), "big")
            body = at + 16
        elif length == 0:  # to the end of the file
            length = end - at
        if length < 8:
            return None
        if header[4:8] == name:
            return body, at + length
        at += length
    return None
