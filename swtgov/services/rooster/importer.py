"""Import and export of kind ``rooster``: one row per term, natural key naam + termijn.

Decisions, besides the general contract of import-formats.md:

* Rows of one member are matched by name (trimmed, case-insensitive); the
  stored terms of an existing member are checked together with the imported
  ones, so a file may add term 2 to a member already in the file.
* ``rol`` is the member's current role: the row with the highest term
  number decides. A changed role is recorded as a role change per the
  import date (for a new member: per the first term's start, or per the
  import date when the file hands the role over to them).
* There is one voorzitter and one vicevoorzitter: a row that makes someone
  voorzitter beside the sitting one is refused, naming the current one,
  unless the file hands the role over (the current one's row has another role).
* A column missing from the header keeps what is stored: without
  ``afgetreden`` a recorded departure (and its reason) stays; a present but
  empty ``afgetreden`` cell means no departure.
* ``email`` and ``telefoon`` are checked as the member dialog checks them. A
  stored commissie whose name has a comma (the list separator) is reported
  when a cell names it: it cannot survive a round trip.
* ``commissies`` lists the commissies the member sits on now. For a new member
  the seats start with the current chain of terms (a former member's seats
  span their whole membership); for an existing sitting member a new
  commissie starts on the import date and one no longer listed ends on it.
  For an existing former member the column changes nothing. An unknown
  commissie is created (its kind guessed from the name) and reported.
* The export writes, per term, the member's current role and commissies (a
  former member's: every commissie they ever sat on), so a round trip
  changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from swtgov.domain import values as v
from swtgov.domain.rooster.checks import term_problems
from swtgov.domain.rooster.model import (
    ROLES,
    Committee,
    CommitteeSeat,
    Member,
    RoleChange,
    Rooster,
    Term,
    message_date,
    role_on,
)
from swtgov.domain.rooster.terms import current_term, sitting_chain
from swtgov.domain.tabular import ParsedRow, Problem
from swtgov.services.kinds import ImportPlan
from swtgov.services.progress import Progress
from swtgov.services.rooster.columns import COLUMNS
from swtgov.services.rooster.committees import LIST_SEPARATOR, guess_kind
from swtgov.services.rooster.members import load_rules
from swtgov.store.audit import Audit
from swtgov.store.rooster import repo


def _key(name: str) -> str:
    return " ".join(name.split()).lower()


@dataclass
class _MemberPlan:
    """What the import does for one member."""

    name: str
    rows: list[ParsedRow]
    existing: Member | None
    terms: dict[int, Term] = field(default_factory=dict)  # imported, by number
    row_of: dict[int, int] = field(default_factory=dict)  # term number -> Excel row
    role: str | None = None
    role_row: int | None = None  # the Excel row whose ``rol`` decided ``role``
    role_since: dt.date | None = None  # a new member takes over a role handed over in the file: from then
    left_given: bool = True  # the file has an ``afgetreden`` column (else stored departures stay)
    email: str | None = None
    phone: str | None = None
    committees: list[str] | None = None


class RoosterKind:
    """The ``rooster`` kind; ``today`` (default: the real date) is the import date."""

    name = "rooster"
    label = "Rooster van aan- en aftreden"
    columns = COLUMNS

    def __init__(self, today: dt.date | None = None) -> None:
        self._today = today

    @property
    def today(self) -> dt.date:
        """The import date: the given one, else the real date."""
        return self._today or dt.date.today()

    def forbidden(self, normalised_header: str) -> str | None:
        """No column of the rooster is forbidden."""
        return None

    # --- plan ----------------------------------------------------------------------------------

    def _group(self, rooster: Rooster, rows: list[ParsedRow]) -> tuple[list[_MemberPlan], list[Problem]]:
        by_name = {_key(m.name): m for m in rooster.members}
        plans: dict[str, _MemberPlan] = {}
        problems: list[Problem] = []
        for row in rows:
            if any(row[c] is None for c in ("naam", "termijn", "aanvang", "einde")):
                continue  # already reported as empty or unreadable
            key = _key(row["naam"])
            plan = plans.setdefault(key, _MemberPlan(" ".join(row["naam"].split()), [], by_name.get(key)))
            plan.rows.append(row)
            plan.left_given = "afgetreden" in row.values
            number = row["termijn"]
            term = Term(None, None, number, row["aanvang"], row["einde"], row["afgetreden"])
            if number in plan.terms:
                if plan.terms[number] != term:
                    problems.append(Problem(row.row, "termijn",
                                            f"van {plan.name} staat ook in rij {plan.row_of[number]}, "
                                            "met andere data; één rij per termijn", str(number)))
                continue
            plan.terms[number] = term
            plan.row_of[number] = row.row
            plan.email = row["email"] or plan.email
            plan.phone = row["telefoon"] or plan.phone
            if "commissies" in row.values:
                plan.committees = sorted({*(plan.committees or []), *(row["commissies"] or [])})
        for plan in plans.values():
            numbered = sorted(plan.rows, key=lambda r: r["termijn"])
            roles = [r for r in numbered if r["rol"]]
            plan.role, plan.role_row = (roles[-1]["rol"], roles[-1].row) if roles else (None, None)
        return list(plans.values()), problems

    def _merged(self, rooster: Rooster, plan: _MemberPlan) -> list[Term]:
        stored = {t.number: t for t in rooster.terms_of(plan.existing.id)} if plan.existing else {}
        merged = dict(stored)
        for number, term in plan.terms.items():
            old = stored.get(number)
            # Without an ``afgetreden`` column a recorded departure (and its reason) stays.
            left_on = term.left_on if plan.left_given or old is None else old.left_on
            reason = old.left_reason if old is not None and left_on is not None else ""
            merged[number] = Term(old.id if old else None, old.member_id if old else None, number, term.start,
                                  term.end, left_on, reason)
        return sorted(merged.values(), key=lambda t: (t.start, t.number))

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every member's terms together; count what would change."""
        rooster = repo.load_rooster(db)
        rules = load_rules(db)
        members, problems = self._group(rooster, rows)
        result = ImportPlan()
        for plan in members:
            merged = self._merged(rooster, plan)
            for problem in term_problems(merged, rules):
                row = plan.row_of.get(problem.number, plan.rows[0].row)
                stored = "" if problem.number in plan.row_of else f" (opgeslagen termijn {problem.number})"
                problems.append(Problem(row, problem.field, problem.reason + stored, problem.value_text()))
            self._count(rooster, plan, result)
        problems += self._comma_problems(rooster, rows)
        problems += self._role_problems(rooster, members)
        if problems:
            return result, problems
        known = {_key(c.name) for c in rooster.committees}
        listed = {_key(n): n for p in members for n in p.committees or []}
        new_committees = sorted((n for k, n in listed.items() if k not in known), key=str.lower)
        if new_committees:
            result.notes.append("nieuwe commissies aangemaakt: " + ", ".join(new_committees))

        def write(audit: Audit, progress: Progress) -> None:
            for index, plan in enumerate(members):
                self._write_member(audit, plan)
                progress(index + 1, len(members))

        result.write = write
        return result, []

    def _comma_problems(self, rooster: Rooster, rows: list[ParsedRow]) -> list[Problem]:
        """A stored commissie whose name has a comma cannot come back: the cell splits it."""
        problems = []
        split = {c.name: [_key(n) for n in v.parse_list(c.name)] for c in rooster.committees
                 if LIST_SEPARATOR in c.name}
        for row in rows:
            listed = [_key(n) for n in row["commissies"] or []]
            for name, parts in split.items():
                if any(listed[i:i + len(parts)] == parts for i in range(len(listed))):
                    problems.append(Problem(
                        row.row, "commissies",
                        f'noemt de commissie "{name}", maar een commissienaam met een komma kan niet worden '
                        "geïmporteerd: de komma scheidt de commissies. Geef de commissie eerst een naam "
                        "zonder komma (Commissies, Wijzigen) en exporteer opnieuw"))
        return problems

    def _role_problems(self, rooster: Rooster, members: list[_MemberPlan]) -> list[Problem]:
        """One voorzitter and one vicevoorzitter: a file may not add a second one beside the sitting one.

        A newcomer (a row that makes someone voorzitter or vicevoorzitter who is
        not that already) is checked on the import date and, when they start
        later, on their first day. The file may hand the role over: the current
        holder's row then gives them another role.
        """
        planned = {p.existing.id: p for p in members if p.existing is not None}
        people: list[tuple[str, _MemberPlan | None, list[Term], Any]] = []
        for member in rooster.members:
            if member.id not in planned:
                changes = rooster.role_changes_of(member.id)
                people.append((member.name, None, rooster.terms_of(member.id),
                               lambda day, m=member, c=changes: role_on(m, c, day)))
        for plan in members:
            if plan.existing is not None:
                changes = rooster.role_changes_of(plan.existing.id)
                role = (lambda day, m=plan.existing, c=changes, r=plan.role: r or role_on(m, c, day))
            else:
                role = (lambda day, r=plan.role or "lid": r)
            people.append((plan.name, plan, self._merged(rooster, plan), role))

        def held_before(plan: _MemberPlan, day: dt.date) -> bool:
            member = plan.existing
            return member is not None and plan.role == role_on(
                member, rooster.role_changes_of(member.id), day) and current_term(
                rooster.terms_of(member.id), day) is not None

        def newcomer(plan: _MemberPlan | None, day: dt.date) -> bool:
            return plan is not None and plan.role_row is not None and not held_before(plan, day)

        def hands_over(plan: _MemberPlan, role: str, day: dt.date) -> bool:
            return plan.role not in (None, role) and held_before(replace(plan, role=role), day)

        problems = []
        for name, plan, terms, _role in people:
            if plan is None or plan.role not in ("voorzitter", "vicevoorzitter") or plan.role_row is None:
                continue
            chain = sitting_chain(terms, self.today)
            days = [self.today] + ([chain[0].start] if chain and chain[0].start > self.today else [])
            for day in days:
                if current_term(terms, day) is None or not newcomer(plan, day):
                    continue
                if plan.existing is None and any(hands_over(p, plan.role, day) for p in members):
                    plan.role_since = day  # the one handing over held the role until then
                others = [(n, p) for n, p, t, r in people
                          if p is not plan and r(day) == plan.role and current_term(t, day) is not None]
                # Report a pair of newcomers once, on the later row.
                others = [(n, p) for n, p in others
                          if not newcomer(p, day) or (p.role_row or 0) < plan.role_row]  # type: ignore[union-attr]
                if not others:
                    continue
                other, other_plan = min(others, key=lambda o: newcomer(o[1], day))
                label = ROLES[plan.role].lower()
                if newcomer(other_plan, day):
                    assert other_plan is not None
                    reason = (f"{name} wordt {label}, maar {other} wordt in rij {other_plan.role_row} ook {label}; "
                              f"er is één {label} tegelijk")
                else:
                    where = f" (rij {other_plan.role_row or other_plan.rows[0].row})" if other_plan else ""
                    reason = (f"{name} wordt {label}, maar {other}{where} is op {message_date(day)} al {label}; "
                              f"er is één {label} tegelijk. Geef {other} in dit bestand een andere rol om "
                              f"de rol over te dragen")
                problems.append(Problem(plan.role_row, "rol", reason))
                break
        return sorted(problems, key=lambda p: p.row or 0)

    def _count(self, rooster: Rooster, plan: _MemberPlan, result: ImportPlan) -> None:
        stored = {t.number: t for t in rooster.terms_of(plan.existing.id)} if plan.existing else {}
        merged = {t.number: t for t in self._merged(rooster, plan)}
        member_changes = bool(plan.existing is None or self._member_changes(plan)
                              or any(self._seat_changes(rooster, plan)))
        for number in sorted(plan.terms):
            old, term = stored.get(number), merged[number]
            if old is None:
                result.created += 1
            elif (old.start, old.end, old.left_on) != (term.start, term.end, term.left_on) or member_changes:
                result.updated += 1
                member_changes = False
            else:
                result.unchanged += 1

    def _member_changes(self, plan: _MemberPlan) -> dict[str, str]:
        member = plan.existing
        assert member is not None
        wanted = {"role": plan.role, "email": plan.email, "phone": plan.phone}
        return {k: val for k, val in wanted.items() if val is not None and getattr(member, k) != val}

    # --- commissies ------------------------------------------------------------------------------

    def _seat_changes(self, rooster: Rooster, plan: _MemberPlan) -> tuple[list[str], list[CommitteeSeat]]:
        """(commissie names to join, seats to end) for an existing sitting member."""
        member = plan.existing
        if plan.committees is None or member is None:
            return [], []
        terms = self._merged(rooster, plan)
        if not sitting_chain(terms, self.today):
            return [], []
        names = {c.id: c.name for c in rooster.committees}
        current = [s for s in rooster.seats_of(member.id) if s.end is None or s.end > self.today]
        held = {_key(names[s.committee_id]) for s in current}
        wanted = {_key(n): n for n in plan.committees}
        return ([n for k, n in wanted.items() if k not in held],
                [s for s in current if _key(names[s.committee_id]) not in wanted])

    def _committee_id(self, audit: Audit, name: str) -> int:
        for committee in repo.load_rooster(audit.db).committees:
            if _key(committee.name) == _key(name):
                assert committee.id is not None
                return committee.id
        return repo.insert_committee(audit, Committee(None, name, guess_kind(name)))

    # --- write ---------------------------------------------------------------------------------

    def _write_member(self, audit: Audit, plan: _MemberPlan) -> None:
        rooster = repo.load_rooster(audit.db)
        terms = self._merged(rooster, plan)
        if plan.existing is None:
            role = plan.role or "lid"
            member_id = repo.insert_member(audit, Member(None, plan.name, role, plan.email or "", plan.phone or ""))
            if plan.role_since is not None and plan.role_since > terms[0].start:
                repo.insert_role_change(audit, RoleChange(member_id, "lid", terms[0].start))
                repo.insert_role_change(audit, RoleChange(member_id, role, plan.role_since))
            else:
                repo.insert_role_change(audit, RoleChange(member_id, role, terms[0].start))
        else:
            assert plan.existing.id is not None
            member_id = plan.existing.id
            changes = self._member_changes(plan)
            if "role" in changes and current_term(terms, self.today) is not None:
                repo.insert_role_change(audit, RoleChange(member_id, changes["role"], self.today))
            if changes:
                repo.update_member(audit, member_id, **changes)
        for term in terms:
            if term.id is None:
                repo.insert_term(audit, Term(None, member_id, term.number, term.start, term.end, term.left_on))
            else:
                repo.update_term(audit, term.id, start=term.start, end=term.end, left_on=term.left_on,
                                 left_reason=term.left_reason)
        if plan.existing is None:
            self._seat_new_member(audit, member_id, plan, terms)
        else:
            join, leave = self._seat_changes(rooster, plan)
            for seat in leave:
                assert seat.id is not None
                if seat.start >= self.today:
                    repo.delete_seat(audit, seat.id)
                else:
                    repo.update_seat(audit, seat.id, end=self.today)
            start = max(self.today, sitting_chain(terms, self.today)[0].start) if join else self.today
            for name in join:
                repo.insert_seat(audit, CommitteeSeat(None, self._committee_id(audit, name), member_id, start))

    def _seat_new_member(self, audit: Audit, member_id: int, plan: _MemberPlan, terms: list[Term]) -> None:
        if not plan.committees:
            return
        chain = sitting_chain(terms, self.today)
        start, end = (chain[0].start, None) if chain else (terms[0].start, terms[-1].effective_end)
        for name in plan.committees:
            repo.insert_seat(audit, CommitteeSeat(None, self._committee_id(audit, name), member_id, start, end))

    # --- export --------------------------------------------------------------------------------

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """One row per term, members by name, terms by number."""
        rooster = repo.load_rooster(db)
        names = {c.id: c.name for c in rooster.committees}
        result = []
        for member in sorted(rooster.members, key=lambda m: (m.name.lower(), m.id)):
            terms = sorted(rooster.terms_of(member.id), key=lambda t: t.number)
            seats = rooster.seats_of(member.id)
            if sitting_chain(terms, self.today):
                seats = [s for s in seats if s.end is None or s.end > self.today]
            committees = sorted({names[s.committee_id] for s in seats}, key=str.lower)
            for term in terms:
                result.append({
                    "naam": member.name, "rol": member.role, "termijn": term.number, "aanvang": term.start,
                    "einde": term.end, "afgetreden": term.left_on, "commissies": committees,
                    "email": member.email or None, "telefoon": member.phone or None,
                })
        return result

