"""The composition root: single instance -> logging -> database -> translations -> window,
tray, scheduler. Everything is wired here and nowhere else."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.core import autostart
from desktop.core.appnap import keep_timers_awake
from desktop.core.bootstrap import Core, open_core
from desktop.core.changes import Changes
from desktop.core.clock import Clock
from desktop.core.delivery import DeliveryLock
from desktop.core.errors import UserError
from desktop.core.logsetup import setup_logging
from desktop.core.paths import DataPaths
from desktop.core.services import reminder_settings
from desktop.core.services.engine import Wake
from desktop.core.services.pushes import PushReport
from desktop.gui import crash, i18n, icons, messages
from desktop.gui.background import Job
from desktop.gui.context import AppContext
from desktop.gui.features.reminders.card import ReminderCard
from desktop.gui.features.settings.settings_dialog import RulesDialog, SettingsDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.notify import Message, messages_for, repeat_message
from desktop.gui.single_instance import SingleInstance
from desktop.gui.sound import play_alert
from desktop.gui.tray import Tray

if TYPE_CHECKING:
    from desktop.gui.scheduler import ReminderScheduler

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
PAUSE = timedelta(hours=1)
SCHEDULER_DELAY_MS = 300
#: How long quitting waits for background work to stop (it checks for Cancel every 2,000 rows).
QUIT_WAIT_S = 30
#: How often a window waiting for the watcher to hand over tries the delivery lock again.
TAKEOVER_POLL_MS = 1000


def make_application(argv: list[str]) -> QApplication:
    autostart.set_windows_app_id()  # before any window: taskbar and notifications say CaseWatch
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("casewatch")
    app.setWindowIcon(icons.app_icon())
    app.setQuitOnLastWindowClosed(False)  # the tray keeps CaseWatch running
    return app


class Controller(QObject):
    """Owns the window, the tray and the scheduler, and connects them to the core."""

    def __init__(
        self,
        core: Core,
        app: QApplication,
        *,
        tray: bool = True,
        language: str | None = None,
        sound: Callable[[], None] = play_alert,
    ):
        super().__init__()
        self.core, self.app = core, app
        self.ctx = AppContext(core, self)
        self.language = language or i18n.resolve(core.settings.language)
        i18n.install(self.language)
        self.tray: Tray | None = None
        self.play_sound = sound
        self.card = self._make_card()
        self.window = self._make_window()
        if tray and Tray.available():
            self.attach_tray(Tray(self.ctx, self))
        self._scheduler: ReminderScheduler | None = None
        # Reminders are decided and pushed by one process per data folder: this window, once
        # it holds the lock (a headless watcher hands it over).
        self.lock = DeliveryLock(core.paths.root, "window")
        self._takeover = QTimer(self)
        self._takeover.setInterval(TAKEOVER_POLL_MS)
        self._takeover.timeout.connect(self._try_take_over)
        self._pushing: Job | None = None
        self.ctx.changed.connect(self.on_changes)
        self.ctx.busy_changed.connect(self._on_busy_changed)
        self.ctx.open_case.connect(self.open_case)
        self.ctx.language_changed.connect(self.switch_language)

    @property
    def scheduler(self) -> ReminderScheduler:
        """Made on first use: APScheduler is not needed before the window has painted."""
        if self._scheduler is None:
            from desktop.gui.scheduler import ReminderScheduler

            self.core.db.warm_up()  # the write path too: reminders are recorded as delivered
            self._scheduler = ReminderScheduler(self.core, parent=self)
            self._scheduler.hold = lambda: self.ctx.writing
            self._scheduler.woke.connect(self.on_wake)
            self._scheduler.ticked.connect(self.on_tick)
        return self._scheduler

    def attach_tray(self, tray: Tray) -> None:
        self.tray = tray
        tray.show_window.connect(self.show_window)
        tray.open_case.connect(self.open_case)
        tray.show_digest.connect(self.show_digest)
        tray.pause_requested.connect(self.pause)
        tray.resume_requested.connect(self.resume)
        tray.quit_requested.connect(self.quit)
        tray.show()
        self.window.set_tray_available(True)

    def _make_card(self) -> ReminderCard:
        card = ReminderCard(self.ctx)
        card.open_case.connect(self.open_case)
        card.open_all.connect(self.show_digest)
        return card

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.ctx, tray_available=self.tray is not None)
        window.restore_state(self.core.settings.get("ui.window"))
        window.quit_requested.connect(self.quit)
        window.settings_requested.connect(self.open_settings)
        window.channels_requested.connect(lambda: self.open_settings("channels"))
        window.rules_requested.connect(self.open_rules)
        window.pause_requested.connect(self.pause)
        window.resume_requested.connect(self.resume)
        window.close_to_tray.connect(self._closed_to_tray)
        return window

    def start(self, *, minimized: bool = False) -> None:
        if not minimized:
            self.window.show()
        # After the window has painted: what came due while CaseWatch was not running, and
        # what is still on the card from before (nobody acknowledged it).
        QTimer.singleShot(0 if minimized else SCHEDULER_DELAY_MS, self.start_delivering)
        QTimer.singleShot(SCHEDULER_DELAY_MS, self.check_playbooks)

    def start_delivering(self) -> None:
        self.card.refresh()
        if self.lock.try_acquire():
            self.scheduler.start()
        else:
            log.info("the delivery lock is held (%s): asking it to hand over", self.lock.owner())
            self.lock.request_takeover()
            self._takeover.start()
        self.window.due_panel.set_delivering(self.lock.held, self.lock.owner())

    def _try_take_over(self) -> None:
        if not self.lock.try_acquire():
            self.lock.request_takeover()  # still waiting: the request stays fresh
            return
        self._takeover.stop()
        log.info("took over delivering reminders for this data folder")
        self.window.due_panel.set_delivering(True, None)
        self.scheduler.start()

    def check_playbooks(self) -> None:
        """Read the playbook library now: a broken file of the shop's is said at start, and
        the queue's step counts follow a library changed since the last run (an upgrade, a
        file edited by hand)."""
        self.ctx.attempt(self.window, self.core.playbooks.reload)
        problems = self.core.playbooks.library().problems
        if problems:
            self.window.statusBar().showMessage(
                translate(
                    "App",
                    "{count} of your playbook files could not be used: see Tools → Scenario "
                    "playbooks.",
                ).format(count=len(problems))
            )

    # Reminders -------------------------------------------------------------------------
    def on_wake(self, wake: Wake) -> None:
        """What the engine decided: new reminders bring the card up (with a sound outside
        quiet hours) and a system notification; then the card's repeats and the pushes."""
        delivery = wake.delivery
        briefing = wake.briefing is not None and wake.briefing.noteworthy
        self.window.due_panel.refresh()
        if not delivery.empty or briefing:
            up = self.card.refresh(bring_up=True)
            self._announce(messages_for(delivery, self.ctx.clock), sound=up)
        else:
            self.card.refresh()
        self.check_repeats()
        self.deliver_pushes()

    def _announce(self, shown: list[Message], *, sound: bool) -> None:
        if self.tray is not None and self.tray.is_visible():
            for message in shown:
                self.tray.notify(message)
        elif shown:
            self.window.due_dock.show()
            self.app.alert(self.window)
        if sound and self.sound_allowed():
            self.play_sound()

    def sound_allowed(self) -> bool:
        prefs = reminder_settings.load(self.core.settings)
        return prefs.sound and not prefs.quiet.contains(self.ctx.clock.now())

    def check_repeats(self) -> None:
        """Overdue cases nobody acknowledged come back every so often."""
        if not self.lock.held:
            return
        again = self.core.alerts.repeat_due()
        if again and self.card.refresh(bring_up=True):
            card = self.card.card
            self._announce([repeat_message(card.total, card.overdue)], sound=True)

    def deliver_pushes(self) -> None:
        """Send what waits in the outbox, off the GUI thread (the network may be slow)."""
        if self._pushing is not None or self.ctx.writing or not self.lock.held:
            return
        due = self.core.pushes.next_attempt_at()
        if due is None or due > self.ctx.clock.now():
            return
        pushes = self.core.pushes
        job = self.ctx.start_job(lambda _p, cancelled: pushes.deliver(cancelled), "push",
                                 writes=False)  # fmt: skip
        self._pushing = job
        job.succeeded.connect(self._pushed)
        job.ended.connect(self._push_ended)

    def _pushed(self, report: PushReport) -> None:
        if not report.empty:
            self.window.due_panel.refresh()
            self.ctx.pushes_changed.emit()

    def _push_ended(self) -> None:
        self._pushing = None
        if self._scheduler is not None:
            self._scheduler.reschedule()  # a failed push has a retry time now

    def on_tick(self) -> None:
        self.window.tick()
        if self.tray is not None:
            self.tray.refresh()
        self.card.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.lock.held:
            self.scheduler.on_changes(changes)
        if changes.touches_cases or changes.reminders:
            self.card.refresh()  # a case handled leaves the card
        if self.tray is not None:
            self.tray.refresh()

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self._scheduler is not None:
            self._scheduler.release()
            self.deliver_pushes()

    def pause(self) -> None:
        self.ctx.attempt(self.window, lambda: self.core.settings.pause(self.ctx.clock.now(), PAUSE))

    def resume(self) -> None:
        self.ctx.attempt(self.window, self.core.settings.resume)

    # Window ----------------------------------------------------------------------------
    def show_window(self) -> None:
        self.window.bring_to_front()

    def activate_from_second_launch(self) -> None:
        log.info("a second launch asked this CaseWatch to come to the front")
        self.show_window()

    def open_case(self, case_id: int) -> None:
        self.window.open_case(case_id)

    def show_digest(self) -> None:
        self.window.show_overdue()

    def open_settings(self, page: str = "general") -> SettingsDialog:
        dialog = SettingsDialog(self.ctx, self.window, page=page)
        dialog.open()
        return dialog

    def open_rules(self) -> RulesDialog:
        dialog = RulesDialog(self.ctx, self.language, self.window)
        dialog.open()
        return dialog

    def switch_language(self, setting: str) -> None:
        """Rebuild the window in the new language (every string is created translated)."""
        self.language = i18n.resolve(setting)
        i18n.install(self.language)
        selected = self.window.queue.selected_case()
        visible = self.window.isVisible()
        self.core.settings.set("ui.window", self.window.save_state())
        old, old_card = self.window, self.card
        self.window = self._make_window()
        self.card = self._make_card()
        old.hide()
        old.deleteLater()
        card_up = old_card.isVisible()
        old_card.hide()
        old_card.deleteLater()
        if visible:
            self.window.show()
        if selected is not None:
            self.window.open_case(selected)
        self.window.due_panel.set_delivering(self.lock.held, self.lock.owner())
        if card_up:
            self.card.refresh()
        if self.tray is not None:
            self.tray.refresh()

    def _closed_to_tray(self) -> None:
        """The first time ever, say where CaseWatch went (Qt's own tray example does too)."""
        if self.tray is not None and not self.core.settings.get("ui.told_about_tray", False):
            self.core.settings.set("ui.told_about_tray", True)
            self.tray.notify_text(
                translate("App", "CaseWatch keeps running"),
                translate("App", "Reminders go on from the tray. Quit from the tray menu."),
            )

    def quit(self) -> None:
        self.ctx.stop_jobs(QUIT_WAIT_S)  # an import being saved rolls back
        self.window.allow_close()
        self.core.settings.set("ui.window", self.window.save_state())
        if self._scheduler is not None:
            self._scheduler.shutdown()
        self._takeover.stop()
        self.lock.release()
        self.card.hide()
        if self.tray is not None:
            self.tray.hide()
        self.app.quit()


