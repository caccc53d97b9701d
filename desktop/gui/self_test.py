"""`casewatch self-test`: a headless check for packaging and support. Opens or creates the
database, runs migrations, loads rules and translations, builds the main window offscreen and
renders it; prints each check; exit 0 only if all passed."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


#: A 1x1 PNG for the evidence check.
_TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
    "9c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)


def draw_photos() -> str:
    """Draws the sample photo of each format the evidence locker draws (resources/self_test)
    as a thumbnail: a build without an image plugin or decoder fails here, not on a user's
    photo. Each must come out upright (red on top or on the left) and whole. The HEIC must
    also give the JPEG copy a dispute pack holds."""
    from importlib import resources

    from PySide6.QtCore import QSize

    from desktop.core.evidence import pictures
    from desktop.gui.features.evidence.thumbnails import read_scaled

    folder = resources.files("desktop.resources").joinpath("self_test")
    drawn = []
    for name in sorted(n.name for n in folder.iterdir() if n.name.startswith("photo.")):
        with resources.as_file(folder.joinpath(name)) as path:
            image = read_scaled(Path(path), QSize(240, 240))
        if image.isNull():
            raise RuntimeError(f"{name} cannot be drawn")
        turned = Path(name).suffix in {".jpg", ".heic"}  # EXIF Orientation 6
        expected = (64, 96) if turned else (96, 64)
        if (image.width(), image.height()) != expected or image.pixelColor(5, 5).red() < 200:
            raise RuntimeError(f"{name} is drawn wrong: {image.width()}x{image.height()}")
        drawn.append(Path(name).suffix[1:].upper())
        if name == "photo.heic":
            with resources.as_file(folder.joinpath(name)) as path:
                copy = pictures.jpeg_copy(Path(path))
            if copy is None or not copy.startswith(b"\xff\xd8\xff"):
                raise RuntimeError("no JPEG copy of photo.heic")
    if len(drawn) < 6:
        raise RuntimeError(f"sample photos missing: only {', '.join(drawn)}")
    return ", ".join(drawn)


def push_check() -> str:
    """The push path of a build: TLS with the system's certificates loads, and a message goes
    over HTTP to a robot on loopback that answers like 企业微信 (no network is used)."""
    import json
    import threading
    from datetime import UTC, datetime
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from desktop.core.push import wording
    from desktop.core.push.channels import ChannelKind
    from desktop.core.push.senders import Sender, Target, default_tls

    context = default_tls()
    received: list[dict[str, object]] = []

    class Robot(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            received.append(json.loads(body.decode("utf-8")))
            answer = b'{"errcode": 0, "errmsg": "ok"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Robot)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/cgi-bin/webhook/send?key=self-test"
        now = datetime.now(UTC)
        Sender().send(Target(ChannelKind.WECOM, url=url), wording.test_message("self-test", now),
                      now)  # fmt: skip
    finally:
        thread.join(10)
        server.server_close()
    if not received or received[0].get("msgtype") != "markdown":
        raise RuntimeError("the loopback robot got nothing")
    return f"{type(context).__module__}.{type(context).__name__}, loopback push delivered"


def run_self_test(data_dir: Path | None, *, language: str | None = None) -> int:
    # The check must run anywhere: a build machine, a terminal over SSH, a CI runner.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from desktop.core.bootstrap import open_core
    from desktop.core.paths import DataPaths
    from desktop.gui import i18n
    from desktop.gui.app import Controller, make_application

    app = make_application([sys.argv[0]])
    translate = QCoreApplication.translate
    i18n.install(language or i18n.resolve("auto"))
    results: list[bool] = []

    def check(name: str, step: Callable[[], str]) -> object:
        try:
            detail = step()
        except Exception as exc:  # a failed check is reported, never raised
            results.append(False)
            print(f"✗ {name}: {type(exc).__name__}: {exc}")
            traceback.print_exc(file=sys.stderr)
            return None
        results.append(True)
        print(f"✓ {name}: {detail}")
        return detail

    paths = DataPaths.at(data_dir)

    def folder() -> str:
        paths.ensure()
        with tempfile.NamedTemporaryFile(dir=paths.root):
            pass
        return str(paths.root)

    check(translate("SelfTest", "data folder is writable"), folder)
    opened: dict[str, object] = {}

    def database() -> str:
        core = open_core(paths.root)
        opened["core"] = core
        with core.db.read() as conn:
            (status,) = conn.execute("PRAGMA quick_check").fetchone()
            (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
        if status != "ok":
            raise RuntimeError(f"quick_check: {status}")
        return translate("SelfTest", "schema {revision}, journal {mode}, {path}").format(
            revision=core.migration.to_revision, mode=mode, path=paths.database
        )

    check(translate("SelfTest", "database opens and is migrated"), database)
    core = opened.get("core")

    def rules() -> str:
        assert core is not None, "no database"
        current = core.rules.current()  # type: ignore[attr-defined]
        if len(current) == 0:
            raise RuntimeError("no rules loaded")
        return translate("SelfTest", "{n} rules").format(n=len(current))

    check(translate("SelfTest", "clock rules load"), rules)

    def playbooks() -> str:
        assert core is not None, "no database"
        library = core.playbooks.library()  # type: ignore[attr-defined]
        if not library.shipped:
            raise RuntimeError("no scenario playbooks shipped")
        return translate("SelfTest", "{n} scenarios").format(n=len(library.scenarios))

    check(translate("SelfTest", "scenario playbooks load"), playbooks)

    def evidence() -> str:
        """Store a photo, read its EXIF date and hash it again: the whole evidence path."""
        import exifread  # noqa: F401  (bundled: capture times of photos)

        from desktop.core.evidence.store import EvidenceStore

        store = EvidenceStore(paths.root / "evidence")
        stored = store.add_bytes(_TINY_PNG, "self-test.png")
        if store.digest_of(stored.sha256, stored.media.ext) != stored.sha256:
            raise RuntimeError("the stored file does not hash back")
        if stored.is_new:
            store.delete(stored.sha256, stored.media.ext)
        return str(store.root)

    check(translate("SelfTest", "evidence files can be stored and checked"), evidence)
    check(translate("SelfTest", "evidence photos of every kind can be drawn"), draw_photos)

    def translations() -> str:
        found = []
        for lang in i18n.SHIPPED:
            if not i18n.install(lang):
                raise RuntimeError(f"missing {i18n.qm_path(lang)}")
            found.append(f"{lang}: {QCoreApplication.translate('View', 'Overdue')}")
        i18n.install(language or i18n.resolve("auto"))
        if "已超时" not in found[0]:
            raise RuntimeError(f"zh_CN does not translate: {found[0]}")
        return ", ".join(found)

    check(translate("SelfTest", "translations load"), translations)

    def zones() -> str:
        from zoneinfo import ZoneInfo

        from desktop.core.times import SHANGHAI

        ZoneInfo("Asia/Shanghai")
        return str(SHANGHAI)

    check(translate("SelfTest", "time zone data"), zones)
    check(translate("SelfTest", "push channels: TLS and a push to a loopback robot"), push_check)

    def window() -> str:
        assert core is not None, "no database"
        controller = Controller(core, app, tray=False, language=language)  # type: ignore[arg-type]
        controller.window.show()
        app.processEvents()
        image = controller.window.grab().toImage()
        # The scheduler's machinery and the engine's queries, without deciding anything: a
        # self-test on a shop's own folder must not swallow a reminder or make the briefing.
        scheduler = controller.scheduler.scheduler
        scheduler.start()
        app.processEvents()
        scheduled = scheduler.running
        core.engine.next_wake(core.clock.now(), card=True)  # type: ignore[attr-defined]
        controller.scheduler.shutdown()
        controller.window.hide()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the window did not render")
        if not scheduled:
            raise RuntimeError("the reminder scheduler did not start")
        return translate("SelfTest", "{w}×{h} px, {rows} cases in the queue, scheduler ran").format(
            w=image.width(), h=image.height(), rows=controller.window.queue.model.rowCount()
        )

    check(translate("SelfTest", "main window renders offscreen"), window)
    from PySide6.QtWidgets import QSystemTrayIcon

    print(
        translate("SelfTest", "· tray available here: {answer}").format(
            answer=QSystemTrayIcon.isSystemTrayAvailable()
        )
    )
    if core is not None:
        core.close()  # type: ignore[attr-defined]
    passed = all(results)
    print(
        translate("SelfTest", "self-test passed")
        if passed
        else translate("SelfTest", "self-test FAILED")
    )
    return EXIT_OK if passed else EXIT_FAILED
