"""The evidence locker in the core: attaching (content-addressed, stored once, EXIF capture
time), refusing bad files without leaving anything behind, the trash, the integrity check and
the dispute pack."""

from __future__ import annotations

import errno
import hashlib
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.bootstrap import Core
from desktop.core.errors import UserError, ValidationError
from desktop.core.evidence.store import EvidenceStore
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


def test_heic_is_kept_but_said_to_have_no_preview(core: Core, tmp_path: Path) -> None:
    case_id = add_case(core)
    result = core.evidence.attach(
        case_id, [_write(tmp_path, "IMG_0001.HEIC", files.heic())], "damage"
    )
    [heic] = result.added
    assert heic.ext == "heic" and heic.category == "photo" and not heic.previewable


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
    assert removed == 2
    assert freed == len(files.png())  # the shared photo is still used by case two
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
    result = core.evidence.pack(case_id, out, "<html>summary</html>")
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
        core.evidence.pack(case_id, out, "")
    assert err.value.code == "evidence_altered"
    assert not out.exists() and not list(tmp_path.glob(".*partial"))
    empty_case = add_case(core, after_sale_id="7300000000000000009")
    with pytest.raises(UserError) as err:
        core.evidence.pack(empty_case, out, "")
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
