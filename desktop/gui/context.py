"""What every part of the GUI shares: the core services, the clock, and one signal that
carries each write's Changes so that views refresh only on their own data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.bootstrap import Core
from desktop.core.changes import Changes
from desktop.core.errors import FieldProblem, UserError, ValidationError
from desktop.gui import messages
from desktop.gui.background import Job, Work

translate = QCoreApplication.translate


class AppContext(QObject):
    changed = Signal(object)  # Changes
    open_case = Signal(int)  # show this case (from a notification, the tray, the due panel)
    language_changed = Signal(str)
    busy_changed = Signal(bool)  # a long write (an import) started or ended
    pushes_changed = Signal()  # a delivery pass sent or failed pushes (channels' last results)

    def __init__(self, core: Core, parent: QObject | None = None):
        super().__init__(parent)
        self.core = core
        self._jobs: list[Job] = []
        self._writing = 0

    @property
    def writing(self) -> bool:
        """A background job is writing: other writes would wait on its transaction."""
        return self._writing > 0

    def refuse_while_writing(self, parent: QWidget | None) -> bool:
        """True (and the user told why) while an import is being saved."""
        if self.writing:
            messages.inform(
                parent,
                translate("App", "CaseWatch is saving an import. Try again when it is done."),
            )
        return self.writing

    def start_job(self, work: Work, name: str, *, writes: bool) -> Job:
        job = Job(work, name, self, cleanup=self.core.db.close_thread_reader)
        self._jobs.append(job)
        if writes:
            self._writing += 1
            if self._writing == 1:
                self.busy_changed.emit(True)
        job.ended.connect(lambda: self._job_ended(job, writes))
        return job.start()

    def _job_ended(self, job: Job, writes: bool) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if writes:
            self._writing -= 1
            if self._writing == 0:
                self.busy_changed.emit(False)

    def stop_jobs(self, timeout: float) -> None:
        """At quit: cancel what runs (its transaction rolls back) and wait for it."""
        for job in list(self._jobs):
            job.cancel()
            job.wait(timeout)

    @property
    def clock(self):  # type: ignore[no-untyped-def]
        return self.core.clock

    def publish(self, changes: Changes) -> None:
        if changes != Changes():
            self.changed.emit(changes)

    def attempt(
        self,
        parent: QWidget | None,
        action: Callable[[], Changes],
        form: ProblemShower | None = None,
    ) -> bool:
        """Run a write and publish its Changes. Wrong input goes to `form`, beside its fields
        (else it is shown plainly, like any other UserError). Bugs go on to the crash
        handler."""
        if self.refuse_while_writing(parent):
            return False
        try:
            changes = action()
        except ValidationError as err:
            if form is None:
                messages.show_user_error(parent, err)
            else:
                form.show_problems(err.problems)
            return False
        except UserError as err:
            messages.show_user_error(parent, err)
            return False
        self.publish(changes)
        return True


class ProblemShower(Protocol):
    def show_problems(self, problems: list[FieldProblem]) -> None: ...
