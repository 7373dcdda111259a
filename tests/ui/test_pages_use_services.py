"""Every area page reads and writes only through services (issue 7).

An area's ui folder (``swtgov/ui/<folder>/``, the folder of its page in
``AREA_PAGES``) may import ``swtgov.store`` only for type hints, inside an
``if TYPE_CHECKING:`` block; any other import of the store, at the top of a
module or inside a function, is a page reaching past its services.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

from swtgov.ui.pages.catalog import AREA_PAGES

STORE = "swtgov.store"


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The modules an import names (``from a import b`` names ``a`` and ``a.b``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: resolve against the module's package
        parts = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join([*parts, base] if base else parts)
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def store_imports(source: str, package: str = "swtgov.ui.area") -> list[str]:
    """The lines (``<line>: <module>``) of ``source`` importing the store outside ``if TYPE_CHECKING:``."""
    tree = ast.parse(source)
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            allowed.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in allowed:
            names = [
                n
                for n in _imported(node, package)
                if n == STORE or n.startswith(STORE + ".")
            ]
            if names:
                found.append((node.lineno, names[0]))
    return [f"{line}: {name}" for line, name in sorted(found)]


def area_folders() -> dict[str, Path]:
    """Package name -> folder of every area page's package, from ``AREA_PAGES``."""
    folders = {}
    for target in AREA_PAGES.values():
        package = target.partition(":")[0].rpartition(".")[
            0
        ]  # swtgov.ui.<folder>.page -> swtgov.ui.<folder>
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.submodule_search_locations, package
        folders[package] = Path(next(iter(spec.submodule_search_locations)))
    return folders


def test_area_pages_import_the_store_only_for_type_hints() -> None:
    folders = area_folders()
    assert {path.name for path in folders.values()} >= {
        "rooster",
        "risks",
        "meetings",
        "budget",
        "confidential",
    }
    offending = []
    checked = 0
    for package, folder in sorted(folders.items()):
        for path in sorted(folder.rglob("*.py")):
            module = ".".join(
                [package, *path.relative_to(folder).with_suffix("").parts]
            )
            checked += 1
            offending += [
                f"{path.relative_to(folder.parent)}:{hit}"
                for hit in store_imports(
                    path.read_text(encoding="utf-8"), module.rpartition(".")[0]
                )
            ]
    assert checked >= 25  # every module of the five folders was read
    assert offending == []


def test_the_check_allows_type_checking_and_catches_everything_else() -> None:
    source = """
from typing import TYPE_CHECKING
import typing
from swtgov.services.meetings import view
if TYPE_CHECKING:
    from swtgov.store.audit import Audit
if typing.TYPE_CHECKING:
    import swtgov.store.governance
else:
    from swtgov.store.settings import read_setting
import swtgov.store.meetings.repo
from swtgov import store
from ...store import paths


def open_it():
    from swtgov.store.meetings import repo
"""
    assert store_imports(source, "swtgov.ui.meetings") == [
        "10: swtgov.store.settings",
        "11: swtgov.store.meetings.repo",
        "12: swtgov.store",
        "13: swtgov.store",
        "17: swtgov.store.meetings",
    ]
