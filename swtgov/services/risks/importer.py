"""Import and export of kind ``risicos``: one spreadsheet row per risk.

Natural key: the code, else the title. A row without a code that matches no
title gets the next free code (``R-01``, ``R-02``, …), after every code the
file gives itself; codes compare case-insensitively, and one risk on two rows
(by code on one, by title on the other) is refused. A re-import updates the
risk instead of adding it again, and adds an assessment only when kans, impact
or the levels after measures differ from the latest one, or ``beoordeeld_op``
names another date (an assessment with that date and those levels already in
the history is not added twice). A file without ``kans_rest`` / ``impact_rest``
columns keeps the levels after measures of the latest assessment.

The ``maatregelen`` cell's format is in :mod:`swtgov.services.risks.measures_cell`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from swtgov.domain.risks.model import (
    RISK_STATUSES,
    Assessment,
    Measure,
    Risk,
    normalise_status,
    parse_level,
)
from swtgov.domain.risks.rules import RiskRules
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.domain.values import Cell, ValueProblem
from swtgov.services.kinds import ImportPlan
from swtgov.services.progress import Progress
from swtgov.services.risks.measures_cell import (
    MeasureLine,
    format_measures,
    parse_measures,
)
from swtgov.services.risks.register import (
    canonical_category,
    fold,
    known_categories,
    load_rules,
    next_code,
)
from swtgov.store.audit import Audit
from swtgov.store.risks import repo as store


def _level(cell: Cell) -> int | None:
    try:
        return parse_level(cell)
    except ValueError:
        text = str(cell).strip()
        number = text.lstrip("+-")
        if number.isdigit() or (isinstance(cell, float) and cell.is_integer()):
            raise ValueProblem("ligt niet tussen 1 en 5") from None
        raise ValueProblem("is geen geheel getal van 1 tot en met 5") from None


COLUMNS: tuple[Column, ...] = (
    Column("code"),
    Column("titel", required=True, aliases=("title",)),
    Column("omschrijving", aliases=("description",)),
    Column("categorie", required=True, aliases=("category",)),
    Column("eigenaar", aliases=("owner",)),
    Column("kans", "int", required=True, aliases=("likelihood",), parse=_level),
    Column("impact", "int", required=True, parse=_level),
    Column("kans_rest", "int", aliases=("residual_likelihood",), parse=_level),
    Column("impact_rest", "int", aliases=("residual_impact",), parse=_level),
    Column("maatregelen", aliases=("measures",)),
    Column("beoordeeld_op", "date", aliases=("assessed_on",)),
    Column("status"),
)


@dataclass
class _Work:
    """The writes one row needs."""

    row: int
    risk: Risk
    is_new: bool
    risk_changes: bool = False
    assessment: Assessment | None = None
    new_measures: list[Measure] = field(default_factory=list)
    changed_measures: list[Measure] = field(default_factory=list)

    @property
    def changes(self) -> bool:
        return bool(self.risk_changes or self.assessment or self.new_measures or self.changed_measures)


class RisksKind:
    """The ``risicos`` import kind (see ``import-formats.md``)."""

    name = "risicos"
    label = "Risico's"
    columns = COLUMNS

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._today = today

    def forbidden(self, normalised_header: str) -> str | None:
        """No column of a risk register is forbidden."""
        return None

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every row against the file; nothing is written here."""
        planner = _Planner(db, self._today())
        planner.reserve(rows)
        works = [w for w in (planner.row(row) for row in rows) if w is not None]
        plan = planner.plan
        for work in works:
            if work.is_new:
                plan.created += 1
            elif work.changes:
                plan.updated += 1
            else:
                plan.unchanged += 1
        plan.write = lambda audit, progress: _write(audit, works, progress)
        return plan, planner.problems

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every risk as one row; see :func:`export_rows`."""
        return export_rows(db)


class _Planner:
    """Works out, row by row, what an import will write; collects the problems."""

    def __init__(self, db: Database, today: dt.date) -> None:
        self.db = db
        self.today = today
        self.plan = ImportPlan()
        self.problems: list[Problem] = []
        self.rules: RiskRules = load_rules(db)
        risks = store.load_risks(db)
        self.by_code = {r.code.casefold(): r for r in risks}
        self.by_title = {" ".join(r.title.split()).casefold(): r for r in risks}
        self.codes = [r.code for r in risks]
        self.latest = store.load_latest_assessments(db)
        self.measures: dict[int, list[Measure]] = {}
        for m in store.load_measures(db):
            self.measures.setdefault(m.risk_id or 0, []).append(m)
        self.known = known_categories(store.categories_in_use(db))
        self.seen: dict[str, int] = {}
        self.coded_titles: dict[str, tuple[int, str]] = {}  # title → (row, code) of the rows with a code
        self.targets: dict[int, int] = {}  # stored risk id → the row that updates it

    def reserve(self, rows: list[ParsedRow]) -> None:
        """Take every code the file gives before any is generated, so a generated one never collides."""
        for row in rows:
            code = (row["code"] or "").strip()
            if code:
                self.codes.append(code)
                title = fold(row["titel"] or "")
                if title:
                    self.coded_titles.setdefault(title, (row.row, code))

    def _same_risk(self, row: ParsedRow, code: str, title: str, existing: Risk | None) -> Problem | None:
        """Two rows of the file that name one risk (by code and by title): the natural key twice."""
        n = row.row
        if not code and fold(title) in self.coded_titles:
            other, other_code = self.coded_titles[fold(title)]
            if other != n:
                return Problem(n, "titel", f"is hetzelfde risico als rij {other} (code {other_code}); "
                                           "één rij per risico", title)
        if existing is not None and existing.id in self.targets:
            other = self.targets[existing.id]
            return Problem(n, "code" if code else "titel", f"is hetzelfde risico als rij {other} "
                           f'({existing.code} "{existing.title}"); één rij per risico', code or title)
        return None

    def _check(self, row: ParsedRow, stored: Sequence[Measure] = ()) -> tuple[str | None, list[MeasureLine]]:
        """Row-level problems (key, status, measures); returns the status and measures."""
        n, title, code = row.row, " ".join((row["titel"] or "").split()), (row["code"] or "").strip()
        key = f"code:{code.casefold()}" if code else f"titel:{title.casefold()}"
        if title and key in self.seen:
            what = f'code "{code}"' if code else f'titel "{title}"'
            self.problems.append(Problem(n, "code" if code else "titel", f"{what} staat ook op rij {self.seen[key]}"))
        self.seen.setdefault(key, n)
        status = None
        if row["status"]:
            status = normalise_status(row["status"], RISK_STATUSES)
            if status is None:
                reason = f"is onbekend; kies uit {', '.join(RISK_STATUSES)}"
                self.problems.append(Problem(n, "status", reason, row["status"]))
        lines, line_problems = parse_measures(row["maatregelen"], stored)
        self.problems.extend(Problem(n, "maatregelen", p) for p in line_problems)
        return status, lines

    def _warn(self, n: int, label: str, levels: tuple[int, int, int | None, int | None]) -> None:
        kans, impact, kans_rest, impact_rest = levels
        bruto, netto = kans * impact, (kans_rest or kans) * (impact_rest or impact)
        if netto > bruto:
            self.plan.warnings.append(f"rij {n} ({label}): de netto score {netto} is hoger dan de bruto score {bruto}")
        if (kans_rest is None) != (impact_rest is None):
            given = "kans_rest" if kans_rest is not None else "impact_rest"
            self.plan.warnings.append(
                f"rij {n} ({label}): alleen {given} is ingevuld; voor de netto score telt "
                "op de andere as de waarde vóór maatregelen"
            )

    def _category(self, n: int, text: str) -> str:
        category, is_new = canonical_category(text, self.known)
        if is_new:
            self.known.append(category)
            rest = "" if category in self.rules.appetite else " (die van overige categorieën)"
            self.plan.notes.append(
                f'rij {n}: categorie "{category}" is nieuw en wordt toegevoegd; '
                f"de risicobereidheid ervoor is {self.rules.appetite_for(category)}{rest}"
            )
        return category

    def row(self, row: ParsedRow) -> _Work | None:
        """The work for one row, or None when it has problems (they are collected)."""
        bad = len(self.problems)
        title, code = " ".join((row["titel"] or "").split()), (row["code"] or "").strip()
        existing = self.by_code.get(code.casefold()) if code else self.by_title.get(title.casefold())
        status, lines = self._check(row, self.measures.get(existing.id or 0, []) if existing else [])
        kans, impact = row["kans"], row["impact"]
        if len(self.problems) > bad or not title or not row["categorie"] or kans is None or impact is None:
            return None
        n = row.row
        same = self._same_risk(row, code, title, existing)
        if same is not None:
            self.problems.append(same)
            return None
        if existing is not None and existing.id is not None:
            self.targets[existing.id] = n
        current = self.latest.get(existing.id) if existing and existing.id is not None else None
        # A file without the columns after measures keeps the stored ones (netto does not fall back to bruto).
        rest = [row[name] if name in row.values else (getattr(current, name) if current else None)
                for name in ("kans_rest", "impact_rest")]
        levels = (kans, impact, rest[0], rest[1])
        category = self._category(n, row["categorie"])
        self._warn(n, code or (existing.code if existing else title), levels)
        if existing is None:
            new_code = code or next_code(self.codes)
            self.codes.append(new_code)
            risk = Risk(None, new_code, title, row["omschrijving"] or "", category,
                        row["eigenaar"] or "", status or "open")  # fmt: skip
            work = _Work(n, risk, is_new=True)
        else:
            present = row.values
            risk = replace(
                existing,
                title=title,
                category=category,
                description=(row["omschrijving"] or "") if "omschrijving" in present else existing.description,
                owner=(row["eigenaar"] or "") if "eigenaar" in present else existing.owner,
                status=status or existing.status,
            )
            work = _Work(n, risk, is_new=False, risk_changes=risk != existing)
        on = row["beoordeeld_op"]
        if _needs_assessment(self.db, existing, current, levels, on):
            work.assessment = Assessment(None, None, on or self.today, *levels)
        _plan_measures(work, lines, self.measures.get(existing.id or 0, []) if existing else [])
        return work


def _same_levels(a: Assessment, levels: tuple[Any, ...]) -> bool:
    return (a.kans, a.impact, a.kans_rest, a.impact_rest) == levels


def _needs_assessment(
    db: Database, existing: Risk | None, current: Assessment | None, levels: tuple[Any, ...], on: dt.date | None
) -> bool:
    if existing is None or current is None:
        return True
    if on is None or on == current.assessed_on:
        return not _same_levels(current, levels)
    assert existing.id is not None
    return not any(a.assessed_on == on and _same_levels(a, levels) for a in store.load_history(db, existing.id))


def _plan_measures(work: _Work, lines: list[MeasureLine], stored: list[Measure]) -> None:
    by_description = {" ".join(m.description.split()).casefold(): m for m in stored}
    for line in lines:
        match = by_description.get(" ".join(line.description.split()).casefold())
        if match is None:
            work.new_measures.append(
                Measure(None, None, line.description, line.owner or "", line.status or "gepland", line.deadline)
            )
            continue
        changed = replace(
            match,
            owner=match.owner if line.owner is None else line.owner,
            status=line.status or match.status,
            deadline=line.deadline if line.has_deadline else match.deadline,
        )
        if changed != match:
            work.changed_measures.append(changed)


def _write(audit: Audit, works: list[_Work], progress: Progress) -> None:
    total = len(works)
    for done, work in enumerate(works, start=1):
        if work.is_new:
            risk_id = store.insert_risk(audit, work.risk)
        else:
            assert work.risk.id is not None
            risk_id = work.risk.id
            if work.risk_changes:
                store.update_risk(audit, work.risk)
        if work.assessment is not None:
            store.insert_assessment(audit, replace(work.assessment, risk_id=risk_id))
        for measure in work.new_measures:
            store.insert_measure(audit, replace(measure, risk_id=risk_id))
        for measure in work.changed_measures:
            store.update_measure(audit, measure)
        progress(done, total)


def export_rows(db: Database) -> list[dict[str, Any]]:
    """Every risk as one row, in code order, with its latest assessment and measures."""
    latest = store.load_latest_assessments(db)
    measures: dict[int, list[Measure]] = {}
    for m in store.load_measures(db):
        measures.setdefault(m.risk_id or 0, []).append(m)
    rows = []
    for risk in store.load_risks(db):
        a = latest.get(risk.id or 0)
        rows.append(
            {
                "code": risk.code,
                "titel": risk.title,
                "omschrijving": risk.description or None,
                "categorie": risk.category,
                "eigenaar": risk.owner or None,
                "kans": a.kans if a else None,
                "impact": a.impact if a else None,
                "kans_rest": a.kans_rest if a else None,
                "impact_rest": a.impact_rest if a else None,
                "maatregelen": format_measures(measures.get(risk.id or 0, [])),
                "beoordeeld_op": a.assessed_on if a else None,
                "status": risk.status,
            }
        )
    return rows

