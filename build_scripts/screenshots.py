"""Screenshots for the README and docs, from the real app on a real X server.

    python build_scripts/screenshots.py [--out docs/screenshots]

Starts Xvfb and trayer (Debian packages xvfb, trayer, imagemagick), fills a demo data folder
through the services with a fixed clock, and saves the main screens in Chinese and English.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISPLAY = ":93"


def start_x() -> list[subprocess.Popen]:
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1440x900x24", "-nolisten", "tcp"])
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{DISPLAY[1:]}").exists():
            break
        time.sleep(0.05)
    env = {**os.environ, "DISPLAY": DISPLAY}
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "28",
         "--transparent", "false", "--tint", "0x303030"], env=env)  # fmt: skip
    return [tray, server]


def demo(core, clock) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """About twenty cases a small shop might have open on a busy day."""
    from desktop.core.model import EventKind
    from desktop.core.services.cases import EventInput
    from desktop.core.services.validation import CaseDraft

    now = clock.now()
    h = lambda n: timedelta(hours=n)  # noqa: E731
    ids: dict[str, int] = {}

    def case(key, platform, asid, ctype, amount, reason, buyer, applied, deadline=None, **kw):  # type: ignore[no-untyped-def]
        ids[key], _ = core.cases.create(CaseDraft(
            platform=platform, after_sale_id=asid, order_id=kw.get("order", ""),
            case_type=ctype, amount=amount, reason=reason, buyer=buyer, applied_at=now - applied,
            platform_deadline=None if deadline is None else now + deadline))  # fmt: skip
        return ids[key]

    def event(key, kind, ago, **kw):  # type: ignore[no-untyped-def]
        core.cases.record(ids[key], EventInput(kind, now - ago, **kw))

    case(
        "dy1",
        "douyin",
        "7301234567890123456",
        "return_refund",
        "129.00",
        "尺码不合适",
        "王女士",
        h(7 * 24 + 5),
        order="6923456789012345678",
    )
    event("dy1", EventKind.AGREED, h(7 * 24 + 3))
    event(
        "dy1",
        EventKind.RETURN_SHIPPED,
        h(6 * 24 + 20),
        courier="中通快递",
        tracking_no="75312345678901",
    )
    case(
        "dy2",
        "douyin",
        "7301234567890123457",
        "refund_only",
        "39.90",
        "未收到货",
        "李先生",
        h(40),
        h(-2),
        order="6923456789012345679",
    )
    case(
        "pdd1",
        "pinduoduo",
        "260121-458812345",
        "refund_only",
        "19.90",
        "商品破损",
        "张**",
        h(45),
        order="260121-09012345678",
    )
    case(
        "wx1",
        "wechat",
        "4200001234567890",
        "return_refund",
        "88.00",
        "质量问题",
        "陈同学",
        h(30),
        order="3712345678901234567",
    )
    event("wx1", EventKind.AGREED, h(28))
    event("wx1", EventKind.RETURN_SHIPPED, h(26), courier="顺丰速运", tracking_no="SF1234567890123")
    event("wx1", EventKind.RETURN_RECEIVED, h(3))
    case(
        "tb1",
        "taobao",
        "218765432109876543",
        "return_refund",
        "259.00",
        "七天无理由",
        "小刘",
        h(20),
        h(10),
        order="3456789012345678901",
    )
    case(
        "dy3",
        "douyin",
        "7301234567890123458",
        "return_refund",
        "59.00",
        "发错货",
        "赵姐",
        h(50),
        order="6923456789012345680",
    )
    event("dy3", EventKind.AGREED, h(48))
    event("dy3", EventKind.RETURN_SHIPPED, h(30), courier="圆通速递", tracking_no="YT8812345678901")
    event("dy3", EventKind.RETURN_RECEIVED, h(20))
    case(
        "pdd2",
        "pinduoduo",
        "260121-458812399",
        "return_refund",
        "45.00",
        "少件/漏发",
        "周先生",
        h(10),
        order="260121-09012345699",
    )
    case(
        "ks1",
        "kuaishou",
        "2400012345678901",
        "resend",
        "0",
        "少件/漏发",
        "吴女士",
        h(6),
        order="2400009876543210",
    )
    case(
        "pdd3",
        "pinduoduo",
        "260120-458800001",
        "return_refund",
        "79.00",
        "与描述不符",
        "孙先生",
        h(60),
        order="260120-09000000001",
    )
    event("pdd3", EventKind.AGREED, h(58))
    case(
        "tb2",
        "taobao",
        "218765432109800001",
        "refund_only",
        "15.00",
        "拍错/不想要了",
        "郑**",
        h(70),
        order="3456789012300001",
    )
    event("tb2", EventKind.REJECTED, h(50), text="已发货，建议拒收退回")
    case(
        "dy4",
        "douyin",
        "7301234567890120001",
        "refund_only",
        "25.90",
        "不想要了",
        "钱先生",
        h(80),
        order="6923456789012340001",
    )
    event("dy4", EventKind.REFUNDED, h(70))
    case(
        "wx2",
        "wechat",
        "4200001234500002",
        "exchange",
        "128.00",
        "颜色与图片不符",
        "冯女士",
        h(12),
        order="3712345678900002",
    )
    case(
        "dy5",
        "douyin",
        "7301234567890120002",
        "return_refund",
        "199.00",
        "质量问题",
        "褚女士",
        h(26),
        h(21),
        order="6923456789012340002",
    )
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    processes = start_x()
    os.environ["DISPLAY"] = DISPLAY
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["TZ"] = "Asia/Shanghai"  # the shop's local time, as its owner sees it
    os.environ["CASEWATCH_SECRET_STORE"] = "file"  # demo channels stay out of the keychain
    time.tzset()
    try:
        return shoot(out)
    finally:
        for process in processes:
            process.terminate()


def shoot(out: Path) -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from desktop.core.bootstrap import open_core
    from desktop.core.clock import FixedClock
    from desktop.core.model import EventKind
    from desktop.core.services.queue import View
    from desktop.core.times import SHANGHAI
    from desktop.gui.app import Controller, make_application
    from desktop.gui.features.cases.case_dialog import CaseDialog
    from desktop.gui.features.cases.event_dialog import EventDialog

    app = make_application(sys.argv)
    for _ in range(100):
        if QSystemTrayIcon.isSystemTrayAvailable():
            break
        QTest.qWait(100)
    clock = FixedClock(datetime(2026, 11, 22, 9, 30, tzinfo=SHANGHAI))
    data = Path(tempfile.mkdtemp(prefix="casewatch-shots-"))
    core = open_core(data, clock)
    ids = demo(core, clock)
    controller = Controller(core, app, language="zh_CN", sound=lambda: None)
    window = controller.window
    window.resize(1400, 820)
    window.show()
    QTest.qWait(600)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        QTest.qWait(300)
        widget.grab().save(str(out / name))
        print(f"saved {name}")

    window.open_case(ids["dy1"])
    save(window, "main_zh.png")

    # A night with the app off: the digest at the next start, as the tray shows it.
    clock.advance(timedelta(hours=11))
    window.queue.tick()
    window.due_dock.show()
    controller.start_delivering()
    QTest.qWait(800)
    subprocess.run(["import", "-window", "root", str(out / "tray_digest_zh.png")], check=True)
    print("saved tray_digest_zh.png")
    save(controller.card, "reminder_card_zh.png")
    window.queue.show_view(View.OVERDUE)
    save(window, "overdue_and_due_panel_zh.png")
    window.due_dock.hide()

    dialog = window.new_case()
    dialog.after_sale_id.setText("7.30123E+18")
    dialog.amount.setText("十块")
    dialog.save()
    save(dialog, "new_case_errors_zh.png")
    dialog.reject()

    window.open_case(ids["pdd3"])
    event_dialog: EventDialog = window.detail.record(EventKind.RETURN_SHIPPED)  # type: ignore[assignment]
    event_dialog.courier.setCurrentText("韵达快递")
    event_dialog.tracking_no.setText("4312345678901")
    save(event_dialog, "record_return_shipped_zh.png")
    event_dialog.reject()

    shoot_import(window, save)
    shoot_playbooks(window, ids, save)
    shoot_evidence(window, ids, save)

    rules = controller.open_rules()
    rules.rules.select_rule("douyin.return_in_transit")
    save(rules, "settings_rules_zh.png")
    rules.reject()
    settings = controller.open_settings()
    save(settings, "settings_general_zh.png")
    settings.reject()
    shoot_reminder_settings(controller, clock, save)

    controller.switch_language("en")
    window = controller.window
    window.resize(1400, 820)
    window.open_case(ids["wx1"])
    save(window, "main_en.png")
    save(controller.card, "reminder_card_en.png")
    settings = controller.open_settings("channels")
    save(settings, "settings_channels_en.png")
    settings.reject()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CaseDialog):
            widget.close()
    controller.quit()
    core.close()
    return 0


def shoot_reminder_settings(controller, clock, save) -> None:  # type: ignore[no-untyped-def]
    """Settings → reminders and push channels (one robot whose key the service refused, as it
    would say), a channel's dialog, and the queue's banner once the 抖店 data is a day old."""
    from desktop.core.push.channels import ChannelKind, ChannelSpec
    from desktop.core.push.senders import PushError

    core = controller.core
    core.channels.add(ChannelSpec(
        ChannelKind.DINGTALK, name="售后群",
        url="https://oapi.dingtalk.com/robot/send?access_token=b6a9f2d3c0e14e0f9d5b8c7a6e5d4c3b",
        secret="SEC9c1a7f2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5"))  # fmt: skip
    core.channels.add(ChannelSpec(
        ChannelKind.EMAIL, name="老板邮箱", smtp_host="smtp.qq.com", smtp_port=465,
        user="shop@qq.com", password="abcdefghijklmnop", sender="shop@qq.com",
        recipients=("boss@qq.com",)))  # fmt: skip
    robot, mail = core.channels.channels()
    core.channels.record(robot.id, None)
    core.channels.record(mail.id, PushError("auth_failed", "535 Login Fail."))
    settings = controller.open_settings("reminders")
    save(settings, "settings_reminders_zh.png")
    settings.tabs.setCurrentWidget(settings.channels)
    save(settings, "settings_channels_zh.png")
    dialog = settings.channels.edit()
    save(dialog, "channel_dialog_zh.png")
    dialog.reject()
    settings.reject()
    clock.advance(timedelta(hours=26))
    window = controller.window
    window.tick()
    save(window, "stale_banner_zh.png")
    clock.advance(timedelta(hours=-26))
    window.tick()


def shoot_playbooks(window, ids, save) -> None:  # type: ignore[no-untyped-def]
    """A case following a suggested scenario, one step ticked; the library's editor and its
    evidence-need dialog."""
    from desktop.gui.features.playbooks.compensation_dialog import CompensationDialog
    from desktop.gui.features.playbooks.evidence_need_dialog import EvidenceNeedDialog

    window.open_case(ids["dy3"])
    panel = window.detail.playbooks
    scenario_id = next(iter(panel.follow_buttons))
    panel.follow_buttons[scenario_id].click()
    panel = window.detail.playbooks
    first_step = next(iter(panel.step_boxes))
    panel.step_boxes[first_step].click()
    save(window, "playbook_zh.png")
    library = window.open_library(scenario_id)
    save(library, "playbook_library_zh.png")
    library.scroll.ensureWidgetVisible(library.editor.evidence, 0, 120)
    save(library, "playbook_library_evidence_zh.png")
    need = EvidenceNeedDialog(library.editor._needs[0], "zh_CN", library)
    need.show()
    save(need, "playbook_evidence_need_zh.png")
    need.reject()
    library.reject()
    compensation = CompensationDialog(5900, window)
    compensation.show()
    save(compensation, "compensation_zh.png")
    compensation.reject()


def _photo(path: Path, label: str, damaged: bool) -> None:
    """A stand-in evidence photo: a parcel with its shipping label (and a dent)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d2c5"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(250, 220, 1100, 760), QColor("#b8895a"))
    painter.fillRect(QRectF(330, 300, 520, 340), QColor("#ffffff"))
    painter.setPen(QColor("#202124"))
    font = QFont()
    font.setPixelSize(44)
    painter.setFont(font)
    painter.drawText(QRectF(350, 320, 480, 300), Qt.AlignmentFlag.AlignLeft, label)
    if damaged:
        painter.setPen(QPen(QColor("#5a3d22"), 14))
        painter.drawLine(1000, 420, 1180, 640)
        painter.drawLine(1180, 640, 1080, 860)
    painter.end()
    image.save(str(path), "JPG", 85)


