"""The evidence locker in the core: attaching (content-addressed, stored once, EXIF capture
time), refusing bad files without leaving anything behind, the trash, the integrity check and
the dispute pack."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.bootstrap import Core
from desktop.core.errors import UserError, ValidationError
from desktop.core.evidence import pictures
from desktop.core.evidence.store import EvidenceStore
from desktop.core.services.evidence import PackEntry
from desktop.core.services.validation import CaseDraft
from desktop.core.times import SHANGHAI
from tests.core import evidence_files as files
from tests.core.conftest import T0

TAKEN = datetime(2026, 11, 20, 9, 15, 0, tzinfo=SHANGHAI)


def add_case(core: Core, after_sale_id: str = "7300000000000000001") -> int:
    case_id, _ = core.cases.create(
        CaseDraft(platform="douyin", after_sale_id=after_sale_id, case_type="return_refund",
                  applied_at=T0 - timedelta(hours=2))
    )  # fmt: skip
    return case_id


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _stored_files(core: Core) -> list[Path]:
    root = core.paths.evidence
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _age(core: Core, seconds: int = 3600) -> None:
    """Make every stored file look as if it had been stored a while ago."""
    for path in _stored_files(core):
        stamp = path.stat().st_mtime - seconds
        os.utime(path, (stamp, stamp))


def _page(entries: list[PackEntry]) -> str:
    return "<html>" + "".join(e.name for e in entries) + "</html>"


def _rows(core: Core, table: str = "attachments") -> int:
    with core.db.read() as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_attach_copies_hashes_and_records(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    photo = _write(tmp_path, "面单.JPG", files.jpeg(TAKEN, orientation=6))
    video = _write(tmp_path, "开箱.mp4", files.mp4())
    result = core.evidence.attach(case_id, [photo, video], "label_with_goods", "外箱完好")
    assert (len(result.added), result.already, result.problems) == (2, [], [])
    first, second = result.added
    assert first.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (first.ext, first.mime, first.original_name) == ("jpg", "image/jpeg", "面单.JPG")
    assert first.captured_at == TAKEN  # EXIF local time, read as Beijing time
    assert (second.ext, second.category, second.captured_at) == ("mp4", "video", None)
    assert first.caption == "外箱完好" and first.added_at == T0
    stored = core.evidence.path(first)
    assert stored.read_bytes() == photo.read_bytes()
    assert stored.parent.parent == core.paths.evidence
    photo.unlink()  # the copy is the evidence now, not the user's file
    assert stored.exists()
    assert result.changes.case_ids == {case_id}


def test_the_same_file_twice_is_stored_once(core: Core, tmp_path: Path) -> None:
    one, two = add_case(core), add_case(core, after_sale_id="7300000000000000002")
    photo = _write(tmp_path, "a.jpg", files.jpeg())
    copy = _write(tmp_path, "copy of a.jpg", files.jpeg())
    core.evidence.attach(one, [photo], "damage")
    again = core.evidence.attach(one, [copy], "damage")
    assert again.added == [] and again.already == ["copy of a.jpg"]
    core.evidence.attach(two, [copy], "damage")  # another case: a second record, one file
    assert _rows(core) == 2
    assert len(_stored_files(core)) == 1


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("发票.jpg", b"PK\x03\x04 this is a .docx, not a photo" * 10, "evidence_not_image"),
        ("说明.txt", b"just words" * 10, "evidence_unsupported"),
        ("cut.jpg", files.jpeg()[:-300], "evidence_damaged"),
        ("cut.png", files.png()[:-12], "evidence_damaged"),
        ("empty.jpg", b"", "file_empty"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    core: Core, tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    case_id = add_case(core)
    good = _write(tmp_path, "good.png", files.png())
    bad = _write(tmp_path, name, data)
    result = core.evidence.attach(case_id, [bad, good], "other")
    assert [p.error.code for p in result.problems] == [code]
    assert result.problems[0].name == name
    assert [a.original_name for a in result.added] == ["good.png"]  # the others are kept
    assert len(_stored_files(core)) == 1
    assert not any((core.paths.evidence / ".incoming").iterdir())


def test_a_png_named_jpg_is_kept_as_the_png_it_is(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    result = core.evidence.attach(case_id, [_write(tmp_path, "x.jpg", files.png())], "other")
    assert result.added[0].ext == "png"


def test_heic_photos_are_drawn_upright_with_their_capture_time(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    [photo] = core.evidence.attach(
        case_id, [_write(tmp_path, "IMG_0001.HEIC", files.PORTRAIT_HEIC)], "damage"
    ).added
    assert (photo.ext, photo.category, photo.previewable) == ("heic", "photo", True)
    assert photo.captured_at == datetime(2026, 11, 20, 14, 3, 5, tzinfo=SHANGHAI)
    pixels = pictures.decode(core.evidence.path(photo))
    assert pixels is not None and (pixels.width, pixels.height, pixels.mode) == (64, 96, "RGB")
    top, bottom = pixels.data[:3], pixels.data[-3:]
    assert top[0] > 200 > top[2] and bottom[2] > 200 > bottom[0]  # red on top: turned once
    small = pictures.decode(core.evidence.path(photo), (24, 24))
    assert small is not None and (small.width, small.height) == (16, 24)
    assert len(small.data) == 16 * 24 * 3


def test_rarer_heics_are_drawn_and_copied_as_they_look() -> None:
    from PIL import Image

    grey = pictures.decode(files.RARE_HEICS / "grey10.heic")
    assert grey is not None and grey.mode == "RGB"  # 10-bit grey scaled, not clipped to white
    assert 200 < grey.data[0] < 250 and 10 < grey.data[-1] < 60
    clear = pictures.decode(files.RARE_HEICS / "alpha.heic")
    assert clear is not None and clear.mode == "RGBA"
    assert clear.data[3] == 255 and clear.data[-1] == 0
    copy = pictures.jpeg_copy(files.RARE_HEICS / "alpha.heic")
    assert copy is not None
    with Image.open(io.BytesIO(copy)) as jpeg:  # the transparent half laid on white
        assert jpeg.getpixel((90, 32)) == (255, 255, 255)
        assert jpeg.getpixel((5, 32))[0] > 200


def test_a_heic_exif_too_big_for_a_jpeg_keeps_the_capture_time(core: Core, tmp_path: Path) -> None:
    from PIL import Image

    path = files.RARE_HEICS / "big_exif.heic"
    copy = pictures.jpeg_copy(path)
    assert copy is not None
    with Image.open(io.BytesIO(copy)) as jpeg:
        assert jpeg.getexif().get_ifd(0x8769)[0x9003] == "2026:11:20 14:03:05"
        assert len(jpeg.info["exif"]) < 1000  # the maker note left out
    case_id = add_case(core)
    [photo] = core.evidence.attach(case_id, [path], "damage").added
    assert photo.captured_at == datetime(2026, 11, 20, 14, 3, 5, tzinfo=SHANGHAI)
    result = core.evidence.pack(case_id, tmp_path / "p.zip", _page)
    assert not result.uncopied and result.entries[0].copy_name == "01_破损特写.jpg"


def test_avif_is_kept_but_not_drawn(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    avif = files.mp4(brand=b"avif")  # an AVIF's ftyp box; CaseWatch draws none
    [photo] = core.evidence.attach(case_id, [_write(tmp_path, "a.avif", avif)], "other").added
    assert (photo.ext, photo.category, photo.previewable) == ("avif", "photo", False)
    assert pictures.decode(core.evidence.path(photo)) is None
    result = core.evidence.pack(case_id, tmp_path / "p.zip", _page)
    assert [(e.name, e.copy_name) for e in result.entries] == [("01_其他.avif", "")]


def test_a_heic_that_cannot_be_decoded_is_kept_and_said(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    [heic] = core.evidence.attach(
        case_id, [_write(tmp_path, "IMG_0002.HEIC", files.heic())], "damage"
    ).added
    assert heic.ext == "heic" and heic.captured_at is None
    assert pictures.decode(core.evidence.path(heic)) is None
    assert pictures.jpeg_copy(core.evidence.path(heic)) is None
    summarised: list[PackEntry] = []
    result = core.evidence.pack(
        case_id, tmp_path / "p.zip", lambda entries: summarised.extend(entries) or ""
    )
    assert [a.id for a in result.uncopied] == [heic.id]
    assert [e.copy_name for e in summarised] == [""]  # the page names no missing copy
    with zipfile.ZipFile(result.path) as pack:
        assert pack.namelist() == ["01_破损特写.heic", "SHA256SUMS.txt", "summary.html"]


def test_a_file_that_vanishes_or_a_full_disk_leaves_nothing(
    core: Core, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(core)
    gone = core.evidence.attach(case_id, [tmp_path / "nowhere.jpg"], "other")
    assert gone.problems[0].error.code == "evidence_missing"

    photo = _write(tmp_path, "big.jpg", files.jpeg(pad=200_000))

    def full(_fd: int) -> None:  # the disk fills up as the copy is flushed
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop.core.evidence.store.os.fsync", full)
    result = core.evidence.attach(case_id, [photo], "other")
    monkeypatch.undo()
    assert result.problems[0].error.code == "disk_full"
    assert _rows(core) == 0 and _stored_files(core) == []


def test_kind_and_caption_are_checked(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    photo = _write(tmp_path, "a.jpg", files.jpeg())
    with pytest.raises(ValidationError) as err:
        core.evidence.attach(case_id, [photo], "selfie", "x" * 300)
    assert {p.code for p in err.value.problems} == {"unknown", "too_long"}
    assert _rows(core) == 0
    with pytest.raises(UserError):
        core.evidence.attach(999, [photo], "other")


def test_trash_restore_and_emptying(core: Core, tmp_path: Path) -> None:
    one, two = add_case(core), add_case(core, after_sale_id="7300000000000000002")
    shared = _write(tmp_path, "shared.jpg", files.jpeg())
    own = _write(tmp_path, "own.png", files.png())
    a = core.evidence.attach(one, [shared, own], "damage").added
    core.evidence.attach(two, [shared], "damage")
    core.evidence.remove([a[0].id, a[1].id])
    assert core.evidence.list(one) == []
    assert {x.id for x, _ in core.evidence.trash()} == {a[0].id, a[1].id}
    core.evidence.restore([a[1].id])  # undo
    assert [x.id for x in core.evidence.list(one)] == [a[1].id]
    core.evidence.remove([a[1].id])
    assert len(_stored_files(core)) == 2  # the bytes stay until the trash is emptied
    removed, freed = core.evidence.empty_trash()
    # Stored minutes ago: an attach in another process may be recording them right now.
    assert (removed, freed) == (2, 0)
    assert core.evidence.trash() == []
    orphan = core.evidence.path(a[1])
    assert core.evidence.verify().unreferenced == [orphan]  # reported, not deleted
    _age(core)
    removed, freed = core.evidence.empty_trash()
    assert (removed, freed) == (0, len(files.png()))  # the shared photo: case two uses it
    assert len(_stored_files(core)) == 1
    assert core.evidence.trash() == []


def test_verify_reports_missing_and_altered_files_and_repairs_nothing(
    core: Core, tmp_path: Path
) -> None:
    case_id = add_case(core)
    added = core.evidence.attach(
        case_id,
        [_write(tmp_path, "a.jpg", files.jpeg()), _write(tmp_path, "b.png", files.png()),
         _write(tmp_path, "c.mp4", files.mp4())],
        "other",
    ).added  # fmt: skip
    assert core.evidence.verify().ok
    core.evidence.path(added[0]).unlink()
    tampered = core.evidence.path(added[1])
    tampered.write_bytes(tampered.read_bytes() + b"edited")
    report = core.evidence.verify()
    assert [a.id for a in report.missing] == [added[0].id]
    assert [a.id for a in report.altered] == [added[1].id]
    assert report.checked == 3
    assert tampered.read_bytes().endswith(b"edited")  # left as found


def test_the_dispute_pack(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    evidence = [
        ("破损1.jpg", files.jpeg(TAKEN), "damage", "外箱压痕"),
        ("面单.jpg", files.jpeg(datetime(2026, 11, 20, 9, 0, tzinfo=SHANGHAI), pad=10), "label_with_goods", ""),
        ("开箱.mp4", files.mp4(), "unboxing_video", "全程开箱"),
        ("聊天/记录.png", files.png(), "chat_screenshot", "买家:承认/寄错"),
    ]  # fmt: skip
    for name, data, kind, caption in evidence:
        path = tmp_path / name.replace("/", "_")
        path.write_bytes(data)
        core.evidence.attach(case_id, [path], kind, caption)
    out = tmp_path / "举证.zip"
    result = core.evidence.pack(case_id, out, lambda _entries: "<html>summary</html>")
    names = [e.name for e in result.entries]
    assert names == [
        "01_面单与商品合照.jpg",
        "02_破损特写_外箱压痕.jpg",
        "03_开箱视频_全程开箱.mp4",
        "04_聊天截图_买家_承认_寄错.png",
    ]
    with zipfile.ZipFile(out) as pack:
        assert sorted(pack.namelist()) == sorted([*names, "SHA256SUMS.txt", "summary.html"])
        manifest = pack.read("SHA256SUMS.txt").decode().splitlines()
        for line in manifest:
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(pack.read(name)).hexdigest() == digest
        assert pack.read("summary.html") == b"<html>summary</html>"
        assert pack.getinfo(names[0]).date_time[:3] == (2026, 11, 20)
    assert not list(tmp_path.glob("*.partial"))


def test_altered_evidence_is_never_packed(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    [a] = core.evidence.attach(case_id, [_write(tmp_path, "a.png", files.png())], "damage").added
    path = core.evidence.path(a)
    path.write_bytes(path.read_bytes() + b"!")
    out = tmp_path / "pack.zip"
    with pytest.raises(UserError) as err:
        core.evidence.pack(case_id, out, _page)
    assert err.value.code == "evidence_altered"
    assert not out.exists() and not list(tmp_path.glob(".*partial"))
    empty_case = add_case(core, after_sale_id="7300000000000000009")
    with pytest.raises(UserError) as err:
        core.evidence.pack(empty_case, out, _page)
    assert err.value.code == "nothing_to_pack"


def test_undoing_an_import_is_refused_once_a_case_holds_evidence(
    importer: Core, tmp_path: Path
) -> None:
    from tests.core.test_importing import run

    run(importer, "douyin_gb18030.csv")
    with importer.db.read() as conn:
        case_id = conn.execute("SELECT id FROM cases LIMIT 1").fetchone()[0]
    importer.evidence.attach(case_id, [_write(tmp_path, "a.png", files.png())], "other")
    with pytest.raises(UserError) as err:
        importer.imports.undo_last()
    assert err.value.code == "undo_blocked"


def test_store_paths_are_content_addressed(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "ev")
    stored = store.add_bytes(files.png(), "pasted.png")
    assert store.path_of(stored.sha256, "png") == tmp_path / "ev" / stored.sha256[:2] / (
        stored.sha256 + ".png"
    )
    assert store.add_bytes(files.png(), "again.png").is_new is False


def test_motion_photos_are_whole_and_cut_photos_are_not(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    motion = _write(tmp_path, "MVIMG_0001.jpg", files.motion_photo())
    cut = _write(tmp_path, "cut.jpg", files.jpeg(pad=100_000)[:50_000])
    result = core.evidence.attach(case_id, [motion, cut], "damage")
    assert [a.original_name for a in result.added] == ["MVIMG_0001.jpg"]
    assert [p.error.code for p in result.problems] == ["evidence_damaged"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"BM this is a text file that starts with BM" + b" " * 30, None),
        (files.mp4(brand=b"avif")[:64], "avif"),
        (files.mp4(brand=b"M4A ")[:64], None),  # audio only
        (files.mp4(brand=b"crx ")[:64], None),  # a Canon raw file
        (files.mp4(brand=b"qt  ")[:64], "mov"),
        (files.mp4(brand=b"mp42")[:64], "mp4"),
        (files.mp4(brand=b"3gp4")[:64], "3gp"),
        (b"\x00\x00\x00\x08wide\x00\x00\x10\x00mdat" + b"\x00" * 40, "mov"),  # old QuickTime
        (b"\xef\xbb\xbf%PDF-1.4\n" + b" " * 50, "pdf"),
        (files.heic()[:64], "heic"),
    ],
)
def test_what_a_file_is_comes_from_its_content(head: bytes, expected: str | None) -> None:
    from desktop.core.evidence.media import identify

    found = identify(head)
    assert (found.ext if found else None) == expected


def test_capture_times_from_exif_and_from_videos(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    shot = datetime(2026, 11, 19, 20, 5, tzinfo=SHANGHAI)
    photos = [
        _write(tmp_path, "ok.jpg", files.jpeg(TAKEN)),
        _write(tmp_path, "year1.jpg", files.jpeg("0001:01:01 00:00:00")),
        _write(tmp_path, "far.jpg", files.jpeg("2155:06:01 12:00:00")),
        _write(tmp_path, "soon.jpg", files.jpeg("2026:12:25 12:00:00")),  # after "now" + 1 day
        _write(tmp_path, "video.mp4", files.mp4(8192, created=shot)),
    ]
    added = core.evidence.attach(case_id, photos, "damage").added
    assert [a.captured_at for a in added] == [TAKEN, None, None, None, shot]
    assert core.evidence.pack(case_id, tmp_path / "p.zip", _page).entries  # packs all the same


def test_a_damaged_stored_copy_is_replaced_when_the_original_comes_again(
    core: Core, tmp_path: Path
) -> None:
    one, two = add_case(core), add_case(core, after_sale_id="7300000000000000002")
    photo = _write(tmp_path, "a.png", files.png())
    [a] = core.evidence.attach(one, [photo], "damage").added
    stored = core.evidence.path(a)
    data = bytearray(stored.read_bytes())
    data[40] ^= 0xFF  # one byte changed on disk
    stored.write_bytes(bytes(data))
    assert core.evidence.verify().altered == [a]
    result = core.evidence.attach(two, [photo], "damage")  # the original, added again
    assert result.repaired == ["a.png"] and len(result.added) == 1
    assert core.evidence.verify().ok


def test_restore_and_undo_after_the_trash_changed(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    photo = _write(tmp_path, "a.png", files.png())
    [first] = core.evidence.attach(case_id, [photo], "damage").added
    core.evidence.remove([first.id])
    [second] = core.evidence.attach(case_id, [photo], "damage").added  # the same file again
    core.evidence.restore([first.id])
    assert [a.id for a in core.evidence.list(case_id)] == [second.id]  # not twice on the case
    assert [a.id for a, _ in core.evidence.trash()] == [first.id]
    core.evidence.empty_trash()
    with pytest.raises(UserError) as err:
        core.evidence.restore([first.id])  # an Undo after the trash was emptied
    assert err.value.code == "attachment_not_found"


def test_cancel_keeps_the_files_already_added(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    paths = [_write(tmp_path, f"{n}.jpg", files.jpeg(pad=n + 1)) for n in range(3)]
    checks: list[int] = []

    def cancel() -> bool:
        checks.append(1)
        return len(core.evidence.list(case_id)) >= 1  # cancel once the first is in

    result = core.evidence.attach(case_id, paths, "damage", cancel=cancel)
    assert result.cancelled and [a.original_name for a in result.added] == ["0.jpg"]
    assert result.changes.case_ids == {case_id}
    assert not any((core.paths.evidence / ".incoming").glob("*.partial"))


def test_leftover_partial_copies_are_cleared_at_start(tmp_path: Path) -> None:
    from desktop.core.bootstrap import open_core

    incoming = tmp_path / "data" / "evidence" / ".incoming"
    incoming.mkdir(parents=True)
    old, fresh = incoming / "old.partial", incoming / "fresh.partial"
    old.write_bytes(b"x")
    fresh.write_bytes(b"y")
    stamp = old.stat().st_mtime - 7200
    os.utime(old, (stamp, stamp))
    open_core(tmp_path / "data").close()
    assert not old.exists() and fresh.exists()  # a copy in progress elsewhere is left alone


def test_the_packs_names_and_manifest(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    core.evidence.attach(case_id, [_write(tmp_path, "面单.jpg", files.jpeg())], "label_with_goods")
    core.evidence.attach(case_id, [_write(tmp_path, "b.png", files.png())], "damage", "x" * 150)
    out = tmp_path / "pack.zip"
    core.evidence.pack(case_id, out, _page)
    with zipfile.ZipFile(out) as pack:
        infos = {i.filename: i for i in pack.infolist()}
        manifest = pack.read("SHA256SUMS.txt").decode().splitlines()
    name = "01_面单与商品合照.jpg"
    assert infos[name].flag_bits & 0x800  # UTF-8 names: Windows Explorer shows 面单 right
    assert len(manifest) == 2 and manifest[0].endswith(f"  {name}")
    long = next(n for n in infos if n.startswith("02_"))
    assert len(long) < 60  # a long caption is cut


def test_heic_photos_are_packed_with_a_jpeg_copy(core: Core, tmp_path: Path) -> None:
    from PIL import Image

    case_id = add_case(core)
    core.evidence.attach(case_id, [_write(tmp_path, "a.heic", files.PORTRAIT_HEIC)], "damage")
    core.evidence.attach(case_id, [_write(tmp_path, "b.png", files.png())], "other")
    result = core.evidence.pack(case_id, tmp_path / "p.zip", _page)
    assert [(e.name, e.copy_name) for e in result.entries] == [
        ("01_破损特写.heic", "01_破损特写.jpg"),
        ("02_其他.png", ""),
    ]
    assert result.uncopied == []
    with zipfile.ZipFile(result.path) as pack:
        assert pack.read("01_破损特写.heic") == files.PORTRAIT_HEIC  # the original, untouched
        manifest = dict(
            reversed(line.split("  ", 1))
            for line in pack.read("SHA256SUMS.txt").decode().splitlines()
        )
        assert set(manifest) == {"01_破损特写.heic", "01_破损特写.jpg", "02_其他.png"}
        data = pack.read("01_破损特写.jpg")
        assert hashlib.sha256(data).hexdigest() == manifest["01_破损特写.jpg"]
        assert pack.getinfo("01_破损特写.jpg").date_time[:3] == (2026, 11, 20)
    with Image.open(io.BytesIO(data)) as jpeg:
        assert jpeg.format == "JPEG" and jpeg.size == (64, 96)
        exif = jpeg.getexif()
        assert exif.get(0x0112) == 1  # upright pixels: not to be turned again
        assert exif.get_ifd(0x8769).get(0x9003) == "2026:11:20 14:03:05"
        assert jpeg.convert("RGB").getpixel((32, 5))[0] > 200  # red on top
