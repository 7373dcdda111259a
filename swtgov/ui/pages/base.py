"""The frame every area page shares: its title, and refreshing when the file or the peildatum changes.

A page reloads at once when it is visible and otherwise the next time it is shown,
so a change made on one page never rebuilds the pages nobody is looking at.

No text is made here: ``tr()`` takes the runtime class as its translation context,
so every UI string stays in the concrete page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from swtgov.domain.signals import ItemRef
from swtgov.services.areas import area_named
from swtgov.ui.session import Session


class AreaPage(QWidget):
    """An area's page (the :class:`~swtgov.ui.pages.catalog.Page` protocol).

    A subclass sets ``key`` and implements :meth:`refresh` (which starts with
    ``self._dirty = False``), :meth:`show_item` and :meth:`set_read_only`.
    """

    key: str
    #: each page's own (see the ``Page`` protocol): reload from the file as of the peildatum,
    #: select the item a signal is about, offer or withhold every action that changes the file
    refresh: Callable[[], None]
    show_item: Callable[[ItemRef], None]
    set_read_only: Callable[[bool], None]

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dirty = True
        session.changed.connect(self._data_changed)
        session.as_of_changed.connect(self._data_changed)

    def title(self) -> str:
        """The area's title, as the navigation shows it."""
        return area_named(self.key).title

    def _data_changed(self) -> None:
        """Refresh now when visible; otherwise when the page is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _ensure_fresh(self) -> None:
        """Refresh when a change came while the page was hidden."""
        if self._dirty:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_fresh()
        super().showEvent(event)