def shoot_evidence(window, ids, save) -> None:  # type: ignore[no-untyped-def]
    """A case with evidence photos and a video; the viewer."""
    from PySide6.QtTest import QTest

    folder = Path(tempfile.mkdtemp(prefix="casewatch-photos-"))
    shots = []
    for name, label, damaged in (
        ("面单合照.jpg", "中通快递\n75312345678901\n王女士 138****0000", False),
        ("破损1.jpg", "中通快递\n75312345678901", True),
        ("破损2.jpg", "外箱右侧压痕", True),
    ):
        _photo(folder / name, label, damaged)
        shots.append(folder / name)
    video = folder / "开箱视频.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2".ljust(4096, b"\x00"))
    core = window._ctx.core
    case_id = ids["dy1"]
    core.evidence.attach(case_id, shots[:1], "label_with_goods", "签收前拍")
    core.evidence.attach(case_id, shots[1:], "damage", "外箱压痕")
    core.evidence.attach(case_id, [video], "unboxing_video", "全程开箱")
    window.open_case(case_id)
    window.detail.show_tab(window.detail.evidence)
    panel = window.detail.evidence
    for _ in range(60):
        QTest.qWait(100)
        if not panel.thumbnails._pending:
            break
    save(window, "evidence_zh.png")
    viewer = panel.view(core.evidence.list(case_id)[1])
    QTest.qWait(800)
    save(viewer, "evidence_viewer_zh.png")
    viewer.reject()
    window.detail.show_tab(window.detail.playbooks)


