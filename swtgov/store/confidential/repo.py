"""The confidential registers in the file: rows to domain records and back.

Categories of a vertrouwensmelding are stored as one text, separated by
``", "`` (a category name cannot hold a comma: the setting refuses it). Moments
are ISO text with their offset; dates ISO text; yes/no 0/1, and the datalek's
AP decision 1, 0 or NULL (no decision yet). Writes take an
:class:`~swtgov.store.audit.Audit`, so every change is logged.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlite_utils import Database

from swtgov.domain.confidential.clocks import local_moment, utc
from swtgov.domain.confidential.model import CounsellorReport, DataBreach, WhistleblowerReport
from swtgov.domain.settings import SettingSpec
from swtgov.store.audit import Audit
from swtgov.store.confidential.schema import BREACHES, COUNSELLOR, WHISTLEBLOWER

SEPARATOR = ", "


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _moment(text: str | None) -> dt.datetime | None:
    return local_moment(dt.datetime.fromisoformat(text)) if text else None


def _iso_moment(moment: dt.datetime | None) -> str | None:
    return local_moment(moment).isoformat(timespec="seconds") if moment is not None else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def has_tables(db: Database) -> bool:
    """Whether the file has the registers' tables (schema step 0006_vertrouwelijk)."""
    return db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [BREACHES]
    ).fetchone() is not None


def read_area_setting(db: Database, spec: SettingSpec) -> Any:
    """A setting of this area: the stored value over the spec's default."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [spec.key]).fetchone()
    return json.loads(row[0]) if row else spec.default


# --- vertrouwenspersoon -------------------------------------------------------------

_COUNSELLOR_COLUMNS = "id, reported_on, categories, consultations, outcome"


def _counsellor(row: tuple[Any, ...]) -> CounsellorReport:
    categories = tuple(c for c in (row[2] or "").split(SEPARATOR) if c)
    return CounsellorReport(row[0], dt.date.fromisoformat(row[1]), categories, row[3], row[4])


def _counsellor_record(report: CounsellorReport) -> dict[str, Any]:
    return {
        "reported_on": report.reported_on.isoformat(),
        "categories": SEPARATOR.join(report.categories),
        "consultations": report.consultations,
        "outcome": report.outcome,
    }


def load_counsellor(db: Database) -> list[CounsellorReport]:
    """Every vertrouwensmelding, oldest first."""
    sql = f"SELECT {_COUNSELLOR_COLUMNS} FROM {COUNSELLOR} ORDER BY reported_on, id"
    return [_counsellor(row) for row in db.execute(sql)]


def insert_counsellor(audit: Audit, report: CounsellorReport) -> int:
    return int(audit.insert(COUNSELLOR, _counsellor_record(report)))


def update_counsellor(audit: Audit, report: CounsellorReport) -> None:
    assert report.id is not None
    audit.update(COUNSELLOR, report.id, _counsellor_record(report))


def delete_counsellor(audit: Audit, report_id: int) -> None:
    audit.delete(COUNSELLOR, report_id)


# --- klokkenluidersmeldingen --------------------------------------------------------

_WHISTLEBLOWER_COLUMNS = (
    "id, received_on, channel, subject, acknowledged_on, feedback_on, extended_to, extension_reason, status"
)


def _whistleblower(row: tuple[Any, ...]) -> WhistleblowerReport:
    return WhistleblowerReport(
        row[0], dt.date.fromisoformat(row[1]), row[2], row[3] or "", _date(row[4]), _date(row[5]),
        _date(row[6]), row[7] or "", row[8] or "ontvangen",
    )  # fmt: skip


def _whistleblower_record(report: WhistleblowerReport) -> dict[str, Any]:
    return {
        "received_on": report.received_on.isoformat(),
        "channel": report.channel,
        "subject": report.subject,
        "acknowledged_on": _iso(report.acknowledged_on),
        "feedback_on": _iso(report.feedback_on),
        "extended_to": _iso(report.extended_to),
        "extension_reason": report.extension_reason,
        "status": report.status,
    }


def load_whistleblower(db: Database) -> list[WhistleblowerReport]:
    """Every klokkenluidersmelding, oldest first."""
    sql = f"SELECT {_WHISTLEBLOWER_COLUMNS} FROM {WHISTLEBLOWER} ORDER BY received_on, id"
    return [_whistleblower(row) for row in db.execute(sql)]


def insert_whistleblower(audit: Audit, report: WhistleblowerReport) -> int:
    return int(audit.insert(WHISTLEBLOWER, _whistleblower_record(report)))


def update_whistleblower(audit: Audit, report: WhistleblowerReport) -> None:
    assert report.id is not None
    audit.update(WHISTLEBLOWER, report.id, _whistleblower_record(report))


def delete_whistleblower(audit: Audit, report_id: int) -> None:
    audit.delete(WHISTLEBLOWER, report_id)


# --- datalekken ---------------------------------------------------------------------

_BREACH_COLUMNS = (
    "id, discovered_at, description, cause, data_kinds, special_data, people, consequences, measures, "
    "notify_ap, notified_at, ap_reference, reason_not_notified, reason_late, people_informed, closed_on"
)


def _breach(row: tuple[Any, ...]) -> DataBreach:
    discovered = _moment(row[1])
    assert discovered is not None
    return DataBreach(
        id=row[0], discovered_at=discovered, description=row[2], cause=row[3] or "",
        data_kinds=row[4] or "", special_data=bool(row[5]), people=row[6], consequences=row[7] or "",
        measures=row[8] or "", notify_ap=None if row[9] is None else bool(row[9]),
        notified_at=_moment(row[10]), ap_reference=row[11] or "", reason_not_notified=row[12] or "",
        reason_late=row[13] or "", people_informed=bool(row[14]), closed_on=_date(row[15]),
    )  # fmt: skip


def _breach_record(breach: DataBreach) -> dict[str, Any]:
    return {
        "discovered_at": _iso_moment(breach.discovered_at),
        "description": breach.description,
        "cause": breach.cause,
        "data_kinds": breach.data_kinds,
        "special_data": int(breach.special_data),
        "people": breach.people,
        "consequences": breach.consequences,
        "measures": breach.measures,
        "notify_ap": _flag(breach.notify_ap),
        "notified_at": _iso_moment(breach.notified_at),
        "ap_reference": breach.ap_reference,
        "reason_not_notified": breach.reason_not_notified,
        "reason_late": breach.reason_late,
        "people_informed": int(breach.people_informed),
        "closed_on": _iso(breach.closed_on),
    }


def load_breaches(db: Database) -> list[DataBreach]:
    """Every datalek, in order of discovery."""
    sql = f"SELECT {_BREACH_COLUMNS} FROM {BREACHES} ORDER BY discovered_at, id"
    breaches = [_breach(row) for row in db.execute(sql)]
    # ISO text with offsets sorts by wall clock; the moments themselves decide.
    return sorted(breaches, key=lambda b: (utc(b.discovered_at), b.id or 0))


def insert_breach(audit: Audit, breach: DataBreach) -> int:
    return int(audit.insert(BREACHES, _breach_record(breach)))


def update_breach(audit: Audit, breach: DataBreach) -> None:
    assert breach.id is not None
    audit.update(BREACHES, breach.id, _breach_record(breach))


def delete_breach(audit: Audit, breach_id: int) -> None:
    audit.delete(BREACHES, breach_id)
