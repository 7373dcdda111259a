"""Begroting en realisatie: the budget area's import kinds, signals, report and demo.

:data:`AREA` is the area's one declaration; :mod:`swtgov.services.areas` lists it.
Import kinds: ``begroting`` (spreadsheet, import and export) and ``auditfile`` (an XAF
auditfile, import only: :class:`swtgov.services.budget.auditfile.AuditfileKind`).
"""

from __future__ import annotations

from swtgov.services.area import Area, ReportKind, lazy, lazy_settings
from swtgov.store.budget.schema import LINES, STEPS, YEARS


def _import_kinds() -> tuple[object, ...]:
    from swtgov.services.budget.auditfile import AuditfileKind
    from swtgov.services.budget.importer import BegrotingKind

    return (BegrotingKind(), AuditfileKind())


AREA = Area(
    key="begroting",
    title="Begroting",
    settings=lazy_settings("swtgov.domain.budget.rules"),
    schema=STEPS,
    import_kinds=_import_kinds,  # type: ignore[arg-type]
    signals=lazy("swtgov.services.budget.signals", "signals"),
    reports=(
        ReportKind("begroting", "Begroting en realisatie",
                   lazy("swtgov.services.budget.report", "build"),
                   options=frozenset({"year", "quarter"})),
    ),
    demo=lazy("swtgov.services.budget.demo", "demo"),
    review_tables=(YEARS, LINES),
)
