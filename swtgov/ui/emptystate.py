"""Empty states: what a page shows before it has anything, with the buttons to begin.

Every area page uses it the same way::

    self.empty = EmptyState(self.tr("No members yet. Add a member or import the rooster from Excel."))
    self.empty.add_action(self.tr("Add member…"), self.new_member, icon="add", primary=True)
    self.empty.add_action(self.tr("Import from Excel…"), lambda: self.import_kind("rooster"), icon="import")
    self.stack = EmptyStack(body, self.empty)      # instead of adding ``body`` to the layout
    ...
    self.stack.set_empty(not records)              # in refresh()

In a read-only file the actions are hidden (:meth:`EmptyState.set_read_only`); the
message stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from swtgov.ui import style
from swtgov.ui.icons import icon as bundled_icon


class EmptyState(QWidget):
    """A centred message with the actions that fill the page."""

    def __init__(self, message: str, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setPixmap(bundled_icon("empty").pixmap(QSize(48, 48)))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(message)
        self.message.setProperty("role", "empty")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = style.hint(detail)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setVisible(bool(detail))
        self.read_only_note = style.hint("")
        self.read_only_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.read_only_note.hide()
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.setSpacing(style.SPACING)
        self._row.addStretch(1)
        self._row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(style.GAP)
        column.addStretch(1)
        column.addWidget(self.picture)
        column.addWidget(self.message)
        column.addWidget(self.detail)
        column.addLayout(self._row)
        column.addWidget(self.read_only_note)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def add_action(self, text: str, slot: Callable[[], object], icon: str | None = None,
                   primary: bool = False) -> QPushButton:
        """A button under the message; the first one added is the main one."""
        button = QPushButton(text)
        if icon:
            button.setIcon(bundled_icon(icon))
        if primary:
            button.setProperty("primary", True)
        button.clicked.connect(lambda _checked=False: slot())
        self._row.insertWidget(self._row.count() - 1, button)
        self.buttons.append(button)
        return button

    def set_read_only(self, read_only: bool, note: str = "") -> None:
        """Hide the actions in a file that cannot be changed (and say why, when given)."""
        for button in self.buttons:
            button.setVisible(not read_only)
        self.read_only_note.setText(note)
        self.read_only_note.setVisible(read_only and bool(note))


class EmptyStack(QStackedWidget):
    """A page's content, or its empty state when there is nothing yet."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = empty
        self.addWidget(content)
        self.addWidget(empty)

    def set_empty(self, empty: bool) -> None:
        """Show the empty state (True) or the content (False)."""
        self.setCurrentWidget(self.empty if empty else self.content)

    def is_empty(self) -> bool:
        """Whether the empty state is showing."""
        return self.currentWidget() is self.empty
