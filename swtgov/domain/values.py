"""Pure parsers for spreadsheet cell values (see import-formats.md, "Values").

Every parser takes what a CSV reader (``str``) or openpyxl (native values) gives and
returns a domain value, or raises :class:`ValueProblem` with a Dutch reason that reads
well after the quoted value: ``"31-02-2026" is geen geldige datum``.
"""

from __future__ import annotations

import datetime
import math
import re
from decimal import Decimal
from typing import TypeAlias

Cell: TypeAlias = str | int | float | datetime.date | datetime.datetime | None


class ValueProblem(ValueError):
    """A cell value that cannot be read.

    ``str(e)`` is a Dutch reason that reads after the quoted value, e.g.
    ``'is geen geldige datum'``.
    """


EMPTY = "is leeg"
BAD_DATE = "is geen geldige datum"
DATE_HINT = BAD_DATE + "; schrijf bijvoorbeeld 1-10-2026 of 1 oktober 2026"
TWO_DIGIT_YEAR = (
    "heeft een jaartal van twee cijfers; schrijf het jaar voluit, bijvoorbeeld 2026"
)
DATE_WITH_TIME = "bevat een tijd; hier hoort alleen een datum"
MOMENT_HINT = "is geen geldige datum met tijd; schrijf bijvoorbeeld 14-3-2026 9:30"
BAD_TIME = "heeft een ongeldige tijd"
BAD_AMOUNT = "is geen geldig bedrag"
TOO_MANY_DECIMALS = "heeft meer dan twee decimalen"
BAD_BOOL = "is geen ja/nee-waarde (gebruik ja of nee)"
BAD_INT = "is geen geheel getal"
BAD_ORDINAL = "is geen termijnnummer (gebruik 1, 2, … of eerste, tweede, …)"
CONTROL_CHARACTER = "bevat een onzichtbaar stuurteken ({code}); haal het weg"
TOO_LARGE_INT = "is te groot voor een getal"
TOO_LONG = "is {length} tekens lang; hier passen er hoogstens {limit}"
TOO_LARGE_AMOUNT = "is te groot; een bedrag is hoogstens € 9.999.999.999.999.999,99 (positief of negatief)"

#: the longest text a field takes: names, titles, and free text (import-formats.md)
NAME_LENGTH = 200
TITLE_LENGTH = 300
TEXT_LENGTH = 10_000
#: whole numbers without their own range stay within this (and so within SQLite's 64 bits)
INT_LIMIT = 999_999_999
#: the largest term number
ORDINAL_LIMIT = 99
#: the largest amount, in cents
AMOUNT_LIMIT = 999_999_999_999_999_999
#: characters no text may hold: C0 controls except tab and line breaks, and DEL
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: a text starting with one of these is a formula to a spreadsheet (OWASP: CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: the Dutch month names, January first: the one copy in swtgov
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
               "augustus", "september", "oktober", "november", "december")  # fmt: skip
#: the ordinals a term number may be written as: the one copy in swtgov
ORDINAL_WORDS = (
    "eerste", "tweede", "derde", "vierde", "vijfde",
    "zesde", "zevende", "achtste", "negende", "tiende",
)  # fmt: skip


