"""Besluitenregister and actielijst across all meetings: filterable and exportable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.errors import SwtgovError
from swtgov.services.meetings import minutes, view
from swtgov.services.meetings import registers as service
from swtgov.services.meetings.view import ActionRow, DecisionRow
from swtgov.ui import errors
from swtgov.ui.meetings.common import MUTED_STYLE, plain_table
from swtgov.ui.models import RECORD_ROLE, ColumnDef, RecordTableModel, SortProxy
from swtgov.ui.session import Session

ALL = None


def _year_key(number: str) -> tuple[int, int]:
    year, _, seq = number.partition("-")
    return (int(year) if year.isdigit() else 0, int(seq) if seq.isdigit() else 0)


class _Register(QWidget):
    """Search, body and year filters over a table (no tr() here: subclasses translate)."""

    open_meeting = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.body_filter = QComboBox()
        self.extra_filter = QComboBox()
        self.count = QLabel()
        self.count.setStyleSheet(MUTED_STYLE)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.proxy = SortProxy(self)
        self.table = plain_table(QTableView())
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open)
        self.search.textChanged.connect(self._apply)
        self.body_filter.currentIndexChanged.connect(self._apply)
        self.extra_filter.currentIndexChanged.connect(self._apply)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 2)
        self.filters.addWidget(self.body_filter)
        self.filters.addWidget(self.extra_filter)
        self.filters.addWidget(self.count, 1)
        self.filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)

    def set_model(self, model: RecordTableModel) -> None:  # type: ignore[type-arg]
        self.model = model
        self.proxy.setSourceModel(model)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(model.columnCount() - 1 if isinstance(self, DecisionRegister)
                                                           else 0, QHeaderView.ResizeMode.Stretch)

    def _fill_bodies(self, all_text: str) -> None:
        current = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(all_text, ALL)
        if self.session.gf is not None:
            for body in view.bodies(self.session.gf.db):
                self.body_filter.addItem(body.short, body.key)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(current)))
        self.body_filter.blockSignals(False)

    def _open(self, index: object) -> None:
        record = index.data(RECORD_ROLE)  # type: ignore[attr-defined]
        meeting = getattr(record, "meeting", None)
        if meeting is not None and meeting.id is not None:
            self.open_meeting.emit(meeting.id)

    def visible(self) -> list[object]:
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def _apply(self) -> None:
        if not hasattr(self, "model"):
            return  # filters filled before the table exists
        words = self.search.text().casefold().split()
        body, extra = self.body_filter.currentData(), self.extra_filter.currentData()
        self.proxy.set_predicate(lambda r: self.accepts(r, words, body, extra))
        self.count.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    # --- what each register gives (its own methods) ---------------------------------------
    #: whether a record passes the search words and the two filters
    accepts: Callable[[object, list[str], str | None, object], bool]
    #: the count under the table ("12 van 30 besluiten")
    count_text: Callable[[int, int], str]
    #: export what the table shows to .xlsx or .csv
    export: Callable[[], None]

    def _export(self, title: str, rows: list[dict[str, object]], kind: str, default: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, default, "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        try:
            service.export(Path(path), kind, rows)
        except SwtgovError as exc:
            errors.show_error(self, exc)


class DecisionRegister(_Register):
    """Every decision, newest first."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.search.setPlaceholderText(self.tr("Search decisions…"))
        self.export_button.setText(self.tr("Export…"))
        self.set_model(RecordTableModel([
            ColumnDef(self.tr("Number"), lambda r: r.decision.number, lambda r: _year_key(r.decision.number)),
            ColumnDef(self.tr("Date"), lambda r: display.date(r.meeting.date), lambda r: r.meeting.date),
            ColumnDef(self.tr("Body"), lambda r: r.meeting.body.short),
            ColumnDef(self.tr("Item"), lambda r: r.item),
            ColumnDef(self.tr("Decision"), lambda r: r.decision.text),
        ], self))
        for column, width in ((0, 80), (1, 130), (2, 150), (3, 200)):
            self.table.setColumnWidth(column, width)

    def refresh(self) -> None:
        self._fill_bodies(self.tr("All bodies"))
        rows: list[DecisionRow] = []
        if self.session.gf is not None:
            rows = view.decision_rows(self.session.gf.db)
        current = self.extra_filter.currentData()
        self.extra_filter.blockSignals(True)
        self.extra_filter.clear()
        self.extra_filter.addItem(self.tr("All years"), ALL)
        for year in sorted({r.meeting.date.year for r in rows}, reverse=True):
            self.extra_filter.addItem(str(year), year)
        self.extra_filter.setCurrentIndex(max(0, self.extra_filter.findData(current)))
        self.extra_filter.blockSignals(False)
        self.model.set_records(sorted(rows, key=lambda r: _year_key(r.decision.number), reverse=True))
        self._apply()

    def accepts(self, record: object, words: list[str], body: str | None, extra: object) -> bool:
        assert isinstance(record, DecisionRow)
        text = f"{record.decision.number} {record.decision.text} {record.item}".casefold()
        return ((body is None or record.meeting.body.key == body) and (extra is None or record.meeting.date.year == extra)
                and all(w in text for w in words))

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{shown} of {total} decisions").format(shown=shown, total=total)

    def export(self) -> None:
        rows = [{"nummer": r.decision.number, "datum": r.meeting.date, "orgaan": r.meeting.body.short,
                 "agendapunt": r.item, "besluit": r.decision.text} for r in self.visible()]  # type: ignore[attr-defined]
        self._export(self.tr("Export decisions"), rows, "besluitenlijst", "besluitenlijst.xlsx")


