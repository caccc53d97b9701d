"""HEIC photos (iPhones take them by default), which Qt cannot draw on Windows or Linux:
decoded with libheif (pi-heif) into plain upright pixels that the GUI turns into an image,
their EXIF read without decoding, and a JPEG copy made for the platforms' upload forms.

JPEG, PNG, GIF, WebP and BMP are drawn by Qt itself. AVIF is kept but not drawn: its decoder
(libavif, 5 MB) would push the installer past its size goal for a format phones rarely
write. The libraries load on first use: a session without a HEIC photo never loads them.
"""

from __future__ import annotations

import io
import logging
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.evidence.media import HEAD_BYTES, HEIC, identify

log = logging.getLogger(__name__)
_ORIENTATION = 0x0112
_EXIF_IFD = 0x8769
_TAKEN_TAGS = frozenset({0x9003, 0x9011})  # DateTimeOriginal, OffsetTimeOriginal
#: The stored copies' extensions of what this module draws.
EXTENSIONS = frozenset({HEIC.ext})


@dataclass(frozen=True)
class Pixels:
    width: int
    height: int
    mode: str  # "RGB" or "RGBA": 8 bits a channel, rows packed without padding
    data: bytes


def decode(path: Path, box: tuple[int, int] | None = None) -> Pixels | None:
    """The photo turned upright and, with a box, scaled down to fit it; None when the file
    is no HEIC photo or cannot be decoded (the reason is logged)."""
    from PIL import Image

    try:
        image = _picture(path)
        if box is not None:
            image.thumbnail(box, Image.Resampling.LANCZOS, reducing_gap=2.0)
        image = _plain(image)  # the decoded original is let go here, before its bytes are copied
        return Pixels(image.width, image.height, image.mode, image.tobytes())
    except Exception as exc:  # a damaged or unsupported file: the caller says it cannot draw
        log.info("cannot decode %s: %s", path.name, exc)
        return None


def exif(path: Path) -> bytes | None:
    """The photo's EXIF block as TIFF bytes (what exifread reads), or None. Only the file's
    boxes are read: the picture is not decoded."""
    try:
        _check_heic(path)
        import pi_heif

        raw = pi_heif.open_heif(path).info.get("exif")
    except Exception as exc:
        log.info("no EXIF read from %s: %s", path.name, exc)
        return None
    if not raw:
        return None
    return raw[6:] if raw.startswith(b"Exif\x00\x00") else raw


def jpeg_copy(path: Path) -> bytes | None:
    """A full-size JPEG of the HEIC photo, for uploading where only JPG is taken (the
    platforms' 举证 forms). Its EXIF (the capture time) and colour profile are kept; its
    orientation is reset, as the pixels are upright already. None when it cannot be decoded."""
    from PIL import Image

    try:
        image = _picture(path)
        picture = _plain(image)
        if picture.mode == "RGBA":  # JPEG has no transparency: lay it on white
            flat = Image.new("RGB", picture.size, (255, 255, 255))
            flat.paste(picture, mask=picture.getchannel("A"))
            picture = flat
    except Exception as exc:  # damaged, or a kind of HEIC libheif cannot decode
        log.info("no JPEG copy of %s: %s", path.name, exc)
        return None
    # With the photo's EXIF (its capture time) and colour profile when they can be written;
    # an EXIF block beyond JPEG's 64 KB or with tags Pillow cannot write again must not cost
    # the copy itself.
    for extra in _jpeg_extras(image):
        try:
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=92, **extra)
            return out.getvalue()
        except (OSError, ValueError, struct.error) as exc:
            log.info("JPEG copy of %s saved without %s: %s", path.name, sorted(extra), exc)
    return None


def _jpeg_extras(image: Any) -> list[dict[str, Any]]:
    """What to save the JPEG copy with, best first; the last is nothing at all."""
    from PIL import Image

    extras: list[dict[str, Any]] = []
    icc = {"icc_profile": image.info["icc_profile"]} if image.info.get("icc_profile") else {}
    raw = image.info.get("exif")
    if raw:
        try:
            metadata = Image.Exif()
            metadata.load(raw)
            metadata[_ORIENTATION] = 1  # the pixels are upright already
            extras.append({"exif": metadata.tobytes(), **icc})
            # Only when the whole block cannot go in: the capture time, which disputes need.
            taken = {
                tag: value
                for tag, value in metadata.get_ifd(_EXIF_IFD).items()
                if tag in _TAKEN_TAGS
            }
            if taken:
                least = Image.Exif()
                least.get_ifd(_EXIF_IFD).update(taken)
                extras.append({"exif": least.tobytes(), **icc})
        except Exception as exc:  # odd maker tags: the copy goes without EXIF
            log.info("EXIF not kept: %s", exc)
    if icc:
        extras.append(icc)
    extras.append({})
    return extras


def _plain(image: Any) -> Any:
    """The picture as 8-bit RGB, or RGBA when it has transparency: what Qt and JPEG take.
    libheif gives 16-bit grey for 10/12-bit monochrome photos (values scaled to 16 bits),
    and premultiplied alpha as RGBa."""
    if image.mode.startswith("I"):
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif image.mode in {"RGBa", "La"}:
        image = image.convert(image.mode.upper())
    wanted = "RGBA" if "A" in image.getbands() else "RGB"
    return image if image.mode == wanted else image.convert(wanted)


def _check_heic(path: Path) -> None:
    with path.open("rb") as handle:
        media = identify(handle.read(HEAD_BYTES))
    if media is not HEIC:
        raise ValueError(f"not a HEIC photo: {media}")


def _picture(path: Path):  # type: ignore[no-untyped-def]
    """The decoded picture as a Pillow image, upright: libheif turns the pixels by the file's
    own rotation boxes (irot/imir), which is how HEIF stores the way the phone was held. The
    EXIF orientation iPhones also write must not turn them a second time."""
    _check_heic(path)
    import pi_heif

    # From libheif directly, without registering a Pillow plugin for the whole process.
    return pi_heif.open_heif(path, convert_hdr_to_8bit=True).to_pillow()
