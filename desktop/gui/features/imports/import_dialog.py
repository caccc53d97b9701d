"""The import wizard: read the file -> check its columns -> see what would change -> import.

Reading, checking and saving run in the background with progress and Cancel (a 100,000-row
export takes seconds); nothing is written before the user presses Import, and Cancel during
the import rolls it back whole. Several files (chosen or dropped together) are taken one
after another.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.imports import ImportPlan, ImportResult, Preview
from desktop.gui import messages
from desktop.gui.background import Job
from desktop.gui.context import AppContext
from desktop.gui.features.imports.column_mapping import ColumnMappingPage
from desktop.gui.features.imports.plan_summary import PlanSummaryPage
from desktop.gui.imports_text import field_name
from desktop.gui.problems import error_text

translate = QCoreApplication.translate


class ImportDialog(QDialog):
    imported = Signal(object)  # an ImportResult

    def __init__(self, ctx: AppContext, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._paths = list(paths)
        self._index = -1
        self._job: Job | None = None
        self._preview: Preview | None = None
        self._plan: ImportPlan | None = None
        self._close_when_idle = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(980, 640)

        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        self.busy_page = QWidget()
        busy = QVBoxLayout(self.busy_page)
        busy.addStretch(1)
        self.busy_text = QLabel()
        self.busy_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy.addWidget(self.busy_text)
        self.progress = QProgressBar()
        busy.addWidget(self.progress)
        busy.addStretch(1)
        self.pages.addWidget(self.busy_page)

        self.mapping = ColumnMappingPage()
        self.mapping.set_sources(ctx.core.imports.sources())
        self.mapping.source_changed.connect(self._on_source_chosen)
        self.mapping.mapping_changed.connect(self._update_buttons)
        self.pages.addWidget(self.mapping)

        self.summary = PlanSummaryPage(ctx)
        self.pages.addWidget(self.summary)

        self.done_page = QWidget()
        done = QVBoxLayout(self.done_page)
        done.addStretch(1)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_text.setStyleSheet("font-size:15px;")
        done.addWidget(self.done_text)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        self.undo_button = QPushButton(translate("ImportDialog", "Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        done.addLayout(undo_row)
        done.addStretch(2)
        self.pages.addWidget(self.done_page)

        # All navigation buttons share one role so that every platform keeps them in this
        # order, before Cancel: < Back, Check rows >, Import, Next file >.
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(
            translate("ImportDialog", "< Back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button = self.buttons.addButton(
            translate("ImportDialog", "Check rows >"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_file_button = self.buttons.addButton(
            translate("ImportDialog", "Next file >"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.back_button.clicked.connect(self._back)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.next_file_button.clicked.connect(self.next_file)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)
        self.next_file()

    # Flow ------------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self._paths[self._index]

    def next_file(self) -> None:
        self._index += 1
        self._preview, self._plan = None, None
        count = len(self._paths)
        title = translate("ImportDialog", "Import {file}").format(file=self.path.name)
        if count > 1:
            title += f" ({self._index + 1}/{count})"
        self.setWindowTitle(title)
        self._run(
            translate("ImportDialog", "Reading {file}…").format(file=self.path.name),
            lambda progress, cancelled: self._ctx.core.imports.preview(self.path),
            self._on_preview,
            writes=False,
        )

    def _on_preview(self, preview: Preview) -> None:
        self._preview = preview
        columns = None
        if preview.detected is not None:
            columns = self._ctx.core.imports.columns(preview)
        self.mapping.show_file(preview, columns)
        self._show(self.mapping)

    def _on_source_chosen(self, key: str) -> None:
        if self._preview is not None and key:
            self.mapping.show_file(
                self._preview, self._ctx.core.imports.columns(self._preview, key)
            )
            self._update_buttons()

    def check(self) -> None:
        columns = self.mapping.column_map()
        missing = self.mapping.missing_required()
        if columns is None or missing or self._preview is None:
            return
        preview = self._preview
        self._ctx.attempt(self, lambda: self._ctx.core.imports.remember_mapping(preview, columns))

        def work(progress: Any, cancelled: Any) -> ImportPlan:
            return self._ctx.core.imports.plan(preview, columns, progress, cancelled)

        self._run(
            translate("ImportDialog", "Checking the rows of {file}…").format(file=self.path.name),
            work,
            self._on_plan,
            writes=False,
            on_cancel=lambda: self._show(self.mapping),
        )

    def _on_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        self.summary.show_plan(plan)
        self._show(self.summary)

    def start_import(self) -> None:
        plan = self._plan
        if plan is None or not (plan.new or plan.updates):
            return

        def work(progress: Any, cancelled: Any) -> ImportResult:
            return self._ctx.core.imports.apply(plan, progress, cancelled)

        count = len(plan.new) + len(plan.updates)
        busy = translate("ImportDialog", "Importing %n case(s) from {file}…", None, count)
        self._run(
            busy.format(file=self.path.name),
            work,
            self._on_imported,
            writes=True,
            on_cancel=self._import_cancelled,
        )

    def _import_cancelled(self) -> None:
        self.summary.say(translate("ImportDialog", "The import was cancelled: nothing changed."))
        self._show(self.summary)

    def _on_imported(self, result: ImportResult) -> None:
        self._close_when_idle = False  # saved before Cancel could stop it: say so, stay open
        # Let the plan go before the window refreshes: while it lives, the garbage collector's
        # next full pass walks its 400,000 objects (half a second with the window frozen,
        # measured after a 100,000-row import); freed now, it costs a tenth of that. The
        # preview goes with it: for an .xlsx it holds the whole sheet.
        self._plan, self._preview = None, None
        self.summary.forget_plan()
        self.mapping.forget_preview()
        self._ctx.publish(result.changes)
        self.imported.emit(result)
        self.done_text.setText(
            translate(
                "ImportDialog",
                "{file} is imported: {new} new cases, {updated} updated, {unchanged} unchanged, "
                "{rejected} rows rejected.",
            ).format(
                file=self.path.name,
                new=result.new,
                updated=result.updated,
                unchanged=result.unchanged,
                rejected=result.rejected,
            )
        )
        self.undo_button.setVisible(True)
        self.undo_button.setEnabled(True)
        self._show(self.done_page)

    def undo(self) -> None:
        if not messages.confirm(
            self,
            translate("ImportDialog", "Undo this import?"),
            translate(
                "ImportDialog",
                "The cases it added are removed, and what it changed in other cases is "
                "withdrawn (their timelines keep a note of it).",
            ),
        ):
            return

        def work(progress: Any, cancelled: Any) -> Any:
            return self._ctx.core.imports.undo_last()

        self._run(
            translate("ImportDialog", "Undoing the import…"), work, self._on_undone, writes=True
        )

    def _on_undone(self, changes: Any) -> None:
        self._ctx.publish(changes)
        self.done_text.setText(
            translate("ImportDialog", "The import of {file} is undone.").format(file=self.path.name)
        )
        self.undo_button.setVisible(False)
        self._show(self.done_page)

    def _back(self) -> None:
        if self.pages.currentWidget() is self.summary:
            self._show(self.mapping)

    # Background work -------------------------------------------------------------------
    def _run(
        self,
        text: str,
        work: Any,
        on_success: Any,
        *,
        writes: bool,
        on_cancel: Any = None,
    ) -> None:
        self.busy_text.setText(text)
        self.progress.setRange(0, 0)
        self._show(self.busy_page)
        job = self._ctx.start_job(work, "import", writes=writes)
        self._job = job
        job.progress.connect(self._on_progress)
        job.succeeded.connect(on_success)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(on_cancel or self._on_failed_cancel)
        job.ended.connect(self._on_job_ended)

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(
                translate("ImportDialog", "{done} of {total}").format(done=done, total=total)
            )
        else:
            self.progress.setRange(0, 0)
            self.busy_text.setText(
                translate("ImportDialog", "Checking the rows of {file}: {rows} read…").format(
                    file=self.path.name, rows=done
                )
            )

    def _on_failed(self, error: UserError) -> None:
        self.done_text.setText(error_text(error))
        self.undo_button.setVisible(False)
        self._show(self.done_page)

    def _on_failed_cancel(self) -> None:
        self.done_text.setText(translate("ImportDialog", "Cancelled: nothing changed."))
        self.undo_button.setVisible(False)
        self._show(self.done_page)

    def _on_job_ended(self) -> None:
        self._job = None
        self._update_buttons()
        if self._close_when_idle:
            super().reject()

    @property
    def running(self) -> bool:
        return self._job is not None

    # Pages and buttons -----------------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentWidget()
        busy = page is self.busy_page
        plan = self._plan
        importable = plan is not None and bool(plan.new or plan.updates)
        more_files = self._index + 1 < len(self._paths)
        self.back_button.setVisible(page is self.summary)
        self.check_button.setVisible(page is self.mapping)
        missing = self.mapping.missing_required() if page is self.mapping else []
        self.check_button.setEnabled(self.mapping.column_map() is not None and not missing)
        if page is self.mapping and missing:
            self.check_button.setToolTip(
                translate("ImportDialog", "Choose a column for: {fields}").format(
                    fields="、".join(field_name(f) for f in missing)
                )
            )
        else:
            self.check_button.setToolTip("")
        self.import_button.setVisible(page is self.summary)
        self.import_button.setEnabled(importable)
        if plan is not None:
            count = len(plan.new) + len(plan.updates)
            self.import_button.setText(translate("ImportDialog", "Import %n case(s)", None, count))
        self.next_file_button.setVisible(page is self.done_page and more_files)
        self.cancel_button.setVisible(page is not self.done_page)
        self.close_button.setVisible(page is self.done_page)
        stopping = busy and self._job is not None and self._job.cancel_requested
        self.cancel_button.setEnabled(not stopping)

    def cancel(self) -> None:
        """The Cancel button: stop the running work and stay (nothing was changed), or close."""
        if self._job is None:
            super().reject()
            return
        self._job.cancel()
        self.busy_text.setText(translate("ImportDialog", "Cancelling…"))
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        """Esc or the window's close button: running work is cancelled first, and the window
        closes once it has stopped (an import being saved rolls back)."""
        if self._job is None:
            super().reject()
            return
        self._close_when_idle = True
        self.cancel()
