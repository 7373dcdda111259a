"""The bundled icons (``swtgov/resources/icons/*.svg``, drawn for swtgov; see LICENSE.txt there).

Navigation entries use the area key as the icon name; actions use a short verb
(``new``, ``open``, ``import``...). An unknown name gives an empty icon, so a new
area without its own drawing still works.
"""

from __future__ import annotations

from functools import cache

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

from swtgov.resources import resource_path

ICONS = resource_path("icons")


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (an SVG in the icons folder), or an empty icon."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def has_icon(name: str) -> bool:
    """Whether an icon of this name is bundled."""
    return (ICONS / f"{name}.svg").exists()


def with_shortcut(text: str, shortcut: QKeySequence | str | None) -> str:
    """A tooltip that names the shortcut: ``Importeren (Ctrl+I)``."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
    if shortcut is None:
        return text
    from PySide6.QtGui import QKeySequence  # (after the window's first paint: see ui.mainwindow)

    keys = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
    native = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({native})" if native else text


def show_shortcut_in_tooltip(action: QAction) -> None:
    """Set the action's tooltip to its text plus its shortcut (menus show it already)."""
    action.setToolTip(with_shortcut(action.text(), action.shortcut()))
