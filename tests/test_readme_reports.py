"""Every report kind is in the README's table, with the options it has."""

from __future__ import annotations

import re
from pathlib import Path

from swtgov.services.areas import report_kinds

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_report_and_its_options_are_documented() -> None:
    text = README.read_text(encoding="utf-8")
    for name, kind in report_kinds().items():
        row = re.search(rf"^\| `{re.escape(name)}` \|(.*)$", text, re.MULTILINE)
        assert row, f"report {name} not in the README's table"
        for option in kind.options:
            assert f"--{option}" in row.group(1), f"{name}: --{option} not documented"
