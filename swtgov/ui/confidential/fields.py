"""Input fields the registers' dialogs share: an optional date and a moment.

A moment is entered and shown as Europe/Amsterdam wall-clock time, whatever the
computer's own time zone is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from swtgov.domain.confidential.clocks import TIMEZONE, local_moment
from swtgov.ui.widgets import DATE_FORMAT, from_qdate, to_qdate

MOMENT_FORMAT = "d MMMM yyyy HH:mm"


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """An aware moment as a QDateTime holding its Amsterdam wall-clock time."""
    local = local_moment(moment)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """A QDateTime's wall-clock time, read as Amsterdam time."""
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=TIMEZONE)


def moment_edit(moment: dt.datetime) -> QDateTimeEdit:
    """A Dutch date-and-time field ("21 november 2026 10:30") with a calendar popup."""
    edit = QDateTimeEdit(to_qdatetime(moment))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(MOMENT_FORMAT)
    return edit


class OptionalDate(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    def __init__(self, label: str, day: dt.date | None, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit(to_qdate(day or default))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        if day is not None:
            self.edit.setDate(to_qdate(day))
        self.check.setChecked(day is not None)


class OptionalMoment(QWidget):
    """A moment that may be left empty."""

    def __init__(self, label: str, moment: dt.datetime | None, default: dt.datetime,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = moment_edit(moment or default)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(moment is not None)
        self.edit.setEnabled(moment is not None)

    def value(self) -> dt.datetime | None:
        return from_qdatetime(self.edit.dateTime()) if self.check.isChecked() else None

    def set_value(self, moment: dt.datetime | None) -> None:
        if moment is not None:
            self.edit.setDateTime(to_qdatetime(moment))
        self.check.setChecked(moment is not None)
