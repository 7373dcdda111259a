"""Generated XAF auditfiles (3.1, 3.2, 4.0) for the budget tests and the benchmark.

Everything here is invented. Two ways in:

- :class:`Auditfile`, a small file described in full (accounts, periods, journals),
  rendered with :meth:`Auditfile.render` to the bytes a package would write; tests change
  one thing (a total, a namespace, an encoding) and check the reader's answer.
- :func:`write_large_auditfile`, a year of a 250-person stichting (salaries per employee
  per month, purchase invoices, bank payments, the municipality's subsidy), written
  streaming to any size, with the expected sums per account and quarter.

Amounts are integer cents throughout; the XML carries them as ``1234.56``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

NAMESPACES = {
    "3.1": "http://www.auditfiles.nl/XAF/3.1",
    "3.2": "http://www.auditfiles.nl/XAF/3.2",
    "4.0": "http://www.odb.belastingdienst.nl/Belastingdienst/BCPP/1.1/structures/XmlauditfileXAF_4.0",
}


@dataclass(frozen=True)
class Account:
    """A ledger account as the file lists it; ``acc_type`` is written as given."""

    acc_id: str
    desc: str
    acc_type: str | None = "P"


@dataclass(frozen=True)
class Line:
    """One transaction line: ``cents`` on side ``"D"`` or ``"C"``."""

    acc_id: str
    cents: int
    side: str
    desc: str = ""


@dataclass
class Transaction:
    """One booking; ``period`` and ``date`` may be left out to test the fallbacks."""

    nr: str
    period: int | None
    date: dt.date | None
    lines: list[Line]
    desc: str = ""


@dataclass
class Journal:
    jrn_id: str
    desc: str
    transactions: list[Transaction]
    jrn_tp: str = "M"


def amount(cents: int) -> str:
    """``123456`` → ``"1234.56"``, as XAF writes an amount."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}.{rest:02d}"


def monthly_periods(year: int) -> list[tuple[int, dt.date, dt.date]]:
    """Twelve periods, one per calendar month."""
    periods = []
    for month in range(1, 13):
        start = dt.date(year, month, 1)
        end = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
        periods.append((month, start, end))
    return periods


def _el(tag: str, value: object, indent: str) -> str:
    return f"{indent}<{tag}>{escape(str(value))}</{tag}>\n"


@dataclass
class Auditfile:
    """A small auditfile described in full; :meth:`render` writes it.

    Attributes:
        totals: ``(linesCount, totalDebit, totalCredit)`` to write instead of the real
            sums (to test the file's own checks), or None for the real ones.
        header_extra / root_extra: raw text put in the header or just inside the root.
        prolog: raw text between the XML declaration and the root (a DOCTYPE ...).
    """

    version: str = "3.2"
    year: int = 2025
    fiscal_year: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    accounts: list[Account] = field(default_factory=list)
    periods: list[tuple[int, dt.date, dt.date]] | None = None
    journals: list[Journal] = field(default_factory=list)
    encoding: str = "UTF-8"
    namespace: str | None = None
    totals: tuple[int, int, int] | None = None
    prolog: str = ""
    root_extra: str = ""
    company: str = "Stichting Wijkteams Voorbeeldstad"

    def sums(self) -> tuple[int, int, int]:
        """The real ``(lines, debit cents, credit cents)`` of the transactions."""
        lines = [ln for j in self.journals for t in j.transactions for ln in t.lines]
        debit = sum(ln.cents for ln in lines if ln.side == "D")
        credit = sum(ln.cents for ln in lines if ln.side == "C")
        return len(lines), debit, credit

    def chunks(self) -> Iterator[str]:
        """The file's text, piece by piece."""
        ns = self.namespace if self.namespace is not None else NAMESPACES[self.version]
        start = self.start or dt.date(self.year, 1, 1)
        end = self.end or dt.date(self.year, 12, 31)
        yield f'<?xml version="1.0" encoding="{self.encoding}"?>\n'
        yield self.prolog
        yield f'<auditfile xmlns="{ns}">\n' if ns else "<auditfile>\n"
        yield self.root_extra
        yield from header(self.version, self.fiscal_year or str(self.year), start, end)
        yield from company_head(self.version, self.company)
        yield from ledger(self.accounts)
        periods = self.periods if self.periods is not None else monthly_periods(self.year)
        yield from period_list(periods)
        count, debit, credit = self.totals or self.sums()
        yield from transactions(self.version, count, debit, credit, self.journals)
        yield "  </company>\n</auditfile>\n"

    def render(self) -> bytes:
        """The file's bytes in its declared encoding."""
        return "".join(self.chunks()).encode(self.encoding)

    def write(self, path: Path) -> Path:
        path.write_bytes(self.render())
        return path


