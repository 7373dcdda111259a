"""The ``risicos`` report: the risicorapportage as of a date, as a PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from swtgov import display
from swtgov.domain.risks.signals import movements
from swtgov.reports.base import ReportMeta
from swtgov.reports.labels import AS_OF, RISKS_TITLE
from swtgov.reports.risks import report as risks_report
from swtgov.services.risks.register import load_register
from swtgov.store.settings import read_setting


def report_model(db: Database, as_of: dt.date) -> risks_report.RiskReport:
    """The plain data of the report: the register as of ``as_of`` and its movements."""
    register = load_register(db, as_of)
    risks = [e.risk for e in register.entries]
    # The entries hold exactly what movements() compares: current and previous quarter.
    assessments = [a for e in register.entries for a in (e.current, e.previous) if a is not None]
    return risks_report.RiskReport(
        as_of=as_of,
        rules=register.rules,
        entries=register.entries,
        measures=register.measures,
        movements=movements(risks, assessments, as_of),
    )


def build(
    db: Database,
    as_of: dt.date,
    target: Path | None = None,
    *,
    generated_on: dt.date | None = None,
    **_options: object,
) -> bytes:
    """The risicorapportage as of ``as_of``; writes ``target`` when given."""
    meta = ReportMeta(
        organisation=str(read_setting(db, "general.organisation_name")),
        title=RISKS_TITLE,
        generated_on=generated_on or dt.date.today(),
        subtitle=AS_OF.format(date=display.date(as_of)),
    )
    return risks_report.build(meta, report_model(db, as_of), target)
