"""Settings that come from the statuten and reglementen.

Each setting is declared once, here or in its area's domain module, with its
default and a Dutch help text. The governance file stores only the values the
organisation changed; everything else reads the default.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


class SettingValueError(ValueError):
    """A value text that does not fit the setting; the message is Dutch."""


@dataclass(frozen=True)
class SettingSpec:
    """The declaration of one setting.

    Attributes:
        key: stable dotted name, e.g. ``"rooster.term_years"``.
        label: short Dutch label for the settings dialog.
        help: Dutch help text: what it means and where it comes from.
        default: value when the organisation has not set it.
        kind: ``"int"``, ``"text"`` or ``"json"``.
        minimum: lowest allowed value for ``int``.
        maximum: highest allowed value for ``int``.
        check: extra check for ``json`` values; returns a Dutch reason or None.
        parse_text: for ``json`` values, a reader of a plainer notation than JSON
            (``categorie=waarde`` pairs); gets the text and the current value, returns
            the new value or raises SettingValueError. Text starting with ``{``, ``[``
            or ``"`` is always read as JSON.
    """

    key: str
    label: str
    help: str
    default: Any
    kind: str = "int"
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[Any], str | None] | None = None
    parse_text: Callable[[str, Any], Any] | None = None

    @property
    def area(self) -> str:
        return self.key.split(".", 1)[0]

    def parse(self, text: str, current: Any = None) -> Any:
        """Read a value typed by a user (CLI, dialog); raise SettingValueError.

        ``current`` is the stored value, for a notation that changes part of it."""
        text = text.strip()
        if self.kind == "int":
            try:
                value: Any = int(text)
            except ValueError:
                raise SettingValueError(
                    f'instelling "{self.key}": "{text}" is geen geheel getal'
                ) from None
        elif self.kind == "json" and self.parse_text is not None and not text.startswith(("{", "[", '"')):
            value = self.parse_text(text, self.default if current is None else current)
        elif self.kind == "json":
            try:
                value = json.loads(text)
            except json.JSONDecodeError:
                raise SettingValueError(
                    f'instelling "{self.key}": "{text}" is geen geldige JSON-waarde'
                ) from None
        else:
            value = text
        return self.validate(value)

    def validate(self, value: Any) -> Any:
        """Check a value of the right type against the bounds; return it."""
        if self.kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingValueError(f'instelling "{self.key}": {value!r} is geen geheel getal')
            if self.minimum is not None and value < self.minimum:
                raise SettingValueError(
                    f'instelling "{self.key}": {value} is kleiner dan het minimum {self.minimum}'
                )
            if self.maximum is not None and value > self.maximum:
                raise SettingValueError(
                    f'instelling "{self.key}": {value} is groter dan het maximum {self.maximum}'
                )
        elif self.kind == "text":
            if not isinstance(value, str) or not value.strip():
                raise SettingValueError(f'instelling "{self.key}": een lege tekst is niet toegestaan')
        if self.check is not None:
            reason = self.check(value)
            if reason:
                raise SettingValueError(f'instelling "{self.key}": {reason}')
        return value

    def show(self, value: Any) -> str:
        """The value as text, the way ``parse`` reads it back."""
        if self.kind == "json":
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return str(value)


GENERAL_SETTINGS: list[SettingSpec] = [
    SettingSpec(
        key="general.organisation_name",
        label="Naam organisatie",
        help="De statutaire naam van de stichting, zoals die in de kop van elk rapport staat.",
        default="Stichting",
        kind="text",
    ),
    SettingSpec(
        key="general.backups_kept",
        label="Aantal back-ups bewaren",
        help="Hoeveel automatische back-ups van dit bestand bewaard blijven; oudere worden opgeruimd.",
        default=10,
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        key="general.backups_max_mb",
        label="Ruimte voor back-ups (MB)",
        help="Hoeveel schijfruimte de back-ups van dit bestand samen mogen innemen. Met veel "
             "vergaderstukken is één back-up al honderden MB; de oudste gaan dan eerder weg. "
             "De nieuwste back-up blijft altijd bewaard. 0 = geen grens.",
        default=2000,
        minimum=0,
        maximum=1_000_000,
    ),
]


_area_specs: Callable[[], Sequence[SettingSpec]] | None = None
_all: dict[str, SettingSpec] | None = None


def install_area_settings(specs: Callable[[], Sequence[SettingSpec]]) -> None:
    """Install the settings every area declares (called once by ``swtgov.services.areas``,
    which reads them from the area records: the domain never reaches up to find them).
    ``specs`` is called on the first :func:`all_specs`, so no area's rules are imported
    before a setting is needed."""
    global _area_specs, _all
    _area_specs, _all = specs, None


def all_specs() -> dict[str, SettingSpec]:
    """Every declared setting, by key, in declaration order (general first, then per area)."""
    global _all
    if _area_specs is None:
        raise RuntimeError("the areas are not installed: import swtgov.services.areas first")
    if _all is not None:
        return dict(_all)
    specs: dict[str, SettingSpec] = {}
    for spec in [*GENERAL_SETTINGS, *_area_specs()]:
        if spec.key in specs:
            raise ValueError(f"setting {spec.key} declared twice")
        specs[spec.key] = spec
    _all = specs
    return dict(specs)


class Settings(Mapping[str, Any]):
    """The settings of one organisation: stored values over the defaults."""

    def __init__(self, stored: Mapping[str, Any] | None = None) -> None:
        self._specs = all_specs()
        self._stored = dict(stored or {})

    def __getitem__(self, key: str) -> Any:
        if key in self._stored:
            return self._stored[key]
        return self._specs[key].default

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def is_default(self, key: str) -> bool:
        return key not in self._stored
