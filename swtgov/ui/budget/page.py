"""The Begroting page: a year and quarter, each line against its budget, totals and a chart.

Per line: begroting, begroting to date (pro rata), realisatie to date, prognose, the
difference in € and %, and a flag when the line is past the threshold without a
toelichting. Double-click (or Enter on) a line, or use *Explain…*, to write its
toelichting. Imports of a budget sheet or an auditfile start from here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.budget.figures import LineFigures, Overview
from swtgov.domain.budget.model import BudgetYear, Kind
from swtgov.domain.budget.rules import BudgetRules
from swtgov.domain.signals import ItemRef
from swtgov.reports.budget.texts import amount
from swtgov.services.budget import edit
from swtgov.services.budget import overview as loader
from swtgov.services.budget.signals import deviation_text
from swtgov.ui import style
from swtgov.ui.budget.chart import MINIMUM_WIDTH, BarRow, BudgetChart
from swtgov.ui.flow import FlowLayout
from swtgov.ui.budget.columns import BudgetColumns, TotalRow, total_rows
from swtgov.ui.budget.dialogs import AdoptionDialog, ExplanationDialog
from swtgov.ui.dialogs.form import FormDialog
from swtgov.ui.emptystate import EmptyStack, EmptyState
from swtgov.ui.models import RECORD_ROLE, RecordTableModel, SortProxy
from swtgov.ui.pages.base import AreaPage
from swtgov.ui.session import Session

WIDTHS = (56, 200, 0, 0, 0, 0, 0, 64, 84)
#: the narrowest the Post column gets in a narrow window (a long name wraps)
NAME_MINIMUM = 150
#: what a cell needs beside its text (the item's margins)
NAME_PADDING = 10
#: the height of a row of one line
ROW_HEIGHT = 24


class LinesTable(QTableView):
    """The lines; Enter opens the toelichting like a double-click does.

    The Post column is as wide as the longest name (:func:`fit_names`) while the figures
    fit beside it. Where giving up width (down to :data:`NAME_MINIMUM`) makes every figure
    and the signal fit, it does, and a long name wraps onto a second line; in a window too
    narrow for that the names keep one line and the table scrolls. A name is never cut off.
    """

    #: the width that fits every line's name (0: not measured yet)
    name_width = 0
    _rows_fitted = False

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if model is not None:  # sorted or refilled: the heights follow the names to their rows
            model.layoutChanged.connect(self._fit_rows)
            model.modelReset.connect(self._fit_rows)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_name_column()

    def fit_name_column(self) -> None:
        """Give the Post column the width the others leave, within its minimum and its fit."""
        model = self.model()
        if not self.name_width or model is None:
            return
        last = model.columnCount() - 1
        others = sum(self.columnWidth(c) for c in range(last) if c != 1) + WIDTHS[last]
        room = self.viewport().width() - others
        # give up width only when that makes every figure fit; else the table scrolls anyway
        # and the names keep one line
        width = room if NAME_MINIMUM <= room < self.name_width else self.name_width
        if width != self.columnWidth(1) or not self._rows_fitted:
            self.setColumnWidth(1, width)
            self._fit_rows()
            self._rows_fitted = True

    def _fit_rows(self) -> None:
        fit_rows(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.doubleClicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def wrapped_lines(text: str, font: QFont, width: int) -> int:
    """How many lines a table cell needs for ``text`` at ``width``: wrapped as the item view
    wraps it (at a space, or inside a word that is wider than the cell)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        lines += 1
    layout.endLayout()
    return max(1, lines)


def fit_rows(view: QTableView, column: int = 1) -> int:
    """Rows of one line keep the table's row height; a name in ``column`` that needs more
    lines at the column's width gets them. Returns the rows' total height."""
    model = view.model()
    spacing = view.fontMetrics().lineSpacing()
    width = view.columnWidth(column) - NAME_PADDING
    total = 0
    for row in range(model.rowCount()):
        lines = wrapped_lines(str(model.index(row, column).data() or ""), view.font(), width)
        height = ROW_HEIGHT if lines <= 1 else lines * spacing + 8
        view.setRowHeight(row, height)
        total += height
    return total


