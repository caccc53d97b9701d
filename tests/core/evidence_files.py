"""Evidence files for tests, made byte by byte: a real (tiny) JPEG with or without EXIF, a
PNG, headers of the video and HEIC formats phones write, and the broken files users send."""

from __future__ import annotations

import base64
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

#: A 4x2 red JPEG (written by Qt once; 633 bytes).
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwg"
    "IyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo"
    "KCgoKCgoKCgoKCgoKCj/wAARCAACAAQDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA"
    "AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6"
    "Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG"
    "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA"
    "AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5"
    "OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPE"
    "xcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDyaiiivmD91P/Z"
)


def jpeg(
    taken: datetime | str | None = None, orientation: int | None = None, pad: int = 0
) -> bytes:
    """The tiny JPEG with an EXIF block (DateTimeOriginal, as a time or as the raw text a
    camera wrote, and Orientation) when asked, and `pad` bytes of comment to make it bigger."""
    body = TINY_JPEG[2:]
    segments = b""
    if taken is not None or orientation is not None:
        segments += _app1(taken, orientation)
    if pad:
        chunk = b"x" * 60000
        remaining = pad
        while remaining > 0:
            part = chunk[: min(remaining, len(chunk))]
            segments += b"\xff\xfe" + struct.pack(">H", len(part) + 2) + part
            remaining -= len(part)
    return b"\xff\xd8" + segments + body


def _app1(taken: datetime | str | None, orientation: int | None) -> bytes:
    entries = []
    if orientation is not None:
        entries.append(struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0))
    exif_ifd = b""
    if taken is not None:
        ifd0_size = 2 + 12 * (len(entries) + 1) + 4
        exif_at = 8 + ifd0_size
        data_at = exif_at + 2 + 12 + 4
        entries.append(struct.pack(">HHII", 0x8769, 4, 1, exif_at))
        text = taken if isinstance(taken, str) else taken.strftime("%Y:%m:%d %H:%M:%S")
        stamp = text.encode()[:19].ljust(19, b" ") + b"\x00"
        exif_ifd = struct.pack(">H", 1) + struct.pack(">HHII", 0x9003, 2, 20, data_at)
        exif_ifd += struct.pack(">I", 0) + stamp
    ifd0 = struct.pack(">H", len(entries)) + b"".join(entries) + struct.pack(">I", 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + ifd0 + exif_ifd
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def png() -> bytes:
    """A 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def mp4(size: int = 4096, created: datetime | None = None, brand: bytes = b"isom") -> bytes:
    """An MPEG-4 video's atoms as phones write them: ftyp, mdat (padding to `size`), then the
    movie header at the end, with its creation time when given."""
    ftyp = struct.pack(">I", 24) + b"ftyp" + brand + struct.pack(">I", 512) + b"isomiso2"
    moov = b""
    if created is not None:
        seconds = int((created - datetime(1904, 1, 1, tzinfo=UTC)).total_seconds())
        mvhd_body = b"\x00\x00\x00\x00" + struct.pack(">II", seconds, seconds) + b"\x00" * 88
        mvhd = struct.pack(">I", 8 + len(mvhd_body)) + b"mvhd" + mvhd_body
        moov = struct.pack(">I", 8 + len(mvhd)) + b"moov" + mvhd
    mdat_size = max(8, size - len(ftyp) - len(moov))
    mdat = struct.pack(">I", mdat_size) + b"mdat" + b"\x00" * (mdat_size - 8)
    return ftyp + mdat + moov


def motion_photo() -> bytes:
    """A phone's "motion photo": a whole JPEG with a short video after it."""
    return jpeg(pad=1000) + mp4(70_000)


def heic() -> bytes:
    """The start of an iPhone HEIC photo (ftyp heic), and nothing of its picture."""
    ftyp = struct.pack(">I", 24) + b"ftypheic" + struct.pack(">I", 0) + b"mif1heic"
    return ftyp.ljust(2048, b"\x00")


#: Whole photos in every drawn format (build_scripts/make_sample_photos.py): 96x64 as stored,
#: red left and blue right; the JPEG and HEIC turned by EXIF Orientation 6 (the HEIC also by a
#: rotation box, as iPhones write it), taken 2026:11:20 14:03:05.
SAMPLE_PHOTOS = Path(__file__).resolve().parents[2] / "resources" / "self_test"
PORTRAIT_HEIC = (SAMPLE_PHOTOS / "photo.heic").read_bytes()
#: HEICs of the rarer kinds, 96x64 (the same script): 10-bit grey, light left and dark right;
#: the red and blue photo with its right half transparent; and one whose EXIF block (a 70 KB
#: maker note beside DateTimeOriginal 2026:11:20 14:03:05) cannot go into a JPEG whole.
RARE_HEICS = Path(__file__).resolve().parents[1] / "data" / "photos"