def header(version: str, fiscal_year: str, start: dt.date, end: dt.date) -> Iterator[str]:
    i = "    "
    yield "  <header>\n"
    if version != "4.0":
        yield _el("auditfileVersion", f"CLAIR{version}", i)
    yield _el("fiscalYear", fiscal_year, i)
    yield _el("startDate", start.isoformat(), i)
    yield _el("endDate", end.isoformat(), i)
    yield _el("curCode", "EUR", i)
    yield _el("dateCreated", "2026-01-20", i)
    yield _el("softwareDesc", "Voorbeeldboekhouding", i)
    yield _el("softwareVersion", "12.4", i)
    yield "  </header>\n"


def company_head(version: str, name: str) -> Iterator[str]:
    i = "    "
    yield "  <company>\n"
    yield _el("Commercenr" if version == "4.0" else "companyIdent", "41234567", i)
    yield _el("companyName", name, i)
    yield _el("taxRegistrationCountry", "NL", i)
    yield _el("taxRegIdent", "NL001234567B01", i)
    yield "    <streetAddress>\n"
    yield _el("streetname", "Coöperatiestraat", i + "  ")
    yield _el("number", "12", i + "  ")
    yield _el("city", "Voorbeeldstad", i + "  ")
    yield "    </streetAddress>\n"


def ledger(accounts: Iterable[Account]) -> Iterator[str]:
    i = "      "
    yield "    <generalLedger>\n"
    for acc in accounts:
        yield "      <ledgerAccount>\n"
        yield _el("accID", acc.acc_id, i + "  ")
        yield _el("accDesc", acc.desc, i + "  ")
        if acc.acc_type is not None:
            yield _el("accTp", acc.acc_type, i + "  ")
        yield "      </ledgerAccount>\n"
    yield "    </generalLedger>\n"


def period_list(periods: Iterable[tuple[int, dt.date, dt.date]]) -> Iterator[str]:
    i = "        "
    yield "    <periods>\n"
    for number, start, end in periods:
        yield "      <period>\n"
        yield _el("periodNumber", number, i)
        yield _el("startDatePeriod", start.isoformat(), i)
        yield _el("endDatePeriod", end.isoformat(), i)
        yield "      </period>\n"
    yield "    </periods>\n"


def opening_balance() -> Iterator[str]:
    """An opening balance whose ``amnt``/``totalDebit`` must not count as transactions."""
    i = "      "
    yield "    <openingBalance>\n"
    yield _el("linesCount", 2, i) + _el("totalDebit", "5000.00", i) + _el("totalCredit", "5000.00", i)
    for nr, acc, side in (("1", "1100", "D"), ("2", "0500", "C")):
        yield f"{i}<obLine>\n" + _el("nr", nr, i + "  ") + _el("accID", acc, i + "  ")
        yield _el("amnt", "5000.00", i + "  ") + _el("amntTp", side, i + "  ") + f"{i}</obLine>\n"
    yield "    </openingBalance>\n"


def transactions(
    version: str, count: int, debit: int, credit: int, journals: Iterable[Journal]
) -> Iterator[str]:
    i = "      "
    yield from opening_balance()
    yield "    <transactions>\n"
    yield _el("linesCount", count, i) + _el("totalDebit", amount(debit), i) + _el("totalCredit", amount(credit), i)
    for journal in journals:
        yield from journal_text(journal, version)
    yield "    </transactions>\n"


def journal_text(journal: Journal, version: str) -> Iterator[str]:
    i = "        "
    yield "      <journal>\n"
    yield _el("jrnID", journal.jrn_id, i) + _el("desc", journal.desc, i) + _el("jrnTp", journal.jrn_tp, i)
    for tx in journal.transactions:
        yield transaction_text(tx, version)
    yield "      </journal>\n"


