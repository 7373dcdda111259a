"""The member dialogs: new member, reappoint, record a departure, change role, edit contact.

Each dialog only collects input. On OK it calls ``submit`` (the page's
``session.perform`` of a service use case); a refused change shows the Dutch
reasons and the dialog stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from swtgov import display
from swtgov.ui.dialogs.form import FormDialog, Problem, hint
from swtgov.ui.rooster import texts
from swtgov.ui.widgets import DateField

__all__ = ["ContactDialog", "DepartureDialog", "FormDialog", "NewMemberDialog", "ReappointDialog", "RoleDialog",
           "hint"]


def _day(field: DateField) -> dt.date:
    """The date of a field the dialog has checked (OK is disabled while it is not readable)."""
    day = field.value()
    assert day is not None
    return day


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
        self.start = DateField(start)
        self.end = DateField(start + relativedelta(years=term_years))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self._end_follows = True
        self.start.edited.connect(self._start_changed)
        self.end.edited.connect(self._end_edited)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow(self.tr("Appointed from:"), self.start)
        self.form.addRow(self.tr("Term ends on:"), self.end)
        self.form.addRow("", hint(self.tr("A term lasts {years} years (setting); you may choose an earlier end.")
                                  .format(years=term_years)))
        self.form.addRow(self.tr("E-mail:"), self.email)
        self.form.addRow(self.tr("Phone:"), self.phone)
        self.field_names = {"naam": self.name, "begindatum": self.start, "einddatum": self.end,
                            "e-mail": self.email, "telefoon": self.phone}

    def _start_changed(self) -> None:
        start = self.start.value()
        if self._end_follows and start is not None:
            self.end.set_value(start + relativedelta(years=self.term_years))

    def _end_edited(self) -> None:
        self._end_follows = False

    def check(self) -> list[Problem]:
        if not self.name.text().strip():
            return [(self.name, self.tr("Fill in the name."))]
        return []

    def values(self) -> dict[str, object]:
        """The input as keyword arguments of ``add_member``."""
        return {"name": self.name.text(), "role": self.role.currentData(), "start": _day(self.start),
                "end": _day(self.end), "email": self.email.text(), "phone": self.phone.text()}


class ReappointDialog(FormDialog):
    """Herbenoemen: the new term starts at the previous end; its end is chosen (at most the rules allow)."""

    def __init__(self, name: str, start: dt.date, end: dt.date, latest: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reappoint {name}").format(name=name))
        self.set_intro(self.tr("{name} is reappointed for a new term from {date}, the end of the current term.")
                       .format(name=name, date=display.date(start)))
        self.end = DateField(end)
        self.form.addRow(self.tr("New term ends on:"), self.end)
        if latest is not None:
            self.form.addRow("", hint(self.tr("The rules allow at most {date} (term length and maximum tenure).")
                                      .format(date=display.date(latest))))

    def chosen_end(self) -> dt.date:
        """The end chosen for the new term."""
        return _day(self.end)


class DepartureDialog(FormDialog):
    """Aftreden per a date (also early), with an optional reason."""

    def __init__(self, name: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record departure of {name}").format(name=name))
        self.set_intro(self.tr("From this date {name} no longer sits on the board. Commissie seats end on the "
                               "same day; a reappointment recorded after it is removed.").format(name=name))
        self.day = DateField(day)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("optional, e.g. end of the second term"))
        self.form.addRow(self.tr("Leaves on:"), self.day)
        self.form.addRow(self.tr("Reason:"), self.reason)

    def values(self) -> tuple[dt.date, str]:
        """(departure date, reason)."""
        return _day(self.day), self.reason.text()


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
        self.since = DateField(day)
        self.form.addRow(self.tr("New role:"), self.role)
        self.form.addRow(self.tr("From:"), self.since)

    def values(self) -> tuple[str, dt.date]:
        """(role key, from)."""
        return str(self.role.currentData()), _day(self.since)


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
        self.field_names = {"naam": self.name, "e-mail": self.email, "telefoon": self.phone}

    def check(self) -> list[Problem]:
        if not self.name.text().strip():
            return [(self.name, self.tr("Fill in the name."))]
        return []

    def values(self) -> dict[str, str]:
        """The input as keyword arguments of ``edit_contact``."""
        return {"name": self.name.text(), "email": self.email.text(), "phone": self.phone.text()}
