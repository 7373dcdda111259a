"""The columns of the Begroting page's tables: lines and totals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from swtgov.domain.budget.figures import LineFigures, Overview, Totals
from swtgov.domain.budget.money import Money
from swtgov.reports.budget.texts import amount, difference, percent
from swtgov.ui.models import ColumnDef

FLAG_FILL = "#f6d6d6"
EXPLAINED_FILL = "#e6ecf5"


@dataclass(frozen=True)
class TotalRow:
    """One row of the totals table (som der baten, …, resultaat na bestemming)."""

    label: str
    budget: Money
    budget_to_date: Money
    actual_to_date: Money
    expected: Money

    @property
    def difference(self) -> Money:
        return self.actual_to_date - self.budget_to_date


def total_rows(view: Overview, labels: list[str]) -> list[TotalRow]:
    """The five total rows; ``labels`` are their (translated) names, in order."""
    picks = [
        lambda t: t.baten, lambda t: t.lasten, lambda t: t.resultaat,
        lambda t: t.reserves, lambda t: t.resultaat_na_bestemming,
    ]  # fmt: skip
    columns: list[Totals] = [view.budget, view.budget_to_date, view.actual_to_date, view.expected]
    return [TotalRow(label, *(pick(c) for c in columns)) for label, pick in zip(labels, picks, strict=True)]


class BudgetColumns(QObject):
    """Column definitions, translated in this class's context."""

    def kind_name(self, kind: str) -> str:
        return {"baten": self.tr("Income"), "lasten": self.tr("Expenses"), "reserve": self.tr("Reserve")}[kind]

    def flag_text(self, figures: LineFigures) -> str:
        if figures.flagged:
            return self.tr("Explain")
        return self.tr("Explained") if figures.explained else ""

    def quarters_text(self, figures: LineFigures) -> str:
        """The realisatie per quarter as entered, cents included (the table shows whole euros)."""
        parts = []
        for quarter in (1, 2, 3, 4):
            value = figures.line.actual(quarter)
            shown = amount(value.cents, with_cents=True) if value is not None else self.tr("not reported")
            parts.append(self.tr("Q{n}: {amount}").format(n=quarter, amount=shown))
        return "\n".join(parts)

    def lines(self) -> list[ColumnDef[LineFigures]]:
        def fill(f: LineFigures) -> str | None:
            return FLAG_FILL if f.flagged else (EXPLAINED_FILL if f.explained else None)

        return [
            ColumnDef(self.tr("Group"), lambda f: self.kind_name(f.line.kind.value),
                      sort=lambda f: (f.line.kind.order, f.line.position)),
            ColumnDef(self.tr("Line"), lambda f: f.line.name, sort=lambda f: f.line.name.casefold(),
                      tooltip=lambda f: f.line.explanation or None),
            ColumnDef(self.tr("Budget"), lambda f: amount(f.line.budget.cents), sort=lambda f: f.line.budget.cents,
                      align_right=True),
            ColumnDef(self.tr("Budget to date"), lambda f: amount(f.budget_to_date.cents),
                      sort=lambda f: f.budget_to_date.cents, align_right=True),
            ColumnDef(self.tr("Actuals to date"), lambda f: amount(f.actual_to_date.cents),
                      sort=lambda f: f.actual_to_date.cents, align_right=True, tooltip=self.quarters_text),
            ColumnDef(self.tr("Forecast"), lambda f: amount(f.line.expected.cents), sort=lambda f: f.line.expected.cents,
                      align_right=True,
                      tooltip=lambda f: None if f.line.forecast is not None else self.tr("No forecast: expected at budget")),
            ColumnDef(self.tr("Difference €"), lambda f: difference(f.difference.cents),
                      sort=lambda f: f.difference.cents, align_right=True, background=fill),
            ColumnDef(self.tr("Difference %"), lambda f: percent(f.percent),
                      sort=lambda f: float(f.percent) if f.percent is not None else 0.0, align_right=True,
                      background=fill),
            ColumnDef(self.tr("Flag"), self.flag_text, sort=lambda f: (not f.flagged, not f.explained), background=fill,
                      tooltip=lambda f: self.tr("Double-click to write the explanation") if f.exceeds else None),
        ]  # fmt: skip

    def totals(self) -> list[ColumnDef[TotalRow]]:
        return [
            ColumnDef("", lambda t: ""),
            ColumnDef("", lambda t: t.label),
            ColumnDef(self.tr("Budget"), lambda t: amount(t.budget.cents), align_right=True),
            ColumnDef(self.tr("Budget to date"), lambda t: amount(t.budget_to_date.cents), align_right=True),
            ColumnDef(self.tr("Actuals to date"), lambda t: amount(t.actual_to_date.cents), align_right=True),
            ColumnDef(self.tr("Forecast"), lambda t: amount(t.expected.cents), align_right=True),
            ColumnDef(self.tr("Difference €"), lambda t: difference(t.difference.cents), align_right=True),
            ColumnDef("", lambda t: ""),
            ColumnDef("", lambda t: ""),
        ]

    def total_labels(self) -> list[str]:
        return [self.tr("Total income"), self.tr("Total expenses"), self.tr("Result"),
                self.tr("Reserve movements"), self.tr("Result after appropriation")]  # fmt: skip
