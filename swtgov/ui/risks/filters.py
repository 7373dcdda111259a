"""Filtering the risk register: what the filter row, the search and the heatmap ask for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from swtgov.domain.risks.model import Which
from swtgov.domain.risks.signals import RegisterEntry
from swtgov.ui.models import SortProxy

Cell = tuple[int, int]

# The item data of "All …" in a filter. Not None: PySide6 6.12 on Python 3.11 drops a
# reference to None on calls such as QComboBox.currentData(), which adds up.
ALL = ""


@dataclass(frozen=True)
class RegisterFilter:
    """One combination of filters; ``accepts`` is the proxy's predicate.

    Attributes:
        category, band, owner, status: the chosen value, or :data:`ALL`.
        above_only: only risks above the appetite of their category.
        words: every word must occur in code, title, description, category or owner.
        cell: the heatmap cell ``(kans, impact)`` clicked, for ``which`` scores; closed
            risks are never in a cell.
    """

    category: str = ALL
    band: str = ALL
    owner: str = ALL
    status: str = ALL
    above_only: bool = False
    words: tuple[str, ...] = ()
    cell: Cell | None = None
    which: Which = "netto"

    def accepts(self, entry: RegisterEntry) -> bool:
        risk = entry.risk
        if self.cell is not None and (
            risk.is_closed or entry.current is None or entry.current.cell(self.which) != self.cell
        ):
            return False
        if self.category != ALL and risk.category != self.category:
            return False
        if self.band != ALL and (entry.band is None or entry.band.key != self.band):
            return False
        if self.owner != ALL and risk.owner != self.owner:
            return False
        if self.status != ALL and risk.status != self.status:
            return False
        if self.above_only and not entry.above_appetite:
            return False
        if not self.words:
            return True
        text = f"{risk.code} {risk.title} {risk.description} {risk.category} {risk.owner}".casefold()
        return all(word in text for word in self.words)


class RegisterProxy(SortProxy):
    """Filters by the page's predicate only (no text filter), reading records directly."""

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:  # noqa: N802 - Qt's name
        predicate = self._predicate
        return predicate is None or predicate(self.sourceModel().record(row))
