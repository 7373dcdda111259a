"""The streaming reader behind :func:`swtgov.services.budget.xaf.read_auditfile`.

Expat is driven directly, chunk by chunk, and no element tree is built. The reader keeps
a stack of open element names and, for the elements it reads as a record (``header``,
``ledgerAccount``, ``period``, ``transactions``, ``journal``, ``transaction``,
``trLine``), a dict of that record's own child fields. A record is handled when it
closes; a transaction's lines are summed into its quarter when the transaction closes.
Character data goes straight into a list (``list.append`` is the handler), so the only
Python calls per element are one start and one end.
"""

from __future__ import annotations

import datetime as dt
import pyexpat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from swtgov.errors import ImportRejected
from swtgov.services.budget import xaf_text as text
from swtgov.services.budget.xaf import (
    CHUNK,
    VERSIONS,
    AccountTotals,
    Auditfile,
    Header,
    LedgerAccount,
    Period,
    account_type,
    fiscal_start,
    parse_cents,
    parse_date,
)
from swtgov.services.progress import Progress

MAX_LISTED = 50
_RECORDS = ("header", "ledgerAccount", "period", "transactions", "journal", "transaction", "trLine")
_FIELDS = (
    "fiscalYear", "startDate", "endDate", "curCode", "softwareDesc", "accID", "accDesc", "accTp",
    "periodNumber", "startDatePeriod", "endDatePeriod", "linesCount", "totalDebit", "totalCredit",
    "jrnID", "nr", "trDt", "amnt", "amntTp",
)  # fmt: skip


