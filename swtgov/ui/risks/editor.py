"""The detail editor of one risk: its fields, re-assessing with a date and its history,
and its beheersmaatregelen. Every change is one undoable, audited step.

Typed input is never dropped: while the fields differ from the stored risk (or a
Toelichting is typed) the editor tells the session it has unsaved input; the page and
the window then ask Opslaan / Niet opslaan / Annuleren before showing anything else,
and a refresh (an undo elsewhere, a new peildatum) keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
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
from swtgov.ui.errors import show_error
from swtgov.ui.flow import FlowLayout
from swtgov.ui.models import ColumnDef, RecordTableModel
from swtgov.ui.risks.dialogs import LevelsBox, MeasureDialog, category_combo
from swtgov.ui.session import Session
from swtgov.ui.widgets import DateField

if TYPE_CHECKING:
    from swtgov.store.audit import Audit

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
        self._filling = False

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
        self.title_edit.textChanged.connect(self._update_pending)
        self.description.textChanged.connect(self._update_pending)
        self.category.currentTextChanged.connect(self._update_pending)
        self.owner.currentTextChanged.connect(self._update_pending)
        self.status.currentTextChanged.connect(self._update_pending)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_fields)
        self.revert_button = QPushButton(self.tr("Undo edits"))
        self.revert_button.clicked.connect(self.discard_pending)
        form = QFormLayout(tab)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Status:"), self.status)
        buttons = FlowLayout()  # wraps in a narrow window instead of widening the panel
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        return tab

    def _assessment_tab(self) -> QWidget:
        tab = QWidget()
        self.assessed_on = DateField(self.session.as_of)
        self.assessed_on.state_changed.connect(self._update_reassess)
        self.levels = LevelsBox(self.rules)
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setStyleSheet("color: #5b6472;")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Why the assessment changed (shown in the history)"))
        self.note.setMaximumHeight(60)
        self.note.textChanged.connect(self._update_pending)
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
        when = QWidget()  # the label stays with its date; the button wraps below in a narrow window
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(QLabel(self.tr("Assessed on:")), 0, Qt.AlignmentFlag.AlignTop)
        when_row.addWidget(self.assessed_on)
        row = FlowLayout()
        row.addWidget(when)
        row.addWidget(self.reassess_button)
        top.addLayout(row)
        top.addWidget(self.previous)
        top.addWidget(self.levels)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note:")), 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.note, 1)
        top.addLayout(note_row)
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
        buttons = FlowLayout()  # wraps in a narrow window instead of widening the panel
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
        """Load one risk with its whole history and its measures (None: show nothing).

        Showing the same risk again (a refresh) keeps what was typed and not saved yet."""
        keep = self.risk is not None and self.risk.id == risk_id and self.has_pending()
        gf = self.session.gf
        if gf is None or risk_id is None:
            self.risk, self.history, self.measures = None, [], []
        else:
            self.risk, self.history, self.measures = service.risk_detail(gf.db, risk_id)
        self._fill(keep_input=keep and self.risk is not None)

    def _fill(self, keep_input: bool = False) -> None:
        risk = self.risk
        self.tabs.setEnabled(risk is not None)
        self._filling = True
        try:
            self._fill_views(risk, keep_input)
        finally:
            self._filling = False
        self._update_pending()

    def _fill_views(self, risk: Risk | None, keep_input: bool) -> None:
        if risk is None:
            self.heading.setText(self.tr("Choose a risk in the register or in the heatmap."))
            self.history_model.set_records([])
            self.measure_model.set_records([])
            self.note.clear()
            self.previous.clear()
            # nothing of the previous risk (or the previous file) stays in the fields
            self.title_edit.clear()
            self.description.clear()
            self.category.setCurrentText("")
            self.owner.setCurrentText("")
            self.status.setCurrentIndex(0)
            return
        self.heading.setText(f"{risk.code}  {risk.title}")
        if not keep_input:
            self.title_edit.setText(risk.title)
            self.description.setPlainText(risk.description)
            self.category.setCurrentText(risk.category)
            self.owner.setCurrentText(risk.owner)
            self.status.setCurrentText(risk.status)
            self.note.clear()
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
        if self.history and not keep_input:
            last = self.history[-1]
            self.levels.set_values(last.kans, last.impact, last.kans_rest, last.impact_rest)
        if not keep_input:
            self.assessed_on.set_value(self.session.as_of)
        self._show_previous()

    def _show_previous(self) -> None:
        """The previous assessment's date and values, beside the form that replaces them."""
        if not self.history:
            self.previous.setText(self.tr("No assessment yet."))
            return
        last = self.history[-1]
        self.previous.setText(self.tr("Previous assessment: {date}, gross {kans} × {impact} = {bruto}, "
                                      "net {nk} × {ni} = {netto}.").format(
            date=display.date(last.assessed_on), kans=last.kans, impact=last.impact, bruto=last.bruto,
            nk=last.netto_kans, ni=last.netto_impact, netto=last.netto))
        self._update_reassess()

    def _update_reassess(self) -> None:
        """Re-assess is possible with a readable date that has no assessment yet."""
        day = self.assessed_on.value()
        taken = day is not None and any(a.assessed_on == day for a in self.history)
        if taken:
            self.assessed_on.reading.setText(self.tr("There is already an assessment on {date}.").format(
                date=display.date(day)))
            self.assessed_on.reading.setStyleSheet("color: #a5281b;")
            self.assessed_on.reading.show()
        self.reassess_button.setEnabled(self.assessed_on.valid and day is not None and not taken)

    # --- unsaved input ------------------------------------------------------------------

    def _typed_fields(self) -> service.RiskFields:
        return service.RiskFields(
            title=self.title_edit.text(), category=self.category.currentText(),
            description=self.description.toPlainText(), owner=self.owner.currentText(),
            status=self.status.currentText(),
        )  # fmt: skip

    def fields_changed(self) -> bool:
        """Whether the risk's fields differ from what is stored."""
        risk = self.risk
        if risk is None:
            return False
        typed = self._typed_fields()
        return (typed.title, typed.description, typed.category, typed.owner, typed.status) != (
            risk.title, risk.description, risk.category, risk.owner, risk.status)

    def has_pending(self) -> bool:
        """Typed input that is not saved: changed fields or a Toelichting not yet re-assessed."""
        return not self.read_only and self.risk is not None and (
            self.fields_changed() or bool(self.note.toPlainText().strip()))

    def _update_pending(self) -> None:
        if self._filling:
            return
        self.session.set_pending(self, self.has_pending())

    def pending_title(self) -> str:
        """The risk being edited, for the Opslaan / Niet opslaan question."""
        risk = self.risk
        return self.tr("risk {code} {title}").format(code=risk.code, title=risk.title) if risk else ""

    def save_pending(self) -> bool:
        """Save the changed fields and re-assess when a Toelichting was typed; False if refused."""
        if self.fields_changed() and not self.save_fields():
            return False
        return not (self.note.toPlainText().strip() and not self.reassess())

    def discard_pending(self) -> None:
        """Show the stored risk again; what was typed is dropped."""
        self._fill()

    # --- actions ------------------------------------------------------------------------

    def _perform(self, text: str, change: Callable[[Audit], Any]) -> bool:
        """Run a change; False (and the Dutch reason shown) when it was refused."""
        try:
            self.session.perform(text, change)
        except SwtgovError as exc:
            show_error(self, exc)
            return False
        return True

    def save_fields(self) -> bool:
        """Save the risk's fields as typed; False when refused."""
        if self.risk is None or self.risk.id is None:
            return False
        risk_id, fields = self.risk.id, self._typed_fields()
        return self._perform(self.tr("Edit risk {code}").format(code=self.risk.code),
                             lambda audit: service.edit_risk(audit, risk_id, fields))

    def reassess(self) -> bool:
        """Add a dated assessment with the levels and the Toelichting; False when refused."""
        if self.risk is None or self.risk.id is None:
            return False
        day = self.assessed_on.value()
        if day is None:
            show_error(self, SwtgovError(self.assessed_on.problem or self.tr("Fill in a date.")))
            return False
        risk_id, note = self.risk.id, self.note.toPlainText()
        kans, impact, kans_rest, impact_rest = self.levels.values()
        if self._perform(
            self.tr("Re-assess {code}").format(code=self.risk.code),
            lambda audit: service.reassess(audit, risk_id, day, kans, impact, kans_rest, impact_rest, note),
        ):
            self.note.clear()
            self._fill()  # the next re-assessment starts from the one just added
            return True
        return False

    def _selected_measure(self) -> Measure | None:
        rows = self.measure_view.selectionModel().selectedRows()
        return self.measure_model.record(rows[0].row()) if rows else None

    def _owners(self) -> list[str]:
        return [self.owner.itemText(i) for i in range(self.owner.count())]

    def add_measure(self) -> None:
        if self.risk is None or self.risk.id is None:
            return
        dialog = MeasureDialog(self._owners(), None, self)
        risk_id, code = self.risk.id, self.risk.code
        dialog.submit = lambda: self.session.perform(
            self.tr("Add measure to {code}").format(code=code),
            lambda audit: service.add_measure(audit, risk_id, *dialog.values()))
        self.dialog = dialog
        dialog.open()

    def edit_measure(self) -> None:
        measure = self._selected_measure()
        if measure is None or measure.id is None or self.read_only or self.risk is None:
            return
        dialog = MeasureDialog(self._owners(), measure, self)
        measure_id, code = measure.id, self.risk.code
        dialog.submit = lambda: self.session.perform(
            self.tr("Edit measure of {code}").format(code=code),
            lambda audit: service.edit_measure(audit, measure_id, *dialog.values()))
        self.dialog = dialog
        dialog.open()

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