class ActionList(_Register):
    """Every action item; open ones first."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.search.setPlaceholderText(self.tr("Search action items…"))
        self.export_button.setText(self.tr("Export…"))
        self.extra_filter.addItem(self.tr("Open"), "open")
        self.extra_filter.addItem(self.tr("Overdue"), "overdue")
        self.extra_filter.addItem(self.tr("Done"), "gereed")
        self.extra_filter.addItem(self.tr("All"), ALL)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.clicked.connect(lambda: self.set_done(True))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(lambda: self.set_done(False))
        self.filters.insertWidget(4, self.done_button)
        self.filters.insertWidget(5, self.reopen_button)
        self.set_model(RecordTableModel([
            ColumnDef(self.tr("Action item"), lambda r: r.action.what),
            ColumnDef(self.tr("Who"), lambda r: r.action.who),
            ColumnDef(self.tr("Due"), lambda r: display.date(r.action.due), lambda r: r.action.due or dt.date.max,
                      background=lambda r: "#f8d7d7" if self._overdue(r) else None),
            ColumnDef(self.tr("Status"), lambda r: self.tr("done") if not r.action.is_open else self.tr("open")),
            ColumnDef(self.tr("Done on"), lambda r: display.date(r.action.done_on), lambda r: r.action.done_on),
            ColumnDef(self.tr("Agreed at"), lambda r: f"{r.meeting.body.short} {display.date(r.meeting.date)}",
                      lambda r: r.meeting.date),
        ], self))
        for column, width in ((1, 150), (2, 130), (3, 70), (4, 130), (5, 220)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())

    def _overdue(self, row: ActionRow) -> bool:
        return row.action.is_open and row.action.due is not None and row.action.due < self.session.as_of

    def refresh(self) -> None:
        self._fill_bodies(self.tr("All bodies"))
        rows: list[ActionRow] = []
        if self.session.gf is not None:
            rows = view.action_rows(self.session.gf.db)
        rows.sort(key=lambda r: (not r.action.is_open, r.action.due or dt.date.max))
        self.model.set_records(rows)
        self._apply()
        self.update_actions()

    def accepts(self, record: object, words: list[str], body: str | None, extra: object) -> bool:
        assert isinstance(record, ActionRow)
        text = f"{record.action.what} {record.action.who}".casefold()
        status = {None: True, "open": record.action.is_open, "gereed": not record.action.is_open,
                  "overdue": self._overdue(record)}[extra]  # type: ignore[index]
        return (body is None or record.meeting.body.key == body) and status and all(w in text for w in words)

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{shown} of {total} action items").format(shown=shown, total=total)

    def current(self) -> ActionRow | None:
        index = self.table.currentIndex()
        value = index.data(RECORD_ROLE) if index.isValid() else None
        return value if isinstance(value, ActionRow) else None

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_actions()

    def update_actions(self) -> None:
        row = self.current()
        self.done_button.setEnabled(not self.read_only and row is not None and row.action.is_open)
        self.reopen_button.setEnabled(not self.read_only and row is not None and not row.action.is_open)

    def set_done(self, done: bool) -> None:
        row = self.current()
        if row is None or self.read_only or self.session.gf is None:
            return
        day = self.session.as_of if done else None
        text = self.tr("Action item done") if done else self.tr("Action item reopened")
        try:
            self.session.perform(text, lambda audit: minutes.set_action_done(audit, row.action.id, day))  # type: ignore[arg-type]
        except SwtgovError as exc:
            errors.show_error(self, exc)

    def export(self) -> None:
        rows = [{"orgaan": r.meeting.body.short, "datum": r.meeting.date, "omschrijving": r.action.what,
                 "wie": r.action.who, "deadline": r.action.due, "status": r.action.status,
                 "gereed_op": r.action.done_on} for r in self.visible()]  # type: ignore[attr-defined]
        self._export(self.tr("Export action items"), rows, "actiepunten", "actielijst.xlsx")
