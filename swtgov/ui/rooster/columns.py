"""The columns of the page's tables: members and signals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from swtgov import display
from swtgov.domain.rooster.model import STATUS_LEFT, STATUS_NOT_REAPPOINTABLE
from swtgov.domain.signals import Signal
from swtgov.services.rooster.members import MemberOverview
from swtgov.ui import style
from swtgov.ui.models import ColumnDef
from swtgov.ui.rooster import texts

SEVERITY_COLOURS = style.SEVERITY_BACKGROUND
STATUS_COLOURS = {STATUS_NOT_REAPPOINTABLE: style.ATTENTION, STATUS_LEFT: style.PAST}


def member_columns() -> list[ColumnDef[MemberOverview]]:
    """Name, role, commissies, current term, term end, status."""
    return [
        ColumnDef(QCoreApplication.translate("MemberColumns", "Name"), lambda o: o.member.name,
                  sort=lambda o: o.member.name.lower()),
        ColumnDef(QCoreApplication.translate("MemberColumns", "Role"),
                  lambda o: "" if o.is_former else texts.role(o.row.role)),
        ColumnDef(QCoreApplication.translate("MemberColumns", "Commissies"), lambda o: ", ".join(o.committees),
                  tooltip=lambda o: "\n".join(o.committees) or None),
        ColumnDef(QCoreApplication.translate("MemberColumns", "Current term"),
                  lambda o: "" if o.is_former or o.row.term is None else texts.term_name(o.row.term.number),
                  sort=lambda o: o.row.term.number if o.row.term and not o.is_former else 0),
        ColumnDef(QCoreApplication.translate("MemberColumns", "Term end"), lambda o: display.date(o.row.departure),
                  sort=lambda o: o.row.departure or dt.date.max),
        ColumnDef(QCoreApplication.translate("MemberColumns", "Status"), lambda o: texts.status(o.row.status),
                  background=lambda o: STATUS_COLOURS.get(o.row.status)),
    ]


def signal_columns() -> list[ColumnDef[Signal]]:
    """Severity, subject, the Dutch message and the date."""
    return [
        ColumnDef(QCoreApplication.translate("SignalColumns", "Severity"), lambda s: texts.severity(s.severity),
                  sort=lambda s: s.severity.rank, background=lambda s: SEVERITY_COLOURS[s.severity]),
        ColumnDef(QCoreApplication.translate("SignalColumns", "Subject"), lambda s: s.subject),
        ColumnDef(QCoreApplication.translate("SignalColumns", "Date"), lambda s: display.date(s.date),
                  sort=lambda s: s.date or dt.date.max),
        ColumnDef(QCoreApplication.translate("SignalColumns", "Signal"), lambda s: s.message,
                  tooltip=lambda s: f"{s.message}\n({s.code})"),
    ]
