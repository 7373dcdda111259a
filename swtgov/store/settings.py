"""Settings stored in the governance file, over the declared defaults."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from swtgov.domain.settings import Settings, SettingSpec, SettingValueError, all_specs
from swtgov.errors import SettingError
from swtgov.store.audit import Audit


def _spec(key: str) -> SettingSpec:
    specs = all_specs()
    if key not in specs:
        raise SettingError(
            f'Onbekende instelling "{key}". Bekende instellingen: {", ".join(specs)}.'
        )
    return specs[key]


def load_settings(db: Database) -> Settings:
    """The organisation's settings: what the file stores over the defaults."""
    specs = all_specs()
    stored = {
        key: json.loads(value)
        for key, value in db.execute("SELECT key, value FROM settings")
        if key in specs
    }
    return Settings(stored)


def read_setting(db: Database, key: str) -> Any:
    spec = _spec(key)
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else spec.default


def write_setting(audit: Audit, key: str, value: Any) -> Any:
    """Validate and store one setting; returns the stored value."""
    spec = _spec(key)
    try:
        value = spec.validate(value)
    except SettingValueError as exc:
        raise SettingError(str(exc)) from None
    text = json.dumps(value, ensure_ascii=False)
    if audit.get("settings", key) is None:
        audit.insert("settings", {"key": key, "value": text})
    else:
        audit.update("settings", key, {"value": text})
    return value


def parse_setting(key: str, text: str, current: Any = None) -> Any:
    """Read a value as typed on the command line or in the dialog (``current``: the
    stored value, for a notation that changes part of it, like ``financieel=12``)."""
    spec = _spec(key)
    try:
        return spec.parse(text, current)
    except SettingValueError as exc:
        raise SettingError(str(exc)) from None
