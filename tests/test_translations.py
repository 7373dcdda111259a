"""Dutch is the default language: no unfinished strings, and the .qm files are current."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_no_unfinished_dutch_strings() -> None:
    left = [line for ts in translations.catalogues() for line in translations.unfinished(ts)]
    assert left == []


def test_every_ui_string_is_in_a_catalogue(tmp_path: Path) -> None:
    """lupdate on a copy finds nothing new: no English string slipped past the .ts files."""
    import shutil
    import subprocess

    for ts, files in translations.catalogues().items():
        assert ts.exists(), f"{ts.name} is missing: run tools/translations.py update"
        copy = tmp_path / ts.name
        shutil.copyfile(ts, copy)
        subprocess.run([translations._tool("lupdate"), *files, "-no-obsolete", "-ts", str(copy)],
                       cwd=ROOT, check=True, capture_output=True)
        assert translations.unfinished(copy) == [], f"new strings not yet in {ts.name}"


def test_qm_files_are_built_from_the_current_ts(tmp_path: Path) -> None:
    for built in translations.release(tmp_path):
        shipped = translations.FOLDER / built.name
        assert shipped.exists(), f"{built.name} is missing: run tools/translations.py release"
        assert shipped.read_bytes() == built.read_bytes(), f"{built.name} is stale: run tools/translations.py release"
