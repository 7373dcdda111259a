"""The detail editor of one risk: its fields, re-assessing with a date and its history,
and its beheersmaatregelen. Every change is one undoable, audited step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.risks.model import RISK_STATUSES, Assessment, Measure, Risk
from swtgov.domain.risks.rules import RiskRules
from swtgov.domain.risks.signals import trend
from swtgov.errors import SwtgovError
from swtgov.services.risks import register as service
from swtgov.store.audit import Audit
from swtgov.ui.errors import show_error
from swtgov.ui.models import ColumnDef, RecordTableModel
from swtgov.ui.risks.dialogs import LevelsBox, MeasureDialog, category_combo
from swtgov.ui.session import Session
from swtgov.ui.widgets import date_edit, from_qdate, to_qdate

OVERDUE = "#f6d2d2"


def _table(model: RecordTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(True)
    return view


class RiskEditor(QWidget):
    """Shows and edits the risk chosen in the register."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.risk: Risk | None = None
        self.history: list[Assessment] = []
        self.measures: list[Measure] = []
        self.rules = RiskRules()
        self.read_only = False

        self.heading = QLabel(self.tr("Choose a risk in the register or in the heatmap."))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Risk"))
        self.tabs.addTab(self._assessment_tab(), self.tr("Assessment"))
        self.tabs.addTab(self._measures_tab(), self.tr("Measures"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.setEnabled(False)

    # --- tabs ---------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        tab = QWidget()
        self.title_edit = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.category = category_combo([])
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.status = QComboBox()
        self.status.addItems(list(RISK_STATUSES))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_fields)
        self.revert_button = QPushButton(self.tr("Undo edits"))
        self.revert_button.clicked.connect(self._fill)
        form = QFormLayout(tab)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Status:"), self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        return tab

    def _assessment_tab(self) -> QWidget:
        tab = QWidget()
        self.assessed_on = date_edit(self.session.as_of)
        self.levels = LevelsBox(self.rules)
        self.reassess_button = QPushButton(self.tr("Re-assess"))
        self.reassess_button.setToolTip(self.tr("Adds a dated assessment; the earlier ones stay in the history."))
        self.reassess_button.clicked.connect(self.reassess)
        self.history_model: RecordTableModel[tuple[Assessment, str]] = RecordTableModel(
            [
                ColumnDef(self.tr("Date"), lambda r: display.date(r[0].assessed_on), sort=lambda r: r[0].assessed_on),
                ColumnDef(self.tr("Gross"), lambda r: f"{r[0].kans} × {r[0].impact} = {r[0].bruto}", align_right=True),
                ColumnDef(self.tr("Net"), lambda r: f"{r[0].netto_kans} × {r[0].netto_impact} = {r[0].netto}",
                          align_right=True),
                ColumnDef(self.tr("Trend"), lambda r: r[1]),
                ColumnDef(self.tr("Note"), lambda r: r[0].note),
            ],
            self,
        )
        self.history_view = _table(self.history_model)
        self.assess_form = QWidget()
        top = QVBoxLayout(self.assess_form)
        top.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Assessed on:")))
        row.addWidget(self.assessed_on)
        row.addStretch(1)
        row.addWidget(self.reassess_button)
        top.addLayout(row)
        top.addWidget(self.levels)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.assess_form)
        layout.addWidget(QLabel(self.tr("History (newest first):")))
        layout.addWidget(self.history_view, 1)
        return tab

    def _measures_tab(self) -> QWidget:
        tab = QWidget()
        self.measure_model: RecordTableModel[Measure] = RecordTableModel(
            [
                ColumnDef(self.tr("Measure"), lambda m: m.description),
                ColumnDef(self.tr("Owner"), lambda m: m.owner),
                ColumnDef(self.tr("Status"), lambda m: m.status),
                ColumnDef(
                    self.tr("Deadline"), lambda m: display.date(m.deadline), sort=lambda m: m.deadline,
                    background=lambda m: OVERDUE if m.is_overdue(self.session.as_of) else None,
                    tooltip=lambda m: self.tr("Overdue") if m.is_overdue(self.session.as_of) else None,
                ),
            ],
            self,
        )
        self.measure_view = _table(self.measure_model)
        # Long descriptions wrap: the rows follow the column widths.
        self.measure_view.horizontalHeader().sectionResized.connect(
            lambda *_args: self.measure_view.resizeRowsToContents())
        self.measure_view.doubleClicked.connect(lambda _i: self.edit_measure())
        self.add_measure_button = QPushButton(self.tr("Add measure…"))
        self.add_measure_button.clicked.connect(self.add_measure)
        self.edit_measure_button = QPushButton(self.tr("Edit…"))
        self.edit_measure_button.clicked.connect(self.edit_measure)
        self.delete_measure_button = QPushButton(self.tr("Delete"))
        self.delete_measure_button.clicked.connect(self.delete_measure)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.delete_measure_button, self.edit_measure_button, self.add_measure_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.measure_view, 1)
        layout.addLayout(buttons)
        return tab

    # --- state --------------------------------------------------------------------------

    def edit_buttons(self) -> list[QPushButton]:
        return [self.save_button, self.revert_button, self.reassess_button, self.add_measure_button,
                self.edit_measure_button, self.delete_measure_button]  # fmt: skip

    def set_read_only(self, read_only: bool) -> None:
        """Hide every edit action; the fields stay readable."""
        self.read_only = read_only
        for button in self.edit_buttons():
            button.setVisible(not read_only)
        self.assess_form.setVisible(not read_only)
        self.title_edit.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        for combo in (self.category, self.owner, self.status):
            combo.setEnabled(not read_only)

    def set_choices(self, rules: RiskRules, categories: list[str], owners: list[str]) -> None:
        """The organisation's scale labels and the known categories and owners."""
        self.rules = rules
        self.levels.set_labels(rules)
        for combo, items in ((self.category, categories), (self.owner, owners)):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(items)
            combo.setCurrentText(text)
            combo.blockSignals(False)

    def show_risk(self, risk_id: int | None) -> None:
        """Load one risk with its whole history and its measures (None: show nothing)."""
        gf = self.session.gf
        if gf is None or risk_id is None:
            self.risk, self.history, self.measures = None, [], []
        else:
            self.risk, self.history, self.measures = service.risk_detail(gf.db, risk_id)
        self._fill()

    def _fill(self) -> None:
        risk = self.risk
        self.tabs.setEnabled(risk is not None)
        if risk is None:
            self.heading.setText(self.tr("Choose a risk in the register or in the heatmap."))
            self.history_model.set_records([])
            self.measure_model.set_records([])
            # nothing of the previous risk (or the previous file) stays in the fields
            self.title_edit.clear()
            self.description.clear()
            self.category.setCurrentText("")
            self.owner.setCurrentText("")
            self.status.setCurrentIndex(0)
            return
        self.heading.setText(f"{risk.code}  {risk.title}")
        self.title_edit.setText(risk.title)
        self.description.setPlainText(risk.description)
        self.category.setCurrentText(risk.category)
        self.owner.setCurrentText(risk.owner)
        self.status.setCurrentText(risk.status)
        rows = []
        for index, assessment in enumerate(self.history):
            previous = self.history[index - 1] if index else None
            rows.append((assessment, trend(assessment, previous)))
        self.history_model.set_records(list(reversed(rows)))
        self.history_view.resizeColumnsToContents()
        self.measure_model.set_records(self.measures)
        header = self.measure_view.horizontalHeader()
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.measure_view.setColumnWidth(1, 100)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.measure_view.resizeRowsToContents()
        if self.history:
            last = self.history[-1]
            self.levels.set_values(last.kans, last.impact, last.kans_rest, last.impact_rest)
        self.assessed_on.setDate(to_qdate(self.session.as_of))

    # --- actions ------------------------------------------------------------------------

    def _perform(self, text: str, change: Callable[[Audit], Any]) -> Any:
        try:
            return self.session.perform(text, change)
        except SwtgovError as exc:
            show_error(self, exc)
            return None

    def save_fields(self) -> None:
        if self.risk is None or self.risk.id is None:
            return
        risk_id = self.risk.id
        fields = service.RiskFields(
            title=self.title_edit.text(), category=self.category.currentText(),
            description=self.description.toPlainText(), owner=self.owner.currentText(),
            status=self.status.currentText(),
        )  # fmt: skip
        self._perform(self.tr("Edit risk {code}").format(code=self.risk.code),
                      lambda audit: service.edit_risk(audit, risk_id, fields))

    def reassess(self) -> None:
        if self.risk is None or self.risk.id is None:
            return
        risk_id, day = self.risk.id, from_qdate(self.assessed_on.date())
        kans, impact, kans_rest, impact_rest = self.levels.values()
        self._perform(
            self.tr("Re-assess {code}").format(code=self.risk.code),
            lambda audit: service.reassess(audit, risk_id, day, kans, impact, kans_rest, impact_rest),
        )

    def _selected_measure(self) -> Measure | None:
        rows = self.measure_view.selectionModel().selectedRows()
        return self.measure_model.record(rows[0].row()) if rows else None

    def _owners(self) -> list[str]:
        return [self.owner.itemText(i) for i in range(self.owner.count())]

    def add_measure(self) -> None:
        if self.risk is None or self.risk.id is None:
            return
        dialog = MeasureDialog(self._owners(), None, self)
        if dialog.exec():
            risk_id, values = self.risk.id, dialog.values()
            self._perform(self.tr("Add measure to {code}").format(code=self.risk.code),
                          lambda audit: service.add_measure(audit, risk_id, *values))

    def edit_measure(self) -> None:
        measure = self._selected_measure()
        if measure is None or measure.id is None or self.read_only or self.risk is None:
            return
        dialog = MeasureDialog(self._owners(), measure, self)
        if dialog.exec():
            measure_id, values = measure.id, dialog.values()
            self._perform(self.tr("Edit measure of {code}").format(code=self.risk.code),
                          lambda audit: service.edit_measure(audit, measure_id, *values))

    def delete_measure(self) -> None:
        measure = self._selected_measure()
        if measure is None or measure.id is None or self.risk is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete measure"),
            self.tr('Delete the measure "{text}"? You can undo this with Edit › Undo.').format(
                text=measure.description),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            measure_id = measure.id
            self._perform(self.tr("Delete measure of {code}").format(code=self.risk.code),
                          lambda audit: service.delete_measure(audit, measure_id))
