"""The wizard's check page: what the import would do (new, updated, unchanged, rejected) and
every row with a problem, which can be saved as CSV to fix in Excel/WPS."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.exporting import safe_cell, write_csv
from desktop.core.importing.records import RowProblem
from desktop.core.services.imports import ImportPlan
from desktop.gui import files, messages
from desktop.gui.context import AppContext
from desktop.gui.imports_text import problem_text, source_name

translate = QCoreApplication.translate
#: Rows listed in the window; the saved list has them all.
SHOWN_PROBLEMS = 500


class PlanSummaryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._plan: ImportPlan | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        for column, (key, caption, colour) in enumerate(
            (
                ("new", translate("ImportDialog", "New cases"), "#1a73e8"),
                ("updated", translate("ImportDialog", "Updated"), "#188038"),
                ("unchanged", translate("ImportDialog", "Unchanged"), "#5f6368"),
                ("rejected", translate("ImportDialog", "Rows rejected"), "#a50e0e"),
            )
        ):
            number = QLabel("0")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet(f"font-size:22px; font-weight:bold; color:{colour};")
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(number, 0, column)
            counts.addWidget(label, 1, column)
            self.count_labels[key] = number
        layout.addLayout(counts)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#8a3b00;")
        self.notice.hide()
        layout.addWidget(self.notice)
        problems_row = QHBoxLayout()
        self.problems_caption = QLabel()
        problems_row.addWidget(self.problems_caption, 1)
        self.save_button = QPushButton(translate("ImportDialog", "Save this list…"))
        self.save_button.clicked.connect(self.save_problems)
        problems_row.addWidget(self.save_button)
        layout.addLayout(problems_row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Row"),
                translate("ImportDialog", "Column"),
                translate("ImportDialog", "Problem"),
                translate("ImportDialog", "Imported?"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)

    def forget_plan(self) -> None:
        """The plan is saved: its rows are no longer needed here."""
        self._plan = None

    def show_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        self.notice.hide()
        self.heading.setText(
            translate(
                "ImportDialog",
                "{rows} rows read from {file} ({source}). Nothing has been saved yet: check "
                "the numbers, then import.",
            ).format(
                rows=plan.rows_read,
                file=plan.preview.source.path.name,
                source=source_name(plan.columns.source.key),
            )
        )
        for key, value in (
            ("new", len(plan.new)),
            ("updated", len(plan.updates)),
            ("unchanged", plan.unchanged),
            ("rejected", plan.rejected_rows),
        ):
            self.count_labels[key].setText(f"{value:,}")
        listed = self._problems()
        total = len(listed)
        shown = listed[:SHOWN_PROBLEMS]
        if not total:
            caption = translate("ImportDialog", "No problems found in the file.")
        elif total > SHOWN_PROBLEMS:
            caption = translate(
                "ImportDialog", "{total} problems; the first {shown} are listed (save the list "
                "to see them all):"
            ).format(total=total, shown=SHOWN_PROBLEMS)  # fmt: skip
        else:
            caption = translate("ImportDialog", "{total} problems:").format(total=total)
        self.problems_caption.setText(caption)
        self.save_button.setVisible(bool(total))
        self.table.setVisible(bool(total))
        self.table.setRowCount(len(shown))
        for row, (problem, rejected) in enumerate(shown):
            cells = (
                str(problem.row),
                problem.column,
                problem_text(problem),
                _imported_text(rejected),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if rejected:
                    item.setForeground(QColor("#a50e0e"))
                if column == 2:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _problems(self) -> list[tuple[RowProblem, bool]]:
        """Rejected rows first (they need fixing), then imported rows with something to check,
        each in file order."""
        assert self._plan is not None
        rejected = sorted(self._plan.rejected, key=lambda p: p.row)
        notes = sorted(self._plan.notes, key=lambda p: p.row)
        return [(p, True) for p in rejected] + [(p, False) for p in notes]

    def save_problems(self) -> None:
        if self._plan is None:
            return
        suggested = translate("ImportDialog", "{name} problems.csv").format(
            name=self._plan.preview.source.path.stem
        )
        path = files.choose_csv_target(
            self, translate("ImportDialog", "Save the list of problems"), suggested
        )
        if path is None:
            return
        header = [
            translate("ImportDialog", "Row"),
            translate("ImportDialog", "Column"),
            translate("ImportDialog", "Value"),
            translate("ImportDialog", "Problem"),
            translate("ImportDialog", "Imported?"),
        ]
        rows = (
            [
                str(p.row),
                safe_cell(p.column),
                safe_cell(p.value, identifier=True),
                safe_cell(problem_text(p)),
                _imported_text(rejected),
            ]
            for p, rejected in self._problems()
        )
        try:
            write_csv(path, header, rows)
        except OSError as exc:
            messages.show_user_error(
                self,
                UserError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)),
            )


def _imported_text(rejected: bool) -> str:
    return (
        translate("ImportDialog", "no: fix the row and import again")
        if rejected
        else translate("ImportDialog", "yes: check the case")
    )
