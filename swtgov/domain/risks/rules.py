"""Score bands, scale labels, risk appetite and the settings of the risk area.

What the organisation decides about its risks, as settings (never constants):
which scores are laag, gemiddeld, hoog and zeer hoog, what kans and impact 1–5
mean, and the risicobereidheid (maximum acceptable netto score) per category.
:class:`RiskRules` reads them once from the stored settings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from swtgov.domain.risks.model import Assessment, Risk, check_level
from swtgov.domain.settings import SettingSpec, SettingValueError


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


def parse_appetite_pairs(text: str, current: Mapping[str, int] | None = None) -> dict[str, int]:
    """Read ``categorie=waarde`` pairs (separated by ``,``, ``;`` or new lines) onto the
    current risicobereidheid: ``financieel=12`` changes one category, ``klimaat=`` (no
    value) removes one. A category is matched regardless of case and spacing.

    Raises:
        SettingValueError: a pair without ``=`` or a value that is not a whole number.
    """

    result = dict(current or {})
    pairs = [p.strip() for p in text.replace(";", "\n").replace(",", "\n").splitlines() if p.strip()]
    if not pairs:
        raise SettingValueError("verwacht categorie=waarde, bijvoorbeeld financieel=9")
    for pair in pairs:
        name, sep, number = pair.partition("=")
        name, number = " ".join(name.split()), number.strip()
        if not sep or not name:
            raise SettingValueError(f'"{pair}": verwacht categorie=waarde, bijvoorbeeld financieel=9')
        same = [k for k in result if " ".join(k.split()).casefold() == name.casefold()]
        for key in same:
            del result[key]
        if not number:
            continue
        try:
            limit = int(number)
        except ValueError:
            raise SettingValueError(f'categorie "{name}": "{number}" is geen geheel getal') from None
        result[same[0] if same else name] = limit
    return result


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
        parse_text=parse_appetite_pairs,
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
        return self.kans_labels[check_level("kans", level) - 1]

    def impact_label(self, level: int) -> str:
        return self.impact_labels[check_level("impact", level) - 1]

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
