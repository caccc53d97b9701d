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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.evidence.media import HEAD_BYTES, HEIC, identify

log = logging.getLogger(__name__)
_ORIENTATION = 0x0112
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
        mode = "RGBA" if "A" in image.getbands() else "RGB"
        final = image.convert(mode)
        return Pixels(final.width, final.height, mode, final.tobytes())
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
        picture = image.convert("RGBA") if "A" in image.getbands() else image.convert("RGB")
        if picture.mode == "RGBA":  # JPEG has no transparency: lay it on white
            flat = Image.new("RGB", picture.size, (255, 255, 255))
            flat.paste(picture, mask=picture.getchannel("A"))
            picture = flat
        extra: dict[str, Any] = {}
        raw = image.info.get("exif")
        if raw:
            metadata = Image.Exif()
            metadata.load(raw)
            metadata[_ORIENTATION] = 1
            extra["exif"] = metadata.tobytes()
        if image.info.get("icc_profile"):
            extra["icc_profile"] = image.info["icc_profile"]
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=92, **extra)
        return out.getvalue()
    except Exception as exc:  # damaged or odd: the pack keeps the original all the same
        log.info("no JPEG copy of %s: %s", path.name, exc)
        return None


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
