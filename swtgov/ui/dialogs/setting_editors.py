"""Structured editors for settings that are more than one number or text.

A secretary should never type JSON. Each editor shows a structured value the way one
thinks of it and hands back the same value the command line reads and writes:

* :class:`AppetiteEditor`: risicobereidheid per category, a table with a spin box per row;
* :class:`BandsEditor`: the four score bands as ranges, checked to cover 1–25 without gaps;
* :class:`LabelsEditor`: five lines, the meaning of 1 to 5.

:func:`editor_for` picks the editor of a setting (None: the dialog's plain field).
Every editor has ``value()``, ``set_value()`` and ``problem()`` (a Dutch reason or None).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.risks.rules import BAND_LABELS, check_appetite, check_bands, check_labels
from swtgov.domain.settings import SettingSpec
from swtgov.ui import style
from swtgov.ui.icons import icon


class StructuredEditor(QWidget):
    """What every structured editor offers the settings dialog."""

    #: the value changed (the dialog re-checks it)
    edited = Signal()

    def __init__(self, check: Callable[[Any], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.problem_label = QLabel()
        self.problem_label.setProperty("role", "problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.edited.connect(self._show_problem)

    # --- what each editor gives (its own methods) ---------------------------------------
    #: the value as stored (a dict or a list)
    value: Callable[[], Any]
    #: show a stored value
    set_value: Callable[[Any], None]

    def problem(self) -> str | None:
        """Why the value cannot be saved (Dutch), or None."""
        return self._check(self.value())

    def _show_problem(self) -> None:
        reason = self.problem()
        self.problem_label.setText(reason or "")
        self.problem_label.setVisible(bool(reason))


class AppetiteEditor(StructuredEditor):
    """Risicobereidheid per category: a category name and a maximum netto score (1–25)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(check_appetite, parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Highest acceptable net score")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.add_button = QPushButton(icon("add"), self.tr("Add category"))
        self.add_button.clicked.connect(lambda: self.add_row("", 9, edit=True))
        self.remove_button = QPushButton(self.tr("Remove category"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        style.tighten(layout)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.problem_label)

    def add_row(self, category: str, limit: int, edit: bool = False) -> int:
        """Add a category with its limit; returns its row."""
        row = self.table.rowCount()
        self.table.blockSignals(True)  # the row is complete (name and spin box) before it is read
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(category))
        self.table.blockSignals(False)
        spin = QSpinBox()
        spin.setRange(1, 25)
        spin.setValue(limit)
        spin.setAccessibleName(self.tr("Highest acceptable net score"))
        spin.valueChanged.connect(lambda _v: self.edited.emit())
        self.table.setCellWidget(row, 1, spin)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        self.edited.emit()
        return row

    def remove_current(self) -> None:
        """Remove the chosen category (it then falls back to the default appetite)."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def spin(self, row: int) -> QSpinBox:
        """The spin box of a row."""
        widget = self.table.cellWidget(row, 1)
        if not isinstance(widget, QSpinBox):
            raise LookupError(f"row {row} has no spin box")
        return widget

    def value(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = " ".join((item.text() if item else "").split())
            if name:
                result[name] = self.spin(row).value()
        return result

    def problem(self) -> str | None:
        names = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = " ".join((item.text() if item else "").split())
            if not name:
                return self.tr("Row {row} has no category name.").format(row=row + 1)
            if name.casefold() in names:
                return self.tr('The category "{name}" is listed twice.').format(name=name)
            names.append(name.casefold())
        return super().problem()

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for category, limit in dict(value).items():
            self.add_row(str(category), int(limit))


class BandsEditor(StructuredEditor):
    """The four score bands as ranges from–to; together they must cover 1–25 without gaps.

    Changing where a band ends moves the start of the next one along, so the usual edit
    keeps the bands closed; the check still names any gap or overlap typed by hand.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(check_bands, parent)
        self.lows: dict[str, QSpinBox] = {}
        self.highs: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(style.SPACING)
        grid.addWidget(QLabel(self.tr("Band")), 0, 0)
        grid.addWidget(QLabel(self.tr("From score")), 0, 1)
        grid.addWidget(QLabel(self.tr("Up to and including")), 0, 2)
        for row, label in enumerate(BAND_LABELS, start=1):
            low, high = QSpinBox(), QSpinBox()
            for spin in (low, high):
                spin.setRange(1, 25)
                spin.setAccessibleName(f"{label}")
                spin.valueChanged.connect(lambda _v: self.edited.emit())
            high.valueChanged.connect(lambda v, r=row: self._follow(r, v))
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(low, row, 1)
            grid.addWidget(high, row, 2)
            self.lows[label], self.highs[label] = low, high
        grid.setColumnStretch(3, 1)
        note = style.hint(self.tr("Score = likelihood × impact, from 1 to 25. The bands follow each other "
                                  "without gaps: changing where one ends moves the start of the next."))
        layout = QVBoxLayout(self)
        style.tighten(layout)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.problem_label)

    def _follow(self, row: int, high: int) -> None:
        if row < len(BAND_LABELS) and high < 25:
            self.lows[BAND_LABELS[row]].setValue(high + 1)

    def value(self) -> dict[str, list[int]]:
        return {label: [self.lows[label].value(), self.highs[label].value()] for label in BAND_LABELS}

    def set_value(self, value: Any) -> None:
        for label in BAND_LABELS:
            low, high = value[label]
            self.highs[label].blockSignals(True)
            self.highs[label].setValue(int(high))
            self.highs[label].blockSignals(False)
            self.lows[label].setValue(int(low))
        self.edited.emit()


class LabelsEditor(StructuredEditor):
    """Five lines: what 1 to 5 mean on the kans or impact scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(check_labels, parent)
        self.lines: list[QLineEdit] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(style.SPACING)
        for level in range(1, 6):
            line = QLineEdit()
            line.setAccessibleName(str(level))
            line.textChanged.connect(lambda _t: self.edited.emit())
            number = QLabel(str(level))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(number, level - 1, 0)
            grid.addWidget(line, level - 1, 1)
            self.lines.append(line)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        style.tighten(layout)
        layout.addLayout(grid)
        layout.addWidget(self.problem_label)

    def value(self) -> list[str]:
        return [line.text().strip() for line in self.lines]

    def set_value(self, value: Any) -> None:
        for line, text in zip(self.lines, list(value), strict=False):
            line.setText(str(text))


#: setting key -> its structured editor
EDITORS: dict[str, Callable[[], StructuredEditor]] = {
    "risicos.appetite": AppetiteEditor,
    "risicos.bands": BandsEditor,
    "risicos.kans_labels": LabelsEditor,
    "risicos.impact_labels": LabelsEditor,
}


def editor_for(spec: SettingSpec, value: Any) -> StructuredEditor | None:
    """The structured editor of a setting, showing ``value``; None when it has none."""
    factory = EDITORS.get(spec.key)
    if factory is None:
        return None
    editor = factory()
    editor.set_value(value)
    editor.edited.emit()
    return editor
