"""The risk register's use cases: the register as of a date, signals and edits.

Both faces use these: the window (every edit wrapped in ``session.perform``) and
the command line. Edits take an :class:`~swtgov.store.audit.Audit`; each checks
its input with the domain's validators and raises
:class:`~swtgov.errors.ValidationError` with every Dutch problem at once.
The import kind is in :mod:`swtgov.services.risks.importer`, the report builder
in :mod:`swtgov.services.risks.report`, the demo data in
:mod:`swtgov.services.risks.demo`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from swtgov.domain.risks.model import (
    CATEGORIES,
    MEASURE_STATUSES,
    RISK_STATUSES,
    Assessment,
    Measure,
    Risk,
    Which,
    normalise_status,
    validate_measure_input,
    validate_risk_input,
)
from swtgov.domain.risks.rules import RiskRules
from swtgov.domain.risks.signals import RegisterEntry, register_entries, risk_signals
from swtgov.domain.signals import Signal
from swtgov.domain.values import message_date
from swtgov.errors import ValidationError
from swtgov.store.audit import Audit
from swtgov.store.risks import repo as store
from swtgov.store.settings import load_settings

AREA = "risicos"
CODE_PATTERN = re.compile(r"R-(\d+)", re.IGNORECASE)


def load_rules(db: Database) -> RiskRules:
    """The organisation's risk settings (bands, labels, appetite, review interval)."""
    return RiskRules.from_settings(load_settings(db))


@dataclass(frozen=True)
class Register:
    """The register as of a date: what the page, the heatmap and the report show.

    Attributes:
        entries: every risk with its current and previous-quarter assessment, in
            code order.
        measures: the measures per risk id.
        categories: the seven standard categories, then any others in use.
        owners: the owners of risks and measures.
        overdue_measures: how many measures of open risks are past their deadline.
    """

    as_of: dt.date
    rules: RiskRules
    entries: list[RegisterEntry]
    measures: dict[int, list[Measure]] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    overdue_measures: int = 0

    def in_matrix(self) -> list[RegisterEntry]:
        """The entries the heatmap shows: assessed and not closed."""
        return [e for e in self.entries if e.current is not None and not e.risk.is_closed]

    def cells(self, which: Which = "netto") -> dict[tuple[int, int], list[RegisterEntry]]:
        """``(kans, impact)`` → the entries in that cell, for all 25 cells, code order kept."""
        cells: dict[tuple[int, int], list[RegisterEntry]] = {
            (k, i): [] for k in range(1, 6) for i in range(1, 6)
        }
        for entry in self.in_matrix():
            assert entry.current is not None
            cells[entry.current.cell(which)].append(entry)
        return cells

    def measures_of(self, risk_id: int | None) -> list[Measure]:
        return self.measures.get(risk_id, []) if risk_id is not None else []


def known_categories(in_use: Iterable[str]) -> list[str]:
    """The standard categories in their order, then the others in use, alphabetically."""
    standard = {fold(c) for c in CATEGORIES}
    extra = sorted({c for c in in_use if fold(c) not in standard}, key=str.casefold)
    return list(CATEGORIES) + extra


def load_register(db: Database, as_of: dt.date, *, with_measures: bool = True) -> Register:
    """The register as of ``as_of``; reads two assessments per risk, never all history.

    ``with_measures=False`` leaves :attr:`Register.measures` empty (the page reads a
    risk's measures when it is opened); the count of overdue ones is always there.
    """
    risks = store.load_risks(db)
    rules = load_rules(db)
    entries = register_entries(risks, store.load_register_assessments(db, as_of), rules, as_of)
    measures: dict[int, list[Measure]] = {}
    if with_measures:
        for measure in store.load_measures(db):
            if measure.risk_id is not None:
                measures.setdefault(measure.risk_id, []).append(measure)
    return Register(
        as_of=as_of,
        rules=rules,
        entries=entries,
        measures=measures,
        categories=known_categories(store.categories_in_use(db)),
        owners=store.owners_in_use(db),
        overdue_measures=store.count_overdue_measures(db, as_of),
    )


