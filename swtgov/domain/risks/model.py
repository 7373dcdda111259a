"""The risk register: risks, dated assessments, measures, scores and bands.

Plain data and pure functions; the store maps rows to these types, the UI,
the heatmap and the risk report read them. Here: the value types, scores and
input checks; the bands and the area's settings (:class:`RiskRules`) are in
:mod:`swtgov.domain.risks.rules`; the register as of a date (current assessment,
trend, heatmap, movements, signals) is in :mod:`swtgov.domain.risks.signals`.

Bruto is kans × impact before measures, netto after. An assessment without a
residual value takes the bruto one for that axis, so with neither given the
netto score equals the bruto score.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

CATEGORIES: tuple[str, ...] = (
    "strategisch",
    "financieel",
    "personeel / bedrijfsvoering",
    "compliance / juridisch",
    "informatiebeveiliging / privacy",
    "reputatie",
    "kwaliteit van dienstverlening",
)
RISK_STATUSES: tuple[str, ...] = ("open", "beheerst", "geaccepteerd", "gesloten")
MEASURE_STATUSES: tuple[str, ...] = ("gepland", "in uitvoering", "gereed")
CLOSED = "gesloten"
DONE = "gereed"

LEVELS = range(1, 6)

Which = Literal["bruto", "netto"]


def check_level(name: str, value: object) -> int:
    """``value`` when it is a whole number 1–5; else ValueError naming ``name`` (Dutch)."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        raise ValueError(f"{name} moet een geheel getal van 1 tot en met 5 zijn, niet {value!r}")
    return value


def score(kans: int, impact: int) -> int:
    """Kans × impact, 1–25.

    Raises:
        ValueError: kans or impact is not a whole number from 1 to 5 (Dutch message).
    """
    return check_level("kans", kans) * check_level("impact", impact)


@dataclass(frozen=True)
class Risk:
    """One risk in the register; its scores live in its assessments.

    Attributes:
        id: row id, None before it is saved.
        code: short stable code such as ``"R-01"``.
        category: one of :data:`CATEGORIES`, or a category an import added.
        status: one of :data:`RISK_STATUSES`.
    """

    id: int | None
    code: str
    title: str
    description: str
    category: str
    owner: str = ""
    status: str = "open"

    @property
    def is_closed(self) -> bool:
        return self.status == CLOSED

    @property
    def label(self) -> str:
        """Code and title, e.g. ``"R-01 Cyberaanval"``: the subject of its signals."""
        return f"{self.code} {self.title}".strip()


@dataclass(frozen=True)
class Assessment:
    """One dated assessment of a risk: kans and impact before and after measures.

    Raises:
        ValueError: at construction, when a level is not a whole number 1–5.
    """

    id: int | None
    risk_id: int | None
    assessed_on: dt.date
    kans: int
    impact: int
    kans_rest: int | None = None
    impact_rest: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        check_level("kans", self.kans)
        check_level("impact", self.impact)
        if self.kans_rest is not None:
            check_level("kans na maatregelen", self.kans_rest)
        if self.impact_rest is not None:
            check_level("impact na maatregelen", self.impact_rest)

    @property
    def netto_kans(self) -> int:
        return self.kans if self.kans_rest is None else self.kans_rest

    @property
    def netto_impact(self) -> int:
        return self.impact if self.impact_rest is None else self.impact_rest

    @property
    def bruto(self) -> int:
        return self.kans * self.impact

    @property
    def netto(self) -> int:
        return self.netto_kans * self.netto_impact

    def cell(self, which: Which = "netto") -> tuple[int, int]:
        """The heatmap cell ``(kans, impact)`` for bruto or netto."""
        if which == "bruto":
            return (self.kans, self.impact)
        if which == "netto":
            return (self.netto_kans, self.netto_impact)
        raise ValueError(f"kies bruto of netto, niet {which!r}")

    def score_for(self, which: Which = "netto") -> int:
        kans, impact = self.cell(which)
        return kans * impact


@dataclass(frozen=True)
class Measure:
    """A beheersmaatregel (control measure) of a risk."""

    id: int | None
    risk_id: int | None
    description: str
    owner: str = ""
    status: str = "gepland"
    deadline: dt.date | None = None

    def is_overdue(self, as_of: dt.date) -> bool:
        """Past its deadline and not gereed; due exactly on ``as_of`` is not yet overdue."""
        return self.status != DONE and self.deadline is not None and self.deadline < as_of


