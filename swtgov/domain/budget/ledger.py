"""General-ledger ranges: which accounts a budget line sums (the ``grootboek`` column).

A cell such as ``4000-4199, 4250`` names the accounts of one budget line: numbers and
inclusive ranges, separated by ``,``, ``;`` or line breaks; ``4000 t/m 4199`` and an en
dash are read as ranges too. Account numbers compare as numbers (``0400`` is ``400``).
An account code that is not a number (``8000A``) can be named on its own, and then
matches exactly (case-insensitive); it cannot be part of a range.

Within a budget year no account may belong to two lines: :class:`LedgerMap` finds
overlaps and says which line an account maps to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from swtgov.domain import values

Key = TypeVar("Key", bound=Hashable)

LEDGER_HINT = "schrijf grootboekrekeningen als nummers en bereiken, bijvoorbeeld 4000-4199, 4250"
_SEPARATORS = re.compile(r"[,;\n\r]+")
_RANGE = re.compile(r"(\d+)\s*(?:-|–|—|t/m|tm|tot en met)\s*(\d+)")
_NUMBER = re.compile(r"\d+")
_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._/]*")


def account_key(account_id: str) -> int | str:
    """How an account id compares: digits as a number, anything else as upper-case text."""
    text = account_id.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    return text.upper()


@dataclass(frozen=True, order=True)
class AccountRange:
    """Accounts ``first`` to ``last`` inclusive, or one non-numeric ``code``.

    Attributes:
        first: lowest account number (0 for a code).
        last: highest account number (0 for a code).
        code: a non-numeric account code, matched exactly; empty for a number range.
    """

    first: int
    last: int
    code: str = ""

    def __contains__(self, account_id: object) -> bool:
        if not isinstance(account_id, str):
            return False
        key = account_key(account_id)
        if isinstance(key, int):
            return not self.code and self.first <= key <= self.last
        return self.code == key

    def overlaps(self, other: AccountRange) -> bool:
        if self.code or other.code:
            return self.code == other.code
        return self.first <= other.last and other.first <= self.last

    def __str__(self) -> str:
        if self.code:
            return self.code
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


#: the ranges of one budget line, in the order written
Ledger = tuple[AccountRange, ...]


def show_ledger(ledger: Sequence[AccountRange]) -> str:
    """A ledger as the ``grootboek`` cell writes it: ``4000-4199, 4250``."""
    return ", ".join(str(r) for r in ledger)


def parse_ledger(cell: values.Cell) -> Ledger:
    """Read a ``grootboek`` cell; an empty cell is an empty ledger.

    Raises:
        values.ValueProblem: an unreadable part, a range written high to low, or two
            parts of the cell that overlap.
    """
    if cell is None or values.is_empty(cell):
        return ()
    if isinstance(cell, bool) or not isinstance(cell, str | int | float):
        raise values.ValueProblem(f"is geen geldig grootboekbereik; {LEDGER_HINT}")
    if isinstance(cell, float):
        if not cell.is_integer() or cell < 0:
            raise values.ValueProblem(f"is geen geldig grootboekbereik; {LEDGER_HINT}")
        cell = int(cell)
    ranges: list[AccountRange] = []
    for part in _SEPARATORS.split(str(cell)):
        text = " ".join(part.split())
        if not text:
            continue
        if m := _RANGE.fullmatch(text.lower()):
            first, last = int(m[1]), int(m[2])
            if first > last:
                raise values.ValueProblem(
                    f"bevat het bereik {text}, van hoog naar laag; schrijf {last}-{first}"
                )
            ranges.append(AccountRange(first, last))
        elif _NUMBER.fullmatch(text):
            ranges.append(AccountRange(int(text), int(text)))
        elif _CODE.fullmatch(text) and not text.isdigit():
            ranges.append(AccountRange(0, 0, text.upper()))
        else:
            raise values.ValueProblem(f'bevat "{text}", dat geen grootboekrekening of bereik is; {LEDGER_HINT}')
    for i, a in enumerate(ranges):
        for b in ranges[i + 1 :]:
            if a.overlaps(b):
                raise values.ValueProblem(f"bevat overlappende bereiken ({a} en {b})")
    return tuple(ranges)


@dataclass(frozen=True)
class Overlap(Generic[Key]):
    """Two budget lines that both claim some accounts.

    Attributes:
        first, second: the lines' keys, in the order they were given.
        first_range, second_range: the ranges that overlap.
    """

    first: Key
    second: Key
    first_range: AccountRange
    second_range: AccountRange


class LedgerMap(Generic[Key]):
    """Which budget line an account belongs to, for the lines of one year.

    Build it from ``(line key, ledger)`` pairs (the key is whatever identifies the line to
    the caller: its id, or its name). :attr:`overlaps` lists every pair of lines that
    claim the same accounts (an import refuses them); with overlaps, :meth:`line_for`
    answers with one of the claiming lines. Looking an account up is a binary search.
    """

    def __init__(self, entries: Iterable[tuple[Key, Sequence[AccountRange]]]) -> None:
        numeric: list[tuple[int, int, int, Key, AccountRange]] = []
        self._codes: dict[str, Key] = {}
        self.overlaps: list[Overlap[Key]] = []
        order = 0
        for key, ledger in entries:
            for account_range in ledger:
                if account_range.code:
                    if account_range.code in self._codes:
                        other = self._codes[account_range.code]
                        self.overlaps.append(Overlap(other, key, account_range, account_range))
                    else:
                        self._codes[account_range.code] = key
                else:
                    numeric.append((account_range.first, order, account_range.last, key, account_range))
                order += 1
        numeric.sort()
        widest: tuple[int, int, int, Key, AccountRange] | None = None
        for entry in numeric:
            if widest is not None and entry[0] <= widest[2]:
                self.overlaps.append(Overlap(widest[3], entry[3], widest[4], entry[4]))
            if widest is None or entry[2] > widest[2]:
                widest = entry
        self._starts = [e[0] for e in numeric]
        self._entries = numeric

    def line_for(self, account_id: str) -> Key | None:
        """The line whose ledger holds the account, or None when no line maps it."""
        key = account_key(account_id)
        if isinstance(key, str):
            return self._codes.get(key)
        index = bisect_right(self._starts, key) - 1
        # ranges starting at or before the account; without overlaps the last one decides
        while index >= 0:
            _first, _order, last, line, _range = self._entries[index]
            if key <= last:
                return line
            if not self.overlaps:
                return None
            index -= 1
        return None

    def __bool__(self) -> bool:
        return bool(self._entries or self._codes)
