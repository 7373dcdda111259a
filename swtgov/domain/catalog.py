"""The list of areas: the one place that names every area's settings.

An area adds its module here on purpose; nothing is discovered by magic.
"""

from __future__ import annotations

from swtgov.domain import risk_rules
from swtgov.domain import rooster
from swtgov.domain.settings import SettingSpec


def area_settings() -> list[SettingSpec]:
    """The settings declared by every area, in the order of the areas."""
    specs: list[SettingSpec] = []
    # Areas append their SETTINGS lists below, one line each.
    specs.extend(rooster.SETTINGS)
    specs.extend(risk_rules.SETTINGS)
    return specs
