"""Use cases of the confidential registers: read them, change them, their signals.

Every change is validated by the domain first; a refusal is a
:class:`~swtgov.errors.ValidationError` with every reason in Dutch, and nothing
is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlite_utils import Database

from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.model import (
    SETTINGS,
    CounsellorReport,
    DataBreach,
    FieldProblem,
    WhistleblowerReport,
    canonical,
    validate_breach,
    validate_counsellor,
    validate_whistleblower,
)
from swtgov.domain.confidential.signals import register_signals
from swtgov.domain.signals import Signal
from swtgov.errors import ValidationError
from swtgov.store.audit import Audit
from swtgov.store.confidential import repo

_SPECS = {spec.key: spec for spec in SETTINGS}

#: what a column name is called on screen, in a refusal
FIELD_LABELS: dict[str, str] = {
    "datum": "datum",
    "categorie": "categorie",
    "gesprekken": "aantal gesprekken",
    "afloop": "afloop",
    "kanaal": "kanaal",
    "onderwerp": "onderwerp",
    "status": "status",
    "ontvangst_bevestigd_op": "ontvangstbevestiging",
    "terugkoppeling_op": "terugkoppeling",
    "verlenging_tot": "verlenging tot",
    "reden_verlenging": "reden verlenging",
    "omschrijving": "omschrijving",
    "oorzaak": "oorzaak",
    "soorten_gegevens": "soorten gegevens",
    "aantal_betrokkenen": "aantal betrokkenen",
    "gevolgen": "gevolgen",
    "maatregelen": "maatregelen",
    "gemeld_ap": "gemeld bij de AP",
    "gemeld_ap_op": "gemeld bij de AP op",
    "ap_meldnummer": "meldnummer AP",
    "reden_niet_gemeld": "reden niet gemeld",
    "reden_te_laat": "reden te late melding",
    "afgehandeld_op": "afgehandeld op",
}


def categories(db: Database) -> list[str]:
    """The vertrouwenspersoon's categories (setting ``vertrouwelijk.categories``)."""
    return list(repo.read_area_setting(db, _SPECS["vertrouwelijk.categories"]))


def mask_threshold(db: Database) -> int:
    """Counts below this show as ``< n`` for the RvT (setting ``vertrouwelijk.mask_below``)."""
    return int(repo.read_area_setting(db, _SPECS["vertrouwelijk.mask_below"]))


def _refuse(problems: Sequence[FieldProblem]) -> None:
    if problems:
        raise ValidationError([f"{FIELD_LABELS.get(column, column)}: {reason}" for column, reason in problems])


def now_for(as_of: dt.date, now: dt.datetime | None = None) -> dt.datetime:
    """The moment a peildatum stands for: now when it is today, else the end of that day."""
    current = clocks.local_moment(now or dt.datetime.now().astimezone())
    return current if current.date() == as_of else clocks.end_of_day(as_of)


def has_registers(db: Database) -> bool:
    """Whether the file has the registers' tables (an older file may not)."""
    return repo.has_tables(db)


def load_counsellor(db: Database) -> list[CounsellorReport]:
    """Every vertrouwensmelding, oldest first (none in a file without the tables)."""
    return repo.load_counsellor(db) if repo.has_tables(db) else []


def load_whistleblower(db: Database) -> list[WhistleblowerReport]:
    """Every klokkenluidersmelding, oldest first (none in a file without the tables)."""
    return repo.load_whistleblower(db) if repo.has_tables(db) else []


def load_breaches(db: Database) -> list[DataBreach]:
    """Every datalek in order of discovery (none in a file without the tables)."""
    return repo.load_breaches(db) if repo.has_tables(db) else []


def signals(db: Database, as_of: dt.date, now: dt.datetime | None = None) -> list[Signal]:
    """The area's signals as of a date (see :mod:`swtgov.domain.confidential.signals`)."""
    if not repo.has_tables(db):
        return []
    return register_signals(repo.load_breaches(db), repo.load_whistleblower(db), now_for(as_of, now))


# --- vertrouwenspersoon -------------------------------------------------------------


def save_counsellor(audit: Audit, report: CounsellorReport) -> int:
    """Add (``id`` None) or change a vertrouwensmelding; returns its id."""
    known = categories(audit.db)
    _refuse(validate_counsellor(report, known))
    ordered = tuple(sorted({canonical(c, known) or c for c in report.categories}, key=known.index))
    report = replace(report, categories=ordered)
    if report.id is None:
        return repo.insert_counsellor(audit, report)
    repo.update_counsellor(audit, report)
    return report.id


def delete_counsellor(audit: Audit, report_id: int) -> None:
    repo.delete_counsellor(audit, report_id)


# --- klokkenluidersmeldingen --------------------------------------------------------


def save_whistleblower(audit: Audit, report: WhistleblowerReport) -> int:
    """Add (``id`` None) or change a klokkenluidersmelding; returns its id."""
    report = replace(report, subject=report.subject.strip(), extension_reason=report.extension_reason.strip())
    _refuse(validate_whistleblower(report))
    if report.id is None:
        return repo.insert_whistleblower(audit, report)
    repo.update_whistleblower(audit, report)
    return report.id


def delete_whistleblower(audit: Audit, report_id: int) -> None:
    repo.delete_whistleblower(audit, report_id)


# --- datalekken ---------------------------------------------------------------------


def save_breach(audit: Audit, breach: DataBreach) -> int:
    """Add (``id`` None) or change a datalek; returns its id."""
    _refuse(validate_breach(breach))
    if breach.id is None:
        return repo.insert_breach(audit, breach)
    repo.update_breach(audit, breach)
    return breach.id


def delete_breach(audit: Audit, breach_id: int) -> None:
    repo.delete_breach(audit, breach_id)
