"""What every register tab shares: the table, its buttons, new/edit/delete, import and report.

A tab subclass gives its words (:meth:`RegisterTab.texts`, made with its own ``tr()``),
its columns, how it loads and sums up the register, its form and its service calls.
No text is made here: ``tr()`` takes the runtime class as its translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from swtgov.services.confidential import registers as service
from swtgov.ui.confidential.view import (
    current_record,
    empty_state,
    open_import,
    register_table,
    select_where,
    size_register_columns,
)
from swtgov.ui.emptystate import EmptyStack
from swtgov.ui.models import ColumnDef, RecordTableModel
from swtgov.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

R = TypeVar("R")


@dataclass(frozen=True)
class RegisterTexts:
    """A tab's words, translated in the tab's own class."""

    new: str  #: the New button and the empty state's first action
    edit: str
    delete: str
    report: str  #: the report button
    import_file: str  #: the empty state's import action
    empty: str  #: the empty state's message
    read_only: str  #: the empty state's message in a read-only file
    save: str  #: the undoable step of a save
    note: str = ""  #: below the table, when given


class RegisterTab(QWidget, Generic[R]):
    """One register: a table of rows ``R``, New/Edit/Delete, an import and a report.

    Subclasses set ``report_kind``, ``import_kind`` and ``column_maximum`` and implement
    :meth:`texts`, :meth:`columns`, :meth:`load`, :meth:`dialog_for`, :meth:`save_record`,
    :meth:`delete_question` and :meth:`delete_record`; :meth:`record_id` and :meth:`item`
    when a row is not the register's record itself.
    """

    report_kind: str
    import_kind: str
    column_maximum = 250

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self.has_registers = False
        self._sized = False
        self.words = self.texts()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.words.new)
        self.edit_button = QPushButton(self.words.edit)
        self.delete_button = QPushButton(self.words.delete)
        self.report_button = QPushButton(self.words.report)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.report_button.clicked.connect(self.report)
        self.model: RecordTableModel[R] = RecordTableModel(self.columns(), self)
        self.table, self.proxy = register_table(self.model, self, edit=self.edit, delete=self.delete, new=self.new)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.addWidget(self.summary)
        self.content_layout.addLayout(buttons)
        self.content_layout.addWidget(self.table, 1)
        if self.words.note:
            note = QLabel(self.words.note)
            note.setWordWrap(True)
            note.setStyleSheet("color: #5b6472;")
            self.content_layout.addWidget(note)
        self.empty = empty_state(self.words.empty, self.words.new, self.new, self.words.import_file, self.import_file)
        self.stack = EmptyStack(content, self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # --- what a tab gives -----------------------------------------------------------------

    #: the tab's words (``self.tr()`` in the subclass)
    texts: Callable[[], RegisterTexts]
    #: the table's columns
    columns: Callable[[], list[ColumnDef[R]]]
    #: show the register of a file (None: no file) and its summary; returns whether it has a row
    load: Callable[[Database | None], bool]
    #: the register's form on an item (None: a new one): a FormDialog with ``record()``
    dialog_for: Callable[[Any], Any]
    #: add or change the form's record through the service (with the step's Audit); returns its id
    save_record: Callable[[Any, Any], int]
    #: the title (also the undoable step) and the question before deleting a row
    delete_question: Callable[[R], tuple[str, str]]
    #: delete a record by id through the service (with the step's Audit)
    delete_record: Callable[[Any, int], None]

    def record_id(self, row: R) -> int | None:
        """The id of the register's record shown in ``row``."""
        return row.id  # type: ignore[attr-defined,no-any-return]

    def item(self, row: R) -> Any:
        """The register's record shown in ``row`` (what the form edits)."""
        return row

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register as of the peildatum, keeping the chosen row."""
        gf = self.session.gf
        self.has_registers = gf is not None and service.has_registers(gf.db)
        chosen = current_record(self.table)
        any_rows = self.load(gf.db if gf is not None else None)
        self.new_button.setEnabled(self.has_registers and not self.read_only)
        self.stack.set_empty(gf is not None and not any_rows)
        if any_rows and not self._sized:
            self._sized = True
            size_register_columns(self.table, maximum=self.column_maximum)
        if chosen is not None:
            self.select(self.record_id(chosen))

    def select(self, record_id: int | None) -> bool:
        """Choose the row of a record; returns whether it is shown."""
        return select_where(self.table, self.proxy, self.model, lambda r: self.record_id(r) == record_id)

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only: no New, Edit or Delete."""
        self.read_only = read_only
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(not read_only)
        self.empty.set_read_only(read_only, self.words.read_only)

    # --- actions ------------------------------------------------------------------------

    def _save(self, item: Any) -> None:
        dialog = self.dialog_for(item)
        saved: list[int] = []

        def submit() -> None:
            record = dialog.record()
            saved.append(self.session.perform(self.words.save, lambda audit: self.save_record(audit, record)))

        dialog.submit = submit
        if dialog.exec() and saved:
            self.select(saved[0])

    def new(self) -> None:
        """Open the form on a new record; Save adds it (undoable)."""
        if not self.read_only and self.has_registers:
            self._save(None)

    def edit(self) -> None:
        """Open the form on the chosen row's record."""
        chosen: R | None = current_record(self.table)
        if chosen is not None and not self.read_only:
            self._save(self.item(chosen))

    def delete(self) -> None:
        """Ask, then delete the chosen row's record (undoable)."""
        chosen: R | None = current_record(self.table)
        if chosen is None or self.read_only:
            return
        record_id = self.record_id(chosen)
        if record_id is None:
            return
        title, question = self.delete_question(chosen)
        if QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes:
            self.session.perform(title, lambda audit: self.delete_record(audit, record_id))

    def import_file(self) -> None:
        """Open the import dialog on this register (from the empty state)."""
        if not self.read_only:
            open_import(self.session, self, self.import_kind)

    def report(self) -> None:
        """Open the report dialog on this register's report."""
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self, kind=self.report_kind).exec()
