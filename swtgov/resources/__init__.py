"""Files that ship inside the package: fonts, translations, import templates, icons, the guide.

They travel in the wheel as package data and are found relative to this package: on a
normal installation straight from its folder, and through :mod:`importlib.resources`
when the package is not a plain folder (a zip). The first keeps ``importlib.resources``
out of the start-up path.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource folder or file, e.g. ``resource_path("fonts")``."""
    path = _HERE.joinpath(*parts)
    if path.exists():
        return path
    from importlib.resources import files  # a package that is not a plain folder

    return Path(str(files(__name__).joinpath(*parts)))
