"""A plain install is one wheel that carries everything: fonts, translations, templates.

The suite runs on an editable install (fast); this test builds the real wheel, unpacks it
into an empty folder (which is what installing a pure-Python wheel does), and runs swtgov
from there with the source tree out of reach: every report is made and the window's
strings load in Dutch.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    # built from a clean copy: a stale build/ folder in the tree would leak into the wheel
    source = build / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis", "tests", "docs"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, check=False, env={**os.environ, "PIP_NO_INPUT": "1"}, cwd=build,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("swtgov-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        assert f"swtgov/resources/fonts/{font}" in names
    assert "swtgov/resources/fonts/DejaVu-LICENSE.txt" in names
    source_ts = sorted((ROOT / "swtgov" / "resources" / "translations").glob("*.ts"))
    assert source_ts
    for ts in source_ts:
        assert f"swtgov/resources/translations/{ts.stem}.qm" in names, ts.name
    from swtgov.services.areas import import_kinds

    for name in import_kinds():
        template = ROOT / "swtgov" / "resources" / "templates" / f"{name}.xlsx"
        if template.exists():
            assert f"swtgov/resources/templates/{name}.xlsx" in names
    assert not any(n.startswith(("tests/", "tools/", "resources/")) for n in names)


def test_the_unpacked_wheel_makes_every_report_and_speaks_dutch(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "work"
    work.mkdir()
    script = textwrap.dedent(
        f"""
        import datetime as dt, sys
        from pathlib import Path
        import swtgov
        assert swtgov.__file__.startswith({str(site)!r}), swtgov.__file__
        from swtgov.services.demo import create_demo
        from swtgov.services.areas import report_kinds
        from swtgov.services.reports import build_report
        gf = create_demo(Path("demo.swtgov"), today=dt.date(2026, 11, 22))
        made = []
        for name, kind in report_kinds().items():
            if kind.required:
                continue
            data = build_report(gf.db, name, None, as_of=dt.date(2026, 11, 22))
            assert data.startswith(b"%PDF"), name
            made.append(name)
        gf.close()
        from PySide6.QtCore import QCoreApplication
        from swtgov.ui.app import create_application
        app = create_application()
        print(",".join(made))
        print(QCoreApplication.translate("OverviewPage", "Overview"))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(site), SWTGOV_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], cwd=work, capture_output=True, text=True, env=env,
                            check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    made, overview = result.stdout.split()[:2]
    assert {"signalen", "rooster", "risicos"} <= set(made.split(","))
    assert overview == "Overzicht"
