"""The table view every register tab uses, its keys, its empty state.

Enter or a double click edits the chosen row, Delete deletes it, Ctrl+N adds one.
No text is made here (``tr()`` needs the tab's own class): only the wiring.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from swtgov.ui import style
from swtgov.ui.emptystate import EmptyState
from swtgov.ui.models import RECORD_ROLE, RecordTableModel, SortProxy
from swtgov.ui.session import Session

#: row backgrounds: a clock that runs, a clock that ran out
DUE = "#fdf0b8"
OVERDUE = "#f3a9a9"


class _Keys(QObject):
    """Enter edits, Delete deletes: before the view handles the key itself."""

    def __init__(self, edit: Callable[[], None], delete: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._edit = edit
        self._delete = delete

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self._edit()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._delete()
                return True
        return False


def register_table(model: RecordTableModel[Any], owner: QWidget, *, edit: Callable[[], None],
                   delete: Callable[[], None], new: Callable[[], None]) -> tuple[QTableView, SortProxy]:  # fmt: skip
    """A sortable, single-row-selection view over ``model`` with the register keys."""
    proxy = SortProxy(owner)
    proxy.setSourceModel(model)
    table = QTableView(owner)
    table.setModel(proxy)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # keep the model order
    table.setSortingEnabled(True)
    table.doubleClicked.connect(lambda _index: edit())
    table.installEventFilter(_Keys(edit, delete, table))
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(new)
    return table, proxy


def current_record(table: QTableView) -> Any:
    """The record of the chosen row, or None."""
    index = table.currentIndex()
    return index.data(RECORD_ROLE) if index.isValid() else None


def select_where(table: QTableView, proxy: SortProxy, model: RecordTableModel[Any],
                 wanted: Callable[[Any], bool]) -> bool:  # fmt: skip
    """Select the first row whose record satisfies ``wanted``; returns whether one did."""
    for row in range(model.rowCount()):
        if wanted(model.record(row)):
            index = proxy.mapFromSource(model.index(row, 0))
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                table.selectionModel().setCurrentIndex(index, flags)
                table.scrollTo(index)
                return True
    return False


def size_register_columns(table: QTableView, maximum: int = 250) -> None:
    """Columns as wide as their content and header, at most ``maximum`` px (a longer text
    elides; its tooltip or the form has it whole); the last column takes the rest."""
    style.size_columns(table, maximum=maximum)


def empty_state(message: str, new_text: str, new: Callable[[], None], import_text: str,
                import_file: Callable[[], None]) -> EmptyState:  # fmt: skip
    """The register's empty state: the message and the two ways to begin."""
    empty = EmptyState(message)
    empty.add_action(new_text, new, icon="add", primary=True)
    empty.add_action(import_text, import_file, icon="import")
    return empty


def open_import(session: Session, parent: QWidget, kind: str) -> None:
    """The import dialog on one of the registers' kinds."""
    from swtgov.ui.dialogs.transfer import ImportDialog

    if session.gf is not None:
        ImportDialog(session, parent, kind=kind).exec()
