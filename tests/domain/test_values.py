"""Tests for the spreadsheet cell value parsers (import-formats.md, "Values")."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swtgov.domain.values import (
    ORDINAL_LIMIT,
    Cell,
    ValueProblem,
    is_empty,
    ordinal_word,
    parse_amount,
    parse_bool,
    parse_date,
    parse_int,
    parse_list,
    parse_moment,
    parse_ordinal,
)

D = dt.date
T = dt.datetime
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
SHORT_MONTHS = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
TWO_DIGIT_YEAR = (
    "heeft een jaartal van twee cijfers; schrijf het jaar voluit, bijvoorbeeld 2026"
)
DATE_HINT = "is geen geldige datum; schrijf bijvoorbeeld 1-10-2026 of 1 oktober 2026"
MOMENT_HINT = "is geen geldige datum met tijd; schrijf bijvoorbeeld 14-3-2026 9:30"


def dutch_amount(cents: int, *, euro: str = "", minus_first: bool = True) -> str:
    """Format cents the Dutch way: '1.234,56', optionally with a euro sign before it."""
    whole, rest = divmod(abs(cents), 100)
    number = f"{whole:,}".replace(",", ".") + f",{rest:02d}"
    sign = "-" if cents < 0 else ""
    return f"{sign}{euro}{number}" if minus_first else f"{euro}{sign}{number}"


def english_amount(cents: int) -> str:
    """Format cents the English way: '-1,234.56'."""
    whole, rest = divmod(abs(cents), 100)
    return ("-" if cents < 0 else "") + f"{whole:,}.{rest:02d}"


def refuses(parser: object, value: Cell, reason: str) -> None:
    """Assert the parser raises ValueProblem with exactly this reason."""
    with pytest.raises(ValueProblem) as caught:
        parser(value)  # type: ignore[operator]
    assert str(caught.value) == reason


# --- is_empty ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, True), ("", True), ("  ", True), ("\u00a0\t", True), ("x", False), (0, False),
     (0.0, False), (D(2026, 1, 1), False)],
)  # fmt: skip
def test_is_empty(value: Cell, expected: bool) -> None:
    assert is_empty(value) is expected


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-10-01", D(2026, 10, 1)),
        ("2026-1-5", D(2026, 1, 5)),
        ("2026/10/01", D(2026, 10, 1)),
        ("1-10-2026", D(2026, 10, 1)),
        ("01-10-2026", D(2026, 10, 1)),
        ("1/10/2026", D(2026, 10, 1)),
        ("1.10.2026", D(2026, 10, 1)),
        ("  1-10-2026 ", D(2026, 10, 1)),
        ("13-12-2026", D(2026, 12, 13)),
        ("1 oktober 2026", D(2026, 10, 1)),
        ("1 Oktober 2026", D(2026, 10, 1)),
        ("1 OKT 2026", D(2026, 10, 1)),
        ("1 okt 2026", D(2026, 10, 1)),
        ("1 okt. 2026", D(2026, 10, 1)),
        ("1-okt-2026", D(2026, 10, 1)),
        ("1\u00a0okt\u00a02026", D(2026, 10, 1)),
        ("14 mrt 2026", D(2026, 3, 14)),
        ("14 maart 2026", D(2026, 3, 14)),
        ("5 mei 2026", D(2026, 5, 5)),
        ("5 sept 2026", D(2026, 9, 5)),
        ("5 sep. 2026", D(2026, 9, 5)),
        ("29 februari 2028", D(2028, 2, 29)),
        ("donderdag 1 oktober 2026", D(2026, 10, 1)),
        ("2026-10-01 00:00:00", D(2026, 10, 1)),
        ("2026-10-01T00:00", D(2026, 10, 1)),
        (D(2026, 10, 1), D(2026, 10, 1)),
        (T(2026, 10, 1, 14, 30), D(2026, 10, 1)),
        (46296, D(2026, 10, 1)),
        (46296.0, D(2026, 10, 1)),
        (46296.75, D(2026, 10, 1)),
        (1, D(1900, 1, 1)),
        (59, D(1900, 2, 28)),
        (61, D(1900, 3, 1)),
    ],
)
def test_parse_date(value: Cell, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "is leeg"),
        ("", "is leeg"),
        ("   ", "is leeg"),
        ("31-02-2026", "is geen geldige datum"),
        ("29-02-2026", "is geen geldige datum"),
        ("1-13-2026", "is geen geldige datum"),
        ("0-1-2026", "is geen geldige datum"),
        ("2026-02-30", "is geen geldige datum"),
        ("31 april 2026", "is geen geldige datum"),
        ("1-10-202", "is geen geldige datum"),
        ("1-10-20260", "is geen geldige datum"),
        (60, "is geen geldige datum"),
        (0, "is geen geldige datum"),
        (-5, "is geen geldige datum"),
        (float("nan"), "is geen geldige datum"),
        (10**400, "is geen geldige datum"),
        (2958466, "is geen geldige datum"),
        (True, "is geen geldige datum"),
        ("1-10-26", TWO_DIGIT_YEAR),
        ("1/10/26", TWO_DIGIT_YEAR),
        ("1 okt 26", TWO_DIGIT_YEAR),
        ("1-10/2026", DATE_HINT),
        ("1 oktbr 2026", DATE_HINT),
        ("october 1, 2026", DATE_HINT),
        ("morgen", DATE_HINT),
        ("46296", DATE_HINT),
        ("1-10-2026 9:30", "bevat een tijd; hier hoort alleen een datum"),
        ("1-10-2026 25:00", "heeft een ongeldige tijd"),
    ],
)  # fmt: skip
def test_parse_date_refuses(value: Cell, reason: str) -> None:
    refuses(parse_date, value, reason)


def test_value_problem_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="is geen geldige datum"):
        parse_date("31-02-2026")


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_dates_round_trip(day: dt.date) -> None:
    for text in (
        f"{day.day}-{day.month}-{day.year}",
        f"{day:%d-%m-%Y}",
        day.isoformat(),
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{day.day} {SHORT_MONTHS[day.month - 1]}. {day.year}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day}.{day.month}.{day.year}",
    ):
        assert parse_date(text) == day, text


@given(st.dates(min_value=D(1900, 3, 1), max_value=D(9999, 12, 31)))
def test_excel_serials_round_trip(day: dt.date) -> None:
    assert parse_date((day - D(1899, 12, 30)).days) == day


# --- moments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("14-3-2026 9:30", T(2026, 3, 14, 9, 30)),
        ("14-03-2026 09:30", T(2026, 3, 14, 9, 30)),
        ("2026-03-14 09:30", T(2026, 3, 14, 9, 30)),
        ("2026-03-14T09:30:00", T(2026, 3, 14, 9, 30)),
        ("2026-03-14T09:30:15", T(2026, 3, 14, 9, 30, 15)),
        ("2026-03-14 09:30:15.250", T(2026, 3, 14, 9, 30, 15, 250000)),
        ("14 maart 2026 9.30", T(2026, 3, 14, 9, 30)),
        ("14 mrt. 2026 9.30 uur", T(2026, 3, 14, 9, 30)),
        ("14/3/2026 23:59:59", T(2026, 3, 14, 23, 59, 59)),
        ("14.3.2026 0.05", T(2026, 3, 14, 0, 5)),
        ("14-3-2026", T(2026, 3, 14)),
        ("14 maart 2026", T(2026, 3, 14)),
        (T(2026, 3, 14, 9, 30), T(2026, 3, 14, 9, 30)),
        (D(2026, 3, 14), T(2026, 3, 14)),
        (46095.5, T(2026, 3, 14, 12)),
        (46095.395833333336, T(2026, 3, 14, 9, 30)),
        (46095, T(2026, 3, 14)),
    ],
)
def test_parse_moment(value: Cell, expected: dt.datetime) -> None:
    assert parse_moment(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "is leeg"),
        (None, "is leeg"),
        ("14-3-2026 24:00", "heeft een ongeldige tijd"),
        ("14-3-2026 9:60", "heeft een ongeldige tijd"),
        ("31-2-2026 9:30", "is geen geldige datum"),
        ("14-3-26 9:30", TWO_DIGIT_YEAR),
        ("9:30", MOMENT_HINT),
        ("gisteren 9:30", MOMENT_HINT),
        ("14-3-2026 9", MOMENT_HINT),
        (False, MOMENT_HINT),
        (60.5, "is geen geldige datum"),
    ],
)  # fmt: skip
def test_parse_moment_refuses(value: Cell, reason: str) -> None:
    refuses(parse_moment, value, reason)


@given(st.datetimes(min_value=T(1900, 1, 1), max_value=T(2100, 12, 31, 23, 59, 59)))
def test_moments_round_trip(moment: dt.datetime) -> None:
    moment = moment.replace(microsecond=0)
    for text in (
        f"{moment.day}-{moment.month}-{moment.year} {moment.hour}:{moment:%M:%S}",
        moment.isoformat(),
        moment.isoformat(sep=" "),
        f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} {moment:%H.%M.%S}",
    ):
        assert parse_moment(text) == moment, text


# --- amounts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234", 123400),
        ("1.234", 123400),
        ("1.234,56", 123456),
        ("€ 1.234,56", 123456),
        ("€1.234.567", 123456700),
        ("-€12.143.000", -1214300000),
        ("€ -1.234,56", -123456),
        ("(1.234)", -123400),
        ("(€ 1.234,56)", -123456),
        ("- 1.234", -123400),
        ("+1.234", 123400),
        ("1234,5", 123450),
        ("0,05", 5),
        ("0", 0),
        ("-0", 0),
        ("1.234 €", 123400),
        ("EUR 1.234,56", 123456),
        ("eur1234", 123400),
        ("1234 euro", 123400),
        ("€\u00a01.234,56", 123456),
        ("1\u00a0234,56", 123456),
        ("1\u202f234\u202f567,89", 123456789),
        ("1 234 567", 123456700),
        ("€ 25,-", 2500),
        ("€ 1.250,--", 125000),
        ("\u22121.234", -123400),
        ("1,234.56", 123456),
        ("1,234,567.89", 123456789),
        ("1,234,567", 123456700),
        ("1,234.5", 123450),
        ("1234.56", 123456),
        ("12.50", 1250),
        ("0.05", 5),
        ("1.5", 150),
        ("€ 1,234.56", 123456),
        ("1.234.567,8", 123456780),
        ("  12  ", 1200),
        (1234, 123400),
        (-12, -1200),
        (0, 0),
        (1234.56, 123456),
        (1234.5, 123450),
        (0.1 + 0.2, 30),
        (1234.0, 123400),
        (-0.07, -7),
        (1e15, 100000000000000000),
    ],
)
def test_parse_amount(value: Cell, expected: int) -> None:
    assert parse_amount(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "is leeg"),
        ("", "is leeg"),
        (" \u00a0", "is leeg"),
        ("1,234", "heeft meer dan twee decimalen"),
        ("1,500", "heeft meer dan twee decimalen"),
        ("1.234,567", "heeft meer dan twee decimalen"),
        ("0,001", "heeft meer dan twee decimalen"),
        ("1234.567", "heeft meer dan twee decimalen"),
        ("1,234.567", "heeft meer dan twee decimalen"),
        ("1.2345", "heeft meer dan twee decimalen"),
        (0.001, "heeft meer dan twee decimalen"),
        (1234.5678, "heeft meer dan twee decimalen"),
        ("12abc", "is geen geldig bedrag"),
        ("abc", "is geen geldig bedrag"),
        ("€", "is geen geldig bedrag"),
        ("-", "is geen geldig bedrag"),
        ("1.234.56", "is geen geldig bedrag"),
        ("1,234,56", "is geen geldig bedrag"),
        ("1.234,56.78", "is geen geldig bedrag"),
        ("12.34.567", "is geen geldig bedrag"),
        ("1234,", "is geen geldig bedrag"),
        (",50", "is geen geldig bedrag"),
        ("--12", "is geen geldig bedrag"),
        ("-€-12", "is geen geldig bedrag"),
        ("-(12)", "is geen geldig bedrag"),
        ("(-12)", "is geen geldig bedrag"),
        ("€ 12 €", "is geen geldig bedrag"),
        ("12 34", "is geen geldig bedrag"),
        ("1.2E+05", "is geen geldig bedrag"),
        ("$ 12", "is geen geldig bedrag"),
        ("1,5,-", "is geen geldig bedrag"),
        (float("nan"), "is geen geldig bedrag"),
        (float("inf"), "is geen geldig bedrag"),
        (True, "is geen geldig bedrag"),
        (D(2026, 1, 1), "is geen geldig bedrag"),
    ],
)
def test_parse_amount_refuses(value: Cell, reason: str) -> None:
    refuses(parse_amount, value, reason)


CENTS = st.integers(min_value=-(10**15), max_value=10**15)


@given(CENTS)
def test_dutch_amounts_round_trip(cents: int) -> None:
    texts = [
        dutch_amount(cents),
        dutch_amount(cents, euro="€ "),
        dutch_amount(cents, euro="€"),
        dutch_amount(cents, euro="€ ", minus_first=False),
        dutch_amount(cents, euro="\u20ac\u00a0", minus_first=False),
        dutch_amount(cents).replace(".", "\u202f"),
    ]
    if cents < 0:
        texts.append(f"({dutch_amount(-cents, euro='€ ')})")
    if cents % 100 == 0:
        texts.append(dutch_amount(cents)[:-3])
        texts.append(dutch_amount(cents)[:-3] + ",-")
    for text in texts:
        assert parse_amount(text) == cents, text


@given(CENTS)
def test_english_amounts_round_trip(cents: int) -> None:
    for text in (english_amount(cents), english_amount(cents).replace(",", "")):
        assert parse_amount(text) == cents, text


@given(CENTS)
def test_excel_floats_give_exact_cents(cents: int) -> None:
    assert parse_amount(cents / 100) == cents


# --- yes/no --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[(word, True) for word in ("ja", "JA", " Ja ", "j", "yes", "Y", "y", "true", "TRUE",
                                    "waar", "WAAR", "1", "x", "X")],
        *[(word, False) for word in ("nee", "Nee", "n", "no", "N", "false", "FALSE", "onwaar",
                                     "ONWAAR", "0")],
        (None, False), ("", False), ("  ", False),
        (True, True), (False, False), (1, True), (0, False), (1.0, True), (0.0, False),
    ],
)  # fmt: skip
def test_parse_bool(value: Cell, expected: bool) -> None:
    assert parse_bool(value) is expected


@pytest.mark.parametrize(
    "value", ["misschien", "jaa", "2", "-", "ja nee", 2, -1, 0.5, D(2026, 1, 1)]
)
def test_parse_bool_refuses(value: Cell) -> None:
    refuses(parse_bool, value, "is geen ja/nee-waarde (gebruik ja of nee)")


# --- whole numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3), (" 3 ", 3), (3, 3), (3.0, 3), ("-4", -4), ("+4", 4), ("007", 7),
     ("1.250", 1250), ("1\u00a0250", 1250), ("1.000.000", 1000000), (-2.0, -2),
     (10**30, 10**30)],
)  # fmt: skip
def test_parse_int(value: Cell, expected: int) -> None:
    assert parse_int(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "is leeg"),
        ("", "is leeg"),
        ("3.5", "is geen geheel getal"),
        ("3,5", "is geen geheel getal"),
        ("3.0", "is geen geheel getal"),
        ("1,250", "is geen geheel getal"),
        ("drie", "is geen geheel getal"),
        ("3x", "is geen geheel getal"),
        ("- 3", "is geen geheel getal"),
        (3.5, "is geen geheel getal"),
        (float("nan"), "is geen geheel getal"),
        (float("inf"), "is geen geheel getal"),
        (True, "is geen geheel getal"),
        (D(2026, 1, 1), "is geen geheel getal"),
    ],
)
def test_parse_int_refuses(value: Cell, reason: str) -> None:
    refuses(parse_int, value, reason)


@pytest.mark.parametrize(
    ("value", "minimum", "maximum", "expected"),
    [("1", 1, 5, 1), ("5", 1, 5, 5), (3, 1, 5, 3), ("0", 0, None, 0), ("9", None, 9, 9)],
)
def test_parse_int_within_bounds(
    value: Cell, minimum: int | None, maximum: int | None, expected: int
) -> None:
    assert parse_int(value, minimum, maximum) == expected


@pytest.mark.parametrize(
    ("value", "minimum", "maximum", "reason"),
    [
        ("0", 1, 5, "moet tussen 1 en 5 liggen"),
        ("6", 1, 5, "moet tussen 1 en 5 liggen"),
        (6.0, 1, 5, "moet tussen 1 en 5 liggen"),
        ("-1", 0, None, "moet minstens 0 zijn"),
        ("10", None, 9, "mag hoogstens 9 zijn"),
    ],
)
def test_parse_int_outside_bounds(
    value: Cell, minimum: int | None, maximum: int | None, reason: str
) -> None:
    refuses(lambda v: parse_int(v, minimum, maximum), value, reason)


# --- lists ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, []),
        ("", []),
        ("  ", []),
        ("Audit", ["Audit"]),
        ("Audit, Remuneratie", ["Audit", "Remuneratie"]),
        (" Audit ,Remuneratie , ", ["Audit", "Remuneratie"]),
        ("Audit,,Kwaliteit", ["Audit", "Kwaliteit"]),
        ("Audit\nKwaliteit", ["Audit", "Kwaliteit"]),
        ("Audit  en\u00a0Risico", ["Audit en Risico"]),
        (2026, ["2026"]),
        (3.0, ["3"]),
    ],
)
def test_parse_list(value: Cell, expected: list[str]) -> None:
    assert parse_list(value) == expected


# --- term ordinals -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", 1), ("2", 2), (" 2 ", 2), (2, 2), (2.0, 2),
        ("eerste termijn", 1), ("Eerste termijn", 1), ("eerste", 1), ("tweede", 2),
        ("Tweede termijn", 2), ("TWEEDE  TERMIJN", 2), ("2e termijn", 2), ("2e", 2),
        ("1ste termijn", 1), ("3de", 3), ("termijn 2", 2), ("derde termijn", 3),
        ("vierde", 4), ("vijfde", 5), ("zesde", 6), ("zevende", 7), ("achtste", 8),
        ("negende", 9), ("tiende termijn", 10), ("11e termijn", 11), ("12", 12),
    ],
)  # fmt: skip
def test_parse_ordinal(value: Cell, expected: int) -> None:
    assert parse_ordinal(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "is leeg"),
        ("", "is leeg"),
        *[(v, "is geen termijnnummer (gebruik 1, 2, … of eerste, tweede, …)")
          for v in ("0", 0, -1, "elfde", "laatste", "termijn", "2e 3e", "1.5", 1.5, True,
                    D(2026, 1, 1))],
    ],
)  # fmt: skip
def test_parse_ordinal_refuses(value: Cell, reason: str) -> None:
    refuses(parse_ordinal, value, reason)


@pytest.mark.parametrize(
    ("n", "word"), [(1, "eerste"), (2, "tweede"), (3, "derde"), (8, "achtste"), (10, "tiende"),
                    (11, "11e"), (20, "20e")]
)  # fmt: skip
def test_ordinal_word(n: int, word: str) -> None:
    assert ordinal_word(n) == word


def test_ordinal_word_refuses_zero() -> None:
    with pytest.raises(ValueError):
        ordinal_word(0)


@given(st.integers(min_value=1, max_value=ORDINAL_LIMIT))
def test_ordinals_round_trip(n: int) -> None:
    assert parse_ordinal(ordinal_word(n)) == n
    assert parse_ordinal(f"{ordinal_word(n)} termijn".capitalize()) == n


# --- robustness ----------------------------------------------------------------------

PARSERS = (parse_date, parse_moment, parse_amount, parse_bool, parse_int, parse_list,
           parse_ordinal)  # fmt: skip


@given(st.one_of(st.text(), st.text(alphabet="0123456789.,-€ ()/:Tt"), st.integers(),
                 st.floats(), st.datetimes(), st.none()))  # fmt: skip
def test_parsers_only_ever_raise_value_problem(value: Cell) -> None:
    for parser in PARSERS:
        try:
            parser(value)
        except ValueProblem as problem:
            assert str(problem) and str(problem)[0].islower()


def test_the_full_dutch_date_is_babels_for_every_month() -> None:
    """display.date writes the month names itself (no babel before the first paint)."""
    from babel.dates import format_date

    from swtgov import display

    for month in range(1, 13):
        for day in (dt.date(2026, month, 1), dt.date(1999, month, 28)):
            assert display.date(day) == format_date(day, format="d MMMM y", locale="nl_NL")
