"""Confidentiality is a product requirement: the registers' details stay on their own
page and in their own report. Signals (``swtgov signals --json``), the vergaderpakket's
section and the leesversie hold none of them."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from swtgov import cli
from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.model import CounsellorReport, DataBreach, WhistleblowerReport
from swtgov.services import areas
from swtgov.services.confidential import AREA, registers, report
from swtgov.services.review_copy import make_review_copy
from swtgov.store.confidential import repo
from swtgov.store.confidential.schema import TABLES, create
from swtgov.store.governance import GovernanceFile, create_file

AS_OF = dt.date(2026, 11, 22)
#: a distinctive text from each register, and the words a careless signal might use
DESCRIPTION = "Dossier van cliënt Zwanenburg via WeTransfer gedeeld"
CAUSE = "Verkeerde Zwanenburg-deellink"
DATA_KINDS = "Zwanenburg-gezondheidsgegevens"
SUBJECT = "Fraudevermoeden bij inkoopteam Kroonenberg"
EXTENSION_REASON = "Kroonenberg-onderzoek door extern bureau"
SECRETS = (DESCRIPTION, CAUSE, DATA_KINDS, SUBJECT, EXTENSION_REASON, "Zwanenburg", "Kroonenberg", "WeTransfer")


def _fill(gf: GovernanceFile) -> None:
    if not repo.has_tables(gf.db):  # until services/areas.py lists the area
        create(gf.db)
    with gf.change() as audit:
        registers.save_counsellor(audit, CounsellorReport(None, dt.date(2026, 11, 2), ("discriminatie",), 3, None))
        registers.save_whistleblower(audit, WhistleblowerReport(
            None, dt.date(2026, 11, 18), "mondeling", SUBJECT))  # ack due
        registers.save_whistleblower(audit, WhistleblowerReport(
            None, dt.date(2026, 8, 1), "e-mail", SUBJECT + " (2)", dt.date(2026, 8, 3), None,
            dt.date(2026, 12, 1), EXTENSION_REASON, "in behandeling"))  # feedback due
        registers.save_breach(audit, DataBreach(
            None, dt.datetime(2026, 11, 21, 9, 15, tzinfo=TIMEZONE), DESCRIPTION, CAUSE, DATA_KINDS, True, 12,
            "Zwanenburg-gevolgen", "Zwanenburg-maatregelen"))  # notification due
        registers.save_breach(audit, DataBreach(
            None, dt.datetime(2026, 11, 1, 9, 15, tzinfo=TIMEZONE), DESCRIPTION + " (oud)", CAUSE))  # overdue


@pytest.fixture
def registers_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "vertrouwelijk.swtgov"
    gf = create_file(path, "Stichting Test")
    try:
        _fill(gf)
    finally:
        gf.close()
    yield path


@pytest.fixture
def with_area(monkeypatch: pytest.MonkeyPatch) -> None:
    """The area in the areas tuple (until services/areas.py lists it itself)."""
    if AREA not in areas.AREAS:
        monkeypatch.setattr(areas, "AREAS", areas.AREAS + (AREA,))


def test_signals_json_names_only_register_date_and_deadline(
    registers_file: Path, with_area: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["signals", str(registers_file), "--date", AS_OF.isoformat(), "--json"]) == 0
    printed = capsys.readouterr().out
    ours = [s for s in json.loads(printed) if s["area"] == "vertrouwelijk"]
    assert sorted(s["code"] for s in ours) == [
        "breach_notification_due", "breach_notification_overdue", "whistleblower_ack_due",
        "whistleblower_feedback_due",
    ]  # fmt: skip
    assert {s["subject"] for s in ours} == {
        "Datalek van 21 november 2026", "Datalek van 1 november 2026",
        "Klokkenluidersmelding van 18 november 2026", "Klokkenluidersmelding van 1 augustus 2026",
    }  # fmt: skip
    for secret in SECRETS + ("discriminatie", "mondeling", "e-mail"):
        assert secret not in printed


def test_pack_section_holds_aggregates_only(registers_file: Path) -> None:
    from swtgov.store.governance import open_file

    gf = open_file(registers_file, read_only=True, daily_backup=False)
    try:
        pdf = report.pack_section(gf.db, AS_OF, generated_on=AS_OF)
        register_pdf = report.build_breaches(gf.db, AS_OF, generated_on=AS_OF)
    finally:
        gf.close()
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    compact = " ".join(text.split())
    assert "In 2026 zijn 2 datalekken geregistreerd, waarvan geen gemeld bij de Autoriteit Persoonsgegevens." in compact
    assert "1 melding, 1 meer dan in 2025" in compact
    for secret in SECRETS:
        assert secret not in compact
    # the datalekken report itself (marked VERTROUWELIJK) does name the cause: the check can fail
    register_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(register_pdf)).pages)
    assert CAUSE in " ".join(register_text.split())
    assert "VERTROUWELIJK" in register_text
    assert DESCRIPTION not in " ".join(register_text.split())


def test_leesversie_bytes_hold_no_register_text(registers_file: Path, tmp_path: Path) -> None:
    source = registers_file.read_bytes()
    for secret in (DESCRIPTION, SUBJECT, EXTENSION_REASON):
        assert secret.encode("utf-8") in source  # the source does hold them: the check below can fail
    copy = make_review_copy(registers_file, tmp_path / "leesversie.swtgov")
    data = copy.read_bytes()
    for secret in SECRETS:
        assert secret.encode("utf-8") not in data, secret
    assert AREA.review_tables == ()
    for table in TABLES:
        assert table not in areas.review_tables()


def test_the_vergaderpakket_section_as_the_pack_makes_it_holds_no_register_text(registers_file: Path) -> None:
    from swtgov.services.meetings.sections import SECTIONS, SectionContext
    from swtgov.store.governance import open_file

    section = next(s for s in SECTIONS if s.area == "vertrouwelijk")
    gf = open_file(registers_file, read_only=True, daily_backup=False)
    try:
        context = SectionContext(gf.db, AS_OF, None, AS_OF)  # type: ignore[arg-type]  # the record is not read
        pdf = section.make(context)
    finally:
        gf.close()
    assert pdf is not None
    compact = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Vertrouwelijke registers: kerncijfers 2026" in compact
    for secret in SECRETS + ("discriminatie: 1",):
        assert secret not in compact