def run_gui(
    data_dir: Path | None,
    *,
    minimized: bool = False,
    language: str | None = None,
    clock: Clock | None = None,
) -> int:
    started = time.perf_counter()
    app = make_application(sys.argv)
    paths = DataPaths.at(data_dir)
    instance = SingleInstance(paths.root)
    if instance.forward_to_running():
        return 0  # the running CaseWatch comes to the front
    # Claim the name before opening the database, so two launches never both run.
    listening = instance.listen()
    if not listening and instance.forward_to_running():
        return 0
    try:
        paths.ensure()
        log_file = setup_logging(paths.logs)
    except OSError as exc:
        i18n.install(i18n.resolve("auto"))
        messages.show_user_error(
            None,
            UserError("data_dir_unusable", path=str(paths.root), detail=exc.strerror or str(exc)),
        )
        return 3
    crash.install(log_file)
    autostart.hold_windows_mutex()  # the uninstaller waits while CaseWatch runs
    keep_timers_awake()
    log.info("CaseWatch %s starting, data in %s", __version__, paths.root)
    try:
        core = open_core(paths.root, clock)
    except UserError as err:
        i18n.install(i18n.resolve("auto"))
        messages.show_user_error(None, err)
        return 3
    if listening:
        log.info("listening for a second launch as %s", instance.name)
    else:
        log.warning("cannot listen as %s: a second launch will start another copy", instance.name)
    controller = Controller(core, app, language=language)
    instance.activation_requested.connect(controller.activate_from_second_launch)
    controller.start(minimized=minimized)
    if os.environ.get("CASEWATCH_STARTUP_PROBE"):
        _report_first_paint(controller, started)
    code = app.exec()
    instance.close()
    core.close()
    return code


def _report_first_paint(controller: Controller, started: float) -> None:
    """For benchmarks/queue_100k.py: print when the window first painted, then quit."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    window = controller.window

    class Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and obj.window() is window
            ):
                print(f"FIRST_PAINT {time.time():.6f} {time.perf_counter() - started:.6f}",
                      flush=True)  # fmt: skip
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, controller.quit)
            return False

    probe = Probe(window)
    QApplication.instance().installEventFilter(probe)
