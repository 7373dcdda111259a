"""Leden en rooster van aan- en aftreden: the area's use cases, import, report and demo.

:data:`AREA` is the area's one declaration; :mod:`swtgov.services.areas` lists it.
"""

from __future__ import annotations

from swtgov.services.area import Area, ReportKind, lazy, lazy_settings
from swtgov.store.rooster.schema import STEPS


def _import_kinds() -> tuple[object, ...]:
    from swtgov.services.rooster.importer import RoosterKind

    return (RoosterKind(),)


AREA = Area(
    key="rooster",
    title="Leden en rooster",
    settings=lazy_settings("swtgov.domain.rooster.model"),
    schema=STEPS,
    import_kinds=_import_kinds,  # type: ignore[arg-type]
    signals=lazy("swtgov.services.rooster.members", "signals"),
    reports=(
        ReportKind("rooster", "Rooster van aan- en aftreden",
                   lazy("swtgov.services.rooster.report", "build"), options=frozenset({"public"})),
    ),
    demo=lazy("swtgov.services.rooster.demo", "demo"),
    review_tables=("members", "terms", "role_changes", "committees", "committee_seats"),
)
