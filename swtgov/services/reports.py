"""Report kinds: build a PDF of any kind as of a date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from swtgov.errors import SwtgovError, UnknownKind
from swtgov.services import catalog


def build_report(
    db: Database, kind: str, target: Path | None, *, as_of: dt.date | None = None, **options: object
) -> bytes:
    """Render report ``kind``; writes ``target`` when given and returns the bytes."""
    kinds = catalog.report_kinds()
    if kind not in kinds:
        raise UnknownKind(f'Onbekend rapport "{kind}". Bekende rapporten: {", ".join(kinds)}.')
    if target is not None and Path(target).suffix.lower() != ".pdf":
        raise SwtgovError(f'Het rapport wordt een PDF; geef een bestandsnaam die eindigt op .pdf, niet "{target}".')
    _, builder = kinds[kind]
    return builder(db, as_of or dt.date.today(), target=target, **options)
