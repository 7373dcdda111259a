"""The detail panel of one member: role, status, contact, commissies, roles and terms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.rooster.model import RoleChange, Term
from swtgov.services.rooster.members import MemberOverview
from swtgov.ui.models import ColumnDef, RecordTableModel, SortProxy
from swtgov.ui.rooster import texts


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MemberDetail(QWidget):
    """Shows one :class:`MemberOverview`; empty with a hint when nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: MemberOverview | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.subtitle = _label()
        self.subtitle.setStyleSheet("color: #5b6472;")
        self.email = _label()
        self.phone = _label()
        self.committees = _label()
        self.roles = _label()
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Commissies:"), self.committees)
        form.addRow(self.tr("Roles:"), self.roles)
        self.terms_model: RecordTableModel[Term] = RecordTableModel([
            ColumnDef(self.tr("Term"), lambda t: texts.term_name(t.number), sort=lambda t: t.number),
            ColumnDef(self.tr("From"), lambda t: display.date(t.start), sort=lambda t: t.start),
            ColumnDef(self.tr("Until"), lambda t: display.date(t.end), sort=lambda t: t.end),
            ColumnDef(self.tr("Left"), lambda t: display.date(t.left_on), sort=lambda t: t.left_on or dt.date.max,
                      tooltip=lambda t: t.left_reason or None),
        ], self)
        proxy = SortProxy(self)
        proxy.setSourceModel(self.terms_model)
        self.terms = QTableView()
        self.terms.setModel(proxy)
        self.terms.verticalHeader().hide()
        self.terms.setSelectionMode(QTableView.SelectionMode.NoSelection)
        header = self.terms.horizontalHeader()
        # Dates are written in full ("28 september 2026"): in a narrow panel a cell wraps
        # onto a second line instead of being cut off.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.terms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.terms.setWordWrap(True)
        self.terms.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.terms.setStyleSheet("QTableView::item { padding: 3px 2px; }")
        header.sectionResized.connect(lambda *_args: self.terms.resizeRowsToContents())
        self.terms_title = QLabel(self.tr("Terms"))
        self.terms_title.setStyleSheet("font-weight: 600;")
        self.empty = QLabel(self.tr("Select a member to see their details."))
        self.empty.setStyleSheet("color: #5b6472;")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.fields)
        layout.addWidget(self.terms_title)
        layout.addWidget(self.terms, 1)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        self.show_member(None)

    def show_member(self, overview: MemberOverview | None, role_changes: list[RoleChange] | None = None) -> None:
        """Fill the panel (None: the empty hint)."""
        self.overview = overview
        self.empty.setVisible(overview is None)
        self.spacer.setVisible(overview is None)
        for widget in (self.heading, self.subtitle, self.fields, self.terms, self.terms_title):
            widget.setVisible(overview is not None)
        if overview is None:
            for label in (self.email, self.phone, self.committees, self.roles):
                label.setText("")
            self.terms_model.set_records([])
            return
        row = overview.row
        self.heading.setText(overview.member.name)
        if overview.is_former:
            self.subtitle.setText(self.tr("former member, left on {date}").format(date=display.date(row.departure)))
        else:
            parts = [texts.role(row.role), texts.status(row.status)]
            if row.departure:
                parts.append(self.tr("leaves on {date}").format(date=display.date(row.departure)))
            self.subtitle.setText(" · ".join(parts))
        self.email.setText(overview.member.email or "—")
        self.phone.setText(overview.member.phone or "—")
        seats = []
        for committee, seat in overview.seats:
            period = (self.tr("from {start} until {end}").format(start=display.date(seat.start),
                                                                 end=display.date(seat.end))
                      if seat.end else self.tr("since {start}").format(start=display.date(seat.start)))
            chair = self.tr(", chair") if seat.is_chair else ""
            seats.append(f"{committee.name}{chair} ({period})")
        self.committees.setText("\n".join(seats) or "—")
        self.roles.setText("\n".join(
            self.tr("{role} since {date}").format(role=texts.role(c.role), date=display.date(c.since))
            for c in (role_changes or [])) or texts.role(row.role))
        self.terms_model.set_records(list(overview.terms))
        self.terms.resizeRowsToContents()
