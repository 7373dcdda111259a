"""The risk register: risks, dated assessments, measures, scores and bands.

Plain data and pure functions; the store maps rows to these types, the UI,
the heatmap and the risk report read them. Here: the value types, scores, bands,
the area's settings (:class:`RiskRules`) and input checks; the register as of a
date (current assessment, trend, heatmap, movements, signals) is in
:mod:`swtgov.domain.risk_signals`.

Bruto is kans × impact before measures, netto after. An assessment without a
residual value takes the bruto one for that axis, so with neither given the
netto score equals the bruto score.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from swtgov.domain.settings import SettingSpec

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


def _check_level(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        raise ValueError(f"{name} moet een geheel getal van 1 tot en met 5 zijn, niet {value!r}")
    return value


def score(kans: int, impact: int) -> int:
    """Kans × impact, 1–25.

    Raises:
        ValueError: kans or impact is not a whole number from 1 to 5 (Dutch message).
    """
    return _check_level("kans", kans) * _check_level("impact", impact)


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
        _check_level("kans", self.kans)
        _check_level("impact", self.impact)
        if self.kans_rest is not None:
            _check_level("kans na maatregelen", self.kans_rest)
        if self.impact_rest is not None:
            _check_level("impact na maatregelen", self.impact_rest)

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


# --- bands, rules and settings ---------------------------------------------


@dataclass(frozen=True)
class Band:
    """A score band: ``low`` ≤ score ≤ ``high``; ``key`` is stable, ``label`` Dutch."""

    key: str
    label: str
    low: int
    high: int

    def contains(self, value: int) -> bool:
        return self.low <= value <= self.high


BAND_LABELS: tuple[str, ...] = ("laag", "gemiddeld", "hoog", "zeer hoog")
DEFAULT_BANDS_SETTING: dict[str, list[int]] = {
    "laag": [1, 3],
    "gemiddeld": [4, 9],
    "hoog": [10, 14],
    "zeer hoog": [15, 25],
}
KANS_LABELS: tuple[str, ...] = (
    "zeer onwaarschijnlijk / zeldzaam",
    "onwaarschijnlijk",
    "mogelijk",
    "waarschijnlijk",
    "vrijwel zeker",
)
IMPACT_LABELS: tuple[str, ...] = ("verwaarloosbaar", "gering", "matig", "ernstig", "zeer ernstig")
DEFAULT_APPETITE: dict[str, int] = {
    "strategisch": 12,
    "financieel": 9,
    "personeel / bedrijfsvoering": 9,
    "compliance / juridisch": 6,
    "informatiebeveiliging / privacy": 6,
    "reputatie": 9,
    "kwaliteit van dienstverlening": 9,
}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_bands(value: object) -> str | None:
    """Why a ``risicos.bands`` value is malformed (Dutch), or None when it is fine.

    The value maps each of the four labels to ``[low, high]``; in the order laag,
    gemiddeld, hoog, zeer hoog they must cover 1–25 without gaps or overlap.
    """
    if not isinstance(value, dict):
        return 'verwacht een object zoals {"laag": [1, 3], "gemiddeld": [4, 9], ...}'
    for label in value:
        if label not in BAND_LABELS:
            return f'onbekende band "{label}"; de banden zijn {", ".join(BAND_LABELS)}'
    expected = 1
    for label in BAND_LABELS:
        if label not in value:
            return f'de band "{label}" ontbreekt'
        pair = value[label]
        if not (isinstance(pair, (list, tuple)) and len(pair) == 2 and all(_is_int(n) for n in pair)):
            return f'band "{label}": verwacht twee gehele getallen [van, tot en met]'
        low, high = pair
        if low > high:
            return f'band "{label}": {low} is groter dan {high}'
        if low > expected:
            span = str(expected) if low - 1 == expected else f"{expected}–{low - 1}"
            return f"de banden sluiten niet aan: score {span} valt in geen enkele band"
        if low < expected:
            return (
                f'de banden overlappen: band "{label}" begint bij {low}, '
                f"maar {low} valt al in een eerdere band"
            )
        expected = high + 1
    if expected != 26:
        return f"de banden moeten tot en met 25 lopen, niet tot en met {expected - 1}"
    return None


def check_labels(value: object) -> str | None:
    """Why a kans or impact label list is malformed (Dutch), or None."""
    if not isinstance(value, list) or len(value) != 5:
        return "verwacht een lijst van vijf omschrijvingen, voor 1 tot en met 5"
    for level, text in enumerate(value, start=1):
        if not isinstance(text, str) or not text.strip():
            return f"de omschrijving voor {level} is leeg"
    return None


def check_appetite(value: object) -> str | None:
    """Why a ``risicos.appetite`` value is malformed (Dutch), or None."""
    if not isinstance(value, dict):
        return 'verwacht een object zoals {"financieel": 9, "reputatie": 12}'
    for category, limit in value.items():
        if not isinstance(category, str) or not category.strip():
            return "een categorie zonder naam"
        if not _is_int(limit) or not 1 <= limit <= 25:
            return (
                f'categorie "{category}": de risicobereidheid moet een geheel getal '
                f"van 1 tot en met 25 zijn, niet {limit!r}"
            )
    return None


def bands_from_settings(value: Mapping[str, Sequence[int]] | None = None) -> tuple[Band, ...]:
    """The bands, lowest first, from a ``risicos.bands`` value (None: the defaults).

    Raises:
        ValueError: the value is malformed (see :func:`check_bands`).
    """
    value = DEFAULT_BANDS_SETTING if value is None else value
    reason = check_bands(dict(value))
    if reason:
        raise ValueError(reason)
    return tuple(
        Band(label.replace(" ", "_"), label, value[label][0], value[label][1]) for label in BAND_LABELS
    )


DEFAULT_BANDS: tuple[Band, ...] = bands_from_settings()


def band_for(value: int, bands: Iterable[Band] = DEFAULT_BANDS) -> Band:
    """The band a score 1–25 falls in; raises ValueError outside every band."""
    for band in bands:
        if band.contains(value):
            return band
    raise ValueError(f"score {value} valt in geen enkele band")


SETTINGS: list[SettingSpec] = [
    SettingSpec(
        key="risicos.kans_labels",
        label="Omschrijvingen kans (1–5)",
        help="Wat kans 1 tot en met 5 betekent, zoals de risicomatrix die toont.",
        default=list(KANS_LABELS),
        kind="json",
        check=check_labels,
    ),
    SettingSpec(
        key="risicos.impact_labels",
        label="Omschrijvingen impact (1–5)",
        help="Wat impact 1 tot en met 5 betekent, zoals de risicomatrix die toont.",
        default=list(IMPACT_LABELS),
        kind="json",
        check=check_labels,
    ),
    SettingSpec(
        key="risicos.bands",
        label="Scorebanden",
        help="Welke scores (kans × impact, 1–25) laag, gemiddeld, hoog en zeer hoog zijn; "
        "samen dekken de banden 1 tot en met 25 zonder gaten.",
        default={k: list(v) for k, v in DEFAULT_BANDS_SETTING.items()},
        kind="json",
        check=check_bands,
    ),
    SettingSpec(
        key="risicos.appetite",
        label="Risicobereidheid per categorie",
        help="De hoogste netto score die per categorie aanvaardbaar is, vastgesteld door het "
        "bestuur en goedgekeurd door de RvT. Een risico daarboven geeft een signaal.",
        default=dict(DEFAULT_APPETITE),
        kind="json",
        check=check_appetite,
    ),
    SettingSpec(
        key="risicos.appetite_default",
        label="Risicobereidheid overige categorieën",
        help="De hoogste aanvaardbare netto score voor een categorie die niet in de "
        "risicobereidheid per categorie staat.",
        default=9,
        minimum=1,
        maximum=25,
    ),
    SettingSpec(
        key="risicos.review_months",
        label="Herbeoordeling na (maanden)",
        help="Binnen hoeveel maanden na de laatste beoordeling een risico opnieuw beoordeeld moet worden.",
        default=3,
        minimum=1,
        maximum=24,
    ),
]
_SPECS = {spec.key: spec for spec in SETTINGS}


@dataclass(frozen=True)
class RiskRules:
    """The settings of the risk area, read once; see :data:`SETTINGS`."""

    kans_labels: tuple[str, ...] = KANS_LABELS
    impact_labels: tuple[str, ...] = IMPACT_LABELS
    bands: tuple[Band, ...] = DEFAULT_BANDS
    appetite: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_APPETITE))
    appetite_default: int = 9
    review_months: int = 3

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> RiskRules:
        """Read the ``risicos.*`` settings; a missing key takes its default.

        Raises:
            SettingValueError: a stored value is malformed.
        """

        def get(key: str) -> Any:
            spec = _SPECS[key]
            return spec.validate(settings[key]) if key in settings else spec.default

        return cls(
            kans_labels=tuple(get("risicos.kans_labels")),
            impact_labels=tuple(get("risicos.impact_labels")),
            bands=bands_from_settings(get("risicos.bands")),
            appetite=dict(get("risicos.appetite")),
            appetite_default=get("risicos.appetite_default"),
            review_months=get("risicos.review_months"),
        )

    def kans_label(self, level: int) -> str:
        return self.kans_labels[_check_level("kans", level) - 1]

    def impact_label(self, level: int) -> str:
        return self.impact_labels[_check_level("impact", level) - 1]

    def band_for(self, value: int) -> Band:
        return band_for(value, self.bands)

    def appetite_for(self, category: str) -> int:
        """The maximum acceptable netto score; categories match regardless of case/spacing."""
        if category in self.appetite:
            return self.appetite[category]
        wanted = " ".join(category.split()).casefold()
        for name, limit in self.appetite.items():
            if " ".join(name.split()).casefold() == wanted:
                return limit
        return self.appetite_default

    def is_above_appetite(self, risk: Risk, assessment: Assessment | None) -> bool:
        return is_above_appetite(risk, assessment, self)


def is_above_appetite(risk: Risk, assessment: Assessment | None, rules: RiskRules) -> bool:
    """Whether the netto score exceeds the appetite of the risk's category.

    Equal to the appetite is acceptable; no assessment is never above. The risk's
    status is not looked at (the signals leave closed risks out).
    """
    return assessment is not None and assessment.netto > rules.appetite_for(risk.category)


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
