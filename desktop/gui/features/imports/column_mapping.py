"""The wizard's column page: where the export comes from, and which of its columns holds each
field, with the first values of each column so a wrong match is plain to see."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.importing.mapping import ColumnMap
from desktop.core.importing.sources import FIELDS, REQUIRED, SourceSpec
from desktop.core.services.imports import Preview
from desktop.gui.imports_text import field_name, source_name

translate = QCoreApplication.translate
NOT_USED = -1
SAMPLE_VALUES = 3


def fields_for(spec: SourceSpec) -> list[str]:
    """The fields a file of this source can fill (the platform only where rows name it)."""
    wanted = [f for f in FIELDS if f != "platform" or spec.platform == "generic"]
    return sorted(wanted, key=lambda f: (f not in _required(spec), FIELDS.index(f)))


def _required(spec: SourceSpec) -> tuple[str, ...]:
    return (*REQUIRED, "platform") if spec.platform == "generic" else REQUIRED


class ColumnMappingPage(QWidget):
    source_changed = Signal(str)  # a source key
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source.activated.connect(lambda: self.source_changed.emit(self.source_key()))
        form.addRow(translate("ImportDialog", "Export from"), self.source)
        self.file_info = QLabel()
        self.file_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("ImportDialog", "File"), self.file_info)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "CaseWatch field"),
                translate("ImportDialog", "Column in your file"),
                translate("ImportDialog", "First values"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.unused = QLabel()
        self.unused.setWordWrap(True)
        self.unused.setStyleSheet("color:#5f6368;")
        layout.addWidget(self.unused)
        self._preview: Preview | None = None
        self._spec: SourceSpec | None = None
        self._fields: list[str] = []
        self._combos: dict[str, QComboBox] = {}

    # Filling ---------------------------------------------------------------------------
    def set_sources(self, sources: dict[str, SourceSpec]) -> None:
        self.source.clear()
        for key in sources:
            self.source.addItem(source_name(key), key)

    def forget_preview(self) -> None:
        """The file is imported: its rows (an .xlsx sheet held whole) are no longer needed."""
        self._preview = None

    def show_file(self, preview: Preview, columns: ColumnMap | None) -> None:
        """The file's columns as matched for `columns.source`; None: the source is unknown."""
        self._preview = preview
        source = preview.source
        if source.kind == "xlsx":
            info = translate("ImportDialog", "{name} · sheet “{sheet}” · headers in row {row}")
        else:
            info = translate(
                "ImportDialog",
                "{name} · {encoding} · separated by “{delimiter}” · headers in row {row}",
            )
        self.file_info.setText(
            info.format(
                name=source.path.name,
                sheet=source.sheet or "",
                encoding=(source.encoding or "").upper().replace("-SIG", " BOM"),
                delimiter={"\t": translate("ImportDialog", "Tab")}.get(
                    source.delimiter or ",", source.delimiter or ","
                ),
                row=preview.header_row,
            )
        )
        if columns is None:
            self._spec = None
            self.source.setCurrentIndex(-1)
            self.hint.setText(
                translate(
                    "ImportDialog",
                    "CaseWatch does not recognise these columns. Choose which export this is, "
                    "then match the columns.",
                )
            )
            self.hint.setStyleSheet("color:#8a3b00;")
            self.table.setRowCount(0)
            self.unused.clear()
            return
        self._spec = columns.source
        self.source.setCurrentIndex(self.source.findData(columns.source.key))
        detected = preview.detected is not None and preview.detected.key == columns.source.key
        self.hint.setStyleSheet("")
        self.hint.setText(
            translate(
                "ImportDialog",
                "Recognised as {source}. Check that each field has the right column: the "
                "first values are shown beside it. Corrections are remembered for this export.",
            ).format(source=source_name(columns.source.key))
            if detected
            else translate(
                "ImportDialog",
                "Read as {source}. Check that each field has the right column: the first "
                "values are shown beside it. Corrections are remembered for this export.",
            ).format(source=source_name(columns.source.key))
        )
        self._fill(columns)

    def _fill(self, columns: ColumnMap) -> None:
        assert self._preview is not None
        self._fields = fields_for(columns.source)
        self._combos.clear()
        self.table.setRowCount(len(self._fields))
        required = _required(columns.source)
        for row, field in enumerate(self._fields):
            name = field_name(field) + (" *" if field in required else "")
            self.table.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox()
            combo.addItem(translate("ImportDialog", "— not in this file —"), NOT_USED)
            for index, header in enumerate(columns.headers):
                if header.strip():
                    combo.addItem(header, index)
            combo.setCurrentIndex(max(combo.findData(columns.columns.get(field, NOT_USED)), 0))
            combo.currentIndexChanged.connect(lambda _=0, r=row: self._on_choice(r))
            self._combos[field] = combo
            self.table.setCellWidget(row, 1, combo)
            self.table.setItem(row, 2, QTableWidgetItem())
            self._update_row(row)
        self._update_unused()

    # Reading ---------------------------------------------------------------------------
    def source_key(self) -> str:
        return self.source.currentData() or ""

    def chosen(self) -> dict[str, int]:
        """field -> column index, for the fields given a column."""
        return {
            field: combo.currentData()
            for field, combo in self._combos.items()
            if combo.currentData() != NOT_USED
        }

    def column_map(self) -> ColumnMap | None:
        if self._spec is None or self._preview is None:
            return None
        return ColumnMap(self._spec, self.chosen(), self._preview.headers)

    def choose(self, field: str, header: str | None) -> None:
        """Set a field's column by header text (None: not in this file)."""
        combo = self._combos[field]
        combo.setCurrentIndex(max(combo.findText(header), 0) if header else 0)

    def missing_required(self) -> list[str]:
        if self._spec is None:
            return []
        chosen = self.chosen()
        return [f for f in _required(self._spec) if f not in chosen]

    # Display ---------------------------------------------------------------------------
    def _on_choice(self, row: int) -> None:
        self._update_row(row)
        self._update_unused()
        self.mapping_changed.emit()

    def _update_row(self, row: int) -> None:
        assert self._preview is not None
        assert self._spec is not None
        field = self._fields[row]
        index = self._combos[field].currentData()
        sample = self.table.item(row, 2)
        name = self.table.item(row, 0)
        if index == NOT_USED:
            missing = field in _required(self._spec)
            sample.setText(translate("ImportDialog", "required") if missing else "")
            colour = QColor("#a50e0e") if missing else QColor("#80868b")
            name.setForeground(colour)
            sample.setForeground(colour)
            return
        values = [r[index] for r in self._preview.sample if index < len(r) and r[index]]
        sample.setText("  |  ".join(values[:SAMPLE_VALUES]))
        sample.setForeground(QColor())
        name.setForeground(QColor())

    def _update_unused(self) -> None:
        assert self._preview is not None
        used = set(self.chosen().values())
        unused = [h for n, h in enumerate(self._preview.headers) if n not in used and h.strip()]
        self.unused.setText(
            translate("ImportDialog", "Columns CaseWatch does not read: {columns}").format(
                columns="、".join(unused)
            )
            if unused
            else ""
        )
