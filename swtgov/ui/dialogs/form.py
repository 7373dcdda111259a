"""The base of every form dialog: nothing typed is ever thrown away.

A :class:`FormDialog` opens with the focus on its first field (never on OK, so typing
"Pieter Jansen" cannot submit an empty form at the first space). OK checks before it
closes: a date the field cannot read keeps OK disabled; :meth:`FormDialog.check`
(per dialog) and a refused ``submit`` show their Dutch message at the field and the
dialog stays open with everything that was typed.

Usage::

    class NewThingDialog(FormDialog):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.name = QLineEdit()
            self.day = DateField(today)
            self.form.addRow(self.tr("Name:"), self.name)
            self.form.addRow(self.tr("Date:"), self.day)
            self.field_names = {"naam": self.name}   # a refusal "naam: ..." shows at the field

        def check(self):
            return [(self.name, self.tr("Fill in a name."))] if not self.name.text().strip() else []

    dialog.submit = lambda: session.perform(...)   # runs on OK; a SwtgovError keeps it open
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from swtgov.errors import SwtgovError, ValidationError
from swtgov.ui import errors
from swtgov.ui.widgets import ERROR_COLOUR, ParsedField

Problem = tuple[QWidget, str]


def hint(text: str) -> QLabel:
    """A grey, wrapping explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5b6472;")
    return label


def _widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of a layout, nested layouts included, in order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_widgets(item.layout()))
    return found


class FormDialog(QDialog):
    """A form with OK/Cancel; OK checks, then runs ``submit``, and closes only when both succeed.

    Attributes:
        form: the QFormLayout subclasses add their rows to.
        submit: called on OK after :meth:`check` passed; a :class:`SwtgovError` keeps
            the dialog open (shown at the field when :attr:`field_names` knows it).
        field_names: the Dutch field name a refusal starts with (``"naam: ..."``) → its widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Callable[[], object] | None = None
        self.field_names: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.intro = hint("")
        self.intro.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.extra = QVBoxLayout()  # room below the form (e.g. the risk levels)
        self.extra.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(self.extra)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._messages: dict[QWidget, QLabel] = {}
        self._watched: set[int] = set()
        self._focused = False

    # --- for subclasses -----------------------------------------------------------------------

    def set_intro(self, text: str) -> None:
        """The explanation above the form (empty: none)."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def check(self) -> list[Problem]:
        """The problems of the input as (field, Dutch message); empty when OK may go on."""
        return []

    def ok_button(self) -> QAbstractButton:
        """The OK (or Save) button."""
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                return button
        raise LookupError("no OK button")

    def input_widgets(self) -> list[QWidget]:
        """The form's input widgets in order (labels, hints and messages left out)."""
        found: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):  # fmt: skip
                item = self.form.itemAt(row, role)
                if item is None:
                    continue
                widgets = [item.widget()] if item.widget() is not None else _widgets(item.layout() or QLayout())
                found.extend(w for w in widgets if not isinstance(w, QLabel))
        return found + [w for w in _widgets(self.extra) if not isinstance(w, QLabel)]

    def date_fields(self) -> list[ParsedField]:
        """Every date and moment field of the dialog."""
        return self.findChildren(ParsedField)  # type: ignore[return-value]

    # --- behaviour ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for field in self.date_fields():
            if id(field) not in self._watched:
                self._watched.add(id(field))
                field.state_changed.connect(self._update_ok)
        self._update_ok()
        if not self._focused:
            self._focused = True
            first = self.first_field()
            if first is not None:
                # after the window manager's own focus handling of a new window
                first.setFocus(Qt.FocusReason.TabFocusReason)
                QTimer.singleShot(0, lambda: first.setFocus(Qt.FocusReason.TabFocusReason))

    def first_field(self) -> QWidget | None:
        """The field the dialog opens on: the first one that takes keyboard input."""
        for widget in self.input_widgets():
            target = widget.focusProxy() or widget
            if (widget.isEnabled() and widget.isVisibleTo(self)
                    and target.focusPolicy() & Qt.FocusPolicy.TabFocus):  # fmt: skip
                return widget
        return None

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(all(field.valid for field in self.date_fields()))

    def show_problem(self, widget: QWidget, text: str) -> None:
        """A Dutch message in red right below a field (a date field says it itself)."""
        if isinstance(widget, ParsedField):
            widget.reading.setText(text)
            widget.reading.setStyleSheet(f"color: {ERROR_COLOUR};")
            widget.reading.show()
            return
        label = self._messages.get(widget)
        if label is None:
            label = QLabel()
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {ERROR_COLOUR};")
            label.setObjectName("problem")
            self._messages[widget] = label
            row = self._row_of(widget)
            if row >= 0:
                self.form.insertRow(row + 1, "", label)
            else:
                self.extra.insertWidget(0, label)
        label.setText(text)
        label.show()

    def problems_shown(self) -> list[str]:
        """The messages now shown at the fields (for tests and screen readers)."""
        shown = [label.text() for label in self._messages.values() if label.isVisibleTo(self) and label.text()]
        return shown + [f.problem for f in self.date_fields() if f.problem]

    def _row_of(self, widget: QWidget) -> int:
        row, _role = self.form.getWidgetPosition(widget)
        if row >= 0:
            return int(row)
        for index in range(self.form.rowCount()):
            item = self.form.itemAt(index, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.layout() is not None and widget in _widgets(item.layout()):
                return index
        return -1

    def _clear_problems(self) -> None:
        for label in self._messages.values():
            label.hide()
            label.setText("")
        for field in self.date_fields():
            field._read()

    def accept(self) -> None:
        """Check, submit, close; on a problem stay open with the message at the field."""
        self._clear_problems()
        wrong: list[Problem] = [(f, f.problem) for f in self.date_fields() if not f.valid]
        wrong += self.check()
        if wrong:
            for widget, text in wrong:
                self.show_problem(widget, text)
            wrong[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
            self._update_ok()
            return
        if self.submit is not None:
            try:
                self.submit()
            except SwtgovError as exc:
                if not self._show_at_fields(exc):
                    errors.show_error(self, exc, self.windowTitle())
                return
        super().accept()

    def _show_at_fields(self, exc: SwtgovError) -> bool:
        """Show a refusal's problems at their fields; False when one names no known field."""
        if not isinstance(exc, ValidationError) or not self.field_names:
            return False
        placed: list[Problem] = []
        for problem in exc.problems:
            name, sep, _rest = problem.partition(":")
            widget = self.field_names.get(name.strip().lower()) if sep else None
            if widget is None:
                return False
            placed.append((widget, problem))
        for widget, text in placed:
            self.show_problem(widget, text)
        placed[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True
