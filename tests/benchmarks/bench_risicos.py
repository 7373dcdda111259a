"""Benchmarks of the risk area, each a ratio against a baseline measured in the same run.

- opening the Risico's page (construct, load, paint) with 1,000 risks × 40 quarterly
  assessments, against the same with 50 risks × 40: it must not grow with history
  and hardly with the number of risks (≤ 2×);
- switching the heatmap bruto ↔ netto, same comparison (≤ 2×);
- the risicorapportage for 1,000 risks against a bare ReportLab table of the same
  rows (≤ 3×).

``run()`` is called by ``tests/benchmarks/run.py``; run this file alone to print the rows.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from timing import median_time  # noqa: E402

Row = tuple[str, float, float, float]
AS_OF = dt.date(2026, 11, 22)
QUARTERS = 40




def build_register(path: Path, risks: int, quarters: int = QUARTERS) -> Path:
    """A governance file with ``risks`` generated risks of ``quarters`` assessments each."""
    from swtgov.services.risks.demo import synthetic_register
    from swtgov.store.governance import create_file

    if not path.exists():
        gf = create_file(path, "Stichting Benchmark")
        try:
            with gf.change() as audit:
                synthetic_register(audit, risks, quarters, AS_OF)
        finally:
            gf.close()
    return path


class _PageBench:
    """One open file and a way to open the risk page on it, as the window does."""

    def __init__(self, path: Path) -> None:
        from swtgov.store.governance import open_file
        from swtgov.ui.session import Session

        self.gf = open_file(path, read_only=True, daily_backup=False)
        self.session = Session()
        self.session.gf = self.gf
        self.session.set_as_of(AS_OF)
        self.page = self.open_page()

    def open_page(self):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        from swtgov.ui.risks.page import RisksPage

        page = RisksPage(self.session)
        page.resize(1000, 740)
        page.show()  # refreshes: the register is read here
        page.repaint()  # paints heatmap, editor and the visible rows now
        QApplication.processEvents()
        return page

    def open_and_close(self) -> None:
        page = self.open_page()
        page.close()
        page.deleteLater()

    def switch(self) -> None:
        page = self.page
        page.set_which("bruto" if page.which == "netto" else "netto")
        page.heatmap.repaint()

    def close(self) -> None:
        self.page.close()
        self.gf.close()


def _bare_table(rows: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Table([["code", "titel", "categorie", "bruto", "netto"], *rows], repeatRows=1)])
    return buffer.getvalue()


def bench_page(folder: Path, repeats: int) -> list[Row]:
    from swtgov.ui.app import create_application

    create_application()
    big = _PageBench(build_register(folder / "risicos-1000.swtgov", 1000))
    small = _PageBench(build_register(folder / "risicos-50.swtgov", 50))
    try:
        opened_big, opened_small, switched_big, switched_small = [], [], [], []
        for _ in range(repeats):  # interleaved, so the machine's mood hits both alike
            opened_small.append(median_time(small.open_and_close, 1))
            opened_big.append(median_time(big.open_and_close, 1))
            switched_small.append(median_time(small.switch, 3))
            switched_big.append(median_time(big.switch, 3))
    finally:
        big.close()
        small.close()
    return [
        ("risicopagina openen: 1.000 risico's × 40 / 50 risico's × 40",
         statistics.median(opened_big), statistics.median(opened_small), 2.0),
        ("risicomatrix bruto/netto wisselen: 1.000 risico's / 50 risico's",
         statistics.median(switched_big), statistics.median(switched_small), 2.0),
    ]  # fmt: skip


def bench_report(folder: Path, repeats: int) -> list[Row]:
    from swtgov.services.risks.register import load_register
    from swtgov.services.risks.report import build
    from swtgov.store.governance import open_file

    gf = open_file(build_register(folder / "risicos-1000.swtgov", 1000), read_only=True, daily_backup=False)
    try:
        entries = load_register(gf.db, AS_OF).entries
        rows = [[e.risk.code, e.risk.title, e.risk.category, str(e.bruto), str(e.netto)] for e in entries]
        ours, base = [], []
        for _ in range(repeats):
            base.append(median_time(lambda: _bare_table(rows), 1))
            ours.append(median_time(lambda: build(gf.db, AS_OF), 1))
    finally:
        gf.close()
    return [("risicorapportage 1.000 risico's / kale ReportLab-tabel van dezelfde rijen",
             statistics.median(ours), statistics.median(base), 3.0)]  # fmt: skip


def run(repeats: int = 5) -> list[Row]:
    """Every risk benchmark as (name, ours in s, baseline in s, allowed ratio)."""
    home = os.environ.get("SWTGOV_HOME")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if home is None:
            os.environ["SWTGOV_HOME"] = str(folder / "home")
        try:
            return bench_page(folder, repeats) + bench_report(folder, max(3, repeats - 2))
        finally:
            if home is None:
                os.environ.pop("SWTGOV_HOME", None)


if __name__ == "__main__":
    for name, ours, base, limit in run():
        print(f"{name}: {ours:.3f} s / {base:.3f} s = {ours / base:.2f}× (grens {limit:.1f}×)")
