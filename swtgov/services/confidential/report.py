"""The area's reports: ``vertrouwenspersoon``, ``klokkenluiders``, ``datalekken``,
and the aggregate section of the vergaderpakket (:func:`pack_section`).

Each takes the option ``year`` (default: the peildatum's year, up to the
peildatum). Only the datalekken report lists single breaches, with date, cause,
people concerned and the AP notification, and it is marked VERTROUWELIJK.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from swtgov import display
from swtgov.domain.confidential.figures import breach_figures, counsellor_figures, whistleblower_figures
from swtgov.errors import SwtgovError
from swtgov.reports.base import ReportMeta
from swtgov.reports.confidential import labels as L
from swtgov.reports.confidential import registers as pdf
from swtgov.services.confidential import registers
from swtgov.store.confidential import repo
from swtgov.store.settings import read_setting


def _year(as_of: dt.date, year: object) -> int:
    if year is None:
        return as_of.year
    try:
        value = int(str(year))
    except ValueError:
        raise SwtgovError(f'"{year}" is geen jaartal; geef een jaar als 2026.') from None
    if not 1900 <= value <= 2999:
        raise SwtgovError(f'"{year}" is geen geldig jaartal; geef een jaar als 2026.')
    return value


def _period(year: int, as_of: dt.date) -> tuple[str, dt.date]:
    """The subtitle and the last day the figures count, for a year seen from a peildatum."""
    if year == as_of.year:
        return L.YEAR_TO_DATE.format(year=year, date=display.date(as_of)), as_of
    return L.WHOLE_YEAR.format(year=year), as_of


def _meta(db: Database, title: str, subtitle: str, generated_on: dt.date | None,
          confidential: bool = False) -> ReportMeta:  # fmt: skip
    return ReportMeta(
        organisation=str(read_setting(db, "general.organisation_name")),
        title=title,
        generated_on=generated_on or dt.date.today(),
        subtitle=subtitle,
        confidential=confidential,
    )


def counsellor_model(db: Database, year: int) -> pdf.CounsellorModel:
    """This year's and last year's vertrouwenspersoon figures, with the masking threshold."""
    reports = repo.load_counsellor(db) if repo.has_tables(db) else []
    categories = registers.categories(db)
    return pdf.CounsellorModel(
        figures=counsellor_figures(reports, year, categories),
        previous=counsellor_figures(reports, year - 1, categories),
        threshold=registers.mask_threshold(db),
    )


def build_counsellor(db: Database, as_of: dt.date, target: Path | None = None, *, year: object = None,
                     generated_on: dt.date | None = None, **_options: object) -> bytes:  # fmt: skip
    """``swtgov report FILE vertrouwenspersoon --year JAAR``: figures only."""
    chosen = _year(as_of, year)
    subtitle, _ = _period(chosen, as_of)
    meta = _meta(db, L.COUNSELLOR_TITLE.format(year=chosen), subtitle, generated_on)
    return pdf.counsellor(meta, counsellor_model(db, chosen), target)


def build_whistleblower(db: Database, as_of: dt.date, target: Path | None = None, *, year: object = None,
                        generated_on: dt.date | None = None, **_options: object) -> bytes:  # fmt: skip
    """``swtgov report FILE klokkenluiders --year JAAR``: counts and deadlines met."""
    chosen = _year(as_of, year)
    subtitle, until = _period(chosen, as_of)
    reports = repo.load_whistleblower(db) if repo.has_tables(db) else []
    meta = _meta(db, L.WHISTLEBLOWER_TITLE.format(year=chosen), subtitle, generated_on)
    return pdf.whistleblower(meta, whistleblower_figures(reports, chosen, until), target)


def build_breaches(db: Database, as_of: dt.date, target: Path | None = None, *, year: object = None,
                   generated_on: dt.date | None = None, **_options: object) -> bytes:  # fmt: skip
    """``swtgov report FILE datalekken --year JAAR``: marked VERTROUWELIJK."""
    chosen = _year(as_of, year)
    subtitle, until = _period(chosen, as_of)
    breaches = repo.load_breaches(db) if repo.has_tables(db) else []
    meta = _meta(db, L.BREACHES_TITLE.format(year=chosen), subtitle, generated_on, confidential=True)
    return pdf.breaches(meta, breach_figures(breaches, chosen, until), target)


def pack_model(db: Database, as_of: dt.date, year: int | None = None) -> pdf.PackModel:
    """The aggregate figures of the three registers for the vergaderpakket."""
    chosen = year or as_of.year
    _, until = _period(chosen, as_of)
    has = repo.has_tables(db)
    return pdf.PackModel(
        counsellor=counsellor_model(db, chosen),
        whistleblower=whistleblower_figures(repo.load_whistleblower(db) if has else [], chosen, until),
        breaches=breach_figures(repo.load_breaches(db) if has else [], chosen, until),
    )


def pack_section(db: Database, as_of: dt.date, *, year: int | None = None,
                 generated_on: dt.date | None = None) -> bytes:  # fmt: skip
    """The vergaderpakket's section: a PDF of aggregate figures only (no melding, no breach row)."""
    chosen = year or as_of.year
    subtitle, _ = _period(chosen, as_of)
    meta = _meta(db, L.PACK_TITLE.format(year=chosen), subtitle, generated_on)
    return pdf.pack(meta, pack_model(db, as_of, chosen), None)
