"""The benchmark suite: every figure as a ratio against a baseline measured in the same run.

    .venv/bin/python tests/benchmarks/run.py [--quick]

This machine is shared and noisy, so absolute times wander; each row compares our
work with a baseline doing the comparable plain thing, measured interleaved, and
reports the median ratio. Not part of the default test suite.
"""

from __future__ import annotations

import importlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import median_time  # noqa: E402

Row = tuple[str, float, float, float]




def large_demo(folder: Path) -> Path:
    """The ``large`` demo file (ten years of history), built once per run."""
    from swtgov.services.demo import create_demo

    path = folder / "groot.swtgov"
    if not path.exists():
        create_demo(path, scale="large").close()
    return path


def bench_startup(folder: Path, repeats: int) -> list[Row]:
    import startup

    app, bare = startup.measure(large_demo(folder), repeats)
    return [("start-up tot eerste getekende venster (large) / kale QMainWindow", app, bare, 1.5)]


def write_risks_xlsx(path: Path, rows: int) -> None:
    """A controller's risk register export of ``rows`` risks."""
    from openpyxl import Workbook

    from swtgov.domain.risks.model import CATEGORIES

    book = Workbook()
    sheet = book.active
    sheet.title = "risicos"
    sheet.append(["code", "titel", "omschrijving", "categorie", "eigenaar", "kans", "impact",
                  "kans_rest", "impact_rest", "maatregelen", "beoordeeld_op", "status"])
    for n in range(rows):
        sheet.append([
            f"R-{n + 1:04d}", f"Risico {n + 1} in de wijkteams", "Omschrijving van het risico " * 3,
            CATEGORIES[n % len(CATEGORIES)], f"Eigenaar {n % 17}", 1 + n % 5, 1 + (n * 3) % 5,
            1 + n % 3, 1 + n % 4, "Maatregel één\nMaatregel twee", f"{1 + n % 28}-{1 + n % 12}-2026", "open",
        ])
    book.save(path)


def bench_import(folder: Path, repeats: int) -> list[Row]:
    from openpyxl import load_workbook

    from swtgov.services.transfer import run_import
    from swtgov.store.governance import create_file

    source = folder / "risicos-5000.xlsx"
    write_risks_xlsx(source, 5000)

    def read_plain() -> None:
        book = load_workbook(source, read_only=True, data_only=True)
        for _ in book.worksheets[0].iter_rows(values_only=True):
            pass
        book.close()

    ours, base = [], []
    for n in range(repeats):
        base.append(median_time(read_plain, 1))
        gf = create_file(folder / f"import-{n}.swtgov", "Stichting Benchmark")
        try:
            start = time.perf_counter()
            summary = run_import(gf, "risicos", source)
            ours.append(time.perf_counter() - start)
            assert summary.created == 5000, summary.describe()
        finally:
            gf.close()
    return [("import 5.000 rijen xlsx (risicos) / openpyxl leest hetzelfde bestand",
             statistics.median(ours), statistics.median(base), 3.0)]


def bench_verify(folder: Path, repeats: int) -> list[Row]:
    """``verify`` (integrity, schema, chain, replay, anchor; one snapshot) against SQLite's
    own full check of the same file, each on a fresh connection, interleaved."""
    import sqlite3

    from swtgov.services.governance import verify

    path = large_demo(folder)

    def bare() -> None:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.close()

    def ours() -> None:
        assert verify(path).ok

    ours()  # the first call builds the schema fingerprint once per process
    base, mine = [], []
    for _ in range(repeats):
        base.append(median_time(bare, 1))
        mine.append(median_time(ours, 1))
    return [("verify (large) / kale PRAGMA integrity_check", statistics.median(mine), statistics.median(base), 3.0)]


def area_benchmarks() -> list[Callable[[], list[Row]]]:
    """Each area's own rows, from ``bench_<area key>.py`` beside this file, in the order of AREAS."""
    from swtgov.services.areas import AREAS

    found = []
    for area in AREAS:
        if (HERE / f"bench_{area.key}.py").exists():
            found.append(importlib.import_module(f"bench_{area.key}").run)
    return found


def main() -> int:
    quick = "--quick" in sys.argv
    repeats = 3 if quick else 7
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["SWTGOV_HOME"] = str(folder / "home")
        rows += bench_startup(folder, repeats)
        rows += bench_import(folder, max(3, repeats // 2))
        rows += bench_verify(folder, repeats)
        for run in area_benchmarks():
            rows += run()
    width = max(len(r[0]) for r in rows)
    print(f"{'meting'.ljust(width)}  {'ons (s)':>9}  {'basis (s)':>9}  {'verhouding':>10}  {'grens':>6}  oordeel")
    failed = 0
    for name, ours, base, limit in rows:
        ratio = ours / base if base else float("inf")
        verdict = "ok" if ratio <= limit else "TE TRAAG"
        failed += verdict != "ok"
        print(f"{name.ljust(width)}  {ours:9.3f}  {base:9.3f}  {ratio:9.2f}×  {limit:5.1f}×  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
