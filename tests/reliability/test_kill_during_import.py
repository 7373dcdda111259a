"""A crash or a kill never corrupts the file: SIGKILL a large import 20 times.

Each time the import runs in its own process on a fresh copy of a governance file and is
killed at a random moment (seeded, so a failure can be replayed). Afterwards the file
passes ``verify`` (integrity and audit log) and the import is either wholly there or
wholly absent.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from swtgov.services.governance import verify
from swtgov.store.governance import create_file

ROWS = 5000
KILLS = 20


def write_csv(path: Path) -> None:
    lines = ["code;titel;categorie;kans;impact;kans_rest;impact_rest;beoordeeld_op;status"]
    for n in range(ROWS):
        lines.append(f"R-{n + 1:04d};Risico {n + 1};financieel;{1 + n % 5};{1 + n % 4};1;1;1-10-2026;open")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def start_import(target: Path, source: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "swtgov", "import", str(target), "risicos", str(source)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ},
    )


def risk_count(path: Path) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM risks").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_during_a_large_import_never_corrupts(tmp_path: Path) -> None:
    source = tmp_path / "risicos.csv"
    write_csv(source)
    empty = create_file(tmp_path / "leeg.swtgov", "Stichting Test")
    empty.close()

    # How long a whole import takes here, to spread the kills over it: a warm-up run
    # first (compiled modules, file cache), then the timed one.
    for name in ("opwarmen", "volledig"):
        first = tmp_path / f"{name}.swtgov"
        shutil.copyfile(empty.path, first)
        started = time.perf_counter()
        proc = start_import(first, source)
        assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
        duration = time.perf_counter() - started
        assert risk_count(first) == ROWS

    rng = random.Random(20261122)
    outcomes = {"absent": 0, "present": 0}
    for attempt in range(KILLS):
        target = tmp_path / f"poging-{attempt}.swtgov"
        shutil.copyfile(empty.path, target)
        proc = start_import(target, source)
        time.sleep(rng.uniform(0.05, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        result = verify(target)
        assert result.ok, f"poging {attempt}: {result.problems[:5]}"
        count = risk_count(target)
        assert count in (0, ROWS), f"poging {attempt}: {count} risico's, half geïmporteerd"
        outcomes["present" if count else "absent"] += 1
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    # the kills did land during the import, not only before or after it
    assert outcomes["absent"] >= 5, outcomes
