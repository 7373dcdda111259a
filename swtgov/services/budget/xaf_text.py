"""The Dutch reasons an auditfile is refused (see :mod:`swtgov.services.budget.xaf`)."""

from __future__ import annotations

from pathlib import Path
from pyexpat import ExpatError, errors

from swtgov.display import money, number
from swtgov.errors import SwtgovError

EXPORT_AGAIN = "Exporteer de auditfile opnieuw uit het boekhoudpakket."
SUPPORTED = "swtgov leest XAF 3.1, 3.2 en 4.0"

_XML_ERRORS = {
    errors.XML_ERROR_SYNTAX: "syntaxfout",
    errors.XML_ERROR_INVALID_TOKEN: "ongeldig teken",
    errors.XML_ERROR_UNCLOSED_TOKEN: "niet afgesloten element",
    errors.XML_ERROR_PARTIAL_CHAR: "onvolledig teken",
    errors.XML_ERROR_TAG_MISMATCH: "sluitende tag past niet bij de openende tag",
    errors.XML_ERROR_DUPLICATE_ATTRIBUTE: "dubbel attribuut",
    errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: "tekst na het einde van het document",
    errors.XML_ERROR_UNDEFINED_ENTITY: "onbekende entiteit",
    errors.XML_ERROR_RECURSIVE_ENTITY_REF: "recursieve entiteit",
    errors.XML_ERROR_UNKNOWN_ENCODING: "onbekende tekencodering",
    errors.XML_ERROR_INCORRECT_ENCODING: "de tekencodering klopt niet met de XML-declaratie",
    errors.XML_ERROR_UNCLOSED_CDATA_SECTION: "niet afgesloten CDATA-blok",
    errors.XML_ERROR_MISPLACED_XML_PI: "XML-declaratie op de verkeerde plaats",
    errors.XML_ERROR_UNBOUND_PREFIX: "onbekend namespace-voorvoegsel",
    errors.XML_ERROR_XML_DECL: "ongeldige XML-declaratie",
    errors.XML_ERROR_BAD_CHAR_REF: "ongeldige tekenverwijzing",
    errors.XML_ERROR_AMPLIFICATION_LIMIT_BREACH: "te veel uitbreiding van entiteiten",
}
_CODES = {errors.codes[message]: dutch for message, dutch in _XML_ERRORS.items()}
_CUT_OFF = {errors.codes[m] for m in (errors.XML_ERROR_NO_ELEMENTS, errors.XML_ERROR_UNCLOSED_TOKEN,
                                      errors.XML_ERROR_PARTIAL_CHAR, errors.XML_ERROR_UNCLOSED_CDATA_SECTION)}
INVALID_TOKEN = errors.codes[errors.XML_ERROR_INVALID_TOKEN]


class NotUtf8(Exception):
    """The file holds bytes that are not UTF-8 (internal: the reader may try ISO-8859-1)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def open_head(path: Path) -> bytes:
    """The first bytes of the file; a missing, unreadable or empty file is refused here."""
    try:
        with path.open("rb") as stream:
            head = stream.read(512)
    except FileNotFoundError:
        raise SwtgovError(f'Het bestand "{path}" bestaat niet.') from None
    except OSError as problem:
        raise SwtgovError(f'Het bestand "{path}" kan niet worden gelezen: {problem.strerror}.') from None
    if not head:
        from swtgov.errors import ImportRejected

        raise ImportRejected([f'"{path.name}" is leeg; een auditfile bevat een header en boekingen. {EXPORT_AGAIN}'])
    return head


def xml_problem(path: Path, error: ExpatError, *, at_end: bool, seen_root: bool) -> str:
    """Why expat stopped, in Dutch: cut off, not XML at all, or where it broke."""
    where = f"regel {number(error.lineno)}, kolom {error.offset + 1}"
    if at_end and error.code in _CUT_OFF and seen_root:
        return (f'"{path.name}" houdt onverwacht op ({where}): het bestand is afgebroken of '
                f"onvolledig. {EXPORT_AGAIN}")
    if not seen_root:
        return f'"{path.name}" is geen leesbaar XML-bestand en dus geen auditfile ({where}: {_reason(error)}).'
    return f'"{path.name}" is geen geldige XML: {_reason(error)} op {where}. {EXPORT_AGAIN}'


def _reason(error: ExpatError) -> str:
    return _CODES.get(error.code, "ongeldige XML")


def not_utf8(path: Path, line: int, declared: str) -> str:
    return (f'"{path.name}" is volgens de XML-declaratie {declared.upper()}, maar bevat op regel '
            f"{number(line)} tekens die dat niet zijn. {EXPORT_AGAIN}")


def unsupported_encoding(path: Path) -> str:
    return (f'"{path.name}" gebruikt een tekencodering die swtgov niet kan lezen; een auditfile is '
            f"UTF-8 of ISO-8859-1. {EXPORT_AGAIN}")


def entity(path: Path, line: int, kind: str) -> str:
    return (f'"{path.name}" bevat {kind} (regel {number(line)}). Een auditfile heeft die nooit '
            "nodig; uit veiligheid is het bestand niet gelezen.")


def not_auditfile(path: Path, local: str) -> str:
    return f'"{path.name}" is geen XAF-auditfile: het hoofdelement heet "{local}" in plaats van "auditfile".'


def no_namespace(path: Path) -> str:
    return (f'"{path.name}" heeft geen XAF-namespace: dit is waarschijnlijk een oude XAF 1- of '
            f"2-auditfile (CLAIR). {SUPPORTED}; exporteer de auditfile als XAF 3.2 of 4.0.")


def unknown_version(path: Path, namespace: str, version: str | None) -> str:
    if version:
        return f'"{path.name}" is een auditfile van versie {version}; {SUPPORTED}.'
    return f'"{path.name}" heeft een onbekende namespace ("{namespace}"); {SUPPORTED}.'


def where(journal: str | None, transaction: str | None) -> str:
    """``transactie "F12" in dagboek "INK"``."""
    tx = f'transactie "{transaction}"' if transaction else "een transactie zonder nummer"
    return f'{tx} in dagboek "{journal}"' if journal else tx


def unbalanced(place: str, debit: int, credit: int) -> str:
    return (f"{place} is niet in evenwicht: debet {money(debit, with_cents=True)}, "
            f"credit {money(credit, with_cents=True)}.")


def total_mismatch(name: str, stated: int, counted: int, side: str) -> str:
    return (f"{name} van de auditfile is {money(stated, with_cents=True)}, maar de {side}regels tellen op "
            f"tot {money(counted, with_cents=True)}; het bestand klopt niet of is onvolledig.")


def totals_unequal(debit: int, credit: int) -> str:
    return (f"totalDebit ({money(debit, with_cents=True)}) en totalCredit ({money(credit, with_cents=True)}) "
            "van de auditfile zijn niet gelijk.")


def count_mismatch(stated: int, counted: int) -> str:
    return (f"linesCount van de auditfile is {number(stated)}, maar het bestand bevat {number(counted)} "
            "boekingsregels; het bestand klopt niet of is onvolledig.")


def more_problems(count: int) -> str:
    return f"en nog {number(count)} andere problemen"
