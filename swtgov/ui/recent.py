"""The list of recently opened files (a preference of this computer, not of a file)."""

from __future__ import annotations

import json
from pathlib import Path

from swtgov.store.paths import data_dir

MAX_RECENT = 8


def _path() -> Path:
    return data_dir() / "recent.json"


def recent_files() -> list[Path]:
    """Most recent first; files that no longer exist are left out."""
    try:
        names = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(n) for n in names if isinstance(n, str) and Path(n).exists()]


def remember(path: Path) -> None:
    resolved = str(Path(path).resolve())
    names = [str(p) for p in recent_files() if str(p) != resolved]
    names.insert(0, resolved)
    try:
        _path().write_text(json.dumps(names[:MAX_RECENT], ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass
