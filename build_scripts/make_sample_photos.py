"""Writes resources/self_test/photo.* once: one small photo in every format the evidence
locker draws, which `casewatch self-test` decodes (a frozen build missing an image plugin or
decoder fails it) and the tests use; and tests/data/photos/*.heic, HEICs of the rarer kinds
(10-bit grey, transparency, an EXIF block too big for a JPEG).

    python build_scripts/make_sample_photos.py   # needs pillow-heif, for the HEIC encoder

Every photo is 96x64 as stored, left half red and right half blue. The JPEG and HEIC carry
EXIF Orientation 6 (the phone was held upright: drawn 64x96, red on top) and
DateTimeOriginal 2026:11:20 14:03:05; the HEIC also stores the turn as a rotation box, as
iPhones do. pillow-heif (libheif with the x265 encoder) is needed only here: CaseWatch ships
pi-heif, which decodes.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "self_test"
TEST_OUT = ROOT / "tests" / "data" / "photos"


def main() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    image = Image.new("RGB", (96, 64), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 47, 63), fill=(220, 20, 20))
    draw.rectangle((48, 0, 95, 63), fill=(20, 20, 220))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8769)[0x9003] = "2026:11:20 14:03:05"
    turned = {"exif": exif.tobytes()}
    OUT.mkdir(exist_ok=True)
    image.save(OUT / "photo.jpg", quality=90, **turned)
    image.save(OUT / "photo.heic", quality=90, **turned)
    image.save(OUT / "photo.png")
    image.save(OUT / "photo.bmp")
    image.save(OUT / "photo.webp", lossless=True)
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=4).save(OUT / "photo.gif")
    for path in sorted(OUT.glob("photo.*")):
        print(f"{path.name}: {path.stat().st_size} bytes")
    rare_heics(image)


def rare_heics(image: Image.Image) -> None:
    TEST_OUT.mkdir(parents=True, exist_ok=True)
    grey = Image.new("I;16", image.size)  # light left half, dark right half
    grey.putdata([60000 if x < 48 else 8000 for _ in range(64) for x in range(96)])
    grey.save(TEST_OUT / "grey10.heic", quality=90)  # 16-bit in: a 10-bit monochrome HEIC
    clear = image.convert("RGBA")
    ImageDraw.Draw(clear).rectangle((48, 0, 95, 63), fill=(0, 0, 0, 0))  # right half clear
    clear.save(TEST_OUT / "alpha.heic", quality=90)
    exif = Image.Exif()
    exif[0x927C] = b"\x01" * 70_000  # a maker note as big as some cameras write
    exif.get_ifd(0x8769)[0x9003] = "2026:11:20 14:03:05"
    image.save(TEST_OUT / "big_exif.heic", quality=90, exif=exif.tobytes())
    for path in sorted(TEST_OUT.glob("*.heic")):
        print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
