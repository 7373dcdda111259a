"""The member dialogs: new member, reappoint, record a departure, change role, edit contact.

Each dialog only collects input. On OK it calls ``submit`` (the page's
``session.perform`` of a service use case); a refused change shows the Dutch
reasons and the dialog stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.errors import SwtgovError
from swtgov.ui import errors
from swtgov.ui.rooster import texts
from swtgov.ui.widgets import date_edit, from_qdate, to_qdate


def hint(text: str) -> QLabel:
    """A grey, wrapping explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5b6472;")
    return label


class FormDialog(QDialog):
    """A form with OK/Cancel; OK runs ``submit`` and closes only when it succeeds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Callable[[], object] | None = None
        self.form = QFormLayout()
        self.intro = hint("")
        self.intro.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def set_intro(self, text: str) -> None:
        """The explanation above the form (empty: none)."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def accept(self) -> None:
        if self.submit is not None:
            try:
                self.submit()
            except SwtgovError as exc:
                errors.show_error(self, exc)
                return
        super().accept()


class NewMemberDialog(FormDialog):
    """Name, role, first term start; the end follows from the term length and can be adjusted."""

    def __init__(self, start: dt.date, term_years: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term_years = term_years
        self.setWindowTitle(self.tr("New member"))
        self.name = QLineEdit()
        self.role = QComboBox()
        for key, label in texts.roles().items():
            self.role.addItem(label, key)
        self.role.setCurrentIndex(self.role.findData("lid"))
        self.start = date_edit(start)
        self.end = date_edit(start + relativedelta(years=term_years))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self._end_follows = True
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self._end_edited)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow(self.tr("Appointed from:"), self.start)
        self.form.addRow(self.tr("Term ends on:"), self.end)
        self.form.addRow("", hint(self.tr("A term lasts {years} years (setting); you may choose an earlier end.")
                                  .format(years=term_years)))
        self.form.addRow(self.tr("E-mail:"), self.email)
        self.form.addRow(self.tr("Phone:"), self.phone)

    def _start_changed(self, qdate: QDate) -> None:
        if self._end_follows:
            self.end.blockSignals(True)
            self.end.setDate(to_qdate(from_qdate(qdate) + relativedelta(years=self.term_years)))
            self.end.blockSignals(False)

    def _end_edited(self, _qdate: QDate) -> None:
        self._end_follows = False

    def values(self) -> dict[str, object]:
        """The input as keyword arguments of ``add_member``."""
        return {"name": self.name.text(), "role": self.role.currentData(), "start": from_qdate(self.start.date()),
                "end": from_qdate(self.end.date()), "email": self.email.text(), "phone": self.phone.text()}


class ReappointDialog(FormDialog):
    """Herbenoemen: the new term starts at the previous end; its end is chosen (at most the rules allow)."""

    def __init__(self, name: str, start: dt.date, end: dt.date, latest: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reappoint {name}").format(name=name))
        self.set_intro(self.tr("{name} is reappointed for a new term from {date}, the end of the current term.")
                       .format(name=name, date=display.date(start)))
        self.end = date_edit(end)
        self.form.addRow(self.tr("New term ends on:"), self.end)
        if latest is not None:
            self.form.addRow("", hint(self.tr("The rules allow at most {date} (term length and maximum tenure).")
                                      .format(date=display.date(latest))))

    def chosen_end(self) -> dt.date:
        """The end chosen for the new term."""
        return from_qdate(self.end.date())


class DepartureDialog(FormDialog):
    """Aftreden per a date (also early), with an optional reason."""

    def __init__(self, name: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record departure of {name}").format(name=name))
        self.set_intro(self.tr("From this date {name} no longer sits on the board. Commissie seats end on the "
                               "same day; a reappointment recorded after it is removed.").format(name=name))
        self.day = date_edit(day)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("optional, e.g. end of the second term"))
        self.form.addRow(self.tr("Leaves on:"), self.day)
        self.form.addRow(self.tr("Reason:"), self.reason)

    def values(self) -> tuple[dt.date, str]:
        """(departure date, reason)."""
        return from_qdate(self.day.date()), self.reason.text()


class RoleDialog(FormDialog):
    """A dated role change; a new chair takes over from the current chair."""

    def __init__(self, name: str, current: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role of {name}").format(name=name))
        self.set_intro(self.tr("{name} is now {role}. A new chair or vice-chair takes over from the current one "
                               "on the chosen date; history before it stays as it was.")
                       .format(name=name, role=texts.role(current).lower()))
        self.role = QComboBox()
        for key, label in texts.roles().items():
            self.role.addItem(label, key)
        self.role.setCurrentIndex(max(0, self.role.findData("voorzitter" if current != "voorzitter" else "lid")))
        self.since = date_edit(day)
        self.form.addRow(self.tr("New role:"), self.role)
        self.form.addRow(self.tr("From:"), self.since)

    def values(self) -> tuple[str, dt.date]:
        """(role key, from)."""
        return str(self.role.currentData()), from_qdate(self.since.date())


class ContactDialog(FormDialog):
    """Name, e-mail and phone of a member."""

    def __init__(self, name: str, email: str, phone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact details of {name}").format(name=name))
        self.name = QLineEdit(name)
        self.email = QLineEdit(email)
        self.phone = QLineEdit(phone)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("E-mail:"), self.email)
        self.form.addRow(self.tr("Phone:"), self.phone)

    def values(self) -> dict[str, str]:
        """The input as keyword arguments of ``edit_contact``."""
        return {"name": self.name.text(), "email": self.email.text(), "phone": self.phone.text()}