def column_widths(view: QTableView, headers: list[str], groups: tuple[str, ...] = ()) -> list[int]:
    """Widths that fit each header (a header may have two lines), an amount (``-€ 21.222.700``)
    and, in the first column, every group's name (``groups``)."""
    metrics = view.fontMetrics()
    amount_width = metrics.horizontalAdvance("-€ 21.222.700") + 8
    widths = []
    for column, header in enumerate(headers):
        texts = header.split("\n") + (list(groups) if column == 0 else [])
        fit = max(metrics.horizontalAdvance(part) for part in texts) + 20
        widths.append(max(fit, amount_width if 2 <= column <= 6 else WIDTHS[column]))
    return widths


def _table(view: QTableView, widths: list[int]) -> QTableView:
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    # the line's name keeps the width it needs (see fit_names); the flag column takes the rest
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_names(view: LinesTable, names: list[str]) -> None:
    """The Post column as wide as the longest name (within 160–340 px) where the window
    has room for it (see :class:`LinesTable`)."""
    metrics = view.fontMetrics()
    longest = max((metrics.horizontalAdvance(name) for name in names), default=0) + 24
    view.name_width = max(160, min(340, longest))
    view._rows_fitted = False  # new rows: their heights follow the column
    view.fit_name_column()


class BudgetPage(AreaPage):
    """Begroting: are we on course?"""

    key = "begroting"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rules = BudgetRules()
        self.years: list[BudgetYear] = []
        self.view: Overview | None = None
        self.read_only = False
        self.dialog: FormDialog | None = None
        self.columns = BudgetColumns(self)
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _follow_column(self, column: int, _old: int, new: int) -> None:
        """The totals' columns are those of the table above; a wrapped label makes them taller."""
        self.totals.setColumnWidth(column, new)
        if column == 1:
            self._fit_totals()

    def _fit_totals(self) -> None:
        self.totals.setFixedHeight(fit_rows(self.totals) + 2 * self.totals.frameWidth() + 2)

    def _build(self) -> None:
        heading = QLabel(self.tr("Budget"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.year_box = QComboBox()
        self.quarter_box = QComboBox()
        for q in (1, 2, 3, 4):
            self.quarter_box.addItem(self.tr("to quarter {n}").format(n=q), q)
        self.year_box.currentIndexChanged.connect(lambda _i: self._year_chosen())
        self.quarter_box.currentIndexChanged.connect(lambda _i: self._show())
        self.adopt_button = QPushButton(self.tr("Adoption…"))
        self.adopt_button.clicked.connect(self.record_adoption)
        self.import_button = QPushButton(self.tr("Import budget…"))
        self.import_button.clicked.connect(lambda: self.import_file("begroting"))
        self.auditfile_button = QPushButton(self.tr("Import auditfile…"))
        self.auditfile_button.clicked.connect(lambda: self.import_file("auditfile"))
        self.report_button = QPushButton(self.tr("Budget report…"))
        self.report_button.clicked.connect(self.report)
        top = FlowLayout()  # wraps onto a second line in a narrow window instead of clipping labels
        top.addWidget(heading)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_box)
        top.addWidget(self.quarter_box)
        for button in (self.adopt_button, self.import_button, self.auditfile_button, self.report_button):
            top.addWidget(button)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #5b6472;")

        self.model: RecordTableModel[LineFigures] = RecordTableModel(self.columns.lines(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = LinesTable()
        self.table.setModel(self.proxy)
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(self.model.columnCount())]
        widths = column_widths(self.table, headers, tuple(self.columns.kind_name(k.value) for k in Kind))
        _table(self.table, widths)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_detail(current))
        self.totals_model: RecordTableModel[TotalRow] = RecordTableModel(self.columns.totals(), self)
        self.totals = QTableView()
        self.totals.setModel(self.totals_model)
        _table(self.totals, widths)
        self.totals.horizontalHeader().hide()  # the columns are those of the table above
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self._fit_totals()
        self.totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalScrollBar().valueChanged.connect(self.totals.horizontalScrollBar().setValue)
        self.table.horizontalHeader().sectionResized.connect(self._follow_column)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.totals)

        self.chart = BudgetChart()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.explain_button = QPushButton(self.tr("Explain…"))
        self.explain_button.clicked.connect(lambda: self.explain(self.current_figures()))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignLeft)

        body = QSplitter(Qt.Orientation.Horizontal)
        side_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
        body.addWidget(left)
        side = style.scrolling(right, MINIMUM_WIDTH + side_bar)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(side)  # a short window scrolls the chart, never squeezes it
        body.setStretchFactor(0, 4)
        body.setStretchFactor(1, 1)
        body.setSizes([1000, MINIMUM_WIDTH + side_bar])
        self.body = body
        self.empty = EmptyState(
            self.tr("No budget yet. Import the budget sheet from Excel to start."),
            self.tr("One row per line: year, group (baten, lasten, reserve), line and budget; the actuals "
                    "per quarter may come with it or later from an auditfile."))  # fmt: skip
        self.empty.add_action(self.tr("Import budget…"), lambda: self.import_file("begroting"), icon="import",
                              primary=True)  # fmt: skip
        self.stack = EmptyStack(body, self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.stack, 1)

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the years and the chosen year; keep the chosen year, quarter and line."""
        self._dirty = False
        gf = self.session.gf
        chosen_year = self.year_box.currentData()
        self.years = loader.budget_years(gf.db) if gf is not None else []
        self.rules = loader.load_rules(gf.db) if gf is not None else BudgetRules()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in self.years:
            self.year_box.addItem(str(year.year), year.year)
        if chosen_year is None and gf is not None:
            chosen_year = loader.current_year(gf.db, self.session.as_of.year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(chosen_year)))
        self.year_box.blockSignals(False)
        self._show(keep_line=True)

    def _year_chosen(self) -> None:
        self._set_quarter(None)
        self._show()

    def _set_quarter(self, quarter: int | None) -> None:
        """Choose a quarter without redrawing (None: the year's last reported quarter)."""
        gf = self.session.gf
        year = self.year_box.currentData()
        if quarter is None:
            quarter = loader.last_reported_quarter(gf.db, year) if gf is not None and year is not None else 1
        self.quarter_box.blockSignals(True)
        self.quarter_box.setCurrentIndex(quarter - 1)
        self.quarter_box.blockSignals(False)

    def _show(self, keep_line: bool = False) -> None:
        gf = self.session.gf
        year = self.year_box.currentData()
        chosen = self.current_line_id() if keep_line else None
        if gf is None or year is None:
            self.view = None
            self.model.set_records([])
            self.totals_model.set_records([])
            self.chart.set_rows([])
            self.info.setText("")
            self.stack.set_empty(gf is not None)
            self._show_detail(QModelIndex())
            self._update_actions()
            return
        if not keep_line or self.view is None or self.view.year != year:
            self._set_quarter(None if self.view is None or self.view.year != year else self.quarter_box.currentData())
        self.stack.set_empty(False)
        quarter = int(self.quarter_box.currentData())
        self.view = loader.year_overview(gf.db, year, quarter, self.rules)
        self.model.set_records(list(self.view.lines))
        fit_names(self.table, [f.line.name for f in self.view.lines] + self.columns.total_labels())
        self.totals_model.set_records(total_rows(self.view, self.columns.total_labels()))
        self._fit_totals()
        self.chart.set_rows([
            BarRow(f.line.name, f.budget_to_date.cents, f.actual_to_date.cents, self.columns.flag_text(f))
            for f in self.view.lines if f.line.kind is not Kind.RESERVE
        ])  # fmt: skip
        self._update_info(year, loader.actuals_source(gf.db, year))
        if chosen is None or not self.select_line(chosen):
            self._show_detail(self.table.currentIndex())
        self._update_actions()

    def _update_info(self, year: int, source: str) -> None:
        view = self.view
        assert view is not None
        record = next((y for y in self.years if y.year == year), None)
        parts = []
        if record is not None and record.adopted_on is not None:
            parts.append(self.tr("Adopted by the board on {date}.").format(date=display.date(record.adopted_on)))
        else:
            parts.append(self.tr("Adoption by the board not recorded."))
        flagged = len(view.flagged)
        parts.append(self.tr("{n} line(s) past the threshold ({pct} % and {amount}), {open} without explanation.").format(
            n=len(view.past_threshold), pct=self.rules.thresholds.percent,
            amount=amount(self.rules.thresholds.amount.cents), open=flagged))  # fmt: skip
        if not view.complete:
            parts.append(self.tr("Actuals for quarter {q} are missing: the comparison to date is not judged.").format(
                q=view.quarter))
        if source:
            parts.append(self.tr("Actuals: {source}.").format(source=source))
        self.info.setText(" ".join(parts))

    # --- selection and toelichting ------------------------------------------------------

    def current_figures(self) -> LineFigures | None:
        index = self.table.currentIndex()
        record = index.data(RECORD_ROLE) if index.isValid() else None
        return record if isinstance(record, LineFigures) else None

    def current_line_id(self) -> int | None:
        figures = self.current_figures()
        return figures.line.id if figures is not None else None

    def select_line(self, line_id: int) -> bool:
        """Select a line of the shown year; returns whether it is there."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).line.id == line_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                self._show_detail(index)
                return True
        return False

    def _show_detail(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE) if index.isValid() else None
        if not isinstance(record, LineFigures):
            self.detail.setText(self.tr("Select a line to see its explanation."))
        else:
            why = deviation_text(record)
            text = record.line.name + "\n" + (why[0].upper() + why[1:] + "." if why else self.tr("Within the threshold."))
            text += "\n\n" + (record.line.explanation or self.tr("No explanation."))
            self.detail.setText(text)
        self._update_actions()

    def _clicked(self, index: QModelIndex) -> None:
        """One click on the flag of a line past the threshold opens its toelichting."""
        record = index.data(RECORD_ROLE)
        if index.column() == len(WIDTHS) - 1 and isinstance(record, LineFigures) and record.exceeds:
            self.explain(record)

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, LineFigures):
            self.explain(record)

    def explain(self, figures: LineFigures | None) -> ExplanationDialog | None:
        """Open the toelichting of a line; OK saves it as one undoable step and keeps the line selected.

        The dialog checks and saves before it closes: a refusal keeps it open with the text."""
        if figures is None or figures.line.id is None or self.read_only or self.session.gf is None:
            return None
        dialog = ExplanationDialog(figures.line.name, deviation_text(figures), figures.line.explanation, self)
        line_id, name = figures.line.id, figures.line.name

        def submit() -> None:
            text = dialog.text()
            self.session.perform(self.tr("Explanation {name}").format(name=name),
                                 lambda audit: edit.explain(audit, line_id, text))  # fmt: skip
            self.select_line(line_id)

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_item(self, ref: ItemRef) -> None:
        """Open what a signal is about: a line (its year, selected) or a year."""
        self._ensure_fresh()
        gf = self.session.gf
        if gf is None or ref.id is None:
            return
        if ref.kind == "line":
            line = loader.budget_line(gf.db, ref.id)
            if line is not None:
                self._choose_year(line.year)
                self.select_line(ref.id)
        elif ref.kind == "year":
            year = next((y.year for y in self.years if y.id == ref.id), None)
            if year is not None:
                self._choose_year(year)

    def _choose_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index >= 0 and index != self.year_box.currentIndex():
            self.year_box.setCurrentIndex(index)

    # --- actions ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        writable = not self.read_only and self.session.gf is not None
        figures = self.current_figures()
        self.explain_button.setEnabled(writable and figures is not None)
        has_budget = self.year_box.currentData() is not None
        self.adopt_button.setEnabled(writable and has_budget)
        self.auditfile_button.setEnabled(has_budget)
        self.year_box.setEnabled(has_budget)
        self.quarter_box.setEnabled(has_budget)

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only (or a leesversie): no edit action anywhere."""
        self.read_only = read_only
        self.empty.set_read_only(read_only, self.tr("This file is read-only: nothing can be added here."))
        for button in (self.adopt_button, self.import_button, self.auditfile_button, self.explain_button):
            button.setVisible(not read_only)
        self._update_actions()

    def record_adoption(self) -> AdoptionDialog | None:
        """Open the adoption date of the shown year; OK records it (undoable)."""
        year = self.year_box.currentData()
        if year is None or self.session.gf is None or self.read_only:
            return None
        record = next((y for y in self.years if y.year == year), None)
        dialog = AdoptionDialog(year, record.adopted_on if record else None, self)

        def submit() -> None:
            day = dialog.adopted_on()
            self.session.perform(self.tr("Budget {year} adopted").format(year=year),
                                 lambda audit: edit.adopt(audit, year, day))  # fmt: skip

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_file(self, kind: str) -> None:
        from swtgov.ui.dialogs.transfer import ImportDialog

        if self.session.gf is not None and not self.read_only:
            ImportDialog(self.session, self, kind=kind).exec()

    def report(self) -> None:
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self, kind="begroting").exec()
