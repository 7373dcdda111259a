"""Benchmarks of the budget area's auditfile import, as ratios against baselines of the same run.

- importing a generated ~100 MB XAF 3.2 auditfile (a year of a 250-person stichting:
  salaries per employee per month, purchase invoices, bank payments) into a budget
  through ``run_import`` — reading, checking every total and transaction, mapping the
  accounts, writing the quarters — against a bare ``xml.etree.ElementTree.iterparse``
  pass that sums the same transaction lines per account and side (≤ 2×);
- memory: the peak RSS of a process importing the 100 MB file against one importing a
  10 MB file (≤ 1.25×: memory does not grow with the file). Those two figures are MB,
  not seconds.

``run()`` is called by ``tests/benchmarks/run.py``; run this file alone for the rows and
the absolute memory figures (also of the baseline, which does grow with the file).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))  # tests/: the auditfile factory

Row = tuple[str, float, float, float]
NS = "{http://www.auditfiles.nl/XAF/3.2}"

#: the budget lines of the benchmark year and the accounts they sum
LINES = (
    ("baten", "Structurele subsidie gemeente", 21_000_000, "8000-8099"),
    ("baten", "Projectsubsidies", 150_000, "8100-8199"),
    ("baten", "Rente", 2_000, "8900-8999"),
    ("lasten", "Salarissen", 15_000_000, "4000-4099"),
    ("lasten", "Sociale lasten en pensioen", 4_000_000, "4100-4199"),
    ("lasten", "Inhuur derden", 600_000, "4200-4299"),
    ("lasten", "Huisvesting", 900_000, "4300-4399"),
    ("lasten", "Automatisering", 400_000, "4400-4499"),
    ("lasten", "Afschrijvingen", 180_000, "4500-4599"),
    ("lasten", "Overige lasten", 300_000, "4600-4899"),
)


def bare_iterparse(path: Path) -> dict[tuple[str, str], int]:
    """The baseline: one ``iterparse`` pass summing every line's cents per account and side."""
    import xml.etree.ElementTree as ET

    line, acc, amount, side = NS + "trLine", NS + "accID", NS + "amnt", NS + "amntTp"
    sums: dict[tuple[str, str], int] = {}
    for _event, element in ET.iterparse(path):
        if element.tag == line:
            key = (element.findtext(acc, ""), element.findtext(side, ""))
            sums[key] = sums.get(key, 0) + int(element.findtext(amount, "0").replace(".", ""))
            element.clear()
    return sums


def budget_file(path: Path):  # type: ignore[no-untyped-def]
    """A governance file with the 2025 budget whose ``grootboek`` maps every P&L account."""
    from swtgov.domain.budget.ledger import parse_ledger
    from swtgov.domain.budget.model import BudgetLine, Kind
    from swtgov.domain.budget.money import Money
    from swtgov.store.budget import repo
    from swtgov.store.budget.schema import create
    from swtgov.store.governance import create_file

    gf = create_file(path, "Stichting Benchmark")
    if not repo.has_tables(gf.db):  # until the area is listed in AREAS
        create(gf.db)
    with gf.change() as audit:
        repo.ensure_year(audit, 2025, adopted_on=dt.date(2024, 12, 10))
        for n, (kind, name, euros, ledger) in enumerate(LINES):
            repo.insert_line(audit, BudgetLine(None, 2025, Kind(kind), name, Money.euros(euros),
                                               ledger=parse_ledger(ledger), position=n))
    return gf


def _use_auditfile_kind() -> None:
    from swtgov.services import areas

    if "auditfile" not in areas.import_kinds():  # until the area is listed in AREAS
        from swtgov.services.budget.auditfile import AuditfileKind

        areas.import_kinds = lambda: {"auditfile": AuditfileKind()}  # type: ignore[assignment]


