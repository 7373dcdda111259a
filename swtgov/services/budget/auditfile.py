"""Import kind ``auditfile``: the realisatie per quarter from an XAF auditfile.

Import only. The kind reads its own file (XML, not a spreadsheet: see ``read_file``, the
hook in :func:`swtgov.services.transfer.run_import`): one row per ledger account with
its debit and credit per quarter of the fiscal year. ``plan`` maps each account to a
budget line of that year through the lines' ``grootboek`` ranges and sums them per line
(lasten debit − credit, baten and reserve credit − debit: see
:func:`swtgov.domain.budget.model.signed_actual`).

Writing **replaces** the realisatie of the quarters that have transaction lines in the
file, for every line that has a ``grootboek`` (a line no account in the file maps gets
0); other lines and quarters keep theirs. Re-importing the same or a later auditfile
therefore never adds up.

Refused, nothing written: a year without a budget, a broken fiscal year (the budget runs
per calendar year), a budget without any ``grootboek``, and a profit-and-loss account
with a non-zero balance that no line maps (named by number and description, with the
hint to add it to a ``grootboek`` cell). Balance accounts never count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from swtgov import display
from swtgov.domain.budget.ledger import LedgerMap
from swtgov.domain.budget.model import QUARTERS, BudgetLine, signed_actual
from swtgov.domain.budget.money import Money
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.errors import SwtgovError
from swtgov.services.budget.xaf import AccountType, Auditfile, read_auditfile
from swtgov.services.kinds import ImportPlan
from swtgov.services.progress import Progress
from swtgov.store.audit import Audit
from swtgov.store.budget import repo

LISTED = 10


class AccountRows(list[ParsedRow]):
    """An auditfile's accounts as rows (``rekening``, ``omschrijving``, ``soort``,
    ``debet``, ``credit`` per quarter), with the file they came from."""

    def __init__(self, rows: Sequence[ParsedRow], file: Auditfile, source: Path) -> None:
        super().__init__(rows)
        self.file = file
        self.source = source


def account_rows(file: Auditfile, source: Path) -> AccountRows:
    """One row per account with transaction lines, in account order."""
    rows = []
    for number, (acc_id, totals) in enumerate(sorted(file.totals.items()), 1):
        account = file.account(acc_id)
        rows.append(ParsedRow(number, {
            "rekening": acc_id,
            "omschrijving": account.description if account else "",
            "soort": account.account_type if account else None,
            "debet": tuple(totals.debit),
            "credit": tuple(totals.credit),
        }))  # fmt: skip
    return AccountRows(rows, file, source)


class AuditfileKind:
    """The ``auditfile`` kind: import only, from an XAF 3.1, 3.2 or 4.0 auditfile."""

    name = "auditfile"
    label = "Auditfile (XAF): realisatie per kwartaal"
    columns: Sequence[Column] = ()

    def forbidden(self, normalised_header: str) -> str | None:
        return None

    def read_file(self, source: Path, progress: Progress) -> list[ParsedRow]:
        """Read and check the auditfile, streaming (see :func:`read_auditfile`)."""
        return account_rows(read_auditfile(source, progress), Path(source))

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Map the accounts to the year's budget lines; nothing is written here."""
        if not isinstance(rows, AccountRows):
            return ImportPlan(), [Problem(None, None, "een auditfile wordt als XAF-bestand ingelezen")]
        return _Planner(db, rows).run()

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        raise SwtgovError(
            "Een auditfile kan alleen worden ingelezen, niet geëxporteerd; exporteer de begroting "
            "met de soort begroting."
        )


def _problem(reason: str) -> Problem:
    return Problem(None, None, reason)


