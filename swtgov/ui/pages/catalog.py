"""The pages in the navigation, in order. An area adds its entry here on purpose.

Pages are built the first time they are shown: the window paints without importing
or constructing the areas nobody has opened yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from swtgov.ui.session import Session


@dataclass(frozen=True)
class PageEntry:
    """One navigation entry: the area key, its (translated) title and how to build it."""

    key: str
    title: Callable[[], str]
    create: Callable[[Session], QWidget]


def _overview(session: Session) -> QWidget:
    from swtgov.ui.pages.overview import OverviewPage

    return OverviewPage(session)


def _rooster(session: Session) -> QWidget:
    from swtgov.ui.rooster.page import RoosterPage

    return RoosterPage(session)


def _risks(session: Session) -> QWidget:
    from swtgov.ui.risks.page import RisksPage

    return RisksPage(session)


def page_entries() -> list[PageEntry]:
    """Every page that works, Overzicht first. Titles use the pages' own contexts."""
    return [
        PageEntry("overzicht", lambda: QCoreApplication.translate("OverviewPage", "Overview"), _overview),
        PageEntry("rooster", lambda: QCoreApplication.translate("RoosterPage", "Members & rooster"), _rooster),
        PageEntry("risicos", lambda: QCoreApplication.translate("RisksPage", "Risks"), _risks),
    ]