def import_once(source: Path, target: Path) -> float:
    """Seconds for one full ``run_import`` of the auditfile into a new budget file."""
    from swtgov.services.transfer import run_import

    _use_auditfile_kind()
    gf = budget_file(target)
    try:
        start = time.perf_counter()
        summary = run_import(gf, "auditfile", source)
        seconds = time.perf_counter() - start
        assert summary.updated == len(LINES), summary.describe()
    finally:
        gf.close()
        target.unlink(missing_ok=True)
    return seconds


def check_same_sums(source: Path, baseline: dict[tuple[str, str], int]) -> None:
    """The import reads exactly the lines the baseline sums."""
    from swtgov.services.budget.xaf import read_auditfile

    file = read_auditfile(source)
    ours = {}
    for acc, totals in file.totals.items():
        ours[(acc, "D")], ours[(acc, "C")] = sum(totals.debit), sum(totals.credit)
    assert {k: v for k, v in ours.items() if v} == {k: v for k, v in baseline.items() if v}


def peak_rss_mb(mode: str, source: Path, folder: Path) -> float:
    """Peak RSS (MB) of a fresh process that imports (``ours``) or bare-parses (``bare``) ``source``."""
    code = subprocess.run(
        [sys.executable, __file__, "--peak", mode, str(source), str(folder / f"peak-{mode}.swtgov")],
        capture_output=True, text=True, check=True, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    return float(json.loads(code.stdout.strip().splitlines()[-1])["peak_mb"])


def _peak_main(mode: str, source: Path, target: Path) -> None:
    if mode == "ours":
        import_once(source, target)
    else:
        bare_iterparse(source)
    print(json.dumps({"peak_mb": _peak_mb()}))


def _peak_mb() -> float:
    """This process's peak resident memory in MB.

    Linux: ``VmHWM`` of the process's own memory map. ``ru_maxrss`` is no good in a child
    process: after fork and exec it keeps the parent's peak at the moment of the fork.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def large_files(folder: Path) -> tuple[Path, Path]:
    from budget_xaf_factory import write_large_auditfile

    big, small = folder / "jaar-100mb.xaf", folder / "jaar-10mb.xaf"
    if not big.exists():
        write_large_auditfile(big, 100)
    if not small.exists():
        write_large_auditfile(small, 10)
    return big, small


def bench_import(folder: Path, repeats: int) -> list[Row]:
    big, small = large_files(folder)
    check_same_sums(big, bare_iterparse(big))
    ours, base = [], []
    for n in range(repeats):  # interleaved: the machine's mood hits both alike
        start = time.perf_counter()
        bare_iterparse(big)
        base.append(time.perf_counter() - start)
        ours.append(import_once(big, folder / f"import-{n}.swtgov"))
    memory_big = peak_rss_mb("ours", big, folder)
    memory_small = peak_rss_mb("ours", small, folder)
    size = big.stat().st_size / 1e6
    return [
        (f"auditfile {size:.0f} MB importeren / kale iterparse die dezelfde regels optelt",
         statistics.median(ours), statistics.median(base), 2.0),
        ("auditfile importeren, piek-RSS in MB: 100 MB-bestand / 10 MB-bestand", memory_big, memory_small, 1.25),
    ]  # fmt: skip


def run(repeats: int = 3) -> list[Row]:
    """The budget rows for ``tests/benchmarks/run.py``: (name, ours, baseline, allowed ratio)."""
    home = os.environ.get("SWTGOV_HOME")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if home is None:
            os.environ["SWTGOV_HOME"] = str(folder / "home")
        try:
            return bench_import(folder, repeats)
        finally:
            if home is None:
                os.environ.pop("SWTGOV_HOME", None)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("SWTGOV_HOME", str(folder / "home"))
        for name, ours, base, limit in bench_import(folder, 3):
            print(f"{name}: {ours:.2f} / {base:.2f} = {ours / base:.2f}× (grens {limit:.2f}×)")
        big, small = large_files(folder)
        for label, path in (("10 MB", small), ("100 MB", big)):
            print(f"piek-RSS {label}: import {peak_rss_mb('ours', path, folder):.0f} MB, "
                  f"kale iterparse {peak_rss_mb('bare', path, folder):.0f} MB")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--peak"]:
        _peak_main(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()
