"""The pages in the navigation: the Overzicht, then one page per area, by area key.

The one list of pages in the ui (:data:`AREA_PAGES`), next to the one tuple of areas
in :mod:`swtgov.services.areas`; a test checks that every area has a page here.
Pages are built the first time they are shown: the window paints without importing
or constructing the areas nobody has opened yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from swtgov.domain.signals import ItemRef
from swtgov.services.areas import AREAS
from swtgov.ui.session import Session


@runtime_checkable
class Page(Protocol):
    """What the main window needs of every page.

    A page that can point at another page's item (the Overzicht's signals) also has
    a Qt signal ``open_ref(ItemRef)``.
    """

    key: str

    def title(self) -> str:
        """The page's title, as the navigation shows it."""

    def refresh(self) -> None:
        """Reload what the page shows from the session's file, as of the session's date."""

    def show_item(self, ref: ItemRef) -> None:
        """Select the item a signal is about."""

    def set_read_only(self, read_only: bool) -> None:
        """Offer or withhold every action that changes the file."""


@dataclass(frozen=True)
class PageEntry:
    """One navigation entry: the area key, its title and how to build its page."""

    key: str
    title: Callable[[], str]
    create: Callable[[Session], QWidget]


#: area key -> the page class, as "module:Class" (imported when first shown)
AREA_PAGES: dict[str, str] = {
    "rooster": "swtgov.ui.rooster.page:RoosterPage",
    "risicos": "swtgov.ui.risks.page:RisksPage",
    "vergaderingen": "swtgov.ui.meetings.page:MeetingsPage",
    "begroting": "swtgov.ui.budget.page:BudgetPage",
    "vertrouwelijk": "swtgov.ui.confidential.page:ConfidentialPage",
}


def page_class(key: str) -> type[QWidget]:
    """Import and return the page class of an area."""
    module, _, name = AREA_PAGES[key].partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _overview(session: Session) -> QWidget:
    from swtgov.ui.pages.overview import OverviewPage

    return OverviewPage(session)


def page_entries() -> list[PageEntry]:
    """Every page, Overzicht first, then the areas in the order of :data:`AREAS`."""
    entries = [PageEntry("overzicht", lambda: QCoreApplication.translate("OverviewPage", "Overview"), _overview)]
    for area in AREAS:
        entries.append(PageEntry(area.key, lambda title=area.title: title,
                                 lambda session, key=area.key: page_class(key)(session)))
    return entries
