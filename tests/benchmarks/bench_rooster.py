"""Benchmarks of the rooster area, each a ratio against a baseline measured in the same run.

- all rooster signals on the ``large`` demo file (ten years of history: a few
  hundred members and terms), loading included, against a plain sqlite3 query
  of the same rows (≤ 3×);
- the rooster PDF (table, timeline, signals) against a bare ReportLab table of
  the same rows (≤ 3×).

Ours and the baseline run interleaved; each figure is the median of the repetitions.
``run()`` is called by ``tests/benchmarks/run.py``; run this file alone to print the rows.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

Row = tuple[str, float, float, float]
AS_OF = dt.date(2026, 11, 22)
REPEATS = 15
QUERIES = (
    "SELECT id, name, role, email, phone FROM members ORDER BY name, id",
    "SELECT id, member_id, number, starts_on, ends_on, left_on, left_reason FROM terms"
    " ORDER BY member_id, starts_on, number",
    "SELECT member_id, role, since FROM role_changes ORDER BY member_id, since, id",
    "SELECT id, name, kind FROM committees ORDER BY name, id",
    "SELECT id, committee_id, member_id, starts_on, ends_on, is_chair FROM committee_seats"
    " ORDER BY committee_id, starts_on, id",
)


def _interleaved(ours: Callable[[], object], base: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median seconds of ``ours`` and ``base``, run alternately after one warm-up each."""
    ours()
    base()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for work, bucket in ((base, times[1]), (ours, times[0])):
            start = time.perf_counter()
            work()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def large_demo(folder: Path) -> Path:
    from swtgov.services.demo import create_demo

    path = folder / "rooster-groot.swtgov"
    if not path.exists():
        create_demo(path, scale="large", today=AS_OF).close()
    return path


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def bench_signals(path: Path, repeats: int) -> Row:
    from sqlite_utils import Database

    from swtgov.services.rooster import members as rooster

    def ours() -> None:
        conn = _connect(path)
        try:
            found = rooster.signals(Database(conn), AS_OF)
            assert found
        finally:
            conn.close()

    def base() -> None:
        conn = _connect(path)
        try:
            for query in QUERIES:
                conn.execute(query).fetchall()
        finally:
            conn.close()

    mine, plain = _interleaved(ours, base, repeats)
    return ("alle roostersignalen (large, laden + berekenen) / kale sqlite3-query van dezelfde rijen", mine, plain, 3.0)


def _same_rows(path: Path) -> list[list[str]]:
    """The text of every row the rooster PDF shows: table lines, signals, timeline bars."""
    from sqlite_utils import Database

    from swtgov import display
    from swtgov.reports import labels
    from swtgov.reports.rooster.report import _dates
    from swtgov.services.rooster.members import load_rules
    from swtgov.services.rooster.report import report_data
    from swtgov.store.rooster import repo

    conn = _connect(path)
    try:
        db = Database(conn)
        data = report_data(repo.load_rooster(db), load_rules(db), AS_OF)
    finally:
        conn.close()
    rows = [[line.name, _dates(line), f"{line.term_label}\n{line.note}"] for line in [*data.lines, *data.former]]
    rows += [[labels.SEVERITY[s.severity.value], s.subject, s.message, display.date(s.date)] for s in data.signals]
    rows += [[r.name, display.date(b.start), display.date(b.end)] for r in data.timeline.rows for b in r.bars]
    return [row + [""] * (4 - len(row)) for row in rows]


def bench_pdf(path: Path, repeats: int) -> Row:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    from sqlite_utils import Database

    from swtgov.reports.base import FONT
    from swtgov.services.rooster import report as rooster_report

    rows = _same_rows(path)

    def ours() -> None:
        conn = _connect(path)
        try:
            assert rooster_report.build(Database(conn), AS_OF, generated_on=AS_OF).startswith(b"%PDF")
        finally:
            conn.close()

    def base() -> None:
        buffer = io.BytesIO()
        table = Table([["Naam", "Aan- en aftreden", "Termijn", ""], *rows], repeatRows=1)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        SimpleDocTemplate(buffer, pagesize=A4).build([table])

    mine, plain = _interleaved(ours, base, repeats)
    return ("rooster-pdf (tabel, tijdlijn, signalen) / kale ReportLab-tabel van dezelfde rijen", mine, plain, 3.0)


def run(repeats: int = REPEATS) -> list[Row]:
    """The rooster rows for ``tests/benchmarks/run.py``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("SWTGOV_HOME", str(folder / "home"))
        path = large_demo(folder)
        return [bench_signals(path, repeats), bench_pdf(path, repeats)]


if __name__ == "__main__":
    for name, mine, plain, limit in run():
        print(f"{name}: {mine:.4f} s / {plain:.4f} s = {mine / plain:.2f}× (grens {limit:.0f}×)")
