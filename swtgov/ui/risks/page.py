"""The Risico's page: heatmap, detail editor and the register with its filters.

The register is read as of the peildatum with two assessments per risk (the
current one and the previous quarter's), so the page opens as fast with ten
years of history as with one. The register starts in netto order, highest first;
clicking a column header sorts by it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.risks.model import RISK_STATUSES, Which
from swtgov.domain.risks.rules import RiskRules
from swtgov.domain.risks.signals import RegisterEntry
from swtgov.domain.signals import ItemRef
from swtgov.services.risks import register as service
from swtgov.ui import style
from swtgov.ui.emptystate import EmptyStack, EmptyState
from swtgov.ui.icons import icon
from swtgov.ui.models import RECORD_ROLE, RecordTableModel
from swtgov.ui.pages.base import AreaPage
from swtgov.ui.preferences import remember_splitter
from swtgov.ui.risks.columns import RegisterColumns, date_column_width
from swtgov.ui.risks.dialogs import NewRiskDialog
from swtgov.ui.risks.editor import RiskEditor
from swtgov.ui.risks.filters import ALL, RegisterFilter, RegisterProxy
from swtgov.ui.risks.heatmap import Cell, HeatmapWidget
from swtgov.ui.session import Session


class RisksPage(AreaPage):
    """Risico's: what the RvT reviews before a meeting."""

    key = "risicos"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.register = service.Register(session.as_of, RiskRules(), [])
        self.which: Which = "netto"
        self.cell: Cell | None = None
        self.read_only = False
        self._asking = False
        self._columns_sized = False
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        heading = style.title(self.tr("Risks"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New risk…"))
        self.new_button.clicked.connect(self.new_risk)
        self.report_button = QPushButton(self.tr("Risk report…"))
        self.report_button.clicked.connect(self.report)
        self.new_button.setIcon(icon("add"))
        self.report_button.setIcon(icon("report"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.report_button)

        self.heatmap = HeatmapWidget()
        self.heatmap.cell_selected.connect(self._cell_selected)
        self.bruto_button = QPushButton(self.tr("Gross"))
        self.bruto_button.setToolTip(self.tr("Before measures"))
        self.netto_button = QPushButton(self.tr("Net"))
        self.netto_button.setToolTip(self.tr("After measures"))
        self.which_group = QButtonGroup(self)
        for button in (self.bruto_button, self.netto_button):
            button.setCheckable(True)
            self.which_group.addButton(button)
        self.netto_button.setChecked(True)
        self.bruto_button.toggled.connect(lambda on: self.set_which("bruto" if on else "netto"))
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.setToolTip(self.tr("Show every risk in the register again"))
        self.all_button.clicked.connect(lambda: self._cell_selected(None))
        switch = QHBoxLayout()
        switch.addWidget(QLabel(self.tr("Heatmap:")))
        switch.addWidget(self.bruto_button)
        switch.addWidget(self.netto_button)
        switch.addStretch(1)
        switch.addWidget(self.all_button)
        self.matrix_note = QLabel(self.tr("Closed risks are not in the heatmap. Click a cell to filter the register."))
        self.matrix_note.setWordWrap(True)
        style.set_role(self.matrix_note, "hint")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(switch)
        left_layout.addWidget(self.heatmap, 1)
        left_layout.addWidget(self.matrix_note)

        self.editor = RiskEditor(self.session)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(left)
        # the editor scrolls in a small window instead of squeezing the heatmap
        upper.addWidget(style.scrolling(self.editor, 300))
        upper.setChildrenCollapsible(False)
        upper.setStretchFactor(0, 5)
        upper.setStretchFactor(1, 4)
        upper.setSizes([530, 470])

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(self._filters())
        style.set_role(self.count_label, "hint")
        lower_layout.addWidget(self.count_label)
        self.model: RecordTableModel[RegisterEntry] = RecordTableModel(RegisterColumns(self).columns(), self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        date_width = date_column_width(self.table.fontMetrics())
        for column, width in enumerate((54, 240, 170, 124, 50, 50, 76, 44, 88, date_width)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_changed(current))
        lower_layout.addWidget(self.table, 1)

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        body.addWidget(lower)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([390, 350])
        body.setChildrenCollapsible(False)
        self.body = body
        remember_splitter(upper, "risicos/upper")
        remember_splitter(body, "risicos/body")
        self.empty = EmptyState(self.tr("No risks yet. Add a risk or import the risk register from Excel."),
                                self.tr("The import template has a column for every field, one example "
                                        "row and a sheet that explains each column."))
        self.empty.add_action(self.tr("Add risk…"), self.new_risk, icon="add", primary=True)
        self.empty.add_action(self.tr("Import from Excel…"), self.import_register, icon="import")
        # a short window scrolls the page rather than squeezing the register to a row or two
        self.stack = EmptyStack(style.tall(body, 580), self.empty)
        layout = style.page_layout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def _filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, title, description…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.category_filter = QComboBox()
        self.band_filter = QComboBox()
        self.owner_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in RISK_STATUSES:
            self.status_filter.addItem(status, status)
        self.above_filter = QCheckBox(self.tr("Above appetite"))
        self.count_label = QLabel()
        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.category_filter, self.band_filter, self.owner_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
            # narrow windows: the filters shrink (eliding their text) instead of pushing the row out
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
            combo.setMaximumWidth(170)
        self.above_filter.toggled.connect(self._apply_filter)
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        for widget in (self.category_filter, self.band_filter, self.owner_filter, self.status_filter,
                       self.above_filter):  # fmt: skip
            row.addWidget(widget)
        return row

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register as of the peildatum; keep the chosen risk and filters."""
        self._dirty = False
        gf = self.session.gf
        chosen = self.current_risk_id()
        if gf is None:
            self.register = service.Register(self.session.as_of, RiskRules(), [])
        else:
            self.register = service.load_register(gf.db, self.session.as_of, with_measures=False)
        # The entries come in code order; a stable sort keeps it within one netto score.
        entries = sorted(self.register.entries, key=lambda e: -(e.netto or 0))
        choices_changed = self._fill_choices()
        self.model.set_records(entries)  # filters with the current predicate
        self.editor.set_choices(self.register.rules, self.register.categories, self.register.owners)
        self._show_heatmap()
        if choices_changed:
            self._apply_filter()
        else:
            self._update_count()
        self._update_summary()
        self.stack.set_empty(gf is not None and not self.register.entries)
        if entries and not self._columns_sized:  # once: then the user's widths stay
            self._columns_sized = True
            style.size_columns(self.table, {1: 180}, stretch=1, maximum=150)
            # a date is written in full: room for the longest month, whatever this register holds
            self.table.setColumnWidth(9, max(self.table.columnWidth(9), date_column_width(self.table.fontMetrics())))
        if chosen is not None and not self.select_risk(chosen, clear_filters=False):
            self.editor.show_risk(None)
        elif chosen is not None:
            self.editor.show_risk(chosen)

    def _fill_combo(self, combo: QComboBox, all_text: str, items: list[tuple[str, Any]]) -> bool:
        """Refill a filter; returns whether its choice had to change (it no longer exists)."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, ALL)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        return combo.currentData() != current

    def _fill_choices(self) -> bool:
        register = self.register
        owners = sorted({e.risk.owner for e in register.entries if e.risk.owner}, key=str.casefold)
        changed = [
            self._fill_combo(self.category_filter, self.tr("All categories"), [(c, c) for c in register.categories]),
            self._fill_combo(self.band_filter, self.tr("All bands"), [(b.label, b.key) for b in register.rules.bands]),
            self._fill_combo(self.owner_filter, self.tr("All owners"), [(o, o) for o in owners]),
        ]
        return any(changed)

    def _show_heatmap(self) -> None:
        cells = {
            cell: [(e.risk.code, e.risk.title) for e in entries]
            for cell, entries in self.register.cells(self.which).items()
        }
        self.heatmap.set_cells(cells, self.register.rules)
        self.heatmap.set_selected(self.cell)

    def _update_summary(self) -> None:
        entries = [e for e in self.register.entries if not e.risk.is_closed]
        above = sum(1 for e in entries if e.above_appetite)
        overdue = self.register.overdue_measures
        self.summary.setText(
            self.tr("As of {date}: {open}, {above} above appetite, {overdue}.").format(
                date=display.date(self.register.as_of),
                open=display.plural(len(entries), self.tr("open risk"), self.tr("open risks")),
                above=display.number(above),
                overdue=display.plural(overdue, self.tr("measure overdue"), self.tr("measures overdue")))
        )

    # --- filtering ----------------------------------------------------------------------

    def set_which(self, which: Which) -> None:
        """Show the heatmap bruto (before measures) or netto (after)."""
        if which == self.which:
            return
        self.which = which
        (self.bruto_button if which == "bruto" else self.netto_button).setChecked(True)
        self._show_heatmap()
        if self.cell is not None:
            self._apply_filter()

    def _cell_selected(self, cell: Cell | None) -> None:
        self.cell = cell
        self.heatmap.set_selected(cell)
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = RegisterFilter(
            category=self.category_filter.currentData(),
            band=self.band_filter.currentData(),
            owner=self.owner_filter.currentData(),
            status=self.status_filter.currentData(),
            above_only=self.above_filter.isChecked(),
            words=tuple(self.search.text().casefold().split()),
            cell=self.cell,
            which=self.which,
        )
        self.proxy.set_predicate(wanted.accepts)
        self._update_count()

    def _update_count(self) -> None:
        cell, which = self.cell, self.which
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{shown} of {total}").format(shown=shown, total=total)
        if cell is not None:
            label = self.tr("gross") if which == "bruto" else self.tr("net")
            text += " · " + self.tr("cell likelihood {kans} × impact {impact} ({which})").format(
                kans=cell[0], impact=cell[1], which=label)
        self.count_label.setText(text)
        self.all_button.setEnabled(cell is not None)

    def clear_filters(self) -> None:
        """Show every risk: no cell, no search, every filter on "All"."""
        self.cell = None
        self.heatmap.set_selected(None)
        self.search.clear()
        for combo in (self.category_filter, self.band_filter, self.owner_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.above_filter.setChecked(False)
        self._apply_filter()

    # --- selection ----------------------------------------------------------------------

    def visible_entries(self) -> list[RegisterEntry]:
        """The register rows as shown (filtered and sorted)."""
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def current_risk_id(self) -> int | None:
        index = self.table.currentIndex()
        entry = index.data(RECORD_ROLE) if index.isValid() else None
        return entry.risk.id if isinstance(entry, RegisterEntry) else None

    def _row_changed(self, index: Any) -> None:
        entry = index.data(RECORD_ROLE) if index.isValid() else None
        if self._asking:  # a save from the question refreshes the page: already decided
            return
        risk_id = entry.risk.id if isinstance(entry, RegisterEntry) else None
        shown = self.editor.risk.id if self.editor.risk is not None else None
        if risk_id != shown and self.editor.has_pending():
            self._asking = True
            try:
                go_on = self.session.settle_pending(self)
            finally:
                self._asking = False
            if not go_on:
                self._back_to(shown)  # Annuleren: stay on the risk with the unsaved input
                return
            risk_id = self.current_risk_id()
        self.editor.show_risk(risk_id)

    def _back_to(self, risk_id: int | None) -> None:
        """Select a risk again without asking or reloading (after a cancelled switch)."""
        model = self.table.selectionModel()
        model.blockSignals(True)
        try:
            if risk_id is None or not self.select_risk(risk_id, clear_filters=False):
                model.clearSelection()
        finally:
            model.blockSignals(False)
        self.table.viewport().update()

    def select_risk(self, risk_id: int, clear_filters: bool = True) -> bool:
        """Select a risk in the register; returns whether it could be shown."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).risk.id == risk_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid() and clear_filters:
                    self.clear_filters()
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    return False
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                return True
        return False

    def show_item(self, ref: ItemRef) -> None:
        """Open what a signal is about: select the risk."""
        self._ensure_fresh()
        if ref.kind == "risk" and ref.id is not None:
            self.select_risk(ref.id)

    # --- actions ------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only (or a leesversie): no edit action anywhere."""
        self.read_only = read_only
        self.new_button.setVisible(not read_only)
        self.editor.set_read_only(read_only)
        self.empty.set_read_only(read_only, self.tr("This file is read-only: nothing can be added here."))

    def new_risk(self) -> NewRiskDialog | None:
        """Open the New risk dialog; OK adds the risk (undoable) and selects it.

        The dialog checks and submits before it closes: a refusal keeps it open with
        what was typed."""
        if self.read_only or self.session.gf is None:
            return None
        register = self.register
        dialog = NewRiskDialog(register.rules, register.categories, register.owners, self.session.as_of, self)

        def submit() -> None:
            fields, day, levels = dialog.fields(), dialog.day(), dialog.levels.values()
            risk_id = self.session.perform(
                self.tr("New risk"), lambda audit: service.create_risk(audit, fields, day, *levels))
            self.select_risk(risk_id)

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_register(self) -> None:
        """Open the import dialog on the risk register (from the empty state)."""
        from swtgov.ui.dialogs.transfer import ImportDialog

        if self.session.gf is not None and not self.read_only:
            ImportDialog(self.session, self, kind="risicos").exec()

    def report(self) -> None:
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self, kind="risicos").exec()
