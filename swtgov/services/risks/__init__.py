"""De risicomatrix: the register's use cases, import, report and demo.

:data:`AREA` is the area's one declaration; :mod:`swtgov.services.areas` lists it.
"""

from __future__ import annotations

from swtgov.services.area import Area, ReportKind, lazy, lazy_settings
from swtgov.store.risks.schema import STEPS


def _import_kinds() -> tuple[object, ...]:
    from swtgov.services.risks.importer import RisksKind

    return (RisksKind(),)


AREA = Area(
    key="risicos",
    title="Risico's",
    settings=lazy_settings("swtgov.domain.risks.rules"),
    schema=STEPS,
    import_kinds=_import_kinds,  # type: ignore[arg-type]
    signals=lazy("swtgov.services.risks.register", "signals"),
    reports=(
        ReportKind("risicos", "Risicorapportage", lazy("swtgov.services.risks.report", "build")),
    ),
    demo=lazy("swtgov.services.risks.demo", "demo"),
    review_tables=("risks", "risk_assessments", "risk_measures"),
)
