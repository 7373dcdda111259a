"""The pages in the navigation, in order. An area adds its page here on purpose."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from swtgov.ui.session import Session


def create_pages(session: Session) -> list[QWidget]:
    """Instantiate every page that works, Overzicht first."""
    from swtgov.ui.pages.overview import OverviewPage

    pages: list[QWidget] = [OverviewPage(session)]
    from swtgov.ui.rooster.page import RoosterPage

    pages.append(RoosterPage(session))
    from swtgov.ui.risks.page import RisksPage

    pages.append(RisksPage(session))
    return pages
