"""Small widgets every page shares: the one Dutch date field and the one moment field.

:class:`DateField` is free text read by the same parser as the import
(:func:`swtgov.domain.values.parse_date`): ``1-3-2027``, ``01-03-2027``,
``1 maart 2027``, ``1 mrt 2027`` and ``2027-03-01`` all mean 1 March 2027. While
typing, the field says in full Dutch what it read ("maandag 1 maart 2027"), or, with a
red border, why it cannot read it. A calendar button (or Alt+↓ / F4) picks a date;
Tab leaves the field. :class:`MomentField` does the same for a date with a time
(:func:`~swtgov.domain.values.parse_moment`).

The public API, for every page::

    field = DateField(day, optional=False)   # or MomentField(moment, optional=True, tz=...)
    field.value()          # date | None (None: empty, or not readable: check ``valid``)
    field.set_value(day)   # show a value (None: empty)
    field.valid            # readable, or empty where allowed
    field.problem          # the Dutch reason when not valid, else ""
    field.edited           # Qt signal: the user changed the text or picked a date

A :class:`swtgov.ui.dialogs.form.FormDialog` keeps its OK button disabled while one
of its fields is not valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from swtgov import display
from swtgov.domain.values import EMPTY, ValueProblem, parse_date, parse_moment

DATE_FORMAT = "d MMMM yyyy"
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
INVALID_STYLE = "QLineEdit { border: 2px solid #c0392b; border-radius: 3px; padding: 1px; }"
HINT_COLOUR = "#5b6472"
ERROR_COLOUR = "#a5281b"


def to_qdate(day: dt.date) -> QDate:
    """A date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    """A QDate as a date."""
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def date_edit(day: dt.date) -> DateEdit:
    """A :class:`DateField` that also speaks ``QDateEdit``'s ``date()``/``setDate()``/
    ``dateChanged``, for pages written against the old helper (prefer :class:`DateField`)."""
    return DateEdit(day)


def full_date(day: dt.date) -> str:
    """``maandag 1 maart 2027``: what a date field says it read."""
    return f"{WEEKDAYS[day.weekday()]} {display.date(day)}"


class _Line(QLineEdit):
    """The text part: Alt+Down or F4 opens the calendar, like a QDateEdit."""

    open_calendar = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar.emit()
            return
        super().keyPressEvent(event)


class ParsedField(QWidget):
    """Free text read by a parser, with the reading (or the reason) shown below it."""

    edited = Signal()
    #: the reading changed (typed, set or switched on/off): OK buttons follow it
    state_changed = Signal()

    def __init__(self, parse: Callable[[str], Any], show: Callable[[Any], str], write: Callable[[Any], str],
                 optional: bool, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._parse, self._show, self._write = parse, show, write
        self.optional = optional
        self._value: Any = None
        self.problem = ""
        self.empty_text: str = getattr(self, "empty_text", "")
        self.line = _Line()
        self.line.setMinimumWidth(150)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field, not here
        self.button.setToolTip(QCoreApplication.translate("DateField", "Choose from the calendar (Alt+Down)"))
        self.button.clicked.connect(self.show_calendar)
        self.line.open_calendar.connect(self.show_calendar)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.reading)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        self.calendar: QCalendarWidget | None = None
        self.menu: QMenu | None = None

    # --- API ------------------------------------------------------------------------------

    @property
    def valid(self) -> bool:
        """The text is readable, or empty where that is allowed."""
        return not self.problem

    def value(self) -> Any:
        """What the text means; None when empty or not readable (see :attr:`valid`)."""
        return self._value

    def set_value(self, value: Any) -> None:
        """Show a value (None: empty). Does not emit :attr:`edited`."""
        self.line.setText("" if value is None else self._write(value))
        self._read()

    def text(self) -> str:
        """The text as typed."""
        return self.line.text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._read()  # a switched-off field is never wrong

    # --- behaviour ------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._read()
        self.edited.emit()

    def _tidy(self) -> None:
        """On leaving the field, a readable text is written in full (``1-3-2027`` → ``1 maart 2027``)."""
        if self.valid and self._value is not None:
            tidy = self._write(self._value)
            if tidy != self.line.text():
                self.line.setText(tidy)

    def _read(self) -> None:
        text = self.line.text()
        self._value, self.problem = None, ""
        if not text.strip():
            if not self.optional and self.isEnabled():
                self.problem = self.empty_text
        else:
            try:
                self._value = self._parse(text)
            except ValueProblem as exc:
                reason = str(exc)
                self.problem = f'"{text.strip()}" {reason}' if reason != EMPTY else self.empty_text
        if not self.isEnabled():
            self.problem = ""
        self._show_reading()
        self.state_changed.emit()

    def _show_reading(self) -> None:
        if self.problem:
            self.line.setStyleSheet(INVALID_STYLE)
            self.reading.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.reading.setText(self.problem)
        else:
            self.line.setStyleSheet("")
            self.reading.setStyleSheet(f"color: {HINT_COLOUR};")
            self.reading.setText("" if self._value is None else self._show(self._value))
        self.reading.setVisible(bool(self.reading.text()) and self.isEnabled())

    def _calendar_day(self) -> dt.date:
        value = self._value
        if isinstance(value, dt.datetime):
            return value.date()
        return value if isinstance(value, dt.date) else dt.date.today()

    def show_calendar(self) -> None:
        """Pop up a calendar below the field; a click or Enter there picks the date."""
        if self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
            self.menu = QMenu(self)
            action = QWidgetAction(self.menu)
            action.setDefaultWidget(self.calendar)
            self.menu.addAction(action)
        assert self.menu is not None
        self.calendar.setSelectedDate(to_qdate(self._calendar_day()))
        self.menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        if self.menu is not None:
            self.menu.hide()
        self._pick(from_qdate(qdate))
        self.line.setFocus()
        self.edited.emit()

    def _pick(self, day: dt.date) -> None:
        self.set_value(day)


