"""Every area is one record in services and one page in the ui, and every face reads them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from swtgov.services.area import REPORT_OPTIONS, Area, ReportKind
from swtgov.services.areas import AREAS, import_kinds, report_kinds, review_tables


def test_every_area_has_a_page_and_its_hooks() -> None:
    from swtgov.ui.pages.catalog import AREA_PAGES, page_class

    assert [area.key for area in AREAS] == list(AREA_PAGES), "one page per area, in the order of AREAS"
    for area in AREAS:
        assert isinstance(area, Area)
        assert area.title and area.title[0].isupper(), area.key
        assert area.schema, f"{area.key} declares no schema step"
        assert area.signals is not None, f"{area.key} has no signal provider"
        assert area.reports, f"{area.key} has no report"
        assert area.demo is not None, f"{area.key} has no demo data"
        for spec in area.settings():
            assert spec.key.startswith(area.key + "."), spec.key
        cls = page_class(area.key)
        assert cls.key == area.key
        for method in ("title", "refresh", "show_item", "set_read_only"):
            assert callable(getattr(cls, method, None)), f"{cls.__name__} lacks {method}()"


def test_every_import_kind_follows_the_protocol() -> None:
    kinds = import_kinds()
    assert {"rooster", "risicos"} <= set(kinds)
    for name, kind in kinds.items():
        for member in ("name", "label", "columns", "forbidden", "plan", "export_rows"):
            assert hasattr(kind, member), f"{name} lacks {member}"
        assert kind.name == name
        # a spreadsheet kind has columns; a kind that reads its own file (the XAF auditfile) has read_file
        assert kind.columns or callable(getattr(kind, "read_file", None)), name


def test_report_names_are_unique_and_options_known() -> None:
    names = [kind.name for area in AREAS for kind in area.reports]
    assert len(names) == len(set(names))
    assert list(report_kinds())[0] == "signalen"
    for kind in report_kinds().values():
        assert kind.options <= REPORT_OPTIONS
    with pytest.raises(ValueError, match="unknown options"):
        ReportKind("x", "X", lambda *a, **k: b"", options=frozenset({"colour"}))


def test_the_leesversie_takes_each_areas_tables_and_nothing_else() -> None:
    tables = review_tables()
    assert tables[:3] == ("_sqlite_migrations", "file_info", "settings")
    assert len(tables) == len(set(tables))
    for area in AREAS:
        assert set(area.review_tables) <= set(tables)
    assert "audit_log" not in tables


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "swtgov", *args], capture_output=True, text=True,
                          env={**os.environ}, check=False)


def test_a_report_without_a_public_version_refuses_public(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    for kind in ("risicos", "signalen"):
        result = run("report", str(demo_file), kind, "--public", "--out", str(out))
        assert result.returncode == 2, result.stderr
        assert f'Het rapport "{kind}"' in result.stderr
        assert "kent de optie --public (publieksversie) niet" in result.stderr
        assert not out.exists()
    result = run("report", str(demo_file), "rooster", "--public", "--out", str(out), "--date", "2026-11-22")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_version_and_help() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("swtgov ")
    result = run("--help")
    assert result.returncode == 0
    assert "swtgov [FILE]" in result.stdout and "opent" in result.stdout and "venster" in result.stdout
