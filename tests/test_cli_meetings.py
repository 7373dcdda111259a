"""The meetings' commands: notulen and packs by date, vaststellen, the calendar file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from icalendar import Calendar


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "swtgov", *args], capture_output=True, text=True,
                          env={**os.environ}, check=False)


def test_two_meetings_on_one_date_need_a_body(demo_file: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "vergaderingen.csv"
    sheet.write_text("orgaan;datum;aanvang;einde;locatie\nAuditcommissie;27-11-2026;16:00;18:00;Kantoor\n",
                     encoding="utf-8")
    result = run("import", str(demo_file), "vergaderingen", str(sheet))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "notulen.pdf"
    result = run("report", str(demo_file), "notulen", "--meeting", "2026-11-27", "--out", str(out))
    assert result.returncode == 2, result.stderr
    assert "27 november 2026" in result.stderr and "--body" in result.stderr
    assert "Auditcommissie" in result.stderr or "AC" in result.stderr
    assert not out.exists()
    result = run("report", str(demo_file), "notulen", "--meeting", "2026-11-27", "--body", "Auditcommissie",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_approve_minutes_once(demo_file: Path) -> None:
    result = run("approve-minutes", str(demo_file), "--meeting", "2026-10-08", "--on", "2026-11-27")
    assert result.returncode == 0, result.stderr
    assert "zijn vastgesteld op 27 november 2026" in result.stdout
    again = run("approve-minutes", str(demo_file), "--meeting", "2026-10-08", "--on", "2026-11-28")
    assert again.returncode == 1
    assert "vastgesteld" in again.stderr and "Traceback" not in again.stderr


def test_calendar_file_of_a_year(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "planning.ics"
    result = run("calendar", str(demo_file), "--year", "2026", "--out", str(out))
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 15  # the demo's meetings of 2026
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Amsterdam"
    uids = {str(e["UID"]) for e in events}
    again = tmp_path / "again.ics"
    run("calendar", str(demo_file), "--year", "2026", "--out", str(again))
    assert {str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")} == uids


def test_every_page_of_the_pack_carries_the_controlegetal_once(demo_file: Path, tmp_path: Path) -> None:
    import re

    from pypdf import PdfReader

    out = tmp_path / "pakket.pdf"
    result = run("report", str(demo_file), "vergaderpakket", "--meeting", "2026-11-27", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert len(re.findall(r"controlegetal \d+-[0-9A-F]{4}", text)) == 1, (number, text[-300:])
        # the pack's own number; an attached document may show its own page numbers too
        assert len(re.findall(rf"pagina \d+ van {len(pages)}\b", text)) == 1, (number, text[-300:])