def signals(db: Database, as_of: dt.date) -> list[Signal]:
    """The risk area's signals as of a date (``above_appetite``, ``review_overdue``,
    ``measure_overdue``): the provider registered in :mod:`swtgov.services.risks` declares."""
    return risk_signals(
        store.load_risks(db),
        store.load_current_assessments(db, as_of),
        store.load_measures(db),
        load_rules(db),
        as_of,
    )


# --- codes and categories ------------------------------------------------------------


def next_code(existing: Iterable[str]) -> str:
    """The next free ``R-nn`` code after the highest one in use (``R-01`` first)."""
    numbers = [int(m[1]) for c in existing if (m := CODE_PATTERN.fullmatch(c.strip()))]
    return f"R-{max(numbers, default=0) + 1:02d}"


def fold(text: str) -> str:
    """Text compared as the user means it: whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()


def short_names(category: str) -> set[str]:
    """The usual short names of a category: each part around ``/`` and its first word.

    ``"personeel / bedrijfsvoering"`` is also ``personeel`` and ``bedrijfsvoering``;
    ``"kwaliteit van dienstverlening"`` is also ``kwaliteit``.
    """
    names = set()
    for part in fold(category).split("/"):
        part = part.strip()
        if part:
            names.add(part)
            names.add(part.split()[0])
    return names


def canonical_category(text: str, known: Iterable[str]) -> tuple[str, bool]:
    """The category as the register spells it, and whether it is new.

    ``" Financieel "`` becomes ``"financieel"``; a usual short name (``personeel``,
    ``privacy``, ``juridisch``, ``kwaliteit``) becomes the one category it names; an
    unknown one keeps its own spelling (trimmed) and is new.
    """
    wanted = fold(text)
    names = list(known)
    for name in names:
        if fold(name) == wanted:
            return name, False
    by_short = [name for name in names if wanted in short_names(name)]
    if len(by_short) == 1:
        return by_short[0], False
    return " ".join(text.split()), True


# --- edits ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskFields:
    """What the editor (or the CLI) enters for a risk, before it is checked."""

    title: str
    category: str
    description: str = ""
    owner: str = ""
    status: str = "open"


def _check_fields(fields: RiskFields) -> Risk:
    problems: list[str] = []
    if not fields.title.strip():
        problems.append("titel: vul een titel in")
    if not fields.category.strip():
        problems.append("categorie: kies een categorie")
    status = normalise_status(fields.status or "open", RISK_STATUSES)
    if status is None:
        problems.append(f'status: "{fields.status}" is onbekend; kies uit {", ".join(RISK_STATUSES)}')
    if problems:
        raise ValidationError(problems)
    return Risk(
        None, "", fields.title.strip(), fields.description.strip(),
        " ".join(fields.category.split()), fields.owner.strip(), status or "open",
    )  # fmt: skip


def _with_known_category(db: Database, risk: Risk) -> Risk:
    """The risk with its category as the register spells it ("personeel" is
    "personeel / bedrijfsvoering"); a truly new category stays as typed."""
    category, _new = canonical_category(risk.category, known_categories(store.categories_in_use(db)))
    return replace(risk, category=category)


def _check_levels(
    kans: object, impact: object, kans_rest: object, impact_rest: object
) -> list[str]:
    problems, warnings = validate_risk_input("-", "strategisch", kans, impact, kans_rest, impact_rest)
    if problems:
        raise ValidationError(problems)
    return warnings


def create_risk(
    audit: Audit,
    fields: RiskFields,
    assessed_on: dt.date,
    kans: int,
    impact: int,
    kans_rest: int | None = None,
    impact_rest: int | None = None,
    code: str | None = None,
) -> int:
    """Add a risk with its first assessment; returns the new risk id.

    Raises:
        ValidationError: a field is empty or a level is not 1–5 (nothing saved).
    """
    risk = _with_known_category(audit.db, _check_fields(fields))
    _check_levels(kans, impact, kans_rest, impact_rest)
    existing = store.risk_codes(audit.db)
    code = (code or "").strip() or next_code(existing)
    if code.casefold() in {c.casefold() for c in existing}:
        raise ValidationError([f'code: "{code}" is al in gebruik'])
    risk_id = store.insert_risk(audit, replace(risk, code=code))
    store.insert_assessment(
        audit, Assessment(None, risk_id, assessed_on, kans, impact, kans_rest, impact_rest)
    )
    return risk_id


def edit_risk(audit: Audit, risk_id: int, fields: RiskFields) -> dict[str, list[object]]:
    """Change a risk's title, description, category, owner and status; returns the changes."""
    before = store.load_risk(audit.db, risk_id)
    if before is None:
        raise ValidationError([f"risico {risk_id} bestaat niet (meer)"])
    risk = _with_known_category(audit.db, _check_fields(fields))
    return store.update_risk(audit, replace(risk, id=risk_id, code=before.code))


