"""Files that ship inside the package: fonts, translations, import templates, the guide.

Found through :mod:`importlib.resources`, so an installed wheel carries them and finds
them wherever it is installed.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource folder or file, e.g. ``resource_path("fonts")``."""
    return Path(str(files(__name__).joinpath(*parts)))
