"""The playbook library: every scenario, the shop's edits and its own scenarios. An edit is
saved as the shop's file in the data folder, so it survives an upgrade of CaseWatch's library;
"Restore the shipped version" deletes it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.playbooks.model import Applies, Origin, Scenario, Step, text_in
from desktop.gui import i18n, messages
from desktop.gui.context import AppContext
from desktop.gui.features.playbooks.choose_dialog import origin_mark
from desktop.gui.features.playbooks.scenario_editor import ScenarioEditor
from desktop.gui.problems import data_file_text, data_file_where

translate = QCoreApplication.translate


class LibraryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, select: str = ""):
        super().__init__(parent)
        self._ctx = ctx
        self._dirty = False
        self._current: str | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("PlaybookEditor", "Scenario playbooks"))
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(
            "background:#fde2e1; color:#a50e0e; padding:8px; border-radius:4px;"
        )
        layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_current)
        splitter.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.editor = ScenarioEditor()
        self.editor.changed.connect(self._on_changed)
        scroll.setWidget(self.editor)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("PlaybookEditor", "Save"))
        self.save_button.clicked.connect(self.save)
        self.restore_button = QPushButton(
            translate("PlaybookEditor", "Restore the shipped version")
        )
        self.restore_button.clicked.connect(self.restore)
        self.delete_button = QPushButton(translate("PlaybookEditor", "Delete this scenario"))
        self.delete_button.clicked.connect(self.restore)
        self.copy_button = QPushButton(translate("PlaybookEditor", "Copy as a new scenario"))
        self.copy_button.clicked.connect(self.copy_as_new)
        self.new_button = QPushButton(translate("PlaybookEditor", "New scenario"))
        self.new_button.clicked.connect(self.new_scenario)
        self.shipped_button = QPushButton(translate("PlaybookEditor", "Show the shipped version…"))
        self.shipped_button.clicked.connect(self.show_shipped)
        folder = QPushButton(translate("PlaybookEditor", "Open the folder"))
        folder.setToolTip(str(ctx.core.playbooks.folder))
        folder.clicked.connect(self._open_folder)
        for button in (
            self.save_button,
            self.restore_button,
            self.delete_button,
            self.copy_button,
            self.new_button,
            self.shipped_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(folder)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])
        layout.addWidget(splitter, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh(select)

    # The list ----------------------------------------------------------------------------
    def refresh(self, select: str = "") -> None:
        library = self._ctx.core.playbooks.library()
        language = i18n.current()
        self.problems.setText(
            translate("PlaybookEditor", "These files of yours could not be used:")
            + "\n"
            + "\n".join(
                f"{p.file}: {data_file_where(p.where)}: "
                f"{data_file_text(p.code, p.params, p.message)}"
                for p in library.problems
            )
        )
        self.problems.setVisible(bool(library.problems))
        outdated = {s.id for s in library.outdated_edits()}
        self.list.blockSignals(True)
        self.list.clear()
        for scenario in sorted(
            library.scenarios.values(), key=lambda s: text_in(s.title, language)
        ):
            text = text_in(scenario.title, language) + origin_mark(scenario)
            if scenario.id in outdated:
                text += " ⟳"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            if scenario.origin is not Origin.SHIPPED:
                item.setForeground(QColor("#1a73e8"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        wanted = select or self._current
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(n)
                break
        else:
            if self.list.count():
                self.list.setCurrentRow(0)

    def scenario(self) -> Scenario | None:
        return self._ctx.core.playbooks.library().get(self._current) if self._current else None

    def _on_current(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        if self._dirty and wanted != self._current and not self._discard_ok():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._current = wanted
        self._show_current()

    def _show_current(self) -> None:
        scenario = self.scenario()
        if scenario is None:
            return
        self.editor.show_scenario(scenario, i18n.current())
        self._dirty = False
        library = self._ctx.core.playbooks.library()
        shipped = library.shipped.get(scenario.id)
        if scenario.origin is Origin.EDITED and shipped is not None:
            status = translate("PlaybookEditor", "Your version of a shipped scenario.")
            if (scenario.based_on or 0) < shipped.revision:
                status += " " + translate(
                    "PlaybookEditor",
                    "⟳ CaseWatch has since shipped a newer version of it: restore the shipped "
                    "version to see it (yours is then gone).",
                )
        elif scenario.origin is Origin.OWN:
            status = translate("PlaybookEditor", "Your own scenario.")
        else:
            status = translate(
                "PlaybookEditor",
                "As CaseWatch ships it. Saving a change keeps it as your version.",
            )
        sources = "; ".join(scenario.sources)
        if sources:
            status += "\n" + translate("PlaybookEditor", "From: {sources}").format(sources=sources)
        self.status.setText(status)
        self._update_buttons()

    def _update_buttons(self) -> None:
        scenario = self.scenario()
        origin = scenario.origin if scenario else Origin.SHIPPED
        self.save_button.setEnabled(self._dirty)
        self.restore_button.setVisible(origin is Origin.EDITED)
        self.shipped_button.setVisible(origin is Origin.EDITED)
        self.delete_button.setVisible(origin is Origin.OWN)

    def _on_changed(self) -> None:
        self._dirty = True
        self._update_buttons()

    def _discard_ok(self) -> bool:
        return messages.confirm(
            self,
            translate("PlaybookEditor", "Discard your changes?"),
            translate("PlaybookEditor", "The changes to this scenario are not saved."),
        )

    # Acting ------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.scenario() is None:
            return False
        edited = self.editor.scenario()
        if not self._ctx.attempt(
            self, lambda: self._ctx.core.playbooks.save_scenario(edited), self.editor.form
        ):
            return False
        self._dirty = False
        self.refresh(edited.id)
        return True

    def restore(self) -> None:
        scenario = self.scenario()
        if scenario is None or scenario.origin is Origin.SHIPPED:
            return
        if scenario.origin is Origin.OWN:
            title = translate("PlaybookEditor", "Delete this scenario?")
            text = translate(
                "PlaybookEditor",
                "“{title}” is deleted; cases that followed it keep their note of it.",
            ).format(title=text_in(scenario.title, i18n.current()))
        else:
            title = translate("PlaybookEditor", "Restore the shipped version?")
            text = translate(
                "PlaybookEditor",
                "Your changes to “{title}” are deleted; steps ticked on cases stay ticked where "
                "the step still exists.",
            ).format(title=text_in(scenario.title, i18n.current()))
        if not messages.confirm(self, title, text):
            return
        keep = scenario.id if scenario.origin is Origin.EDITED else ""
        self._dirty = False
        if self._ctx.attempt(self, lambda: self._ctx.core.playbooks.restore_default(scenario.id)):
            self._current = keep or None
            self.refresh(keep)

    def copy_as_new(self) -> None:
        scenario = self.scenario()
        if scenario is None:
            return
        if self._dirty and not self._discard_ok():
            return
        new_id = self._ctx.core.playbooks.new_scenario_id()
        language = i18n.current()
        title = translate("PlaybookEditor", "{title} (copy)").format(
            title=text_in(scenario.title, language)
        )
        copy = replace(
            scenario,
            id=new_id,
            revision=1,
            based_on=None,
            origin=Origin.OWN,
            title={"*": title},
        )
        self._dirty = False
        if self._ctx.attempt(self, lambda: self._ctx.core.playbooks.save_scenario(copy)):
            self._current = new_id
            self.refresh(new_id)

    def show_shipped(self) -> None:
        """The shipped version beside the shop's own, to compare before restoring it."""
        scenario = self.scenario()
        shipped = self._ctx.core.playbooks.library().shipped.get(scenario.id) if scenario else None
        if shipped is None:
            return
        language = i18n.current()
        lines = [text_in(shipped.title, language), "", text_in(shipped.summary, language), ""]
        lines += [f"{n}. {text_in(s.text, language)}" for n, s in enumerate(shipped.steps, 1)]
        for script in shipped.scripts:
            lines += ["", f"【{text_in(script.title, language)}】", text_in(script.text, "zh_CN")]
        messages.inform(self, "\n".join(lines))

    def new_scenario(self) -> None:
        """A scenario of the shop's own, to fill in: one step, suggested for nothing yet."""
        if self._dirty and not self._discard_ok():
            return
        new_id = self._ctx.core.playbooks.new_scenario_id()
        blank = Scenario(
            id=new_id,
            revision=1,
            title={"*": translate("PlaybookEditor", "New scenario")},
            summary={},
            applies=Applies(),
            steps=(Step("step-1", {"*": translate("PlaybookEditor", "New step")}),),
            origin=Origin.OWN,
        )
        self._dirty = False
        if self._ctx.attempt(self, lambda: self._ctx.core.playbooks.save_scenario(blank)):
            self._current = new_id
            self.refresh(new_id)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def _open_folder(self) -> None:
        folder = self._ctx.core.playbooks.folder
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self._dirty and not self._discard_ok():
            return
        super().reject()
