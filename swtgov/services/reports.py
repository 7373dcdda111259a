"""Report kinds: build a PDF of any kind as of a date, with the options that kind has."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from swtgov.errors import SwtgovError, UnknownKind, UnsupportedOption
from swtgov.services.areas import report_kinds

#: how the Dutch messages name an option
OPTION_NAMES = {
    "public": "--public (publieksversie)",
    "year": "--year (jaar)",
    "quarter": "--quarter (kwartaal)",
    "meeting": "--meeting (datum van de vergadering)",
    "body": "--body (orgaan)",
    "sections": "--sections (onderdelen)",
}


def build_report(
    db: Database, kind: str, target: Path | None, *, as_of: dt.date | None = None, **options: object
) -> bytes:
    """Render report ``kind``; writes ``target`` when given and returns the bytes.

    Options that are None or False count as not given.

    Raises:
        UnknownKind: no such report.
        UnsupportedOption: the report has no such option, or misses a required one.
    """
    kinds = report_kinds()
    if kind not in kinds:
        raise UnknownKind(f'Onbekend rapport "{kind}". Bekende rapporten: {", ".join(kinds)}.')
    report = kinds[kind]
    given = {name: value for name, value in options.items() if value not in (None, False)}
    for name in given:
        if name not in report.options:
            raise UnsupportedOption(
                f'Het rapport "{kind}" ({report.title}) kent de optie '
                f"{OPTION_NAMES.get(name, name)} niet; laat die optie weg."
            )
    for name in sorted(report.required - set(given)):
        raise UnsupportedOption(f'Het rapport "{kind}" ({report.title}) vraagt om de optie {OPTION_NAMES.get(name, name)}.')
    if target is not None and Path(target).suffix.lower() != ".pdf":
        raise SwtgovError(f'Het rapport wordt een PDF; geef een bestandsnaam die eindigt op .pdf, niet "{target}".')
    from swtgov.reports.base import stamped
    from swtgov.store.anchor import check_code_of

    with stamped(check_code_of(db.conn)):  # the controlegetal in every footer
        return report.build(db, as_of or dt.date.today(), target=target, **given)
