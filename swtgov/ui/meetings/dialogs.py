"""Dialogs of the Vergaderingen page: a meeting, an agenda item, a guest, an action item, a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.meetings.model import ITEM_KINDS, KIND_DISCUSSION, Body, Meeting
from swtgov.ui.widgets import date_edit, from_qdate


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _time_edit(value: dt.time | None, default: dt.time) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    shown = value or default
    edit.setTime(QTime(shown.hour, shown.minute))
    return edit


class MeetingDialog(QDialog):
    """Plan a meeting, or change its date, times and place."""

    def __init__(self, bodies: Sequence[Body], day: dt.date, meeting: Meeting | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.body = QComboBox()
        for body in bodies:
            self.body.addItem(body.name, body)
        if meeting is not None:
            self.body.setCurrentIndex(max(0, [b.key for b in bodies].index(meeting.body.key)
                                          if meeting.body.key in [b.key for b in bodies] else 0))
        self.date = date_edit(meeting.date if meeting else day)
        self.has_times = QCheckBox(self.tr("Start and end time"))
        self.has_times.setChecked(meeting is None or meeting.start is not None)
        self.start = _time_edit(meeting.start if meeting else None, dt.time(19))
        self.end = _time_edit(meeting.end if meeting else None, dt.time(21, 30))
        self.location = QLineEdit(meeting.location if meeting else "")
        self.location.setPlaceholderText(self.tr("e.g. Wijkteamkantoor Centrum"))
        self.standard = QCheckBox(self.tr("Start with the standard agenda items"))
        self.standard.setChecked(True)
        self.standard.setVisible(meeting is None)
        self.has_times.toggled.connect(self.start.setEnabled)
        self.has_times.toggled.connect(self.end.setEnabled)
        self.start.setEnabled(self.has_times.isChecked())
        self.end.setEnabled(self.has_times.isChecked())
        form = QFormLayout()
        form.addRow(self.tr("Body:"), self.body)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow("", self.has_times)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("End:"), self.end)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow("", self.standard)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, object]:
        """The entered values: body, date, start, end, location, standard_items."""
        def time(edit: QTimeEdit) -> dt.time | None:
            if not self.has_times.isChecked():
                return None
            t = edit.time()
            return dt.time(t.hour(), t.minute())

        return {"body": self.body.currentData(), "date": from_qdate(self.date.date()), "start": time(self.start),
                "end": time(self.end), "location": self.location.text().strip(),
                "standard_items": self.standard.isChecked()}


class ItemDialog(QDialog):
    """Add or change an agenda item: title, kind, presenter, explanatory note."""

    def __init__(self, title: str = "", kind: str = KIND_DISCUSSION, presenter: str = "", note: str = "",
                 number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda item"))
        self.title = QLineEdit(title)
        self.number = QLineEdit(number or "")
        self.number.setVisible(number is not None)
        self.kind = QComboBox()
        for key, label in ITEM_KINDS.items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.presenter = QLineEdit(presenter)
        self.presenter.setPlaceholderText(self.tr("e.g. directeur-bestuurder"))
        self.note = QPlainTextEdit(note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        form = QFormLayout()
        if number is not None:
            form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Presenter:"), self.presenter)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, str]:
        """title, kind, presenter, note (and number when shown)."""
        values = {"title": self.title.text().strip(), "kind": self.kind.currentData(),
                  "presenter": self.presenter.text().strip(), "note": self.note.toPlainText().strip()}
        if self.number.isVisible() or self.number.text():
            values["number"] = self.number.text().strip()
        return values


class GuestDialog(QDialog):
    """Add a guest (directeur-bestuurder, controller, accountant) or the notulist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add guest or minute-taker"))
        self.name = QLineEdit()
        self.capacity = QComboBox()
        self.capacity.addItem(self.tr("Guest"), "gast")
        self.capacity.addItem(self.tr("Minute-taker"), "notulist")
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(["directeur-bestuurder", "controller", "accountant", "bestuurssecretaris"])
        self.role.setCurrentText("")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("As:"), self.capacity)
        form.addRow(self.tr("Function:"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[str, str, str]:
        """(name, capacity, role)."""
        return self.name.text().strip(), self.capacity.currentData(), self.role.currentText().strip()


class ActionDialog(QDialog):
    """A new action item: what, who, due date."""

    def __init__(self, people: Sequence[str], due: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action item"))
        self.what = QLineEdit()
        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.addItems(list(people))
        self.who.setCurrentText("")
        self.has_due = QCheckBox(self.tr("Due date"))
        self.has_due.setChecked(True)
        self.due = date_edit(due)
        self.has_due.toggled.connect(self.due.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.what)
        form.addRow(self.tr("Who:"), self.who)
        form.addRow(self.has_due, self.due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[str, str, dt.date | None]:
        """(what, who, due)."""
        due = from_qdate(self.due.date()) if self.has_due.isChecked() else None
        return self.what.text().strip(), self.who.currentText().strip(), due


class DateDialog(QDialog):
    """Ask for one date (vaststellen, sent on)."""

    def __init__(self, title: str, text: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.date = date_edit(day)
        label = QLabel(text)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.date)
        layout.addWidget(_buttons(self))

    def value(self) -> dt.date:
        return from_qdate(self.date.date())


class TextDialog(QDialog):
    """Ask for a longer text (a decision)."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.text)
        layout.addWidget(_buttons(self))

    def value(self) -> str:
        return self.text.toPlainText().strip()
