"""The agenda of a meeting: the standard items, item numbers (``4a``), renumbering, recurring topics.

Pure functions; every refusal is a Dutch sentence returned as data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from swtgov.domain.meetings.model import KIND_DECISION, KIND_DISCUSSION

#: the standard items of a new meeting: (number, title, kind)
OPENING_ITEMS: tuple[tuple[str, str], ...] = (
    ("Opening en vaststellen agenda", KIND_DECISION),
    ("Notulen vorige vergadering", KIND_DECISION),
)
CLOSING_ITEMS: tuple[tuple[str, str], ...] = (
    ("Rondvraag", KIND_DISCUSSION),
    ("Sluiting", KIND_DISCUSSION),
)
STANDARD_TITLES = frozenset(t.lower() for t, _ in OPENING_ITEMS + CLOSING_ITEMS)

_NUMBER = re.compile(r"(\d{1,3})([a-z]?)")


def standard_items() -> list[tuple[str, str, str]]:
    """The items of a new meeting as ``(number, title, kind)``: 1, 2, then rondvraag and sluiting."""
    titles = list(OPENING_ITEMS) + list(CLOSING_ITEMS)
    return [(str(n), title, kind) for n, (title, kind) in enumerate(titles, start=1)]


def item_number_key(number: str) -> tuple[int, str]:
    """Sort key of an item number: ``2`` < ``4`` < ``4a`` < ``4b`` < ``10``."""
    match = _NUMBER.fullmatch(number.strip().lower())
    if match is None:
        return (10**6, number)
    return (int(match.group(1)), match.group(2))


def check_item_number(number: str) -> str | None:
    """A Dutch refusal for a number that is not ``1``, ``12`` or ``4a``."""
    if _NUMBER.fullmatch(number.strip().lower()) is None:
        return f'"{number}" is geen geldig agendanummer; gebruik een getal, eventueel met een letter (4a)'
    return None


def duplicate_numbers(numbers: Iterable[str]) -> list[str]:
    """The item numbers that occur more than once (case-insensitive), in first-seen order."""
    seen: set[str] = set()
    twice: list[str] = []
    for number in numbers:
        key = number.strip().lower()
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    return twice


def next_item_number(numbers: Iterable[str]) -> str:
    """The next free plain number before the closing items ("rondvraag", "sluiting").

    Simply the highest plain number plus one; the caller renumbers after inserting.
    """
    highest = max((item_number_key(n)[0] for n in numbers if _NUMBER.fullmatch(n.strip().lower())), default=0)
    return str(highest + 1)


def renumber(numbers: Sequence[str]) -> list[str]:
    """Numbers for items in a new order: plain numbers run 1, 2, 3 …; a lettered item
    (``4a``) stays a sub-item of the plain item above it and gets the next letter."""
    result: list[str] = []
    base, letter = 0, ""
    for number in numbers:
        match = _NUMBER.fullmatch(number.strip().lower())
        if match is not None and match.group(2) and base > 0:
            letter = chr(ord(letter) + 1) if letter else "a"
            result.append(f"{base}{letter}")
        else:
            base, letter = base + 1, ""
            result.append(str(base))
    return result


def recurring_topics(earlier_titles: Sequence[Sequence[str]], minimum: int = 2) -> list[str]:
    """Titles on at least ``minimum`` of the given earlier agendas, standard items excepted,
    most frequent first (ties: as first seen)."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for titles in earlier_titles:
        seen: set[str] = set()  # a title twice on one agenda counts once; order kept
        for title in (t.strip() for t in titles):
            key = title.lower()
            if not title or key in STANDARD_TITLES or key in seen:
                continue
            seen.add(key)
            counts[key] = counts.get(key, 0) + 1
            shown.setdefault(key, title)
    frequent = [k for k, n in counts.items() if n >= minimum]
    frequent.sort(key=lambda k: -counts[k])
    return [shown[k] for k in frequent]
