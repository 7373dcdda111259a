"""Reading an XAF auditfile (XML Auditfile Financieel 3.1, 3.2 and 4.0), streaming.

Every Dutch accounting package exports one; the budget area reads its transaction lines
to fill the realisatie per quarter. :func:`read_auditfile` gives the header, the ledger
accounts (their type normalised), the periods and, per account and quarter of the fiscal
year, the debit and credit totals in integer cents. The caller decides the sign per budget
line (costs debit − credit, income credit − debit).

How it reads:

- **Streaming.** Files run to hundreds of megabytes. The file is fed to expat in chunks
  and no element tree is built: only the fields of the record being read (one
  transaction line, one transaction) and running sums per account. Memory stays flat.
- **Entity-safe.** The same guard as ``defusedxml``: a declaration of any entity
  (internal, external, unparsed) and any reference to an external entity is refused
  before anything is expanded, and external DTDs are never loaded. (defusedxml itself
  parses through the pure-Python ``XMLParser``; expat driven directly is about twice
  as fast here, and the guard is the same three handlers.)
- **Versions.** The namespace is taken from the root element and the version recognised
  from it (case and a trailing slash do not matter). UTF-8 and ISO-8859-1 as declared;
  a file without an encoding declaration that is not valid UTF-8 is read as ISO-8859-1.
- **The file's own checks.** ``totalDebit`` = the sum of the D lines, ``totalCredit`` =
  the sum of the C lines, both equal, ``linesCount`` = the number of lines, and debit =
  credit within every transaction. A file that fails is refused, naming the transaction.

Every refusal is an :class:`~swtgov.errors.ImportRejected` with Dutch reasons.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from swtgov.errors import ImportRejected
from swtgov.services.budget import xaf_text as text
from swtgov.services.progress import Progress, no_progress

#: version by namespace, lower case, without a trailing slash
VERSIONS = {
    "http://www.auditfiles.nl/xaf/3.1": "3.1",
    "http://www.auditfiles.nl/xaf/3.2": "3.2",
    "http://www.odb.belastingdienst.nl/belastingdienst/bcpp/1.0/structures/xmlauditfilefinancieel3.2.1": "3.2.1",
    "http://www.odb.belastingdienst.nl/belastingdienst/bcpp/1.1/structures/xmlauditfilexaf_4.0": "4.0",
}
CHUNK = 1 << 20
_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class AccountType(str, Enum):
    """A ledger account's type, however the package spelled it."""

    BALANCE = "balans"
    PROFIT_LOSS = "winst-en-verlies"
    MIXED = "gemengd"


_TYPES = {
    **dict.fromkeys(("b", "bal", "balans", "balance", "balansrekening"), AccountType.BALANCE),
    **dict.fromkeys(("p", "w", "v", "v/w", "w/v", "w&v", "v&w", "wv", "pl", "p&l", "p/l", "r", "resultaat",
                     "winst & verlies", "winst en verlies", "winst- en verlies", "winst-en-verlies",
                     "verlies & winst", "verlies en winst", "profit & loss", "profit and loss",
                     "resultatenrekening"), AccountType.PROFIT_LOSS),
    **dict.fromkeys(("m", "mixed", "gemengd"), AccountType.MIXED),
}  # fmt: skip


def account_type(spelled: str | None) -> AccountType | None:
    """``B``/``BAL``/``Balans`` → balance; ``P``/``W``/``V/W``/``Winst & verlies`` → P&L; ``M`` → mixed."""
    if spelled is None:
        return None
    return _TYPES.get(" ".join(spelled.split()).lower())


@dataclass(frozen=True)
class LedgerAccount:
    """An account of the file's general ledger; ``type_text`` as the file spells it."""

    acc_id: str
    description: str
    account_type: AccountType | None
    type_text: str = ""


@dataclass(frozen=True)
class Period:
    """A period of the fiscal year and the quarter it counts in (by its end date)."""

    number: int
    start: dt.date | None
    end: dt.date | None
    quarter: int


