"""The one ordered tuple of areas that every face of swtgov reads.

Adding an area is one line here (and its page, one line in ``swtgov/ui/pages/catalog.py``).
Importing this module installs the areas' schema steps in the store and their settings
in the domain: the lower layers get them handed down, they never reach up for them.
"""

from __future__ import annotations

from collections.abc import Iterator

from swtgov.domain.settings import install_area_settings
from swtgov.services.area import Area, ReportKind, lazy
from swtgov.services.budget import AREA as BUDGET
from swtgov.services.confidential import AREA as CONFIDENTIAL
from swtgov.services.meetings import AREA as MEETINGS
from swtgov.services.risks import AREA as RISKS
from swtgov.services.rooster import AREA as ROOSTER
from swtgov.store import schema

#: every area, in the order of the navigation, the menus and the reports
AREAS: tuple[Area, ...] = (
    ROOSTER,
    RISKS,
    MEETINGS,
    BUDGET,
    CONFIDENTIAL,
)

#: reports of swtgov as a whole, before the areas' own
GENERAL_REPORTS: tuple[ReportKind, ...] = (
    ReportKind("signalen", "Overzicht van signalen", lazy("swtgov.services.overview_report", "build")),
)

#: tables of the file itself that every leesversie holds
GENERAL_REVIEW_TABLES: tuple[str, ...] = ("_sqlite_migrations", "file_info", "settings")


def area_named(key: str) -> Area:
    """The area with this key (a programming error when there is none)."""
    for area in AREAS:
        if area.key == key:
            return area
    raise KeyError(key)


def area_titles() -> dict[str, str]:
    """Area key -> Dutch title, with ``algemeen`` for signals of the file as a whole."""
    return {area.key: area.title for area in AREAS} | {"algemeen": "Algemeen"}


def report_kinds() -> dict[str, ReportKind]:
    """Every report by its name, in menu order."""
    kinds = {kind.name: kind for kind in GENERAL_REPORTS}
    for area in AREAS:
        kinds.update((kind.name, kind) for kind in area.reports)
    return kinds


def import_kinds() -> dict[str, object]:
    """Every import/export kind by its name, in menu order (imports the areas' import code)."""
    return {kind.name: kind for area in AREAS for kind in area.import_kinds()}


def review_tables() -> tuple[str, ...]:
    """The tables a leesversie holds: the file's own, then each area's allow-list."""
    return GENERAL_REVIEW_TABLES + tuple(t for area in AREAS for t in area.review_tables)


def review_filters() -> dict[str, str]:
    """The row conditions of the leesversie's tables, from every area (table -> condition)."""
    filters: dict[str, str] = {}
    for area in AREAS:
        filters.update(area.review_filters)
    return filters


def with_hook(hook: str) -> Iterator[Area]:
    """The areas that provide ``hook`` (``signals``, ``demo``)."""
    return (area for area in AREAS if getattr(area, hook) is not None)


def _install() -> None:
    keys = [area.key for area in AREAS]
    if len(set(keys)) != len(keys):
        raise ValueError(f"area keys must be unique: {keys}")
    schema.install([step for area in AREAS for step in area.schema])
    install_area_settings(lambda: [spec for area in AREAS for spec in area.settings()])


_install()
