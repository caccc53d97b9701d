"""The evidence locker in the window: adding by dialog, drop and paste; thumbnails made in the
background; the viewer; the trash with undo; what the scenarios still lack; the dispute pack;
the integrity check."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage

from desktop.core.changes import Changes
from desktop.gui import files, messages
from desktop.gui.features.evidence.attach_dialog import AttachDialog
from desktop.gui.features.evidence.trash_dialog import TrashDialog
from desktop.gui.features.evidence.viewer import EvidenceViewer
from tests.core import evidence_files as samples
from tests.core.conftest import T0
from tests.core.factories import days
from tests.gui.helpers import add_case

WAIT_MS = 10_000


def _open(window: Any, core: Any, **kw: Any) -> int:
    case_id = add_case(core, applied_at=T0 - days(3), **kw)
    window.on_changes(Changes(all_cases=True))
    window.open_case(case_id)
    return case_id


def _attach(
    qtbot: Any, panel: Any, paths: list[Path], kind: str = "damage", caption: str = ""
) -> None:
    dialog = panel.attach_files(paths)
    assert isinstance(dialog, AttachDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.caption.setText(caption)
    before = len(panel.selectable_items())
    panel.notice.clear()
    dialog.accept()
    qtbot.waitUntil(
        lambda: len(panel.selectable_items()) > before or bool(panel.notice.text()),
        timeout=WAIT_MS,
    )


def test_add_files_see_thumbnails_and_view_them(window, controller, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _open(window, core)
    panel = window.detail.evidence
    photo = tmp_path / "破损.jpg"
    photo.write_bytes(samples.jpeg(orientation=6))
    video = tmp_path / "开箱.mp4"
    video.write_bytes(samples.mp4())
    _attach(qtbot, panel, [photo, video], "damage", "外箱压痕")
    assert [a.original_name for a in panel.selectable_items()] == ["破损.jpg", "开箱.mp4"]
    assert window.detail.tabs.tabText(2) == "Evidence (2)"
    assert "2 files added" in panel.notice.text()
    stored = core.evidence.list(case_id)[0]
    thumb = core.paths.evidence / ".thumbs" / f"{stored.sha256}.png"
    qtbot.waitUntil(thumb.exists, timeout=WAIT_MS)
    made = QImage(str(thumb))
    assert (made.width(), made.height()) == (2, 4)  # turned upright by the EXIF orientation
    assert panel.list.item(0).text() == "Damage close-up\n外箱压痕"

    viewer = panel.view(stored)
    assert isinstance(viewer, EvidenceViewer)
    qtbot.waitUntil(lambda: not viewer.pixmap.pixmap().isNull(), timeout=WAIT_MS)
    assert viewer.pixmap.pixmap().height() == 4
    viewer.zoom(2.0)
    assert viewer.view.transform().m11() > 1
    assert not viewer.next_button.isEnabled()  # the video is not in the photo viewer
    viewer.reject()


def test_drop_on_the_window_attaches_to_the_case_shown(window, controller, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _open(window, controller.core)
    photo = tmp_path / "label.png"
    photo.write_bytes(samples.png())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    buttons = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
               Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(QPoint(40, 40), *buttons)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(40, 40), *buttons))
    panel = window.detail.evidence
    assert window.detail.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: bool(panel.findChildren(AttachDialog)), timeout=WAIT_MS)
    dialog = panel.findChildren(AttachDialog)[-1]
    assert dialog.kind.currentData() == "other"
    dialog.accept()
    qtbot.waitUntil(lambda: len(panel.selectable_items()) == 1, timeout=WAIT_MS)


def test_paste_a_screenshot(window, controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = _open(window, controller.core)
    panel = window.detail.evidence
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    QGuiApplication.clipboard().setImage(image)
    dialog = panel.paste()
    assert dialog is not None and dialog.kind.currentData() == "chat_screenshot"
    dialog.accept()
    [pasted] = controller.core.evidence.list(case_id)
    assert pasted.ext == "png" and pasted.kind == "chat_screenshot"
    QGuiApplication.clipboard().setText("words")
    assert panel.paste() is None and "no image" in panel.notice.text()


def test_remove_undo_and_the_trash(window, controller, qtbot, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _open(window, core)
    panel = window.detail.evidence
    photo = tmp_path / "a.png"
    photo.write_bytes(samples.png())
    _attach(qtbot, panel, [photo])
    panel.list.item(0).setSelected(True)
    panel.remove_selected()
    assert core.evidence.list(case_id) == []
    assert "moved to the trash" in panel.notice.text()
    panel.notice.linkActivated.emit("undo")
    assert len(core.evidence.list(case_id)) == 1
    window.detail.evidence.list.item(0).setSelected(True)
    window.detail.evidence.remove_selected()
    for stored in core.paths.evidence.glob("??/*.*"):  # stored an hour ago, not just now
        stamp = stored.stat().st_mtime - 3600
        os.utime(stored, (stamp, stamp))
    trash = window.open_trash()
    assert isinstance(trash, TrashDialog) and trash.table.rowCount() == 1
    assert trash.table.item(0, 0).text() == "7300000000000000001"
    trash.empty()
    assert shown.confirms and trash.table.rowCount() == 0
    assert "1 file deleted" in shown.infos[-1]
    assert not list(core.paths.evidence.glob("*/*.png"))
    trash.reject()


def test_what_the_scenarios_still_lack(window, controller, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _open(window, core, reason="商品破损")
    scenario = next(
        s for s in core.playbooks.library().scenarios.values()
        if any(n.minimum >= 2 for n in s.evidence)
    )  # fmt: skip
    core.playbooks.follow(case_id, scenario.id)
    window.detail.reload()
    panel = window.detail.evidence
    assert "✗" in panel.needs.text() and panel.lacking
    need = next(n for n in scenario.evidence if n.minimum >= 2)
    for n in range(need.minimum):
        photo = tmp_path / f"p{n}.jpg"
        photo.write_bytes(samples.jpeg(pad=n + 1))
        _attach(qtbot, panel, [photo], need.kinds[0])
    line = next(
        x for x in panel.needs.text().split("<br>") if f"({need.minimum}/{need.minimum})" in x
    )
    assert "✓" in line


def test_the_dispute_pack_from_the_window(window, controller, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _open(window, controller.core)
    panel = window.detail.evidence
    photo = tmp_path / "a.jpg"
    photo.write_bytes(samples.jpeg())
    _attach(qtbot, panel, [photo], "label_with_goods")
    target = tmp_path / "pack.zip"
    monkeypatch.setattr(files, "choose_zip_target", lambda *_a: target)
    panel.make_pack()
    qtbot.waitUntil(lambda: panel.last_pack is not None, timeout=WAIT_MS)
    with zipfile.ZipFile(target) as pack:
        assert "01_Label with the goods.jpg" not in pack.namelist()  # names are the platform's
        assert "01_面单与商品合照.jpg" in pack.namelist()
        assert "After-sales evidence" in pack.read("summary.html").decode()
    assert "Dispute pack saved" in panel.notice.text()


def test_check_evidence_files_from_settings(controller, qtbot, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(controller.core)
    photo = tmp_path / "a.png"
    photo.write_bytes(samples.png())
    controller.core.evidence.attach(case_id, [photo], "other")
    dialog = controller.open_settings()
    from PySide6.QtWidgets import QPushButton

    button = next(
        b for b in dialog.findChildren(QPushButton) if b.text() == "Check evidence files…"
    )
    button.click()
    qtbot.waitUntil(lambda: bool(shown.infos), timeout=WAIT_MS)
    assert "The 1 evidence file is there and unchanged" in shown.infos[-1]
    dialog.reject()


def test_what_is_missing_shows_before_a_scenario_is_followed(  # type: ignore[no-untyped-def]
    window, controller, qtbot, tmp_path, shown, monkeypatch
) -> None:
    _open(window, controller.core, case_type="refund_only", reason="商品破损")
    panel = window.detail.evidence
    assert not panel.needs.isHidden() and "✗" in panel.needs.text()
    assert "damage" in panel.lacking
    photo = tmp_path / "a.jpg"
    photo.write_bytes(samples.jpeg())
    _attach(qtbot, panel, [photo], "other")
    asked: list[object] = []
    monkeypatch.setattr(files, "choose_zip_target", lambda *a: asked.append(a))
    shown.confirm_answer = False
    panel.make_pack()  # still lacking: it asks first, and No stops it
    assert shown.confirms and "Damage close-up" in shown.confirms[-1][1]
    assert asked == []


def test_delete_in_the_case_list_does_not_trash_evidence(
    window, controller, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    case_id = _open(window, controller.core)
    panel = window.detail.evidence
    photo = tmp_path / "a.png"
    photo.write_bytes(samples.png())
    _attach(qtbot, panel, [photo])
    panel.list.item(0).setSelected(True)
    window.queue.table.setFocus()
    QTest.keyClick(window.queue.table, Qt.Key.Key_Delete)
    assert len(controller.core.evidence.list(case_id)) == 1


def test_pack_names_are_safe_file_names() -> None:
    from desktop.gui.features.evidence.evidence_panel import safe_file_name

    assert safe_file_name("Evidence 抖音 AB/12:3*?.zip") == "Evidence 抖音 AB_12_3_.zip"


def test_heic_photos_get_thumbnails_a_viewer_and_a_jpg_copy_in_the_pack(  # type: ignore[no-untyped-def]
    window, controller, qtbot, tmp_path, monkeypatch
) -> None:
    core = controller.core
    case_id = _open(window, core)
    panel = window.detail.evidence
    photo = tmp_path / "IMG_0001.HEIC"
    photo.write_bytes(samples.PORTRAIT_HEIC)
    broken = tmp_path / "IMG_0002.HEIC"
    broken.write_bytes(samples.heic())
    _attach(qtbot, panel, [photo, broken], "damage")
    stored, cut = core.evidence.list(case_id)
    thumb = core.paths.evidence / ".thumbs" / f"{stored.sha256}.png"
    qtbot.waitUntil(thumb.exists, timeout=WAIT_MS)
    made = QImage(str(thumb))
    assert (made.width(), made.height()) == (64, 96)  # upright, not enlarged
    assert made.pixelColor(32, 5).red() > 200 and made.pixelColor(32, 90).blue() > 200
    cut_path = core.evidence.path(cut)
    qtbot.waitUntil(lambda: panel.thumbnails.request(cut.sha256, cut_path) is not None)
    assert panel.thumbnails.request(cut.sha256, cut_path).isNull()  # its tile says "HEIC"

    viewer = panel.view(stored)
    assert isinstance(viewer, EvidenceViewer)
    qtbot.waitUntil(lambda: not viewer.pixmap.pixmap().isNull(), timeout=WAIT_MS)
    assert viewer.pixmap.pixmap().height() == 96
    viewer.next_button.click()
    qtbot.waitUntil(lambda: "cannot draw this photo" in viewer.message.text(), timeout=WAIT_MS)
    viewer.reject()

    informed: list[str] = []
    monkeypatch.setattr(files, "choose_zip_target", lambda *_a: tmp_path / "pack.zip")
    monkeypatch.setattr(messages, "inform", lambda _parent, text: informed.append(text))
    panel.make_pack()
    qtbot.waitUntil(lambda: panel.last_pack is not None, timeout=WAIT_MS)
    with zipfile.ZipFile(tmp_path / "pack.zip") as pack:
        names = pack.namelist()
        summary = pack.read("summary.html").decode()
    # In the order taken: the cut file has no capture time, so its time added comes first.
    assert {"01_破损特写.heic", "02_破损特写.heic", "02_破损特写.jpg"} <= set(names)
    assert "01_破损特写.jpg" not in names
    assert "JPG copy for uploading: 02_破损特写.jpg" in summary
    assert informed and "IMG_0002.HEIC" in informed[0] and "could not read" in informed[0]


def test_the_pack_page_keeps_its_language_when_the_window_changes_it(  # type: ignore[no-untyped-def]
    window, controller, tmp_path
) -> None:
    from desktop.gui import i18n
    from desktop.gui.features.evidence.summary import summary_page

    core = controller.core
    case_id = _open(window, core)
    photo = tmp_path / "IMG_0001.HEIC"
    photo.write_bytes(samples.PORTRAIT_HEIC)
    core.evidence.attach(case_id, [photo], "damage")
    entries = core.evidence.pack_entries(case_id)
    try:
        i18n.install("zh_CN")
        page = summary_page(core.cases.detail(case_id), entries, T0)
        i18n.install("en")  # as Settings may while the pack is written on its worker thread
        text = page(entries)
    finally:
        i18n.install("en")
    assert "破损特写" in text and "供上传的 JPG 副本" in text and "抖音/抖店" in text
    assert "Damage" not in text and "Douyin" not in text
