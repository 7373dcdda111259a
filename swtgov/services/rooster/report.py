"""The ``rooster`` report: gather the rooster as of a date and render the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlite_utils import Database

from swtgov import display
from swtgov.domain.rooster.model import (
    ROLE_ABBREVIATIONS,
    STATUS_LEFT,
    Rooster,
    RoosterRules,
)
from swtgov.domain.rooster.signals import rooster_signals
from swtgov.domain.rooster.terms import RoosterRow, rooster_row
from swtgov.domain.rooster.timeline import build_timeline
from swtgov.reports import labels
from swtgov.reports.base import ReportMeta
from swtgov.reports.rooster import report as rooster_pdf
from swtgov.services.rooster.members import load_rules
from swtgov.store.rooster import repo
from swtgov.store.settings import read_setting


def _line(row: RoosterRow) -> rooster_pdf.RoosterLine:
    abbreviation = ROLE_ABBREVIATIONS.get(row.role, "") if row.status != STATUS_LEFT else ""
    note = labels.ROOSTER_REAPPOINTABLE if row.reappointable else labels.ROOSTER_NOT_REAPPOINTABLE
    return rooster_pdf.RoosterLine(
        name=f"{row.name} ({abbreviation})" if abbreviation else row.name,
        appointed=row.first_appointed, departure=row.departure, term_label=row.term_label,
        note=note if row.status != STATUS_LEFT else "", left=row.status == STATUS_LEFT,
    )


def report_data(rooster: Rooster, rules: RoosterRules, as_of: dt.date, *,
                public: bool = False) -> rooster_pdf.RoosterReport:
    """The plain report model: sitting members by first appointment, recent leavers, timeline, signals."""
    year_ago = as_of - relativedelta(years=1)
    rooster = rooster.since(year_ago)
    rows = [rooster_row(m, terms, rooster.role_changes_of(m.id), rules, as_of)
            for m in rooster.members
            if (terms := rooster.terms_of(m.id)) and max(t.effective_end for t in terms) > year_ago]
    sitting = sorted((r for r in rows if r.status != STATUS_LEFT),
                     key=lambda r: (r.role != "voorzitter", r.role != "vicevoorzitter",
                                    r.first_appointed or dt.date.max, r.name))
    former = sorted((r for r in rows if r.status == STATUS_LEFT and r.departure and year_ago < r.departure <= as_of),
                    key=lambda r: (r.departure, r.name))
    signals = [] if public else rooster_signals(rooster.members, rooster.terms, rooster.role_changes,
                                                 rooster.committees, rooster.seats, rules, as_of)
    rules_text = labels.ROOSTER_RULES.format(years=rules.term_years, max_terms=rules.max_terms,
                                             tenure=rules.max_tenure_years)
    return rooster_pdf.RoosterReport(
        lines=[_line(r) for r in sitting], former=[_line(r) for r in former],
        timeline=build_timeline(rooster, rules, as_of), signals=signals, rules_text=rules_text, public=public,
    )


def build(db: Database, as_of: dt.date, target: Path | None = None, *, public: bool = False,
          generated_on: dt.date | None = None, **_options: object) -> bytes:
    """The rooster PDF as of ``as_of``; ``public`` leaves the signals out (for the website)."""
    meta = ReportMeta(
        organisation=str(read_setting(db, "general.organisation_name")),
        title=labels.ROOSTER_TITLE,
        generated_on=generated_on or dt.date.today(),
        subtitle=labels.AS_OF.format(date=display.date(as_of)),
    )
    data = report_data(repo.load_rooster(db), load_rules(db), as_of, public=public)
    return rooster_pdf.build(meta, data, target)