# --- input -----------------------------------------------------------------


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_level(value: object) -> int | None:
    """Read a kans or impact as typed or imported: ``3``, ``3.0``, ``" 3 "``.

    Returns None for an empty value; raises ValueError (Dutch) for anything that
    is not a whole number from 1 to 5.
    """
    if _blank(value):
        return None
    number = value
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        number = int(value)
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    if isinstance(number, bool) or not isinstance(number, int):
        raise ValueError(f'"{value}" is geen geheel getal van 1 tot en met 5')
    if number not in LEVELS:
        raise ValueError(f"{number} ligt niet tussen 1 en 5")
    return number


def normalise_status(text: object, allowed: tuple[str, ...] = RISK_STATUSES) -> str | None:
    """The status as stored (``" Open "`` → ``"open"``), or None when not in ``allowed``."""
    status = " ".join(text.split()).lower() if isinstance(text, str) else None
    return status if status in allowed else None


def validate_risk_input(
    title: object,
    category: object,
    kans: object,
    impact: object,
    kans_rest: object = None,
    impact_rest: object = None,
    status: object = None,
) -> tuple[list[str], list[str]]:
    """Check one risk as entered in the editor or read from an import row.

    Levels may be ints or text (see :func:`parse_level`); an empty status means
    ``open``. Nothing raises: every finding is returned in Dutch, naming its field.

    Returns:
        ``(problems, warnings)``: problems refuse the input; warnings (a new
        category, only one level after measures, a netto score above the bruto
        score) are shown but allow saving.
    """
    problems: list[str] = []
    warnings: list[str] = []
    if not isinstance(title, str) or not title.strip():
        problems.append("titel: vul een titel in")
    if not isinstance(category, str) or not category.strip():
        problems.append("categorie: kies een categorie")
    elif " ".join(category.split()).lower() not in CATEGORIES:
        warnings.append(f'categorie: "{category.strip()}" is nieuw en wordt toegevoegd')

    levels: dict[str, int | None] = {}
    raw = {"kans": kans, "impact": impact, "kans na maatregelen": kans_rest,
           "impact na maatregelen": impact_rest}  # fmt: skip
    for name, value in raw.items():
        try:
            levels[name] = parse_level(value)
        except ValueError as error:
            problems.append(f"{name}: {error}")
        else:
            if levels[name] is None and name in ("kans", "impact"):
                problems.append(f"{name}: vul een getal van 1 tot en met 5 in")

    if not _blank(status) and normalise_status(status) is None:
        problems.append(f'status: "{status}" is onbekend; kies uit {", ".join(RISK_STATUSES)}')

    if len(levels) == 4 and None not in (levels["kans"], levels["impact"]):
        k, i = levels["kans"], levels["impact"]
        kr, ir = levels["kans na maatregelen"], levels["impact na maatregelen"]
        if (kr is None) != (ir is None):
            missing = "impact" if ir is None else "kans"
            warnings.append(
                f"{missing} na maatregelen: niet ingevuld; "
                f"voor de netto score telt de {missing} vóór maatregelen"
            )
        assert k is not None and i is not None
        bruto, netto = k * i, (kr or k) * (ir or i)
        if netto > bruto:
            warnings.append(
                f"netto score: {netto} is hoger dan de bruto score {bruto}; "
                "na maatregelen is een risico gewoonlijk kleiner"
            )
    return problems, warnings


def validate_measure_input(description: object, status: object, deadline: object) -> list[str]:
    """Problems (Dutch) with one measure; an empty status means ``gepland``.

    ``deadline`` is a date or empty; an importer that cannot read a date passes
    the text on, and gets the problem back.
    """
    problems: list[str] = []
    if not isinstance(description, str) or not description.strip():
        problems.append("maatregel: beschrijf de maatregel")
    if not _blank(status) and normalise_status(status, MEASURE_STATUSES) is None:
        problems.append(
            f'status maatregel: "{status}" is onbekend; kies uit {", ".join(MEASURE_STATUSES)}'
        )
    if not _blank(deadline) and not isinstance(deadline, dt.date):
        problems.append(f'deadline: "{deadline}" is geen leesbare datum')
    return problems