def message_date(day: datetime.date) -> str:
    """``1 maart 2027``: for the Dutch sentences of the domain (screens and paper use babel,
    through :mod:`swtgov.display`, which the domain may not import)."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_ORDINALS = ORDINAL_WORDS
_WEEKDAY = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|ma|di|wo|do|vr|za|zo)\.?,?\s+)?"
)
_ISO_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d+)")
_NAMED_DATE = re.compile(_WEEKDAY + r"(\d{1,2})[\s-]*([a-z]+)\.?[\s-]*(\d+)")
_TIME_TAIL = re.compile(
    r"(?P<date>.+?)(?:\s+|t)(?P<h>\d{1,2})[:.](?P<m>\d{2})"
    r"(?:[:.](?P<s>\d{2})(?:[.,](?P<f>\d{1,6}))?)?(?:\s*u(?:ur)?)?"
)
_AMOUNT = re.compile(
    r"(?P<s1>[-+])?\s*(?P<c1>€|euro?)?\s*(?P<s2>[-+])?\s*"
    r"(?P<num>\d[\d., ]*?(?:,-{1,2})?)\s*(?P<c2>€|euro?)?"
)
_DUTCH = re.compile(r"(?P<i>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<f>\d+))?")
_ENGLISH = re.compile(r"(?P<i>\d{1,3}(?:,\d{3})+)(?:\.(?P<f>\d+))?|(?P<j>\d+)\.(?P<g>\d+)")
_SPACE_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?")
_INT = re.compile(r"[-+]?(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)")
_ORDINAL = re.compile(
    r"(?:termijn\s*)?(?:(?P<n>\d+)\s*(?:e|ste|de|st|nd|rd|th)?|(?P<w>"
    + "|".join(_ORDINALS)
    + r"))(?:\s*termijn)?"
)
_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0"}
_EXCEL_EPOCH = datetime.datetime(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958466  # first serial past 9999-12-31


def is_empty(value: Cell) -> bool:
    """Whether a cell holds nothing: ``None`` or a whitespace-only string."""
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: str) -> str:
    """Lower-case, trimmed text with every run of whitespace (incl. NBSP) as one space."""
    return " ".join(value.split()).lower()


def _from_serial(serial: int | float) -> datetime.datetime:
    """An Excel serial number (1900 date system) as a datetime, to the nearest second."""
    if not 1 <= serial < _EXCEL_MAX_SERIAL or 60 <= serial < 61:  # also refuses NaN
        raise ValueProblem(BAD_DATE)  # serial 60 is Excel's fictitious 29 February 1900
    days = math.floor(serial)
    seconds = round((serial - days) * 86400)
    epoch = _EXCEL_EPOCH if serial >= 61 else _EXCEL_EPOCH + datetime.timedelta(days=1)
    return epoch + datetime.timedelta(days=days, seconds=seconds)


def _date_from_text(text: str) -> datetime.date:
    """A date from normalised text without a time part."""
    if m := _ISO_DATE.fullmatch(text):
        year, month, day = m[1], m[3], m[4]
    elif m := _NUMERIC_DATE.fullmatch(text):
        day, month, year = m[1], m[3], m[4]
    elif (m := _NAMED_DATE.fullmatch(text)) and m[2] in _MONTHS:
        day, month, year = m[1], str(_MONTHS[m[2]]), m[3]
    else:
        raise ValueProblem(DATE_HINT)
    if len(year) == 2:
        raise ValueProblem(TWO_DIGIT_YEAR)
    if len(year) != 4:
        raise ValueProblem(BAD_DATE)
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueProblem(BAD_DATE) from None


def _split_time(text: str) -> tuple[str, datetime.time | None]:
    """Split normalised text into its date part and its time, if it ends in one."""
    m = _TIME_TAIL.fullmatch(text)
    if m is None:
        return text, None
    micro = int((m["f"] or "0").ljust(6, "0"))
    try:
        return m["date"], datetime.time(int(m["h"]), int(m["m"]), int(m["s"] or 0), micro)
    except ValueError:
        raise ValueProblem(BAD_TIME) from None


def parse_date(value: Cell) -> datetime.date:
    """Read a date; day first, always.

    Accepts ISO (``2026-10-01``), day-month-year with ``-``, ``/`` or ``.``, Dutch month
    names or abbreviations (``1 okt. 2026``), a native date or datetime, an Excel serial
    number, and a date-with-time text whose time is midnight (as some tools export).

    Raises:
        ValueProblem: empty, unrecognised, impossible, or with a two-digit year.
    """
    if value is None or is_empty(value):
        raise ValueProblem(EMPTY)
    if isinstance(value, datetime.date):
        return value.date() if isinstance(value, datetime.datetime) else value
    if isinstance(value, bool):
        raise ValueProblem(BAD_DATE)
    if isinstance(value, int | float):
        return _from_serial(value).date()
    date_text, time = _split_time(_text(value))
    if time is not None and time != datetime.time(0):
        raise ValueProblem(DATE_WITH_TIME)
    return _date_from_text(date_text)


def parse_moment(value: Cell) -> datetime.datetime:
    """Read a date and time as a naive local datetime; a date alone means 00:00.

    The time follows the date after a space or ``T``, with ``:`` or ``.`` between hours
    and minutes and optional seconds: ``14-3-2026 9:30``, ``2026-03-14T09:30:00``,
    ``14 maart 2026 9.30``. Native datetimes and Excel serial numbers are accepted.

    Raises:
        ValueProblem: empty, or the date or the time is not valid.
    """
    if value is None or is_empty(value):
        raise ValueProblem(EMPTY)
    if isinstance(value, datetime.datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time(0))
    if isinstance(value, bool):
        raise ValueProblem(MOMENT_HINT)
    if isinstance(value, int | float):
        return _from_serial(value)
    date_text, time = _split_time(_text(value))
    try:
        day = _date_from_text(date_text)
    except ValueProblem as problem:
        raise ValueProblem(MOMENT_HINT if str(problem) == DATE_HINT else str(problem)) from None
    return datetime.datetime.combine(day, time or datetime.time(0))


def _cents(number: Decimal) -> int:
    """Whole cents of a Decimal with at most two decimals."""
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise ValueProblem(TOO_MANY_DECIMALS)
    return int(number * 100)


def parse_amount(value: Cell) -> int:
    """Read an amount in euros as exact integer cents.

    Dutch notation comes first (``1.234`` is 1234 euros, ``1.234,56``, ``€ 25,-``);
    a value only valid in English notation (``1,234.56``) is read as English. A sign,
    ``€``/``EUR``, brackets for negative, and spaces or NBSPs between thousands are
    allowed. ``1,234`` is Dutch 1,234 euro and so has too many decimals.

    Raises:
        ValueProblem: empty, not an amount, or more than two decimals.
    """
    if value is None or is_empty(value):
        raise ValueProblem(EMPTY)
    if isinstance(value, bool | datetime.date):
        raise ValueProblem(BAD_AMOUNT)
    if isinstance(value, int):
        return _within(value * 100)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueProblem(BAD_AMOUNT)
        try:
            return _within(_cents(Decimal(repr(value))))
        except ValueProblem as problem:  # e.g. 0.30000000000000004; Excel keeps 15 significant digits
            if str(problem) == TOO_LARGE_AMOUNT:
                raise
            return _within(_cents(Decimal(format(value, ".15g"))))
    text = _text(value).replace("\u2212", "-").replace("–", "-")
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1].strip()
    m = _AMOUNT.fullmatch(text)
    if m is None or (m["s1"] and m["s2"]) or (m["c1"] and m["c2"]):
        raise ValueProblem(BAD_AMOUNT)
    sign = m["s1"] or m["s2"]
    if negative and sign:
        raise ValueProblem(BAD_AMOUNT)
    negative = negative or sign == "-"
    num = m["num"]
    whole_euros = re.search(r",-{1,2}$", num)
    if whole_euros:
        num = num[: whole_euros.start()]
        if "," in num:
            raise ValueProblem(BAD_AMOUNT)
    if " " in num:
        if not _SPACE_GROUPS.fullmatch(num):
            raise ValueProblem(BAD_AMOUNT)
        num = num.replace(" ", "")
    if d := _DUTCH.fullmatch(num):
        whole, fraction = d["i"].replace(".", ""), d["f"]
    elif not whole_euros and (e := _ENGLISH.fullmatch(num)):
        whole, fraction = (e["i"] or e["j"]).replace(",", ""), e["f"] or e["g"]
    else:
        raise ValueProblem(BAD_AMOUNT)
    if len(whole) > 20:
        raise ValueProblem(TOO_LARGE_AMOUNT)
    cents = _within(_cents(Decimal(f"{whole}.{fraction or '0'}")))
    return -cents if negative else cents


def parse_bool(value: Cell) -> bool:
    """Read yes/no: ja/nee, j/n, yes/no, y/n, true/false, waar/onwaar, 1/0, x; empty is no.

    Raises:
        ValueProblem: any other value.
    """
    if value is None or is_empty(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = _text(value)
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
    raise ValueProblem(BAD_BOOL)


def _bounds(number: int, minimum: int | None, maximum: int | None) -> int:
    """The number itself when within the optional bounds."""
    if minimum is not None and maximum is not None:
        if not minimum <= number <= maximum:
            raise ValueProblem(f"moet tussen {minimum} en {maximum} liggen")
    elif minimum is not None and number < minimum:
        raise ValueProblem(f"moet minstens {minimum} zijn")
    elif maximum is not None and number > maximum:
        raise ValueProblem(f"mag hoogstens {maximum} zijn")
    return number


def parse_int(value: Cell, minimum: int | None = None, maximum: int | None = None) -> int:
    """Read a whole number, optionally within inclusive bounds.

    Accepts ``'3'``, ``' 3 '``, ``3``, ``3.0`` and Dutch thousands (``1.250``, ``1 250``).

    Raises:
        ValueProblem: empty, not a whole number, or outside the bounds.
    """
    if value is None or is_empty(value):
        raise ValueProblem(EMPTY)
    if isinstance(value, bool | datetime.date):
        raise ValueProblem(BAD_INT)
    if isinstance(value, float) and not value.is_integer():
        raise ValueProblem(BAD_INT)
    if isinstance(value, int | float):
        return _bounds(int(value), minimum, maximum)
    text = " ".join(value.split())
    if len(text) > 400:  # spares int() a 5,000-digit number (Python refuses past 4,300)
        raise ValueProblem(TOO_LARGE_INT)
    if not _INT.fullmatch(text):
        raise ValueProblem(BAD_INT)
    return _bounds(int(re.sub(r"[. ]", "", text)), minimum, maximum)


def parse_list(value: Cell) -> list[str]:
    """Split a cell on ``,`` (and line breaks), trimmed, empty items dropped.

    Whitespace inside an item is collapsed to one space; a number becomes its text.
    """
    if value is None or is_empty(value):
        return []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    items = (" ".join(item.split()) for item in re.split(r"[,\n\r]", text))
    return [item for item in items if item]


def parse_ordinal(value: Cell) -> int:
    """Read a term number: ``2``, ``2e``, ``tweede``, ``2e termijn``, ``Tweede termijn``.

    Words go up to ``tiende``; digits have no upper limit.

    Raises:
        ValueProblem: empty, not a term number, or below 1.
    """
    if value is None or is_empty(value):
        raise ValueProblem(EMPTY)
    if isinstance(value, bool | datetime.date):
        raise ValueProblem(BAD_ORDINAL)
    if isinstance(value, float):
        number = int(value) if value.is_integer() else 0
    elif isinstance(value, int):
        number = value
    elif len(value) <= 40 and (m := _ORDINAL.fullmatch(_text(value))):
        number = int(m["n"]) if m["n"] else _ORDINALS.index(m["w"]) + 1
    elif len(value) > 40 and re.fullmatch(r"\s*\d+\s*", value):
        number = ORDINAL_LIMIT + 1
    else:
        number = 0
    if number < 1:
        raise ValueProblem(BAD_ORDINAL)
    if number > ORDINAL_LIMIT:
        raise ValueProblem(f"is geen termijnnummer: een termijn ligt tussen 1 en {ORDINAL_LIMIT}")
    return number


def ordinal_word(n: int) -> str:
    """The Dutch ordinal for a term number: 1 -> 'eerste', 10 -> 'tiende', 11 -> '11e'.

    Raises:
        ValueError: n is below 1.
    """
    if n < 1:
        raise ValueError(f"geen rangtelwoord voor {n}")
    return _ORDINALS[n - 1] if n <= len(_ORDINALS) else f"{n}e"


def _within(cents: int) -> int:
    """Cents within :data:`AMOUNT_LIMIT` (and so within SQLite's 64-bit integers)."""
    if abs(cents) > AMOUNT_LIMIT:
        raise ValueProblem(TOO_LARGE_AMOUNT)
    return cents


def control_character(text: str) -> str | None:
    """The first forbidden control character in ``text``, as ``U+0007`` (None: none)."""
    match = _CONTROL.search(text)
    return f"U+{ord(match.group()):04X}" if match else None


def check_text(text: str, limit: int = TEXT_LENGTH) -> str:
    """``text`` itself when it has no control character and is at most ``limit`` long.

    Raises:
        ValueProblem: a control character (it breaks every later xlsx export), or too long.
    """
    code = control_character(text)
    if code:
        raise ValueProblem(CONTROL_CHARACTER.format(code=code))
    if len(text) > limit:
        raise ValueProblem(TOO_LONG.format(length=f"{len(text):,}".replace(",", "."), limit=f"{limit:,}".replace(",", ".")))
    return text


def _formula_like(text: str) -> bool:
    """Starts with apostrophes (possibly none) and then a formula character."""
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_START


def neutralised(text: str, for_csv: bool) -> str:
    """A text cell as an export writes it, so that no spreadsheet runs it as a formula.

    CSV: a leading ``'`` before a text that starts with ``= + - @``, tab or CR (OWASP),
    also before one that already starts with ``'`` and then such a character, so that
    :func:`unneutralised` gives back exactly the text. xlsx cells are written as text
    (no formula), so only the second case gets the ``'`` there.
    """
    if not _formula_like(text):
        return text
    if for_csv or text.startswith("'"):
        return "'" + text
    return text


def unneutralised(text: str) -> str:
    """The import's inverse of :func:`neutralised`: one leading ``'`` goes only where
    apostrophes and then a formula character follow (``'s-Hertogenbosch`` stays)."""
    if text.startswith("'") and _formula_like(text[1:]) and text[1:2] in ("'", *FORMULA_START):
        return text[1:]
    return text
