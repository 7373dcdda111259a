"""The ``signalen`` report: the Overzicht as a PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from swtgov import display
from swtgov.reports import signals as signals_report
from swtgov.reports.base import ReportMeta
from swtgov.reports.labels import AS_OF, SIGNALS_TITLE
from swtgov.services.areas import area_titles
from swtgov.services.signals import collect
from swtgov.store.settings import read_setting


def build(db: Database, as_of: dt.date, target: Path | None = None, **_options: object) -> bytes:
    """All signals as of a date, as a PDF."""
    meta = ReportMeta(
        organisation=str(read_setting(db, "general.organisation_name")),
        title=SIGNALS_TITLE,
        generated_on=dt.date.today(),
        subtitle=AS_OF.format(date=display.date(as_of)),
    )
    return signals_report.build(meta, collect(db, as_of), area_titles(), target)