class _Planner:
    def __init__(self, db: Database, rows: AccountRows) -> None:
        self.db = db
        self.rows = rows
        self.file = rows.file
        self.problems: list[Problem] = []
        self.plan = ImportPlan()

    def run(self) -> tuple[ImportPlan, list[Problem]]:
        header = self.file.header
        year = header.year
        if header.broken_year:
            return self.plan, [_problem(
                f"de auditfile beslaat een gebroken boekjaar ({header.fiscal_year}, vanaf "
                f"{display.date(header.fiscal_start)}); de begroting rekent per kalenderjaar. Exporteer "
                "de auditfile per kalenderjaar."
            )]  # fmt: skip
        if not self.file.quarters:
            return self.plan, [_problem(f"de auditfile van {year} bevat geen boekingsregels; er is niets in te lezen")]
        if not repo.has_tables(self.db) or repo.load_year(self.db, year) is None:
            return self.plan, [_problem(
                f"er is geen begroting voor {year}, het boekjaar van deze auditfile; importeer of maak "
                f"eerst de begroting {year} (met een grootboek per post)"
            )]  # fmt: skip
        lines = [line for line in repo.load_lines(self.db, year) if line.id is not None]
        mapped = [line for line in lines if line.ledger]
        if not mapped:
            return self.plan, [_problem(
                f"geen enkele post van de begroting {year} heeft een grootboek; vul de kolom grootboek in "
                "(bijvoorbeeld 4000-4199, 4250) en importeer de begroting opnieuw"
            )]  # fmt: skip
        ledger = LedgerMap((line.id, line.ledger) for line in mapped)
        by_id = {line.id: line for line in mapped}
        for overlap in ledger.overlaps:
            self.problems.append(_problem(
                f'de grootboeken van de posten "{by_id[overlap.first].name}" ({overlap.first_range}) en '
                f'"{by_id[overlap.second].name}" ({overlap.second_range}) overlappen; pas de begroting {year} aan'
            ))  # fmt: skip
        sums = self.sum_lines(ledger, by_id)
        if self.problems:
            return self.plan, self.problems
        quarters = sorted(self.file.quarters)
        amounts = {
            line_id: {q: signed_actual(by_id[line_id].kind, Money(d[q - 1]), Money(c[q - 1])) for q in quarters}
            for line_id, (d, c) in sums.items()
        }
        self.count_changes(mapped, amounts, quarters)
        self.describe(year, quarters, len(mapped))
        source = self.source_text()

        def write(audit: Audit, progress: Progress) -> None:
            repo.replace_actuals(audit, year, quarters, amounts, source=source)

        self.plan.write = write
        return self.plan, []

    def sum_lines(self, ledger: LedgerMap[int], by_id: dict[int, BudgetLine]) -> dict[int, tuple[list[int], list[int]]]:
        """Debit and credit per quarter per budget line; unmapped P&L accounts are problems."""
        sums: dict[int, tuple[list[int], list[int]]] = {}
        untyped: list[str] = []
        for row in self.rows:
            acc_id, kind = row["rekening"], row["soort"]
            debit, credit = row["debet"], row["credit"]
            line_id = ledger.line_for(acc_id)
            net = sum(debit) - sum(credit)
            if kind is AccountType.BALANCE:
                if line_id is not None:
                    self.plan.warnings.append(
                        f'rekening {_account(row)} staat in het grootboek van de post "{by_id[line_id].name}", '
                        "maar is een balansrekening; die telt niet mee in de realisatie"
                    )
                continue
            if line_id is None:
                if kind is AccountType.PROFIT_LOSS and net:
                    self.problems.append(_problem(
                        f"grootboekrekening {_account(row)} (winst-en-verliesrekening, saldo "
                        f"{display.money(abs(net), with_cents=True)} {'debet' if net > 0 else 'credit'}) hoort "
                        "bij geen enkele post van de begroting; voeg haar toe aan de kolom grootboek van een "
                        "post en importeer de begroting opnieuw"
                    ))  # fmt: skip
                elif net:
                    untyped.append(acc_id)
                continue
            line_sums = sums.setdefault(line_id, ([0] * 4, [0] * 4))
            for q in QUARTERS:
                line_sums[0][q - 1] += debit[q - 1]
                line_sums[1][q - 1] += credit[q - 1]
        if untyped:
            shown = ", ".join(untyped[:LISTED]) + (f" en {len(untyped) - LISTED} andere" if len(untyped) > LISTED else "")
            self.plan.notes.append(
                f"{display.plural(len(untyped), 'rekening', 'rekeningen')} van gemengde of onbekende soort "
                f"(geen balans- of winst-en-verliesrekening volgens de auditfile) bij geen post: niet "
                f"meegeteld ({shown})"
            )
        return sums

    def count_changes(self, mapped: list[BudgetLine], amounts: dict[int, dict[int, Money]], quarters: list[int]) -> None:
        for line in mapped:
            new = amounts.get(line.id or 0, {})
            if all(line.actual(q) == new.get(q, Money(0)) for q in quarters):
                self.plan.unchanged += 1
            else:
                self.plan.updated += 1

    def describe(self, year: int, quarters: list[int], lines: int) -> None:
        file = self.file
        made_by = f" uit {file.header.software}" if file.header.software else ""
        span = _quarters(quarters)
        self.plan.notes.insert(0, (
            f"XAF {file.version}{made_by}, boekjaar {file.header.fiscal_year}: "
            f"{display.number(file.lines)} boekingsregels in {display.number(file.transactions)} transacties "
            f"op {display.plural(len(self.rows), 'grootboekrekening', 'grootboekrekeningen')}; de realisatie "
            f"van {span} van {year} is vervangen (niet opgeteld) voor "
            f"{display.plural(lines, 'post', 'posten')} met een grootboek"
        ))  # fmt: skip
        if file.dated_outside:
            self.plan.warnings.append(
                f"{display.plural(file.dated_outside, 'transactie', 'transacties')} zonder bekende periode "
                f"met een datum buiten het boekjaar {file.header.fiscal_year}: geteld in het eerste of laatste kwartaal"
            )
        if file.read_as:
            self.plan.warnings.append(
                "het bestand noemt geen tekencodering en is geen geldige UTF-8; het is gelezen als ISO-8859-1 "
                "(controleer de omschrijvingen)"
            )

    def source_text(self) -> str:
        file = self.file
        made_by = f"{file.header.software}, " if file.header.software else ""
        return (f'auditfile "{self.rows.source.name}" ({made_by}XAF {file.version}), '
                f"ingelezen {display.date(dt.date.today())}")


def _account(row: ParsedRow) -> str:
    description = row["omschrijving"]
    return f'{row["rekening"]} "{description}"' if description else str(row["rekening"])


def _quarters(quarters: list[int]) -> str:
    """``kwartaal 2``, ``kwartaal 1 t/m 3``, ``kwartaal 1 en 3``."""
    if len(quarters) == 1:
        return f"kwartaal {quarters[0]}"
    if quarters == list(range(quarters[0], quarters[-1] + 1)):
        return f"kwartaal {quarters[0]} t/m {quarters[-1]}"
    return "kwartaal " + ", ".join(map(str, quarters[:-1])) + f" en {quarters[-1]}"