def transaction_text(tx: Transaction, version: str = "3.2") -> str:
    i = "          "
    parts = ["        <transaction>\n", _el("nr", tx.nr, i)]
    if tx.desc:
        parts.append(_el("desc", tx.desc, i))
    if tx.period is not None:
        parts.append(_el("periodNumber", tx.period, i))
    if tx.date is not None:
        parts.append(_el("trDt", tx.date.isoformat(), i))
    if version != "4.0":  # 3.x allows a transaction amount: not a line amount
        parts.append(_el("amnt", amount(sum(ln.cents for ln in tx.lines if ln.side == "D")), i))
    j = i + "  "
    for n, ln in enumerate(tx.lines, 1):
        parts += [
            f"{i}<trLine>\n", _el("nr", n, j), _el("accID", ln.acc_id, j), _el("docRef", tx.nr, j),
            _el("effDate", (tx.date or dt.date(2025, 1, 1)).isoformat(), j),
        ]
        if ln.desc:
            parts.append(_el("desc", ln.desc, j))
        parts += [_el("amnt", amount(ln.cents), j), _el("amntTp", ln.side, j)]
        if ln.acc_id.startswith("4"):
            parts.append(f"{j}<vat>\n{j}  <vatID>H</vatID>\n{j}  <vatPerc>21.000</vatPerc>\n"
                         f"{j}  <vatAmnt>0.00</vatAmnt>\n{j}  <vatAmntTp>D</vatAmntTp>\n{j}</vat>\n")
        parts.append(f"{i}</trLine>\n")
    parts.append("        </transaction>\n")
    return "".join(parts)


# -- a small, typical file -------------------------------------------------------------

ACCOUNTS = [
    Account("1100", "Bank ING", "B"),
    Account("1600", "Crediteuren", "B"),
    Account("4000", "Salarissen", "P"),
    Account("4100", "Sociale lasten", "P"),
    Account("4400", "Huisvesting", "P"),
    Account("4500", "Automatisering", "P"),
    Account("8000", "Subsidie gemeente", "P"),
    Account("8900", "Rentebaten", "P"),
]


def small_auditfile(version: str = "3.2", year: int = 2025, **changes: object) -> Auditfile:
    """A year with one booking of each kind per quarter; sums in :func:`small_expected`.

    Per quarter q (1–4): salaries 100.000,00 + q cents-free euros, social charges, rent
    (with a credit note), IT, the municipality's subsidy and interest.
    """
    purchases, memo, bank = [], [], []
    for q in range(1, 5):
        month = 3 * q - 1
        day = dt.date(year, month, 15)
        memo.append(Transaction(f"M{q}", month, day, [
            Line("4000", 10_000_000 + q * 100, "D", "Salarissen"),
            Line("4100", 2_500_000, "D", "Sociale lasten"),
            Line("1100", 12_500_000 + q * 100, "C"),
        ], desc=f"Loonjournaal kwartaal {q}"))
        purchases.append(Transaction(f"I{q}", month, day, [
            Line("4400", 3_000_000, "D", "Huur kantoor Café-straat"),
            Line("4500", 123_456, "D", "Licenties"),
            Line("1600", 3_123_456, "C"),
        ]))
        purchases.append(Transaction(f"I{q}c", month, day, [
            Line("1600", 50_000, "D"),
            Line("4400", 50_000, "C", "Creditnota huur"),
        ]))
        bank.append(Transaction(f"B{q}", month, day, [
            Line("1100", 40_000_000 + q, "D"),
            Line("8000", 40_000_000, "C", "Subsidie gemeente"),
            Line("8900", q, "C", "Rente"),
        ]))
    journals = [
        Journal("MEM", "Memoriaal", memo, "M"),
        Journal("INK", "Inkoopboek", purchases, "P"),
        Journal("BNK", "Bank ING", bank, "B"),
    ]
    file = Auditfile(version=version, year=year, accounts=list(ACCOUNTS), journals=journals)
    for key, value in changes.items():
        setattr(file, key, value)
    return file


