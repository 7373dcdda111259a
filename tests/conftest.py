"""Shared fixtures. Everything runs headless and in a private data folder."""

from __future__ import annotations

import os

import swtgov.services  # noqa: F401  (installs the areas: schema steps, settings)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# The suite is deterministic: every run tries the same examples, so CI never fails on a
# new random one. To look for new ones: HYPOTHESIS_PROFILE=explore python -m pytest -q tests/...
# No deadline: on a shared machine a slow example is noise, not a finding.
settings.register_profile("suite", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own swtgov data folder (backups, logs, recent files)."""
    home = tmp_path_factory.mktemp("swtgov-home")
    monkeypatch.setenv("SWTGOV_HOME", str(home))
    return home


@pytest.fixture
def governance_file(tmp_path: Path) -> Iterator["GovernanceFile"]:  # noqa: F821
    """A new, empty governance file, open for writing."""
    from swtgov.store.governance import create_file

    gf = create_file(tmp_path / "test.swtgov", "Stichting Test")
    yield gf
    gf.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file, built once per test run as of :data:`TODAY`; copy before changing."""
    from swtgov.services.demo import create_demo

    folder = tmp_path_factory.mktemp("demo")
    os.environ.setdefault("SWTGOV_HOME", str(folder / "home"))
    gf = create_demo(folder / "demo.swtgov", today=TODAY)
    gf.close()
    return folder / "demo.swtgov"


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo file."""
    import shutil

    target = tmp_path / "demo.swtgov"
    shutil.copyfile(demo_template, target)
    return target
