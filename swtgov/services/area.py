"""What an area is: one record that every face of swtgov reads.

An area (rooster, risico's, vergaderingen, ...) declares itself once, as an
:class:`Area` in ``swtgov/services/<area>/__init__.py``, and is listed once in
:data:`swtgov.services.areas.AREAS`. The CLI, the window, the settings and report
dialogs, the Overzicht, the leesversie, the demo and the benchmarks all read that
tuple; nothing is discovered by magic.

The heavy parts of an area (ReportLab, openpyxl, its import code) are named with
:func:`lazy`, so that declaring the areas at start-up imports none of them.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from swtgov.domain.settings import SettingSpec

if TYPE_CHECKING:
    from sqlite_utils import Database

    from swtgov.domain.signals import Signal
    from swtgov.services.kinds import ImportKind
    from swtgov.store.audit import Audit

#: ``provider(db, as_of) -> signals`` of one area
SignalProvider = Callable[["Database", dt.date], "list[Signal]"]
#: ``build(db, as_of, target=None, **options) -> PDF bytes``
ReportBuilder = Callable[..., bytes]
#: ``demo(audit, db, scale, today)``: adds an area's demo data to a new file
DemoBuilder = Callable[["Audit", "Database", str, dt.date], None]
#: one schema step: its name (``"0002_rooster"``, numbered in release order) and
#: the function that changes the schema, ``step(db)``
SchemaStep = tuple[str, Callable[["Database"], None]]

#: Report options the command line and the report dialog know how to ask for.
#: ``public``: a version for the website (no signals, no confidential detail);
#: ``year`` / ``quarter``: a budget or register year; ``meeting`` / ``body``: one
#: meeting; ``sections``: the generated sections of a vergaderpakket.
REPORT_OPTIONS = frozenset({"public", "year", "quarter", "meeting", "body", "sections"})


def lazy(module: str, name: str) -> Callable[..., Any]:
    """A callable that imports ``module`` on its first call and calls its ``name``.

    The module is named in full at the declaration: this is a deferred import, not
    discovery.
    """

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__qualname__ = call.__name__ = f"lazy({module}.{name})"
    return call


def lazy_settings(module: str, name: str = "SETTINGS") -> Callable[[], Sequence[SettingSpec]]:
    """The settings list ``name`` of ``module``, imported when first asked for (the window
    paints before any area's domain is imported)."""

    def load() -> Sequence[SettingSpec]:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]

    load.__qualname__ = load.__name__ = f"lazy_settings({module}.{name})"
    return load


@dataclass(frozen=True)
class ReportKind:
    """One PDF report of an area.

    Attributes:
        name: the name on the command line (``rooster``, ``notulen``).
        title: Dutch title, as the report dialog lists it.
        build: ``build(db, as_of, target=None, **options) -> bytes``.
        options: the options this report understands (see :data:`REPORT_OPTIONS`);
            any other option is refused before building.
        required: the options without which it cannot be made (``meeting``).
    """

    name: str
    title: str
    build: ReportBuilder
    options: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown = (self.options | self.required) - REPORT_OPTIONS
        if unknown:
            raise ValueError(f"report {self.name}: unknown options {sorted(unknown)}")
        if not self.required <= self.options:
            raise ValueError(f"report {self.name}: a required option must also be an option")


@dataclass(frozen=True)
class Area:
    """Everything one area adds to the shared services.

    Attributes:
        key: the area's key (``"rooster"``): page key, signal area, settings prefix.
        title: its Dutch title, as the navigation, dialogs and reports show it.
        settings: returns the settings it declares (keys start with ``key + "."``);
            see :func:`lazy_settings`.
        schema: its schema steps, each ``(name, step)``; names are numbered across
            all areas in release order (``0002_rooster``, ``0003_risicos`` ...).
        import_kinds: returns its import/export kinds, in menu order.
        signals: its signal provider, or None.
        reports: its PDF reports.
        demo: adds its part of the demo organisation, or None.
        review_tables: the tables a leesversie for RvT members may contain, parents
            before children. A table not named here stays out of every copy.
        review_filters: for some of those tables, the rows a leesversie may hold: a
            condition on the table's columns (``{"documents": "besloten = 0"}``); other
            tables are named with their schema (``src.documents``).
    """

    key: str
    title: str
    settings: Callable[[], Sequence[SettingSpec]] = tuple
    schema: Sequence[SchemaStep] = ()
    import_kinds: Callable[[], Sequence["ImportKind"]] = tuple
    signals: SignalProvider | None = None
    reports: Sequence[ReportKind] = ()
    demo: DemoBuilder | None = None
    review_tables: Sequence[str] = field(default_factory=tuple)
    review_filters: Mapping[str, str] = field(default_factory=dict)

