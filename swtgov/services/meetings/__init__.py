"""Vergaderingen: planning, agenda, documents, attendance, minutes, import, signals, demo.

:data:`AREA` is the area's one declaration; :mod:`swtgov.services.areas` lists it.
The outputs (notulen, vergaderpakket, jaarplanning, .ics, .eml) are in
:mod:`swtgov.services.meetings.outputs` and its neighbours.
"""

from __future__ import annotations

from swtgov.services.area import Area, ReportKind, lazy, lazy_settings
from swtgov.store.meetings.schema import STEPS


def _import_kinds() -> tuple[object, ...]:
    from swtgov.services.meetings.importer import import_kinds

    return import_kinds()


_MEETING = frozenset({"meeting", "body"})

#: the document tables of the leesversie, after ``agenda_items``
DOCUMENT_REVIEW_TABLES = ("documents", "agenda_documents")
#: the rows of those tables a leesversie may hold: ``where`` of
#: :func:`swtgov.store.review_copy.write_review_copy`
REVIEW_FILTERS: dict[str, str] = {
    "documents": "besloten = 0",
    "agenda_documents": "document_id IN (SELECT id FROM src.documents WHERE besloten = 0)",
}


AREA = Area(
    key="vergaderingen",
    title="Vergaderingen",
    settings=lazy_settings("swtgov.domain.meetings.rules"),
    schema=STEPS,
    import_kinds=_import_kinds,  # type: ignore[arg-type]
    signals=lazy("swtgov.services.meetings.signals", "signals"),
    reports=(
        ReportKind("notulen", "Notulen", lazy("swtgov.services.meetings.outputs", "build_notulen"),
                   options=_MEETING, required=frozenset({"meeting"})),
        ReportKind("vergaderpakket", "Vergaderpakket",
                   lazy("swtgov.services.meetings.outputs", "build_vergaderpakket"),
                   options=_MEETING | {"sections"}, required=frozenset({"meeting"})),
        ReportKind("jaarplanning", "Jaarplanning", lazy("swtgov.services.meetings.outputs", "build_jaarplanning"),
                   options=frozenset({"year", "body"}), required=frozenset({"year"})),
    ),
    demo=lazy("swtgov.services.meetings.demo", "demo"),
    # documents go in unless marked besloten (REVIEW_FILTERS)
    review_tables=("meetings", "agenda_items", *DOCUMENT_REVIEW_TABLES, "conflicts", "attendance", "decisions",
                   "action_items"),
    review_filters=REVIEW_FILTERS,
)