@dataclass(frozen=True)
class Header:
    """The file's header.

    Attributes:
        fiscal_year: as written: ``2025``, or ``2024-2025`` for a broken year.
        start, end: the dates the file covers.
        fiscal_start: the first day of the fiscal year (1 January for ``2025``; the
            start date for a broken year): quarters count from here.
    """

    fiscal_year: str
    start: dt.date
    end: dt.date
    fiscal_start: dt.date
    currency: str = "EUR"
    software: str = ""

    @property
    def year(self) -> int:
        return self.fiscal_start.year

    @property
    def broken_year(self) -> bool:
        return self.fiscal_start.month != 1 or self.fiscal_start.day != 1

    def quarter(self, day: dt.date) -> int:
        """The quarter (1–4) of the fiscal year a date falls in, or 0 / 5 outside it."""
        months = (day.year - self.fiscal_start.year) * 12 + day.month - self.fiscal_start.month
        return min(max(months // 3 + 1, 0), 5)


@dataclass
class AccountTotals:
    """Debit and credit cents of one account per quarter (index 0 is quarter 1)."""

    acc_id: str
    debit: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    credit: list[int] = field(default_factory=lambda: [0, 0, 0, 0])

    @property
    def net_debit(self) -> int:
        """Debit minus credit over the whole file."""
        return sum(self.debit) - sum(self.credit)


@dataclass
class Auditfile:
    """What an auditfile holds that the budget needs.

    Attributes:
        version: ``3.1``, ``3.2``, ``3.2.1`` or ``4.0``.
        namespace: the root element's namespace, as written.
        accounts: the general ledger by account id.
        periods: by period number.
        totals: every account with transaction lines, by account id.
        lines, transactions: how many were read.
        total_debit, total_credit: sums of all lines (equal, checked).
        quarters: the quarters (1–4) that have transaction lines.
        dated_outside: transactions without a known period whose date falls outside the
            fiscal year; they are counted in quarter 1 or 4.
        read_as: the encoding used when the file did not declare one and was not UTF-8.
    """

    version: str
    namespace: str
    header: Header
    accounts: dict[str, LedgerAccount]
    periods: dict[int, Period]
    totals: dict[str, AccountTotals]
    lines: int
    transactions: int
    total_debit: int
    total_credit: int
    quarters: frozenset[int]
    dated_outside: int = 0
    read_as: str | None = None

    def account(self, acc_id: str) -> LedgerAccount | None:
        return self.accounts.get(acc_id)

    def profit_and_loss(self) -> list[AccountTotals]:
        """The totals of the accounts typed profit & loss, in account order."""
        wanted = {a for a, acc in self.accounts.items() if acc.account_type is AccountType.PROFIT_LOSS}
        return [t for a, t in sorted(self.totals.items()) if a in wanted]


def declared_encoding(head: bytes) -> str | None:
    """The encoding named in the XML declaration at the start of ``head``, lower case."""
    match = _ENCODING.match(head)
    return match[1].decode("ascii").lower() if match else None


def read_auditfile(source: Path, progress: Progress = no_progress) -> Auditfile:
    """Read an auditfile, streaming, and check its totals.

    Args:
        source: the ``.xaf`` / ``.xml`` file.
        progress: ``progress(bytes read, file size)``; may raise ``Cancelled``.

    Raises:
        ImportRejected: not XML, cut off, an entity declaration, not an auditfile, an
            unknown version, an unreadable header or amount, or totals that do not agree;
            the Dutch reasons name the transaction.
        SwtgovError: the file does not exist or cannot be read.
    """
    from swtgov.services.budget.xaf_reader import Reader

    path = Path(source)
    head = text.open_head(path)
    declared = declared_encoding(head)
    reader = Reader(path, progress)
    try:
        return reader.run(None)
    except text.NotUtf8 as problem:
        if declared is not None:
            raise ImportRejected([text.not_utf8(path, problem.line, declared)]) from None
    return Reader(path, progress).run("iso-8859-1")


def parse_cents(value: str) -> int:
    """An XAF amount (``1234.56``, ``-12.5``, ``7``) in cents.

    Raises:
        ValueError: not a decimal with a dot, or a fraction of a cent.
    """
    match = _AMOUNT.fullmatch(value)
    if match is None or not (match[2] or match[3]):
        raise ValueError(value)
    fraction = (match[3] or "").rstrip("0")
    if len(fraction) > 2:
        raise ValueError(value)
    cents = int(match[2] or "0") * 100 + int(fraction.ljust(2, "0"))
    return -cents if match[1] == "-" else cents


_AMOUNT = re.compile(r"\s*([-+]?)(\d*)(?:\.(\d*))?\s*", re.ASCII)


def parse_date(value: str | None) -> dt.date | None:
    """An ``xsd:date`` (``2025-03-31``, also with a time zone or a time after it)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def fiscal_start(fiscal_year: str, start: dt.date | None) -> dt.date | None:
    """1 January of ``2025``; for a broken year ``2024-2025`` the file's start date."""
    match = re.fullmatch(r"\(?\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*\)?", fiscal_year or "")
    if match is None:
        return None
    if match[2] is None or match[1] == match[2]:
        return dt.date(int(match[1]), 1, 1)
    return start
