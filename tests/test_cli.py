"""The command line: exit codes, Dutch messages, JSON output, settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from swtgov.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "swtgov", *args], capture_output=True, text=True, env={**os.environ}, check=False
    )


def test_new_then_settings_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.swtgov"
    assert main(["new", str(path), "--name", "Stichting Één"]) == 0
    assert main(["settings", str(path), "general.organisation_name"]) == 0
    assert capsys.readouterr().out.strip().endswith("Stichting Één")
    assert main(["settings", str(path), "general.backups_kept", "4"]) == 0
    capsys.readouterr()
    assert main(["settings", str(path), "general.backups_kept"]) == 0
    assert capsys.readouterr().out.strip() == "4"
    assert main(["settings", str(path)]) == 0
    listing = capsys.readouterr().out
    assert "general.backups_kept = 4  (gewijzigd)" in listing
    assert "Aantal back-ups bewaren" in listing


def test_bad_setting_values_exit_1_with_a_dutch_message(tmp_path: Path) -> None:
    path = tmp_path / "s.swtgov"
    assert main(["new", str(path), "--name", "Stichting X"]) == 0
    result = run("settings", str(path), "general.backups_kept", "veel")
    assert result.returncode == 1
    assert 'instelling "general.backups_kept": "veel" is geen geheel getal' in result.stderr
    result = run("settings", str(path), "general.backups_kept", "0")
    assert result.returncode == 1
    assert "kleiner dan het minimum 1" in result.stderr
    result = run("settings", str(path), "bestaat.niet", "1")
    assert result.returncode == 1
    assert 'Onbekende instelling "bestaat.niet"' in result.stderr


def test_wrong_usage_exits_2_in_dutch() -> None:
    result = run("import")
    assert result.returncode == 2
    assert "de volgende argumenten ontbreken" in result.stderr
    result = run("signals", "x.swtgov", "--date", "1-10-2026")
    assert result.returncode == 2
    assert '"1-10-2026" is geen datum in de vorm JJJJ-MM-DD' in result.stderr


def test_signals_json_shape(demo_file: Path) -> None:
    result = run("signals", str(demo_file), "--date", "2026-11-22", "--json")
    assert result.returncode == 0, result.stderr
    signals = json.loads(result.stdout)
    assert isinstance(signals, list)
    for signal in signals:
        assert set(signal) == {"area", "severity", "code", "subject", "message", "date"}
        assert signal["severity"] in {"critical", "warning", "info"}
        assert signal["code"].replace("_", "").isalpha() and signal["code"].islower()


def test_verify_backup_and_report(demo_file: Path, tmp_path: Path) -> None:
    result = run("verify", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("In orde")
    result = run("backup", str(demo_file))
    assert result.returncode == 0 and "Back-up gemaakt" in result.stdout
    out = tmp_path / "signalen.pdf"
    result = run("report", str(demo_file), "signalen", "--out", str(out), "--date", "2026-11-22")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    result = run("report", str(demo_file), "bestaatniet", "--out", str(out))
    assert result.returncode == 1 and "Onbekend rapport" in result.stderr


def test_unknown_import_kind(demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "x.csv"
    source.write_text("a;b\n1;2\n", encoding="utf-8")
    result = run("import", str(demo_file), "onzin", str(source))
    assert result.returncode == 1
    assert 'Onbekende soort "onzin"' in result.stderr