def small_expected(q: int) -> dict[str, tuple[int, int]]:
    """``{account: (debit, credit)}`` of quarter ``q`` in :func:`small_auditfile`."""
    return {
        "1100": (40_000_000 + q, 12_500_000 + q * 100),
        "1600": (50_000, 3_123_456),
        "4000": (10_000_000 + q * 100, 0),
        "4100": (2_500_000, 0),
        "4400": (3_000_000, 50_000),
        "4500": (123_456, 0),
        "8000": (0, 40_000_000),
        "8900": (0, q),
    }


# -- a large file: a year of a 250-person stichting --------------------------------------

LARGE_ACCOUNTS = [
    Account("0400", "Inventaris", "B"), Account("1000", "Kas", "B"), Account("1100", "Bank ING", "B"),
    Account("1300", "Debiteuren", "B"), Account("1500", "Af te dragen loonheffing", "B"),
    Account("1510", "Af te dragen pensioenpremie", "B"), Account("1520", "Netto lonen", "B"),
    Account("1600", "Crediteuren", "B"), Account("1700", "Te vorderen btw", "B"),
    Account("4000", "Salarissen", "P"), Account("4010", "Vakantiegeld", "P"),
    Account("4100", "Sociale lasten", "P"), Account("4110", "Pensioenpremies", "P"),
    Account("4200", "Inhuur derden", "P"), Account("4300", "Huur kantoren", "P"),
    Account("4310", "Energie en schoonmaak", "P"), Account("4400", "Automatisering", "P"),
    Account("4500", "Afschrijvingen", "P"), Account("4600", "Reiskosten", "P"),
    Account("4700", "Opleidingen", "P"), Account("4800", "Kantoorkosten", "P"),
    Account("8000", "Structurele subsidie gemeente", "P"), Account("8100", "Projectsubsidies", "P"),
    Account("8900", "Rentebaten", "P"),
]  # fmt: skip
_COSTS = ("4200", "4300", "4310", "4400", "4600", "4700", "4800")
_SUPPLIERS = ("Kantoorhuis Oost", "Energie Coöperatie", "ICT-partner Noord", "Opleidingscentrum Zuid",
              "Schoonmaak & Zo", "Detacheringsbureau Wijk", "NS Zakelijk", "Drukkerij Café Centraal")


@dataclass
class LargeStats:
    """What :func:`write_large_auditfile` wrote: sizes and the sums to expect."""

    path: Path
    size: int
    lines: int
    transactions: int
    sums: dict[tuple[str, int], list[int]]  # (account, quarter) -> [debit, credit]


