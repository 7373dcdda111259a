"""The demo board of Stichting Wijkteams Voorbeeldstad (all people fictional).

Five members as in domain.md: the chair appointed 1 March 2019 in her second
term to 1 March 2027, a vice-chair in his second term, and three members who
joined on the same day in 2024 and so all leave on the same day in 2028 (the
cluster). A former chair left regularly, another member left early. Three
commissies; the kwaliteitscommissie has only one member left.

The dates of domain.md hold when ``today`` lies between 1 March 2026 and
1 March 2027; for another ``today`` every date moves by whole years so that
the chair's term still ends on the first 1 March after ``today`` and the same
signals show. Scale ``large`` adds ten years of history for the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta
from sqlite_utils import Database

from swtgov.domain.rooster.model import (
    Committee,
    CommitteeSeat,
    Member,
    RoleChange,
    Term,
)
from swtgov.store.audit import Audit
from swtgov.store.rooster import repo

D = dt.date

#: name, current role, contact, terms as (start, end, left_on, reason), role history as (role, since)
BOARD: list[tuple[str, str, str, str, list[tuple[D, D, D | None, str]], list[tuple[str, D]]]] = [
    ("Gerard Smit", "voorzitter", "", "",
     [(D(2013, 1, 1), D(2017, 1, 1), None, ""), (D(2017, 1, 1), D(2021, 1, 1), D(2021, 1, 1), "einde tweede termijn")],
     [("voorzitter", D(2013, 1, 1))]),
    ("Marieke van den Berg", "voorzitter", "m.vandenberg@example.nl", "06-21436587",
     [(D(2019, 3, 1), D(2023, 3, 1), None, ""), (D(2023, 3, 1), D(2027, 3, 1), None, "")],
     [("lid", D(2019, 3, 1)), ("voorzitter", D(2021, 1, 1))]),
    ("Hans Verhoeven", "vicevoorzitter", "hans.verhoeven@example.nl", "06-34251678",
     [(D(2021, 1, 1), D(2025, 1, 1), None, ""), (D(2025, 1, 1), D(2029, 1, 1), None, "")],
     [("lid", D(2021, 1, 1)), ("vicevoorzitter", D(2023, 1, 1))]),
    ("Peter Jansen", "lid", "p.jansen@example.nl", "",
     [(D(2022, 1, 1), D(2026, 1, 1), D(2025, 7, 1), "heeft zijn taak neergelegd wegens een nieuwe functie")],
     [("lid", D(2022, 1, 1))]),
    ("Sanne de Wit", "lid", "sanne.dewit@example.nl", "06-58473621",
     [(D(2024, 7, 1), D(2028, 7, 1), None, "")], [("lid", D(2024, 7, 1))]),
    ("Thomas Bakker", "lid", "t.bakker@example.nl", "06-19283746",
     [(D(2024, 7, 1), D(2028, 7, 1), None, "")], [("lid", D(2024, 7, 1))]),
    ("Fatima El Amrani", "lid", "f.elamrani@example.nl", "06-47382910",
     [(D(2024, 7, 1), D(2028, 7, 1), None, "")], [("lid", D(2024, 7, 1))]),
]

#: commissie, kind, seats as (member, start, end, chair)
COMMITTEES: list[tuple[str, str, list[tuple[str, D, D | None, bool]]]] = [
    ("Auditcommissie", "audit", [
        ("Hans Verhoeven", D(2021, 3, 1), None, True),
        ("Sanne de Wit", D(2024, 9, 1), None, False),
    ]),
    ("Remuneratiecommissie", "werkgevers", [
        ("Gerard Smit", D(2015, 1, 1), D(2021, 1, 1), True),
        ("Marieke van den Berg", D(2021, 1, 1), None, True),
        ("Thomas Bakker", D(2024, 9, 1), None, False),
    ]),
    ("Kwaliteitscommissie", "kwaliteit", [
        ("Peter Jansen", D(2022, 3, 1), D(2025, 7, 1), False),
        ("Fatima El Amrani", D(2024, 9, 1), None, True),
    ]),
]

_FIRST = ("Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Greet", "Henk", "Ilse", "Joost", "Karin", "Lars",
          "Mila", "Noah", "Olga", "Pieter", "Roos", "Sven", "Tessa", "Victor")
_LAST = ("Aalbers", "Boer", "Claassen", "Dijkstra", "Evers", "Friesen", "Gerritsen", "Hoekstra", "Idema",
         "Jonker", "Kramer", "Lammers", "Mulder", "Nijholt", "Oosterhuis", "Postma", "Rietveld", "Schouten",
         "Timmer", "Veenstra")


def year_offset(today: D) -> int:
    """Whole years to move domain.md's dates so the chair leaves on the first 1 March after ``today``."""
    first_march = D(today.year, 3, 1)
    return (today.year if today < first_march else today.year + 1) - 2027


