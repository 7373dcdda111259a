"""Import kind ``auditfile``: the realisatie per quarter, replaced, never added; refusals in Dutch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from budget_support import add_year, budget_db, line
from budget_xaf_factory import (
    ACCOUNTS,
    Account,
    Journal,
    Line,
    Transaction,
    small_auditfile,
)

from swtgov.domain.budget.money import Money
from swtgov.errors import ImportRejected, SwtgovError
from swtgov.services import areas
from swtgov.services.budget.auditfile import AuditfileKind
from swtgov.services.transfer import run_export, run_import
from swtgov.store.audit import verify_chain, verify_tables
from swtgov.store.budget import repo

LINES = [
    line("baten", "Subsidie gemeente", 1_600_000, year=2025, ledger="8000-8099"),
    line("baten", "Rente", 10, year=2025, ledger="8900"),
    line("lasten", "Personeel", 500_000, year=2025, ledger="4000-4199"),
    line("lasten", "Huisvesting", 120_000, year=2025, ledger="4400"),
    line("lasten", "Automatisering", 5_000, year=2025, ledger="4500"),
    line("lasten", "Afschrijvingen", 40_000, year=2025, actuals=(10_000, None, None, None)),
]


@pytest.fixture(autouse=True)
def auditfile_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(areas, "import_kinds", lambda: {"auditfile": AuditfileKind()})


@pytest.fixture
def gf(governance_file):  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    return governance_file


def actuals(gf) -> dict[str, tuple[int | None, ...]]:  # type: ignore[no-untyped-def]
    return {l.name: tuple(a.cents if a is not None else None for a in l.actuals) for l in repo.load_lines(gf.db, 2025)}


def refused(gf, source: Path) -> list[str]:  # type: ignore[no-untyped-def]
    before = actuals(gf)
    with pytest.raises(ImportRejected) as caught:
        run_import(gf, "auditfile", source)
    assert actuals(gf) == before  # nothing written
    return caught.value.problems


def test_the_quarters_are_written_with_the_sign_of_each_line(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    source = small_auditfile("4.0").write(tmp_path / "exact-2025.xaf")
    summary = run_import(gf, "auditfile", source)
    assert actuals(gf) == {
        "Subsidie gemeente": (40_000_000,) * 4,  # credit − debit
        "Rente": (1, 2, 3, 4),
        "Personeel": (12_500_100, 12_500_200, 12_500_300, 12_500_400),  # 4000 + 4100, debit − credit
        "Huisvesting": (2_950_000,) * 4,  # rent less the credit note
        "Automatisering": (123_456,) * 4,
        "Afschrijvingen": (1_000_000, None, None, None),  # no grootboek: untouched
    }
    assert (summary.rows, summary.updated, summary.unchanged) == (8, 5, 0)
    assert summary.notes == [
        ("XAF 4.0 uit Voorbeeldboekhouding, boekjaar 2025: 44 boekingsregels in 16 transacties op 8 "
        "grootboekrekeningen; de realisatie van kwartaal 1 t/m 4 van 2025 is vervangen (niet opgeteld) voor "
        "5 posten met een grootboek")
    ]
    assert repo.actuals_source(gf.db, 2025).startswith('auditfile "exact-2025.xaf" (Voorbeeldboekhouding, XAF 4.0)')
    assert "Import van \"exact-2025.xaf\" voltooid." in summary.describe()


def test_reimporting_replaces_and_never_adds(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    source = small_auditfile().write(tmp_path / "a.xaf")
    run_import(gf, "auditfile", source)
    first = actuals(gf)
    again = run_import(gf, "auditfile", source)
    assert actuals(gf) == first
    assert (again.updated, again.unchanged) == (0, 5)


def test_a_later_file_replaces_only_the_quarters_it_has(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    run_import(gf, "auditfile", small_auditfile().write(tmp_path / "jaar.xaf"))
    # a file up to the second quarter, with a correction of the first quarter's rent
    early = small_auditfile()
    for journal in early.journals:
        journal.transactions = [t for t in journal.transactions if t.period is not None and t.period <= 6]
    early.journals[1].transactions.append(Transaction("C1", 2, dt.date(2025, 2, 20), [
        Line("4400", 7_500, "D", "Naheffing huur"), Line("1600", 7_500, "C")]))
    run_import(gf, "auditfile", early.write(tmp_path / "q2.xaf"))
    now = actuals(gf)
    assert now["Huisvesting"] == (2_957_500, 2_950_000, 2_950_000, 2_950_000)
    assert now["Rente"] == (1, 2, 3, 4)  # quarters 3 and 4 kept from the first file
    assert now["Afschrijvingen"] == (1_000_000, None, None, None)


def test_a_line_whose_accounts_have_no_lines_in_a_quarter_gets_zero(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, [*LINES, line("lasten", "Inhuur", 1_000, year=2025, ledger="4200-4299",
                                     actuals=(500, 500, 500, 500))])
    run_import(gf, "auditfile", small_auditfile().write(tmp_path / "a.xaf"))
    assert actuals(gf)["Inhuur"] == (0, 0, 0, 0)


def test_dry_run_writes_nothing(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    before = actuals(gf)
    summary = run_import(gf, "auditfile", small_auditfile().write(tmp_path / "a.xaf"), dry_run=True)
    assert summary.dry_run and summary.updated == 5
    assert actuals(gf) == before


def test_a_year_without_a_budget_is_refused(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    assert refused(gf, small_auditfile(year=2026).write(tmp_path / "a.xaf")) == [
        ("er is geen begroting voor 2026, het boekjaar van deze auditfile; importeer of maak eerst de "
        "begroting 2026 (met een grootboek per post)")
    ]


def test_an_unmapped_profit_and_loss_account_is_refused_by_number_and_name(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, [l for l in LINES if l.name != "Automatisering"])
    assert refused(gf, small_auditfile().write(tmp_path / "a.xaf")) == [
        ('grootboekrekening 4500 "Automatisering" (winst-en-verliesrekening, saldo € 4.938,24 debet) hoort bij '
        "geen enkele post van de begroting; voeg haar toe aan de kolom grootboek van een post en importeer de "
        "begroting opnieuw")
    ]


def test_an_unmapped_account_that_nets_to_zero_or_has_no_type_passes(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    file = small_auditfile(accounts=[*ACCOUNTS, Account("4900", "Tussenrekening", "P"), Account("2000", "Memo", None)])
    file.journals[0].transactions.append(Transaction("Z1", 3, dt.date(2025, 3, 1), [
        Line("4900", 500, "D"), Line("4900", 500, "C"), Line("2000", 800, "D"), Line("1100", 800, "C")]))
    summary = run_import(gf, "auditfile", file.write(tmp_path / "a.xaf"))
    assert summary.notes[1] == (
        "1 rekening van gemengde of onbekende soort (geen balans- of winst-en-verliesrekening volgens de "
        "auditfile) bij geen post: niet meegeteld (2000)"
    )


def test_a_balance_account_in_a_grootboek_does_not_count_and_is_said(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, [*LINES[:4], line("lasten", "Automatisering", 5_000, year=2025, ledger="1100, 4500")])
    summary = run_import(gf, "auditfile", small_auditfile().write(tmp_path / "a.xaf"))
    assert summary.warnings == [
        ('rekening 1100 "Bank ING" staat in het grootboek van de post "Automatisering", maar is een '
        "balansrekening; die telt niet mee in de realisatie")
    ]
    assert actuals(gf)["Automatisering"] == (123_456,) * 4


def test_a_budget_without_any_grootboek_is_refused(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, [line("lasten", "Alles", 1_000, year=2025)])
    assert refused(gf, small_auditfile().write(tmp_path / "a.xaf"))[0].startswith(
        "geen enkele post van de begroting 2025 heeft een grootboek; vul de kolom grootboek in"
    )


def test_a_broken_fiscal_year_is_refused(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    file = small_auditfile(fiscal_year="2025-2026", start=dt.date(2025, 7, 1), end=dt.date(2026, 6, 30))
    assert refused(gf, file.write(tmp_path / "a.xaf")) == [
        ("de auditfile beslaat een gebroken boekjaar (2025-2026, vanaf 1 juli 2025); de begroting rekent per "
        "kalenderjaar. Exporteer de auditfile per kalenderjaar.")
    ]


def test_a_file_with_no_lines_is_refused(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    file = small_auditfile(journals=[Journal("MEM", "Memoriaal", [])])
    assert refused(gf, file.write(tmp_path / "a.xaf")) == [
        "de auditfile van 2025 bevat geen boekingsregels; er is niets in te lezen"
    ]


def test_a_file_that_does_not_add_up_writes_nothing(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    count, debit, credit = small_auditfile().sums()
    problems = refused(gf, small_auditfile(totals=(count, debit, credit + 1)).write(tmp_path / "a.xaf"))
    assert problems[0].startswith("totalCredit van de auditfile is € 2.226.948,35")


def test_the_import_is_audited_and_undoable_as_one_step(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    summary = run_import(gf, "auditfile", small_auditfile().write(tmp_path / "a.xaf"))
    assert {step.table for step in summary.steps} == {"budget_lines", "budget_years"}
    assert len([s for s in summary.steps if s.table == "budget_lines"]) == 5
    reported: list[str] = []
    verify_chain(gf.db, reported.append)
    verify_tables(gf.db, reported.append)
    assert reported == []


def test_an_auditfile_cannot_be_exported(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SwtgovError, match="kan alleen worden ingelezen"):
        run_export(gf, "auditfile", tmp_path / "x.xlsx")


def test_the_realisatie_is_money_in_cents(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    run_import(gf, "auditfile", small_auditfile().write(tmp_path / "a.xaf"))
    rent = next(l for l in repo.load_lines(gf.db, 2025) if l.name == "Huisvesting")
    assert rent.actual_to_date(2) == Money(5_900_000)


def test_a_mixed_or_untyped_account_counts_when_a_grootboek_names_it(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2025, LINES)
    accounts = [a for a in ACCOUNTS if a.acc_id not in ("4500", "8900")]
    accounts += [Account("4500", "Automatisering", "M"), Account("8900", "Rentebaten", None)]
    run_import(gf, "auditfile", small_auditfile(accounts=accounts).write(tmp_path / "a.xaf"))
    assert actuals(gf)["Automatisering"] == (123_456,) * 4
    assert actuals(gf)["Rente"] == (1, 2, 3, 4)