def _large_transactions(year: int, invoices_per_month: int, seed: int) -> Iterator[tuple[str, Transaction]]:
    """The year's bookings as ``(journal id, transaction)``, journal by journal."""
    rng = random.Random(seed)
    salaries = [rng.randrange(250_000, 650_000) for _ in range(250)]
    for month in range(1, 13):  # salary journal: one booking per employee per month
        day = dt.date(year, month, 25)
        for n, gross in enumerate(salaries):
            social, pension = gross * 21 // 100, gross * 9 // 100
            tax = gross * 30 // 100
            lines = [
                Line("4000", gross, "D", f"Bruto salaris medewerker {n + 1:03d}"),
                Line("4100", social, "D", "Werkgeversdeel sociale lasten"),
                Line("4110", pension, "D", "Pensioenpremie werkgever"),
                Line("1500", tax + social, "C", "Loonheffing"),
                Line("1510", pension, "C", "Pensioenpremie"),
                Line("1520", gross - tax, "C", "Netto loon"),
            ]
            if month == 5:
                holiday = gross * 8 // 100
                lines += [Line("4010", holiday, "D", "Vakantiegeld"), Line("1520", holiday, "C", "Vakantiegeld")]
            yield "LON", Transaction(f"L{year}{month:02d}{n:03d}", month, day, lines, f"Loonrun {month}-{year}")
    for month in range(1, 13):  # purchases: invoices with VAT
        for n in range(invoices_per_month):
            day = dt.date(year, month, 1 + n % 28)
            cost = rng.randrange(5_000, 2_500_000)
            vat = cost * 21 // 100
            account = _COSTS[n % len(_COSTS)]
            supplier = _SUPPLIERS[n % len(_SUPPLIERS)]
            yield "INK", Transaction(f"F{year}-{month:02d}{n:05d}", month, day, [
                Line(account, cost, "D", f"Factuur {supplier}"),
                Line("1700", vat, "D", "Btw"),
                Line("1600", cost + vat, "C", supplier),
            ], f"Inkoopfactuur {supplier}")
    for month in range(1, 13):  # bank: the subsidy, interest, payments
        day = dt.date(year, month, 2)
        yield "BNK", Transaction(f"B{year}{month:02d}S", month, day, [
            Line("1100", 175_000_000, "D"), Line("8000", 175_000_000, "C", "Voorschot subsidie gemeente"),
        ], "Subsidie gemeente")
        yield "BNK", Transaction(f"B{year}{month:02d}R", month, day, [
            Line("1100", 12_345 + month, "D"), Line("8900", 12_345 + month, "C", "Rente spaarrekening"),
        ], "Rente")
        for n in range(invoices_per_month // 2):
            paid = rng.randrange(5_000, 3_000_000)
            yield "BNK", Transaction(f"B{year}{month:02d}{n:05d}", month, day, [
                Line("1600", paid, "D", "Betaling crediteur"), Line("1100", paid, "C"),
            ], "Betaling")
    for month in range(3, 13, 3):  # memoriaal: depreciation per quarter
        day = dt.date(year, month, 28)
        yield "MEM", Transaction(f"M{year}{month:02d}", month, day, [
            Line("4500", 4_500_000, "D", "Afschrijving inventaris"), Line("0400", 4_500_000, "C"),
        ], "Afschrijvingen")


_JOURNALS = {"LON": ("Lonen", "Y"), "INK": ("Inkoopboek", "P"), "BNK": ("Bank ING", "B"), "MEM": ("Memoriaal", "M")}


def write_large_auditfile(
    path: Path, target_mb: float = 100, *, year: int = 2025, version: str = "3.2", seed: int = 12
) -> LargeStats:
    """Write a year of a 250-person stichting of about ``target_mb`` megabytes.

    The number of purchase invoices is chosen to reach the size; the file is written
    streaming, in two passes over the same seeded bookings (totals first, as XAF wants).
    """
    per_invoice = 1750  # bytes an invoice and its half payment add, about
    invoices_per_month = max(10, int(target_mb * 1_000_000 / per_invoice / 12) - 200)
    sums: dict[tuple[str, int], list[int]] = {}
    count = debit = credit = txs = 0
    for _, tx in _large_transactions(year, invoices_per_month, seed):
        txs += 1
        quarter = (tx.period - 1) // 3 + 1 if tx.period else 1
        for ln in tx.lines:
            count += 1
            cell = sums.setdefault((ln.acc_id, quarter), [0, 0])
            if ln.side == "D":
                debit += ln.cents
                cell[0] += ln.cents
            else:
                credit += ln.cents
                cell[1] += ln.cents
    file = Auditfile(version=version, year=year, accounts=list(LARGE_ACCOUNTS))
    with path.open("w", encoding="utf-8") as out:
        chunks = file.chunks()
        for chunk in chunks:  # everything up to the transactions' totals
            out.write(chunk)
            if chunk.startswith("    <transactions>"):
                break
        i = "      "
        out.write(_el("linesCount", count, i) + _el("totalDebit", amount(debit), i)
                  + _el("totalCredit", amount(credit), i))
        current = None
        buffer: list[str] = []
        for jrn, tx in _large_transactions(year, invoices_per_month, seed):
            if jrn != current:
                if current is not None:
                    buffer.append("      </journal>\n")
                desc, tp = _JOURNALS[jrn]
                buffer.append("      <journal>\n" + _el("jrnID", jrn, i + "  ") + _el("desc", desc, i + "  ")
                              + _el("jrnTp", tp, i + "  "))
                current = jrn
            buffer.append(transaction_text(tx, version))
            if len(buffer) > 500:
                out.write("".join(buffer))
                buffer.clear()
        buffer.append("      </journal>\n    </transactions>\n  </company>\n</auditfile>\n")
        out.write("".join(buffer))
    return LargeStats(path, path.stat().st_size, count, txs, sums)