class Reader:
    """One pass over one file; :meth:`run` returns the :class:`Auditfile` or refuses it."""

    def __init__(self, path: Path, progress: Progress) -> None:
        self.path = path
        self.progress = progress
        self.problems: list[str] = []
        self.unlisted = 0
        self.version = self.namespace = ""
        self.n: dict[str, str] = {}  # local name -> name as expat reports it
        self.header: Header | None = None
        self.accounts: dict[str, LedgerAccount] = {}
        self.periods: dict[int, Period] = {}
        self.totals: dict[str, AccountTotals] = {}
        self.quarters: set[int] = set()
        self.lines = self.transactions = self.debit = self.credit = self.dated_outside = 0
        self.saw_transactions = False
        self.date_quarters: dict[str, int] = {}
        self.tx_lines: list[tuple[str, int, bool]] = []
        # the element stack, the open record and the records it interrupted
        self.stack: list[str] = []
        self.chars: list[str] = []
        self.record: dict[str, str] = {}
        self.depth = -1
        self.records: list[tuple[dict[str, str], int]] = []
        self.containers: frozenset[str] = frozenset()
        self.wanted: frozenset[str] = frozenset()
        self.close: dict[str, Callable[[dict[str, str]], None]] = {}

    # -- driving expat ---------------------------------------------------------------

    def run(self, encoding: str | None) -> Auditfile:
        parser = pyexpat.ParserCreate(encoding, namespace_separator=" ")
        parser.buffer_text = True
        parser.buffer_size = 1 << 16
        parser.ordered_attributes = True
        parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.EntityDeclHandler = lambda *args: self.refuse_entity(parser, "een entiteitsdeclaratie (DTD)")
        parser.UnparsedEntityDeclHandler = lambda *args: self.refuse_entity(parser, "een externe entiteit")
        parser.ExternalEntityRefHandler = lambda *args: self.refuse_entity(parser, "een verwijzing naar een externe entiteit")
        parser.StartElementHandler = lambda name, attrs: self.root(parser, name)
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.chars.append
        size = self.path.stat().st_size
        done, at_end = 0, False
        with self.path.open("rb") as stream:
            try:
                while chunk := stream.read(CHUNK):
                    parser.Parse(chunk, False)
                    done += len(chunk)
                    self.progress(done, size)
                at_end = True
                parser.Parse(b"", True)
            except pyexpat.ExpatError as error:
                if encoding is None and error.code == text.INVALID_TOKEN:
                    stream.seek(max(parser.ErrorByteIndex, 0))
                    if stream.read(1) >= b"\x80":
                        raise text.NotUtf8(error.lineno) from None
                seen_root = bool(self.namespace)
                raise ImportRejected([text.xml_problem(self.path, error, at_end=at_end, seen_root=seen_root)]) from None
            except (ValueError, LookupError) as error:  # pyexpat: a declared encoding it cannot read
                if not _encoding_error(error):
                    raise
                raise ImportRejected([text.unsupported_encoding(self.path)]) from None
        return self.result(encoding)

    def refuse_entity(self, parser: Any, kind: str) -> None:
        raise ImportRejected([text.entity(self.path, parser.CurrentLineNumber, kind)])

    def root(self, parser: Any, name: str) -> None:
        """The root element: the namespace names the version; then read on."""
        namespace, _, local = name.rpartition(" ")
        if local != "auditfile":
            raise ImportRejected([text.not_auditfile(self.path, local)])
        if not namespace:
            raise ImportRejected([text.no_namespace(self.path)])
        key = namespace.strip().rstrip("/").lower()
        if key not in VERSIONS:
            found = _version_in(key)
            raise ImportRejected([text.unknown_version(self.path, namespace, found)])
        self.version, self.namespace = VERSIONS[key], namespace
        self.n = {local: f"{namespace} {local}" for local in _RECORDS + _FIELDS}
        self.containers = frozenset(self.n[r] for r in _RECORDS)
        self.wanted = frozenset(self.n[f] for f in _FIELDS)
        self.close = {self.n[r]: getattr(self, f"close_{r.lower()}") for r in _RECORDS}
        self.stack.append(name)
        parser.StartElementHandler = self.start

    def start(self, name: str, attrs: object) -> None:
        self.stack.append(name)
        del self.chars[:]
        if name in self.containers:
            self.records.append((self.record, self.depth))
            self.record = {}
            self.depth = len(self.stack)

    def end(self, name: str) -> None:
        stack = self.stack
        stack.pop()
        depth = len(stack)
        if depth == self.depth:
            if name in self.wanted:
                self.record[name] = "".join(self.chars)
        elif depth < self.depth:
            self.close[name](self.record)
            self.record, self.depth = self.records.pop()

    # -- records ---------------------------------------------------------------------

    def problem(self, message: str) -> None:
        if len(self.problems) < MAX_LISTED:
            self.problems.append(message)
        else:
            self.unlisted += 1

    def field(self, record: dict[str, str], local: str) -> str:
        return record.get(self.n[local], "").strip()

    def close_header(self, record: dict[str, str]) -> None:
        start = parse_date(self.field(record, "startDate"))
        end = parse_date(self.field(record, "endDate"))
        year = self.field(record, "fiscalYear")
        first = fiscal_start(year, start)
        if first is None:
            shown = f'"{year}"' if year else "geen boekjaar"
            message = (f"De header van de auditfile vermeldt {shown} als boekjaar (fiscalYear); verwacht is "
                       f"bijvoorbeeld 2025 of 2024-2025. {text.EXPORT_AGAIN}")
            raise ImportRejected([message])
        if start is None or end is None:
            start, end = start or first, end or _year_end(first)
        self.header = Header(year, start, end, first, self.field(record, "curCode") or "EUR",
                             self.field(record, "softwareDesc"))

    def close_ledgeraccount(self, record: dict[str, str]) -> None:
        acc_id = self.field(record, "accID")
        if acc_id:
            spelled = self.field(record, "accTp")
            self.accounts[acc_id] = LedgerAccount(acc_id, self.field(record, "accDesc"),
                                                  account_type(spelled or None), spelled)

    def close_period(self, record: dict[str, str]) -> None:
        header = self.need_header()
        try:
            number = int(self.field(record, "periodNumber"))
        except ValueError:
            return  # a period without a number cannot be referred to: transactions use trDt
        start = parse_date(self.field(record, "startDatePeriod"))
        end = parse_date(self.field(record, "endDatePeriod"))
        day = end or start
        quarter = min(max(header.quarter(day), 1), 4) if day else 0
        self.periods[number] = Period(number, start, end, quarter)

    def close_journal(self, record: dict[str, str]) -> None:
        pass

    def close_trline(self, record: dict[str, str]) -> None:
        n = self.n
        acc = record.get(n["accID"], "").strip()
        amount = record.get(n["amnt"], "")
        side = record.get(n["amntTp"], "").strip().upper()
        try:
            cents = parse_cents(amount)
        except ValueError:
            cents = 0
            self.problem(f"{self.place(record)}: het bedrag (amnt) \"{amount.strip()}\" is geen geldig "
                         "bedrag; verwacht is bijvoorbeeld 1234.56.")
        if side not in ("D", "C"):
            self.problem(f"{self.place(record)}: amntTp is \"{side}\" in plaats van D (debet) of C (credit).")
        if not acc:
            self.problem(f"{self.place(record)}: de regel heeft geen grootboekrekening (accID).")
        self.tx_lines.append((acc, cents, side == "D"))

    def place(self, line: dict[str, str] | None = None) -> str:
        """Where a problem is: transaction, journal and (for a line) its number."""
        outer = [record for record, _depth in self.records[1:]]  # without the root's
        if line is None:
            tx, journal = self.record, (outer[-1] if outer else {})
        else:
            tx, journal = (outer[-1] if outer else {}), (outer[-2] if len(outer) > 1 else {})
        found = text.where(self.field(journal, "jrnID"), self.field(tx, "nr"))
        if line is not None:
            nr = self.field(line, "nr")
            found += f", regel {nr}" if nr else f", regel {len(self.tx_lines) + 1}"
        return found[0].upper() + found[1:]

    def close_transaction(self, record: dict[str, str]) -> None:
        lines, self.tx_lines = self.tx_lines, []
        self.transactions += 1
        if not lines:
            return
        quarter = self.quarter_of(record)
        debit = credit = 0
        totals = self.totals
        for acc, cents, is_debit in lines:
            sums = totals.get(acc)
            if sums is None:
                sums = totals[acc] = AccountTotals(acc)
            if is_debit:
                debit += cents
                sums.debit[quarter - 1] += cents
            else:
                credit += cents
                sums.credit[quarter - 1] += cents
        self.lines += len(lines)
        self.debit += debit
        self.credit += credit
        self.quarters.add(quarter)
        if debit != credit:
            self.problem(text.unbalanced(self.place(), debit, credit))

    def quarter_of(self, record: dict[str, str]) -> int:
        """From the transaction's period; without a known period, from its date."""
        period = self.field(record, "periodNumber")
        if period.isdigit() and (known := self.periods.get(int(period))) and known.quarter:
            return known.quarter
        day_text = self.field(record, "trDt")
        quarter = self.date_quarters.get(day_text)
        if quarter is None:
            day = parse_date(day_text)
            if day is None:
                self.problem(f"{self.place()} heeft geen periode die in de auditfile staat en geen geldige "
                             f"datum (trDt); het kwartaal is niet te bepalen.")
                return 1
            quarter = self.date_quarters[day_text] = self.need_header().quarter(day)
        if quarter in (1, 2, 3, 4):
            return quarter
        self.dated_outside += 1
        return 1 if quarter < 1 else 4

    def close_transactions(self, record: dict[str, str]) -> None:
        self.saw_transactions = True
        stated: dict[str, int] = {}
        for name in ("totalDebit", "totalCredit", "linesCount"):
            value = self.field(record, name)
            try:
                stated[name] = parse_cents(value) if name != "linesCount" else int(value)
            except ValueError:
                shown = f'"{value}" is geen geldig getal' if value else "ontbreekt"
                self.problem(f"{name} van de boekingen (transactions) {shown}; het bestand is niet te controleren.")
        if "totalDebit" in stated and stated["totalDebit"] != self.debit:
            self.problem(text.total_mismatch("totalDebit", stated["totalDebit"], self.debit, "debet"))
        if "totalCredit" in stated and stated["totalCredit"] != self.credit:
            self.problem(text.total_mismatch("totalCredit", stated["totalCredit"], self.credit, "credit"))
        if stated.get("totalDebit", 0) != stated.get("totalCredit", 0):
            self.problem(text.totals_unequal(stated.get("totalDebit", 0), stated.get("totalCredit", 0)))
        if "linesCount" in stated and stated["linesCount"] != self.lines:
            self.problem(text.count_mismatch(stated["linesCount"], self.lines))

    def need_header(self) -> Header:
        if self.header is None:
            message = (f'"{self.path.name}" heeft geen header met het boekjaar vóór de periodes en boekingen; '
                       f"zo ziet een auditfile er niet uit. {text.EXPORT_AGAIN}")
            raise ImportRejected([message])
        return self.header

    def result(self, encoding: str | None) -> Auditfile:
        header = self.need_header()
        if not self.saw_transactions:
            self.problem(f'"{self.path.name}" bevat geen boekingen (het onderdeel transactions ontbreekt); '
                         "er is geen realisatie uit te lezen.")
        if self.problems:
            more = [text.more_problems(self.unlisted)] if self.unlisted else []
            raise ImportRejected(self.problems + more)
        return Auditfile(
            self.version, self.namespace, header, self.accounts, self.periods, self.totals, self.lines,
            self.transactions, self.debit, self.credit, frozenset(self.quarters), self.dated_outside, encoding,
        )


def _encoding_error(error: Exception) -> bool:
    """Whether pyexpat refused the declared encoding (an unknown codec, or a multi-byte one)."""
    if type(error) is LookupError:  # codecs.lookup; not its subclasses IndexError, KeyError
        return True
    return type(error) is ValueError and "multi-byte encodings are not supported" in str(error)


def _version_in(namespace: str) -> str | None:
    """``3.0`` from ``http://www.auditfiles.nl/xaf/3.0``: a version we do not read."""
    import re

    found = re.search(r"xaf[/_ ]?(\d+(?:\.\d+)+)|(\d+\.\d+(?:\.\d+)?)$", namespace)
    return (found[1] or found[2]) if found else None


def _year_end(first: dt.date) -> dt.date:
    return dt.date(first.year + 1, first.month, first.day) - dt.timedelta(days=1)
