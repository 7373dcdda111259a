"""The settings of the budget area and the rules read from them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from swtgov.domain.budget.figures import (
    DEFAULT_AMOUNT_EUROS,
    DEFAULT_PERCENT,
    Thresholds,
)
from swtgov.domain.budget.money import Money
from swtgov.domain.settings import SettingSpec

AREA = "begroting"
DEFAULT_ACTUALS_WEEKS = 6

SETTINGS: list[SettingSpec] = [
    SettingSpec(
        key="begroting.deviation_percent",
        label="Drempel afwijking (%)",
        help="Een begrotingspost vraagt om een toelichting als de realisatie (of de prognose) "
        "minstens dit percentage van de begroting afwijkt, in beide richtingen, én minstens "
        "het drempelbedrag.",
        default=DEFAULT_PERCENT,
        minimum=0,
        maximum=1000,
    ),
    SettingSpec(
        key="begroting.deviation_amount",
        label="Drempel afwijking (hele euro's)",
        help="Een begrotingspost vraagt om een toelichting als de afwijking minstens dit bedrag "
        "in hele euro's is, én minstens het drempelpercentage.",
        default=DEFAULT_AMOUNT_EUROS,
        minimum=0,
        maximum=1_000_000_000,
    ),
    SettingSpec(
        key="begroting.actuals_weeks",
        label="Realisatie uiterlijk (weken na kwartaal)",
        help="Zoveel weken na het einde van een kwartaal hoort de realisatie van dat kwartaal "
        "er te zijn; daarna volgt het signaal dat de realisatie ontbreekt.",
        default=DEFAULT_ACTUALS_WEEKS,
        minimum=1,
        maximum=52,
    ),
]


@dataclass(frozen=True)
class BudgetRules:
    """The ``begroting.*`` settings, read once."""

    thresholds: Thresholds = field(default_factory=Thresholds)
    actuals_weeks: int = DEFAULT_ACTUALS_WEEKS

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> BudgetRules:
        """Read the settings; a missing key takes its default."""
        defaults = {spec.key: spec.default for spec in SETTINGS}

        def get(key: str) -> int:
            return int(settings.get(key, defaults[key]))

        return cls(
            Thresholds(get("begroting.deviation_percent"), Money.euros(get("begroting.deviation_amount"))),
            get("begroting.actuals_weeks"),
        )
