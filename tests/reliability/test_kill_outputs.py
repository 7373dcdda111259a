"""Issue 9: SIGKILL during ``backup``, ``review-copy``, ``settings`` and ``new`` never leaves a
damaged file or a half-written output, and our temporaries are gone after the next open.

Each command runs in its own process on a fresh copy and is killed at a random moment
(seeded, so a failure can be replayed), spread over the time a whole run takes.
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

from swtgov.outputs import PREFIX
from swtgov.services.governance import verify
from swtgov.store.governance import open_file
from swtgov.store.paths import backups_dir

KILLS = 8


def _run(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "swtgov", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})


def _duration(args: list[str]) -> float:
    started = time.perf_counter()
    proc = _run(args)
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    return time.perf_counter() - started


def _kill_at_random(args: list[str], rng: random.Random, duration: float) -> None:
    proc = _run(args)
    time.sleep(rng.uniform(0.05, duration * 1.1))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(PREFIX) or p.name.endswith(".partial")]


def _whole(path: Path) -> bool:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def _reopen(path: Path) -> None:
    """The next open: cleans what a killed run of ours left beside the file and its backups."""
    gf = open_file(path, daily_backup=False)
    gf.close()


@pytest.mark.slow
def test_killed_backup_review_copy_settings_and_new(demo_file: Path, tmp_path: Path) -> None:
    rng = random.Random(20261130)
    seen: dict[str, set[str]] = {}

    # backup: the file stays whole, every backup present is whole, no temporaries after the next open
    duration = _duration(["backup", str(demo_file)])
    for _ in range(KILLS):
        _kill_at_random(["backup", str(demo_file)], rng, duration)
        _reopen(demo_file)
        folder = backups_dir(demo_file)
        assert _temporaries(folder) == [], _temporaries(folder)
        assert all(_whole(p) for p in folder.iterdir())
        assert verify(demo_file).ok

    # review-copy: the copy is absent or whole (and passes verify), never half-written
    out = tmp_path / "uit"
    out.mkdir()
    duration = _duration(["review-copy", str(demo_file), "--out", str(out / "eerste.swtgov")])
    for attempt in range(KILLS):
        target = out / f"lees-{attempt}.swtgov"
        _kill_at_random(["review-copy", str(demo_file), "--out", str(target)], rng, duration)
        seen.setdefault("review-copy", set()).add("present" if target.exists() else "absent")
        if target.exists():
            assert verify(target).ok
        _run(["review-copy", str(demo_file), "--out", str(out / f"daarna-{attempt}.swtgov")]).wait(timeout=120)
        assert _temporaries(out) == [], _temporaries(out)

    # settings: the file passes verify; the setting is the old or the new value
    duration = _duration(["settings", str(demo_file), "general.backups_kept", "7"])
    for attempt in range(KILLS):
        value = str(12 + attempt)
        _kill_at_random(["settings", str(demo_file), "general.backups_kept", value], rng, duration)
        result = verify(demo_file)
        assert result.ok, result.problems
        conn = sqlite3.connect(demo_file)
        stored = conn.execute("SELECT value FROM settings WHERE key = 'general.backups_kept'").fetchone()[0]
        conn.close()
        assert stored in (str(11 + attempt), value, "7"), stored
        if stored != value:  # the next attempt expects the one before it
            subprocess.run([sys.executable, "-m", "swtgov", "settings", str(demo_file), "general.backups_kept", value],
                           check=True, capture_output=True)

    # new: the file is absent or a whole governance file, never a 0-byte leftover
    fresh = tmp_path / "nieuw"
    fresh.mkdir()
    duration = _duration(["new", str(fresh / "eerste.swtgov"), "--name", "Stichting Nieuw"])
    for attempt in range(KILLS):
        target = fresh / f"nieuw-{attempt}.swtgov"
        _kill_at_random(["new", str(target), "--name", "Stichting Nieuw"], rng, duration)
        seen.setdefault("new", set()).add("present" if target.exists() else "absent")
        if target.exists():
            assert target.stat().st_size > 0 and verify(target).ok
        _reopen(fresh / "eerste.swtgov")
        assert _temporaries(fresh) == [], _temporaries(fresh)
    for suffix in ("-wal", "-shm"):
        for leftover in fresh.glob(f"*{suffix}"):
            leftover.unlink()
    shutil.rmtree(fresh)
