"""Where swtgov keeps its own files: demo file, backups, logs, recent files.

``SWTGOV_HOME`` overrides the per-user data folder (tests and portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "swtgov"
EXTENSION = ".swtgov"


def data_dir() -> Path:
    """The per-user data folder; created when missing."""
    override = os.environ.get("SWTGOV_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / APP_DIR_NAME
    base.mkdir(parents=True, exist_ok=True)
    return base


def demo_file() -> Path:
    """The demo organisation's file, created on the very first start."""
    return data_dir() / f"voorbeeldstad{EXTENSION}"


def logs_dir() -> Path:
    """Crash logs and the application log."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir(governance_file: Path) -> Path:
    """The backup folder of one governance file.

    One folder per file, named after the file and a short hash of its full path,
    so two files with the same name in different folders never share backups.
    """
    import hashlib

    resolved = str(Path(governance_file).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:8]
    path = data_dir() / "backups" / f"{Path(governance_file).stem[:80]}-{digest}"
    path.mkdir(parents=True, exist_ok=True)
    return path
