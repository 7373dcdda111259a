"""Small widget helpers every page shares: Dutch date fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

DATE_FORMAT = "d MMMM yyyy"


def to_qdate(day: dt.date) -> QDate:
    """A date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    """A QDate as a date."""
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def date_edit(day: dt.date) -> QDateEdit:
    """A Dutch date field ("1 oktober 2026") with a calendar popup."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit
