"""Does the window stay responsive with big evidence files?

    python benchmarks/evidence_big_files.py [--video-mb 1024] [--photo-mp 48] [--keep DIR]
                                            [--heic PHOTO.heic]

Makes a video file of the given size and a noisy (hard to compress) JPEG of the given
megapixels, then, in the real window (offscreen), attaches both, waits for the photo's
thumbnail and opens it in the viewer, and packs the case for a dispute, while a 20 ms timer
on the GUI thread stands in for painting and input. Prints each phase's time and the longest
gap between the timer's ticks.

--heic adds an iPhone photo (CaseWatch decodes HEIC itself and packs a JPEG copy of it). It
cannot make one: CaseWatch ships no HEVC encoder. Take one from an iPhone, or write one with
pillow-heif (pip install pillow-heif; not a CaseWatch dependency).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TICK_MS = 20


def make_files(folder: Path, video_mb: int, photo_mp: int) -> tuple[Path, Path]:
    from PySide6.QtGui import QImage

    video = folder / "开箱视频.mp4"
    if not video.exists() or video.stat().st_size != video_mb * 1024 * 1024:
        header = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
        block = os.urandom(1024 * 1024)  # not all zeros: no file system shortcut
        with video.open("wb") as out:
            out.write(header + block[len(header) :])
            for _ in range(video_mb - 1):
                out.write(block)
    photo = folder / "破损特写.jpg"
    if not photo.exists():
        width = int((photo_mp * 1_000_000 * 4 / 3) ** 0.5)
        height = width * 3 // 4
        noise = os.urandom(width * height * 4)
        image = QImage(noise, width, height, QImage.Format.Format_RGB32).copy()
        image.save(str(photo), "JPG", 98)
    return video, photo


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--video-mb", type=int, default=1024)
    parser.add_argument("--photo-mp", type=int, default=48)
    parser.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the files here")
    parser.add_argument("--heic", type=Path, default=None, help="an iPhone HEIC photo to add")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest

    from desktop.core.bootstrap import open_core
    from desktop.core.changes import Changes
    from desktop.core.services.validation import CaseDraft
    from desktop.gui.app import Controller, make_application

    app = make_application(sys.argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="casewatch-big-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    video, photo = make_files(folder, args.video_mb, args.photo_mp)
    print(
        f"files: video {video.stat().st_size / 2**20:.0f} MB, photo "
        f"{photo.stat().st_size / 2**20:.0f} MB ({args.photo_mp} MP), made in "
        f"{time.perf_counter() - started:.1f} s"
    )
    core = open_core(Path(tempfile.mkdtemp(prefix="casewatch-big-data-")))
    case_id, _ = core.cases.create(
        CaseDraft(platform="douyin", after_sale_id="7300000000000000001",
                  case_type="return_refund", applied_at=core.clock.now())
    )  # fmt: skip
    controller = Controller(core, app, tray=False, language="zh_CN")
    window = controller.window
    window.show()
    window.on_changes(Changes(all_cases=True))
    window.open_case(case_id)
    QTest.qWait(200)
    panel = window.detail.evidence

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0] - TICK_MS)
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    def phase(name: str, start, done) -> None:  # type: ignore[no-untyped-def]
        gaps.clear()
        last[0] = clock.elapsed()
        timer.start()
        begun = time.perf_counter()
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: done() and loop.quit())
        poll.start()
        start()
        loop.exec()
        poll.stop()
        took = time.perf_counter() - begun
        timer.stop()
        longest = max(gaps, default=0.0)
        print(f"{name:<36} {took:6.2f} s   longest gap {longest:5.0f} ms   ({len(gaps)} ticks)")

    def attach(path: Path, kind: str):  # type: ignore[no-untyped-def]
        def start() -> None:
            dialog = panel.attach_files([path])
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            dialog.accept()

        return start

    phase("attach the video (copy + SHA-256)", attach(video, "unboxing_video"),
          lambda: len(core.evidence.list(case_id)) == 1)  # fmt: skip

    def photo_phases(path: Path, name: str) -> None:
        count = len(core.evidence.list(case_id)) + 1
        phase(f"attach {name}", attach(path, "damage"),
              lambda: len(core.evidence.list(case_id)) == count)  # fmt: skip
        stored = next(a for a in core.evidence.list(case_id) if a.original_name == path.name)
        source = core.evidence.path(stored)
        phase(f"make {name}'s thumbnail", lambda: None,
              lambda: panel.thumbnails.request(stored.sha256, source) is not None)  # fmt: skip
        viewers: list = []
        phase(f"open {name} in the viewer", lambda: viewers.append(panel.view(stored)),
              lambda: bool(viewers) and not viewers[0].pixmap.pixmap().isNull())  # fmt: skip
        viewers[0].reject()

    photo_phases(photo, "the photo")
    if args.heic is not None:
        photo_phases(args.heic, f"the HEIC ({args.heic.stat().st_size / 2**20:.0f} MB)")
    target = folder / "举证包.zip"
    from desktop.gui import files

    files.choose_zip_target = lambda *_a: target  # type: ignore[assignment]
    panel.lacking = []
    phase("pack the case for a dispute", panel.make_pack,
          lambda: panel.last_pack is not None)  # fmt: skip
    print(f"pack: {target.stat().st_size / 2**20:.0f} MB")
    controller.quit()
    core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
