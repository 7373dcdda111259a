"""Import and export of kind ``begroting``: one spreadsheet row per budget line and year.

Natural key: ``jaar`` + ``soort`` + ``post`` (the post compared without case and with
runs of spaces as one). A re-import updates the line; lines of the file's years that
the file does not name stay as they are. A year that is new is created without an
adoption date (the page records it; until then ``budget_not_adopted`` may signal).

Signs: on a lasten line a negative ``begroting`` means the row comes from an
accounting export that writes costs negative; the whole row (begroting, realisatie,
prognose) is then read as costs, positive, and the summary says which rows. A negative
realisatie on a lasten line with a positive begroting is a credit and is kept, with a
warning. Baten and reserve lines keep their signs (a negative reserve line is a dotatie).

Problems, each with its row and column: an unknown ``soort``, the same line twice in
one year, a ``realisatie_q5`` column (a quarter outside 1–4), an unreadable or
overlapping ``grootboek`` (also against the stored lines of that year), an amount that
cannot be read, a row with more cells than the header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from swtgov.domain.budget.ledger import LedgerMap, parse_ledger, show_ledger
from swtgov.domain.budget.model import (
    QUARTERS,
    BudgetLine,
    Kind,
    parse_kind,
    sort_lines,
)
from swtgov.domain.budget.money import Money
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.domain.values import Cell, ValueProblem
from swtgov.services.kinds import ImportPlan
from swtgov.services.progress import Progress
from swtgov.store.audit import Audit
from swtgov.store.budget import repo

NAME_MAX = 200
TEXT_MAX = 10_000
YEAR_RANGE = (1900, 2999)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_QUARTER_HEADER = re.compile(r"(?:realisatie|actual)_?q(?:uarter|kwartaal)?_?(\d+)")


def unescape(text: str) -> str:
    """Undo the export's formula guard: a leading ``'`` before ``= + - @`` is dropped."""
    if text.startswith("'") and text[1:2] in _FORMULA_START and text[1:2]:
        return text[1:]
    return text


def escape(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula (a leading ``'``)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _text(limit: int, *, one_line: bool) -> Any:
    def read(cell: Cell) -> str:
        text = unescape(str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell))
        if _CONTROL.search(text) or (one_line and re.search(r"[\n\r\t]", text.strip())):
            raise ValueProblem("bevat een stuurteken (zoals een tab of regeleinde); dat kan hier niet")
        text = " ".join(text.split()) if one_line else text.strip()
        if len(text) > limit:
            raise ValueProblem(f"is te lang ({len(text)} tekens; hoogstens {limit})")
        return text

    return read


def _kind(cell: Cell) -> Kind:
    kind = parse_kind(str(cell))
    if kind is None:
        raise ValueProblem("is een onbekende soort; kies uit baten, lasten of reserve")
    return kind


def _year(cell: Cell) -> int:
    from swtgov.domain.values import parse_int

    if isinstance(cell, str) and "." in cell.strip():  # "2.026" is no year
        raise ValueProblem("is geen jaartal")
    return parse_int(cell, *YEAR_RANGE)


def _ledger(cell: Cell) -> tuple[Any, ...]:
    return parse_ledger(unescape(cell) if isinstance(cell, str) else cell)


ACTUALS = tuple(f"realisatie_q{q}" for q in QUARTERS)
COLUMNS: tuple[Column, ...] = (
    Column("jaar", "int", required=True, aliases=("year",), parse=_year),
    Column("soort", required=True, aliases=("kind",), parse=_kind),
    Column("post", required=True, aliases=("line",), parse=_text(NAME_MAX, one_line=True)),
    Column("begroting", "amount", required=True, aliases=("budget",)),
    *(Column(name, "amount", aliases=(f"actual_q{q}",)) for q, name in zip(QUARTERS, ACTUALS, strict=True)),
    Column("prognose", "amount", aliases=("forecast",)),
    Column("toelichting", aliases=("explanation",), parse=_text(TEXT_MAX, one_line=False)),
    Column("grootboek", aliases=("ledger",), parse=_ledger),
)


def _key(year: int, kind: Kind, name: str) -> tuple[int, Kind, str]:
    return year, kind, " ".join(name.split()).casefold()


@dataclass
class _Work:
    row: int
    line: BudgetLine
    stored: BudgetLine | None

    @property
    def changes(self) -> bool:
        return self.stored is None or self.line != self.stored


class BegrotingKind:
    """The ``begroting`` import and export kind (see ``import-formats.md``)."""

    name = "begroting"
    label = "Begroting"
    columns = COLUMNS

    def forbidden(self, normalised_header: str) -> str | None:
        """A ``realisatie_q5`` (or ``q0``) column names a quarter that does not exist."""
        m = _QUARTER_HEADER.fullmatch(normalised_header)
        if m and int(m[1]) not in QUARTERS:
            return (
                f"kwartaal {int(m[1])} bestaat niet: een jaar heeft de kwartalen 1 tot en met 4 "
                "(kolommen realisatie_q1 … realisatie_q4)"
            )
        return None

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every row against each other and the stored lines; nothing is written here."""
        return _Planner(db).run(rows)

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every line of every year as one row, in the order the page shows them."""
        return [_export(line) for line in sort_lines(repo.load_lines(db))]


def _export(line: BudgetLine) -> dict[str, Any]:
    record: dict[str, Any] = {
        "jaar": line.year, "soort": line.kind.value, "post": escape(line.name),
        "begroting": line.budget.cents,
        "prognose": line.forecast.cents if line.forecast is not None else None,
        "toelichting": escape(line.explanation) if line.explanation else None,
        "grootboek": show_ledger(line.ledger) or None,
    }  # fmt: skip
    for name, amount in zip(ACTUALS, line.actuals, strict=True):
        record[name] = amount.cents if amount is not None else None
    return record


class _Planner:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.plan = ImportPlan()
        self.problems: list[Problem] = []
        self.stored = {_key(l.year, l.kind, l.name): l for l in repo.load_lines(db)}
        self.years = {y.year for y in repo.load_years(db)}
        self.seen: dict[tuple[int, Kind, str], int] = {}
        self.turned: list[int] = []

    def run(self, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        works = [w for w in (self.row(r) for r in rows) if w is not None]
        self.check_ledgers(works)
        if self.turned:
            rows_text = ", ".join(str(n) for n in self.turned)
            count = len(self.turned)
            self.plan.notes.append(
                f"{count} kostenpost{'en' if count != 1 else ''} stond{'en' if count != 1 else ''} negatief in het "
                f"bestand (rij {rows_text}), zoals een boekhoudexport kosten schrijft; "
                f"{'ze zijn' if count != 1 else 'die is'} als kosten (positief) ingelezen."
            )
        new_years = sorted({w.line.year for w in works} - self.years)
        for year in new_years:
            self.plan.notes.append(
                f"Begroting {year} is nieuw; leg op de pagina Begroting vast wanneer de RvT haar heeft vastgesteld."
            )
        for work in works:
            if work.stored is None:
                self.plan.created += 1
            elif work.changes:
                self.plan.updated += 1
            else:
                self.plan.unchanged += 1
        self.plan.write = lambda audit, progress: _write(audit, works, progress)
        return self.plan, self.problems

    def row(self, row: ParsedRow) -> _Work | None:
        year, kind, name, budget = row["jaar"], row["soort"], row["post"], row["begroting"]
        if year is None or kind is None or not name or budget is None:
            return None  # the cell problems are reported already
        n = row.row
        key = _key(year, kind, name)
        if key in self.seen:
            self.problems.append(Problem(
                n, "post", f"staat voor {year} ({kind.value}) ook op rij {self.seen[key]}; "
                "één rij per post per jaar", name,
            ))  # fmt: skip
            return None
        self.seen[key] = n
        stored = self.stored.get(key)
        present = row.values
        amounts: dict[str, int | None] = {}
        for column in ("begroting", *ACTUALS, "prognose"):
            if column in present:
                amounts[column] = row[column]
            elif stored is not None:  # an absent column keeps the stored value
                amounts[column] = _stored_amount(stored, column)
            else:
                amounts[column] = None
        if kind is Kind.LASTEN and budget < 0:
            amounts = {c: -a if a is not None else None for c, a in amounts.items()}
            self.turned.append(n)
        elif kind is Kind.LASTEN:
            negative = [c for c in (*ACTUALS, "prognose") if c in present and (amounts[c] or 0) < 0]
            if negative:
                self.plan.warnings.append(
                    f"rij {n} ({name}): {', '.join(negative)} is negatief bij een positieve begroting; "
                    "ingelezen als negatieve kosten (een creditering)"
                )
        line = BudgetLine(
            id=stored.id if stored else None,
            year=year, kind=kind, name=name, budget=Money(amounts["begroting"] or 0),
            actuals=tuple(_money(amounts[c]) for c in ACTUALS),  # type: ignore[arg-type]
            forecast=_money(amounts["prognose"]),
            explanation=(row["toelichting"] or "") if "toelichting" in present else (stored.explanation if stored else ""),
            ledger=(row["grootboek"] or ()) if "grootboek" in present else (stored.ledger if stored else ()),
            position=stored.position if stored else n,
        )  # fmt: skip
        return _Work(n, line, stored)

    def check_ledgers(self, works: Sequence[_Work]) -> None:
        """No account may belong to two lines of one year (stored lines included)."""
        rows_by_year: dict[int, dict[tuple[int, Kind, str], tuple[int | None, BudgetLine]]] = {}
        for key, line in self.stored.items():
            rows_by_year.setdefault(line.year, {})[key] = (None, line)
        for work in works:
            key = _key(work.line.year, work.line.kind, work.line.name)
            rows_by_year.setdefault(work.line.year, {})[key] = (work.row, work.line)
        for _year, entries in sorted(rows_by_year.items()):
            mapping = LedgerMap((key, line.ledger) for key, (_row, line) in entries.items())
            for overlap in mapping.overlaps:
                sides = [
                    (entries[overlap.first], overlap.first_range),
                    (entries[overlap.second], overlap.second_range),
                ]
                if all(row is None for (row, _line), _range in sides):
                    continue  # two stored lines: not this import's doing
                # report on the later row of the file; name the other line
                sides.sort(key=lambda side: -1 if side[0][0] is None else side[0][0])
                (other_row, other), other_range = sides[0]
                (row, line), own_range = sides[1]
                where = f"rij {other_row}" if other_row is not None else "al opgeslagen"
                self.problems.append(Problem(
                    row, "grootboek",
                    f'overlapt met post "{other.name}" ({where}): {own_range} en {other_range} '
                    "vallen (deels) samen; een grootboekrekening hoort bij één post per jaar",
                    show_ledger(line.ledger),
                ))  # fmt: skip


def _money(cents: int | None) -> Money | None:
    return Money(cents) if cents is not None else None


def _stored_amount(line: BudgetLine, column: str) -> int | None:
    if column == "begroting":
        return line.budget.cents
    if column == "prognose":
        return line.forecast.cents if line.forecast is not None else None
    amount = line.actual(ACTUALS.index(column) + 1)
    return amount.cents if amount is not None else None


def _write(audit: Audit, works: list[_Work], progress: Progress) -> None:
    total = len(works)
    for done, work in enumerate(works, start=1):
        if work.stored is None:
            repo.insert_line(audit, work.line)
        elif work.changes:
            assert work.stored.id is not None
            record = repo.line_record(work.line)
            repo.update_line(audit, work.stored.id, record)
        progress(done, total)
