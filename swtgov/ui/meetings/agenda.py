"""The Agenda tab: numbered items (reorder by drag or Ctrl+Up/Down) and their documents."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import AgendaItem, Attachment
from swtgov.services.meetings import attachments, minutes, view
from swtgov.ui.meetings.common import MUTED_STYLE, MeetingTab, plain_table
from swtgov.ui.meetings.dialogs import ItemDialog
from swtgov.ui.models import RECORD_ROLE, ColumnDef, RecordTableModel
from swtgov.ui.session import Session


class ItemModel(RecordTableModel[AgendaItem]):
    """Agenda items, whose rows can be dragged onto another row."""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction


class ItemTable(QTableView):
    """The agenda: a row dropped on another row takes its place (the page stores the order)."""

    moved = Signal(int, int)  # item id, new row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        source = self.currentIndex()
        target = self.indexAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if not source.isValid():
            return
        row = target.row() if target.isValid() else self.model().rowCount() - 1
        self.drop_on_row(source.row(), row)

    def drop_on_row(self, source_row: int, row: int) -> None:
        """Move the item in ``source_row`` to ``row`` (what a drop does)."""
        item = self.model().index(source_row, 0).data(RECORD_ROLE)
        if isinstance(item, AgendaItem) and item.id is not None and row != source_row:
            self.moved.emit(item.id, row)


class AgendaTab(MeetingTab):
    """Items of the meeting in order, with their documents."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.items: list[AgendaItem] = []
        self._build()

    def _build(self) -> None:
        self.model = ItemModel([
            ColumnDef(self.tr("No."), lambda i: i.number, lambda i: rules.item_number_key(i.number)),
            ColumnDef(self.tr("Title"), lambda i: i.title),
            ColumnDef(self.tr("Kind"), lambda i: i.kind_label),
            ColumnDef(self.tr("Presenter"), lambda i: i.presenter),
            ColumnDef(self.tr("Documents"), lambda i: str(len(i.attachments)) if i.attachments else "",
                      lambda i: len(i.attachments), align_right=True),
        ], self)
        self.table = plain_table(ItemTable())
        self.table.setModel(self.model)
        self.table.moved.connect(self._dropped)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 44), (2, 130), (3, 150), (4, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._item_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        for keys, step in ((QKeySequence("Ctrl+Up"), -1), (QKeySequence("Ctrl+Down"), 1)):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move(s))

        self.add_button = QPushButton(self.tr("Add item…"))
        self.add_button.clicked.connect(lambda: self.add_item())
        self.suggest_button = QPushButton(self.tr("Suggestions"))
        self.suggest_menu = QMenu(self)
        self.suggest_button.setMenu(self.suggest_menu)
        self.suggest_menu.aboutToShow.connect(self._fill_suggestions)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move the item up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move the item down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.standard_button = QPushButton(self.tr("Add standard items"))
        self.standard_button.clicked.connect(self.add_standard_items)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.suggest_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button, self.standard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(36)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self.doc_model: RecordTableModel[Attachment] = RecordTableModel([
            ColumnDef(self.tr("Document"), lambda a: a.document.name),
            ColumnDef(self.tr("Pages"), lambda a: str(a.document.pages), lambda a: a.document.pages,
                      align_right=True),
            ColumnDef(self.tr("Size"), lambda a: f"{a.document.size / 1024:,.0f} kB".replace(",", "."),
                      lambda a: a.document.size, align_right=True),
            ColumnDef(self.tr("Confidential"), lambda a: self.tr("yes") if a.document.besloten else ""),
        ], self)
        self.doc_table = plain_table(QTableView())
        self.doc_table.setModel(self.doc_model)
        self.doc_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.doc_table.doubleClicked.connect(lambda _index: self.open_document())
        self.attach_button = QPushButton(self.tr("Attach document…"))
        self.attach_button.clicked.connect(lambda: self.attach_document())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_document)
        self.detach_button = QPushButton(self.tr("Remove document"))
        self.detach_button.clicked.connect(self.detach_document)
        self.confidential_button = QPushButton(self.tr("Confidential"))
        self.confidential_button.setCheckable(True)
        self.confidential_button.setToolTip(self.tr("A confidential (besloten) document stays out of the read-only "
                                                    "copy for members"))
        self.confidential_button.clicked.connect(self.toggle_confidential)
        doc_buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.detach_button, self.confidential_button):
            doc_buttons.addWidget(button)
        doc_buttons.addStretch(1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.table, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.note)
        lower_layout.addLayout(doc_buttons)
        lower_layout.addWidget(self.doc_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # --- data -------------------------------------------------------------------------------

    def fill(self) -> None:
        chosen = self.current_item()
        self.items = list(self.record.items) if self.record else []
        self.model.set_records(self.items)
        if chosen is not None:
            self.select_item(chosen.id)
        elif self.items:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._item_changed()

    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        item = index.data(RECORD_ROLE) if index.isValid() else None
        return item if isinstance(item, AgendaItem) else None

    def select_item(self, item_id: int | None) -> None:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def current_attachment(self) -> Attachment | None:
        index = self.doc_table.currentIndex()
        value = index.data(RECORD_ROLE) if index.isValid() else None
        return value if isinstance(value, Attachment) else None

    def _item_changed(self) -> None:
        item = self.current_item()
        self.doc_model.set_records(list(item.attachments) if item else [])
        if item is None:
            self.note.setText(self.tr("Choose an item to see its documents."))
        else:
            self.note.setText(self.tr("Documents of item {number}, {title}.").format(number=item.number,
                                                                                     title=item.title)
                              + (f" {item.note}" if item.note else ""))
        if item is not None and item.attachments:
            self.doc_table.setCurrentIndex(self.doc_model.index(0, 0))
        self.update_actions()

    def update_actions(self) -> None:
        has_item = self.current_item() is not None
        can = not self.locked
        for button in (self.add_button, self.suggest_button):
            button.setEnabled(can)
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button, self.attach_button):
            button.setEnabled(can and has_item)
        self.standard_button.setVisible(can and not self.items)
        attachment = self.current_attachment()
        self.open_button.setEnabled(attachment is not None)
        self.detach_button.setEnabled(can and attachment is not None)
        self.confidential_button.setEnabled(not self.read_only and attachment is not None)
        self.confidential_button.setChecked(bool(attachment and attachment.document.besloten))
        self.table.setDragEnabled(can)

    # --- changes ----------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int:
        assert self.record is not None and self.record.meeting.id is not None
        return self.record.meeting.id

    def add_item(self, title: str | None = None) -> None:
        if self.locked:
            return
        if title is None:
            dialog = ItemDialog(parent=self)
            if not dialog.exec():
                return
            values = dialog.values()
        else:
            values = {"title": title, "kind": "bespreking", "presenter": "", "note": ""}
        meeting_id = self.meeting_id
        item_id = self.perform(self.tr("Add agenda item"), lambda audit: minutes.add_item(
            audit, meeting_id, values["title"], kind=values["kind"], presenter=values["presenter"],
            note=values["note"]))
        if item_id is not None:
            self.select_item(item_id)

    def _fill_suggestions(self) -> None:
        self.suggest_menu.clear()
        if self.record is None or self.session.gf is None:
            return
        topics = view.recurring_topics(self.session.gf.db, self.record.meeting)
        present = {i.title.casefold() for i in self.items}
        carried = len(self.record.carried)
        if carried:
            action = self.suggest_menu.addAction(self.tr("Open action items ({count})").format(count=carried))
            action.setEnabled("actielijst" not in present)
            action.triggered.connect(lambda: self.add_item("Actielijst"))
        for topic in topics:
            action = self.suggest_menu.addAction(topic)
            action.setEnabled(topic.casefold() not in present)
            action.triggered.connect(lambda _checked=False, t=topic: self.add_item(t))
        if self.suggest_menu.isEmpty():
            self.suggest_menu.addAction(self.tr("No suggestions: no open action items or recurring topics")
                                        ).setEnabled(False)

    def add_standard_items(self) -> None:
        meeting_id = self.meeting_id
        self.perform(self.tr("Add standard agenda items"), lambda audit: minutes.add_standard_items(audit, meeting_id))

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or self.locked:
            return
        dialog = ItemDialog(item.title, item.kind, item.presenter, item.note, item.number, self)
        if not dialog.exec():
            return
        values = dialog.values()
        self.perform(self.tr("Edit agenda item {number}").format(number=item.number),
                     lambda audit: minutes.update_item(audit, item.id, **values))  # type: ignore[arg-type]

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None or self.locked:
            return
        self.perform(self.tr("Remove agenda item {number}").format(number=item.number),
                     lambda audit: minutes.delete_item(audit, item.id))  # type: ignore[arg-type]

    def move(self, step: int) -> None:
        """Move the chosen item up (-1) or down (+1); the numbers follow."""
        item = self.current_item()
        if item is None or self.locked:
            return
        meeting_id = self.meeting_id
        self.perform(self.tr("Move agenda item"), lambda audit: minutes.move_item(audit, meeting_id, item.id, step))  # type: ignore[arg-type]
        self.select_item(item.id)

    def _dropped(self, item_id: int, row: int) -> None:
        if self.locked:
            return
        meeting_id = self.meeting_id
        self.perform(self.tr("Move agenda item"), lambda audit: minutes.place_item(audit, meeting_id, item_id, row))
        self.select_item(item_id)

    def attach_document(self, path: str | None = None) -> None:
        """Attach a PDF (or a Word/Excel file, converted when LibreOffice is there)."""
        item = self.current_item()
        if item is None or self.locked:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Attach document"), "",
                self.tr("Documents (*.pdf *.docx *.doc *.xlsx *.xls *.odt *.ods);;PDF (*.pdf)"))
            if not path:
                return
        try:
            checked = attachments.read_attachment(Path(path))
        except attachments.AttachmentProblem as exc:
            from swtgov.ui import errors

            errors.show_error(self, exc)
            return
        item_id = item.id
        self.perform(self.tr("Attach {name}").format(name=checked.name),
                     lambda audit: attachments.attach_checked(audit, item_id, checked))  # type: ignore[arg-type]
        self.select_item(item_id)

    def open_document(self) -> None:
        attachment = self.current_attachment()
        if attachment is None or self.session.gf is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="swtgov-stuk-"))
        target = folder / attachment.document.name
        target.write_bytes(view.document_bytes(self.session.gf.db, attachment.document.sha256))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def detach_document(self) -> None:
        attachment = self.current_attachment()
        if attachment is None or self.locked:
            return
        item_id = attachment.item_id
        self.perform(self.tr("Remove {name}").format(name=attachment.document.name),
                     lambda audit: attachments.detach(audit, attachment.id))  # type: ignore[arg-type]
        self.select_item(item_id)

    def toggle_confidential(self) -> None:
        attachment = self.current_attachment()
        if attachment is None or self.read_only:
            return
        item_id = attachment.item_id
        on = not attachment.document.besloten
        self.perform(self.tr("Mark {name} confidential").format(name=attachment.document.name) if on else
                     self.tr("Mark {name} not confidential").format(name=attachment.document.name),
                     lambda audit: attachments.set_besloten(audit, attachment.document.id, on))  # type: ignore[arg-type]
        self.select_item(item_id)
