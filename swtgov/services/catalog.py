"""The one list of what each area adds to the shared services.

An area is added here on purpose, one line per hook; nothing is discovered by magic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlite_utils import Database

from swtgov.domain.signals import Signal
from swtgov.services.kinds import ImportKind

#: ``provider(db, settings, as_of) -> signals``
SignalProvider = Callable[[Database, dt.date], list[Signal]]
#: ``builder(gf_change_audit, db, scale, today)``: adds an area's demo data
ReportBuilder = Callable[..., bytes]


def import_kinds() -> dict[str, ImportKind]:
    """Every import/export kind by its name, in menu order."""
    kinds: list[ImportKind] = []
    from swtgov.services import rooster_import

    kinds.append(rooster_import.RoosterKind())
    from swtgov.services import risks_import

    kinds.append(risks_import.RisksKind())
    return {k.name: k for k in kinds}


def signal_providers() -> list[SignalProvider]:
    """Every area's signal computation."""
    providers: list[SignalProvider] = []
    from swtgov.services import rooster

    providers.append(rooster.signals)
    from swtgov.services import risks

    providers.append(risks.signals)
    return providers


def report_kinds() -> dict[str, tuple[str, ReportBuilder]]:
    """Report kinds: name -> (Dutch title, builder(db, as_of, **options) -> PDF bytes)."""
    from swtgov.services import overview_report

    reports: dict[str, tuple[str, ReportBuilder]] = {
        "signalen": ("Overzicht van signalen", overview_report.build),
    }
    from swtgov.services import rooster_report

    reports["rooster"] = ("Rooster van aan- en aftreden", rooster_report.build)
    from swtgov.services import risks_report

    reports["risicos"] = ("Risicorapportage", risks_report.build)
    return reports


def demo_builders() -> list[Callable[..., None]]:
    """Every area's demo data, in order: ``builder(audit, db, scale, today)``."""
    builders: list[Callable[..., None]] = []
    from swtgov.services import rooster_demo

    builders.append(rooster_demo.demo)
    from swtgov.services import risks_demo

    builders.append(risks_demo.demo)
    return builders
