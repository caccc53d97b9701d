"""The evidence commands as a user runs them: attach, pack, verify."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import timedelta
from pathlib import Path

from tests.core import evidence_files as files
from tests.test_cli import add, casewatch


def test_attach_pack_and_verify(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, "7300000000000000001", timedelta(hours=20))
    photo = tmp_path / "面单.jpg"
    photo.write_bytes(files.jpeg())
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"not a photo at all" * 20)
    done = casewatch("--lang", "en", "attach", "7300000000000000001", str(photo), str(fake),
                     "--kind", "label_with_goods", "--caption", "外箱完好", data=data)  # fmt: skip
    assert done.returncode == 3  # one file could not be kept
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert f"added: 面单.jpg (Label with the goods, 1 KB, SHA-256 {digest})" in done.stdout
    assert "fake.jpg is named like a photo but is not one" in done.stderr
    assert "exif" not in done.stderr.lower()

    again = casewatch("--lang", "en", "attach", "7300000000000000001", str(photo), data=data)
    assert again.returncode == 0 and "already on this case: 面单.jpg" in again.stdout

    out = tmp_path / "pack.zip"
    packed = casewatch("--lang", "zh_CN", "pack", "7300000000000000001", str(out), data=data)
    assert packed.returncode == 0, packed.stderr
    with zipfile.ZipFile(out) as pack:
        assert pack.namelist() == [
            "01_面单与商品合照_外箱完好.jpg",
            "SHA256SUMS.txt",
            "summary.html",
        ]
        summary = pack.read("summary.html").decode()
        assert "7300000000000000001" in summary and digest in summary
        assert "面单与商品合照" in summary  # the page speaks the language of the run

    assert casewatch("verify", data=data).returncode == 0
    stored = next((data / "evidence").rglob(f"{digest}.jpg"))
    stored.write_bytes(stored.read_bytes() + b"!")
    broken = casewatch("--lang", "en", "verify", data=data)
    assert broken.returncode == 1
    assert "changed: 面单.jpg (case 7300000000000000001" in broken.stderr


def test_unknown_and_ambiguous_cases(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, "7300000000000000001", timedelta(hours=20))
    photo = tmp_path / "a.png"
    photo.write_bytes(files.png())
    missing = casewatch("--lang", "en", "attach", "NOPE", str(photo), data=data)
    assert missing.returncode == 3
    assert "no case with the after-sales id NOPE" in missing.stderr
    nothing = casewatch("--lang", "en", "pack", "7300000000000000001", str(tmp_path / "x.zip"),
                        data=data)  # fmt: skip
    assert nothing.returncode == 3 and "no evidence to pack" in nothing.stderr
    assert not (tmp_path / "x.zip").exists()


def test_pack_counts_jpg_copies_and_says_on_stderr_which_could_not_be_made(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    add(data, "7300000000000000002", timedelta(hours=20))
    whole, cut = tmp_path / "IMG_0001.HEIC", tmp_path / "IMG_0002.HEIC"
    whole.write_bytes(files.PORTRAIT_HEIC)
    cut.write_bytes(files.heic())
    added = casewatch("attach", "7300000000000000002", str(whole), str(cut), data=data)
    assert added.returncode == 0, added.stderr
    out = tmp_path / "pack.zip"
    packed = casewatch("--lang", "en", "pack", "7300000000000000002", str(out), data=data)
    assert packed.returncode == 0, packed.stderr
    assert ": 3 files," in packed.stdout  # two originals and one JPG copy
    assert "could not read IMG_0002.HEIC" in packed.stderr
    assert "IMG_0002" not in packed.stdout
