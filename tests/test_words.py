"""Words: one plural helper, the import contract in docs/import.md, the guide's signals."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from swtgov.display import plural

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("count", "expected"), [
    (0, "0 signalen"), (1, "1 signaal"), (2, "2 signalen"), (1234, "1.234 signalen"),
])
def test_plural_counts_in_dutch(count: int, expected: str) -> None:
    assert plural(count, "signaal", "signalen") == expected


def test_verify_says_1_probleem_gevonden(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from swtgov.cli import main
    from swtgov.store.governance import create_file

    gf = create_file(tmp_path / "a.swtgov", "Stichting A")
    gf.close()
    with sqlite3.connect(tmp_path / "a.swtgov") as conn:  # a row the audit log does not account for
        conn.execute("INSERT INTO settings (key, value) VALUES ('general.backups_kept', '7')")
    assert main(["verify", str(tmp_path / "a.swtgov")]) == 1
    err = capsys.readouterr().err
    assert re.search(r"\b1 probleem gevonden:", err), err
    assert "1 problemen" not in err


def test_an_export_of_one_row_says_1_rij(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from swtgov.cli import main
    from swtgov.services.risks.register import RiskFields, create_risk
    from swtgov.store.governance import create_file
    import datetime as dt

    gf = create_file(tmp_path / "a.swtgov", "Stichting A")
    with gf.change() as audit:
        create_risk(audit, RiskFields("Cyberaanval", "privacy"), dt.date(2026, 10, 1), 3, 4)
    gf.close()
    assert main(["export", str(tmp_path / "a.swtgov"), "risicos", str(tmp_path / "r.xlsx")]) == 0
    assert capsys.readouterr().out.startswith("1 rij geëxporteerd naar ")


def _contract_sections() -> dict[str, str]:
    text = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    parts = re.split(r"^### `([a-z_]+)`", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_docs_import_md_names_every_column_of_every_import_kind() -> None:
    from swtgov.services import areas

    sections = _contract_sections()
    for name, kind in areas.import_kinds().items():
        assert name in sections, f"docs/import.md has no section for {name}"
        for column in kind.columns:
            assert f"`{column.name}`" in sections[name], f"docs/import.md: {name} lacks column {column.name}"


def test_the_readme_points_at_the_shipped_contract() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/import.md" in readme
    assert "](import-formats.md)" not in readme and "in `import-formats.md`" not in readme


def test_templates_carry_an_example_row_and_explain_every_column() -> None:
    from openpyxl import load_workbook

    from swtgov.services import areas

    for name in ("rooster", "risicos"):
        kind = areas.import_kinds()[name]
        book = load_workbook(ROOT / "swtgov" / "resources" / "templates" / f"{name}.xlsx")
        assert book.sheetnames == [name, "Toelichting"]
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        assert len(rows) == 2, f"{name}: one header and one example row"
        assert all(v is not None for v, c in zip(rows[1], kind.columns, strict=False) if c.required)
        explained = {r[0]: r for r in book.worksheets[1].iter_rows(min_row=2, values_only=True) if r and r[0]}
        for column in kind.columns:
            assert column.name in explained, f"{name}: {column.name} not explained"
            assert explained[column.name][1] == ("ja" if column.required else "nee")
            assert explained[column.name][3], f"{name}: {column.name} has no meaning"
        book.close()


def test_the_rooster_template_imports_as_it_is(governance_file) -> None:  # type: ignore[no-untyped-def]
    from swtgov.services.transfer import run_import

    template = ROOT / "swtgov" / "resources" / "templates" / "rooster.xlsx"
    summary = run_import(governance_file, "rooster", template, dry_run=True)
    assert (summary.rows, summary.created) == (1, 1)


def _signal_codes(folder: str) -> set[str]:
    codes: set[str] = set()
    for layer in ("domain", "services"):
        path = ROOT / "swtgov" / layer / folder / "signals.py"
        if path.exists():
            # the first snake_case literal in each Signal(...) / _signal(...) call is its code
            calls = r"\b_?[sS]ignal\((?:[^()\"]|\([^()]*\))*?\"([a-z]+_[a-z_]+)\""
            codes |= set(re.findall(calls, path.read_text(encoding="utf-8")))
    return codes


def test_the_guide_explains_every_signal_of_every_area() -> None:
    import swtgov.services
    from swtgov.services.areas import AREAS

    folders = {}
    for module in pkgutil.iter_modules(swtgov.services.__path__):
        if module.ispkg:
            area = getattr(importlib.import_module(f"swtgov.services.{module.name}"), "AREA", None)
            if area is not None:
                folders[area.key] = module.name
    help_folder = ROOT / "swtgov" / "resources" / "help"
    assert {"above_appetite", "term_expiring"} <= _signal_codes("risks") | _signal_codes("rooster")
    for area in AREAS:
        guide = help_folder / f"{area.key}.md"
        assert guide.exists(), f"no section of the guide for {area.key}: add {guide.name}"
        text = guide.read_text(encoding="utf-8")
        for code in _signal_codes(folders[area.key]):
            assert f"`{code}`" in text, f"{guide.name} does not explain the signal {code}"
