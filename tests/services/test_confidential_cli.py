"""The registers on the command line: ``report … --year``, ``import``, ``export``."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from swtgov import cli
from swtgov.services import areas
from swtgov.services.confidential import AREA, demo
from swtgov.store.confidential import repo
from swtgov.store.confidential.schema import create
from swtgov.store.governance import create_file

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def demo_registers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A file with the area's demo data, and the area in the areas tuple (until areas.py lists it)."""
    if AREA not in areas.AREAS:
        monkeypatch.setattr(areas, "AREAS", areas.AREAS + (AREA,))
    path = tmp_path / "registers.swtgov"
    gf = create_file(path, "Stichting Test")
    if not repo.has_tables(gf.db):
        create(gf.db)
    with gf.change() as audit:
        demo.demo(audit, gf.db, "normal", TODAY)
    gf.close()
    yield path


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.mark.parametrize(("kind", "expected"), [
    ("datalekken", "In 2025 zijn 4 datalekken geregistreerd, waarvan 1 gemeld bij de Autoriteit Persoonsgegevens."),
    ("vertrouwenspersoon", "5 meldingen, 5 meer dan in 2024."),
    ("klokkenluiders", "2 meldingen, 2 meer dan in 2024."),
])  # fmt: skip
def test_report_with_year(demo_registers: Path, tmp_path: Path, kind: str, expected: str,
                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out = tmp_path / f"{kind}.pdf"
    code = cli.main(["report", str(demo_registers), kind, "--year", "2025", "--date", TODAY.isoformat(),
                     "--out", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert expected in pdf_text(out)


def test_report_refuses_an_option_it_does_not_have(demo_registers: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code = cli.main(["report", str(demo_registers), "datalekken", "--quarter", "2", "--out", str(tmp_path / "x.pdf")])
    assert code == 2
    assert "kent de optie --quarter (kwartaal) niet" in capsys.readouterr().err


def test_import_with_a_name_column_exits_1_with_the_anonymity_message(
    demo_registers: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "vp.csv"
    source.write_text("datum;categorie;naam\n12-2-2026;pesten;J. Jansen\n", encoding="utf-8")
    assert cli.main(["import", str(demo_registers), "vertrouwensmeldingen", str(source)]) == 1
    err = capsys.readouterr().err
    assert "De import is geweigerd: 1 probleem gevonden. Er is niets opgeslagen." in err
    assert 'rij 1, kolom "naam": kan iemand identificeren. Het register van de vertrouwenspersoon is anoniem' in err


def test_export_writes_the_import_columns(demo_registers: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    target = tmp_path / "datalekken.csv"
    assert cli.main(["export", str(demo_registers), "datalekken", str(target)]) == 0
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == (
        "ontdekt_op;omschrijving;oorzaak;soorten_gegevens;bijzondere_gegevens;aantal_betrokkenen;gevolgen;"
        "maatregelen;gemeld_ap;gemeld_ap_op;ap_meldnummer;reden_niet_gemeld;reden_te_laat;"
        "betrokkenen_geinformeerd;afgehandeld_op"
    )
    assert len(lines) == 10
    assert lines[-1].startswith("21-11-2026 10:30;Overzicht met cliëntgegevens")
    assert ";nee;64;" in lines[-1] and ";;;" in lines[-1]  # gemeld_ap empty: no decision yet