class DateField(ParsedField):
    """A Dutch date, typed as people type it; see the module text.

    Args:
        value: the date shown at first (None: empty).
        optional: whether empty is allowed (its value is then None).
    """

    def __init__(self, value: dt.date | None = None, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        self.empty_text = QCoreApplication.translate("DateField", "Fill in a date.")
        super().__init__(parse_date, full_date, display.date, optional, parent)
        self.line.setPlaceholderText(QCoreApplication.translate("DateField", "e.g. 1-3-2027 or 1 maart 2027"))
        self.set_value(value)

    def value(self) -> dt.date | None:
        """The date typed; None when empty or not readable (see :attr:`valid`)."""
        return self._value  # type: ignore[no-any-return]

    def set_value(self, value: dt.date | None) -> None:
        """Show a date (None: empty)."""
        super().set_value(value)


class MomentField(ParsedField):
    """A Dutch date with a time (``14-3-2026 9:30``); a date alone means 00:00.

    Args:
        value: the moment shown at first (None: empty). An aware moment is shown as
            wall-clock time in ``tz`` (or the computer's zone).
        optional: whether empty is allowed.
        tz: when given, :meth:`value` is an aware datetime in this zone; otherwise naive.
    """

    def __init__(self, value: dt.datetime | None = None, *, optional: bool = False, tz: dt.tzinfo | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        self.tz = tz
        self.empty_text = QCoreApplication.translate("DateField", "Fill in a date and a time.")
        super().__init__(self._parse_moment, self._show_moment, self._write_moment, optional, parent)
        self.line.setPlaceholderText(QCoreApplication.translate("DateField", "e.g. 14-3-2026 9:30"))
        self.set_value(value)

    def _parse_moment(self, text: str) -> dt.datetime:
        moment = parse_moment(text)
        return moment.replace(tzinfo=self.tz) if self.tz is not None else moment

    def _wall_clock(self, moment: dt.datetime) -> dt.datetime:
        if moment.tzinfo is not None:
            moment = moment.astimezone(self.tz) if self.tz is not None else moment.astimezone()
        return moment

    def _show_moment(self, moment: dt.datetime) -> str:
        local = self._wall_clock(moment)
        return f"{WEEKDAYS[local.weekday()]} {display.moment(local)}"

    def _write_moment(self, moment: dt.datetime) -> str:
        local = self._wall_clock(moment)
        return f"{display.date(local.date())} {local:%H:%M}"

    def _pick(self, day: dt.date) -> None:
        """A day picked in the calendar keeps the time already typed."""
        current = self._value
        time = self._wall_clock(current).time() if isinstance(current, dt.datetime) else dt.time(0)
        moment = dt.datetime.combine(day, time)
        self.set_value(moment.replace(tzinfo=self.tz) if self.tz is not None else moment)

    def value(self) -> dt.datetime | None:
        """The moment typed; None when empty or not readable (see :attr:`valid`)."""
        return self._value  # type: ignore[no-any-return]

    def set_value(self, value: dt.datetime | None) -> None:
        """Show a moment (None: empty)."""
        super().set_value(value)


class DateEdit(DateField):
    """A :class:`DateField` with the part of ``QDateEdit``'s API the older pages use.

    ``date()`` of a text the field cannot read raises a Dutch :class:`SwtgovError` (shown
    to the user by the dialog or the window) instead of handing on a wrong date.
    """

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(value, parent=parent)
        self.edited.connect(self._emit_date)

    def _emit_date(self) -> None:
        day = self.value()
        if day is not None:
            self.dateChanged.emit(to_qdate(day))

    def date(self) -> QDate:
        """The date as a QDate.

        Raises:
            SwtgovError: the text is not a readable date (the reason in Dutch).
        """
        day = self.value()
        if day is None:
            from swtgov.errors import SwtgovError

            raise SwtgovError(self.problem or QCoreApplication.translate("DateField", "Fill in a date."))
        return to_qdate(day)

    def setDate(self, qdate: QDate) -> None:  # noqa: N802 - QDateEdit's name
        """Show a date (as QDateEdit.setDate)."""
        self.set_value(from_qdate(qdate))
        self.dateChanged.emit(qdate)
