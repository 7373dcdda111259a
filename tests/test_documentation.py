"""Every command and every setting is documented (the datasette way)."""

from __future__ import annotations

import re
from pathlib import Path

from swtgov.cli import COMMANDS, build_parser
from swtgov.domain.settings import all_specs

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser_commands = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert parser_commands == set(COMMANDS)
    for command in COMMANDS:
        assert re.search(rf"swtgov {re.escape(command)}\b", readme), f"'swtgov {command}' not in README"


def test_every_setting_is_documented() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import settings_doc

    text = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert text == settings_doc.render(), "docs/settings.md is out of date: run python tools/settings_doc.py"
    for key, spec in all_specs().items():
        assert spec.help.strip(), f"{key} has no help text"
        assert spec.label.strip(), f"{key} has no label"
        assert f"`{key}`" in text, f"{key} is not in docs/settings.md"


def test_every_import_kind_has_an_empty_template() -> None:
    from openpyxl import load_workbook

    from swtgov.services import areas

    for name, kind in areas.import_kinds().items():
        if not kind.columns:  # import only (an auditfile from the bookkeeping): no template
            continue
        path = ROOT / "swtgov" / "resources" / "templates" / f"{name}.xlsx"
        assert path.exists(), f"no template for {name}: run python tools/templates.py"
        book = load_workbook(path, read_only=True)
        header = [c for c in next(book.worksheets[0].iter_rows(values_only=True))]
        book.close()
        assert header == [c.name for c in kind.columns], f"template {name}.xlsx is out of date"