def reassess(
    audit: Audit,
    risk_id: int,
    assessed_on: dt.date,
    kans: int,
    impact: int,
    kans_rest: int | None = None,
    impact_rest: int | None = None,
    note: str = "",
) -> tuple[int, list[str]]:
    """Add a dated assessment; the history is kept. Returns its id and any warnings.

    Raises:
        ValidationError: a level is not a whole number 1–5, or the risk already has an
            assessment on that day (nothing saved).
    """
    warnings = _check_levels(kans, impact, kans_rest, impact_rest)
    risk = store.load_risk(audit.db, risk_id)
    if risk is None:
        raise ValidationError([f"risico {risk_id} bestaat niet (meer)"])
    if any(a.assessed_on == assessed_on for a in store.load_history(audit.db, risk_id)):
        # two on one day leave the trend without a previous value
        raise ValidationError([f"datum: {risk.code} heeft al een beoordeling op {message_date(assessed_on)}; "
                               "kies een andere datum of maak die beoordeling ongedaan"])
    assessment = Assessment(None, risk_id, assessed_on, kans, impact, kans_rest, impact_rest, note.strip())
    return store.insert_assessment(audit, assessment), warnings


MEASURE_PART_SEPARATOR = "|"  # separates a measure's parts in the spreadsheet's maatregelen cell


def _checked_measure(
    risk_id: int, description: str, owner: str, status: str, deadline: dt.date | None
) -> Measure:
    problems = validate_measure_input(description, status, deadline)
    for field_name, text in (("maatregel", description), ("eigenaar", owner)):
        if MEASURE_PART_SEPARATOR in text:
            problems.append(
                f'{field_name}: "{text.strip()}" bevat het teken "{MEASURE_PART_SEPARATOR}"; dat kan niet, want '
                "in een spreadsheet scheidt het de delen van een maatregel (beschrijving | eigenaar | status | "
                "deadline)"
            )
    if problems:
        raise ValidationError(problems)
    stored = normalise_status(status or "gepland", MEASURE_STATUSES) or "gepland"
    return Measure(None, risk_id, description.strip(), owner.strip(), stored, deadline)


def add_measure(
    audit: Audit,
    risk_id: int,
    description: str,
    owner: str = "",
    status: str = "gepland",
    deadline: dt.date | None = None,
) -> int:
    """Add a beheersmaatregel to a risk; returns its id."""
    return store.insert_measure(audit, _checked_measure(risk_id, description, owner, status, deadline))


def edit_measure(
    audit: Audit,
    measure_id: int,
    description: str,
    owner: str,
    status: str,
    deadline: dt.date | None,
) -> dict[str, list[object]]:
    """Change a measure; returns what changed."""
    row = audit.get(store.MEASURES, measure_id)
    if row is None:
        raise ValidationError([f"maatregel {measure_id} bestaat niet (meer)"])
    measure = _checked_measure(row["risk_id"], description, owner, status, deadline)
    return store.update_measure(audit, replace(measure, id=measure_id))


def delete_measure(audit: Audit, measure_id: int) -> None:
    """Remove a measure."""
    store.delete_measure(audit, measure_id)


def delete_risk(audit: Audit, risk_id: int) -> None:
    """Remove a risk with its history and measures (all audited, undoable)."""
    store.delete_risk(audit, risk_id)


def risk_detail(db: Database, risk_id: int) -> tuple[Risk | None, list[Assessment], list[Measure]]:
    """One risk with its whole assessment history (oldest first) and its measures."""
    return store.load_risk(db, risk_id), store.load_history(db, risk_id), store.load_measures(db, risk_id)