def _shift(day: D | None, years: int) -> D | None:
    return None if day is None else day + relativedelta(years=years)


def _board(audit: Audit, years: int) -> dict[str, int]:
    ids = {}
    for name, role, email, phone, terms, roles in BOARD:
        member_id = repo.insert_member(audit, Member(None, name, role, email, phone))
        ids[name] = member_id
        for number, (start, end, left, reason) in enumerate(terms, start=1):
            repo.insert_term(audit, Term(None, member_id, number, _shift(start, years), _shift(end, years),  # type: ignore[arg-type]
                                         _shift(left, years), reason))
        for held, since in roles:
            repo.insert_role_change(audit, RoleChange(member_id, held, _shift(since, years)))  # type: ignore[arg-type]
    return ids


def _committees(audit: Audit, ids: dict[str, int], years: int) -> dict[str, int]:
    committee_ids = {}
    for name, kind, seats in COMMITTEES:
        committee_id = repo.insert_committee(audit, Committee(None, name, kind))
        committee_ids[kind] = committee_id
        for member, start, end, chair in seats:
            repo.insert_seat(audit, CommitteeSeat(None, committee_id, ids[member], _shift(start, years),  # type: ignore[arg-type]
                                                  _shift(end, years), chair))
    return committee_ids


def _history(audit: Audit, committee_ids: dict[str, int], today: D, count: int = 200) -> None:
    """Ten years of former members: terms, reappointments, early departures, roles, seats.

    Departures are spread evenly over the ten years; about half of the members
    served a second term, a fifth left before the end of their term.
    """
    rng = random.Random(20190301)
    names = rng.sample([f"{f} {last}" for f in _FIRST for last in _LAST], count)
    earliest = today - relativedelta(years=10)
    span = (today - relativedelta(months=1) - earliest).days
    kinds = sorted(committee_ids)
    for name in sorted(names):
        leaves = earliest + dt.timedelta(days=rng.randrange(span))
        leaves = D(leaves.year, leaves.month, 1)
        number_of_terms = 2 if rng.random() < 0.5 else 1
        start = leaves - relativedelta(years=4 * number_of_terms)
        early = rng.random() < 0.2
        if early:
            start += relativedelta(months=rng.randrange(6, 36))
        member_id = repo.insert_member(audit, Member(None, name, "lid", f"{name.lower().replace(' ', '.')}@example.nl"))
        repo.insert_role_change(audit, RoleChange(member_id, "lid", start))
        for number in range(1, number_of_terms + 1):
            term_start = start + relativedelta(years=4 * (number - 1))
            term_end = term_start + relativedelta(years=4)
            final = number == number_of_terms
            repo.insert_term(audit, Term(None, member_id, number, term_start, term_end, leaves if final else None,
                                         ("vervroegd afgetreden" if early else "einde termijn") if final else ""))
        if rng.random() < 0.3:
            repo.insert_role_change(audit, RoleChange(member_id, "vicevoorzitter", start + relativedelta(years=1)))
            repo.update_member(audit, member_id, role="vicevoorzitter")
        seat_start = start + relativedelta(months=2)
        repo.insert_seat(audit, CommitteeSeat(None, committee_ids[rng.choice(kinds)], member_id, seat_start,
                                              leaves, rng.random() < 0.2))


def demo(audit: Audit, db: Database, scale: str, today: D) -> None:
    """Add the demo board, its commissies and (scale ``large``) ten years of history."""
    years = year_offset(today)
    ids = _board(audit, years)
    committee_ids = _committees(audit, ids, years)
    if scale == "large":
        _history(audit, committee_ids, today)