def shoot_import(window, save) -> None:  # type: ignore[no-untyped-def]
    """The import wizard's pages on a real 抖店 export, then seed 001's intercept step."""
    from PySide6.QtTest import QTest

    from desktop.core.importing.mapping import ColumnMap  # noqa: F401  (loaded before timing)

    def wait_for(condition) -> None:  # type: ignore[no-untyped-def]
        for _ in range(300):
            if condition():
                return
            QTest.qWait(50)
        raise RuntimeError("the import wizard did not get there")

    export = ROOT / "tests" / "data" / "imports" / "douyin_gb18030.csv"
    dialog = window.import_files([export])
    wait_for(lambda: dialog.pages.currentWidget() is dialog.mapping)
    save(dialog, "import_columns_zh.png")
    dialog.check_button.click()
    wait_for(lambda: dialog.pages.currentWidget() is dialog.summary)
    save(dialog, "import_check_zh.png")
    dialog.import_button.click()
    wait_for(lambda: dialog.pages.currentWidget() is dialog.done_page)
    save(dialog, "import_done_zh.png")
    dialog.accept()

    queue = window.queue
    queue.platform.setCurrentIndex(queue.platform.findData("douyin"))
    queue.logistics.setCurrentIndex(queue.logistics.findData("运输中"))
    queue.logistics.setCurrentIndex(0)
    queue.table.selectAll()
    save(window, "batch_selected_zh.png")
    intercept = window.intercept_selected()
    save(intercept, "intercept_zh.png")
    intercept.reject()
    queue.platform.setCurrentIndex(0)


if __name__ == "__main__":
    sys.exit(main())
