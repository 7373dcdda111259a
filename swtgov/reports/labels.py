"""Dutch labels printed on reports (reports are Dutch documents)."""

from __future__ import annotations

PAGE_OF = "pagina {page} van {pages}"
GENERATED_ON = "Gegenereerd op {date}"
CONFIDENTIAL = "VERTROUWELIJK"
AS_OF = "Peildatum: {date}"
NO_SIGNALS = "Er zijn op deze datum geen signalen."

SEVERITY = {
    "critical": "Kritiek",
    "warning": "Waarschuwing",
    "info": "Ter informatie",
}

AREA = {
    "rooster": "Leden en rooster",
    "risicos": "Risico's",
    "algemeen": "Algemeen",
}

SIGNALS_TITLE = "Overzicht van signalen"
COL_SEVERITY = "Ernst"
COL_AREA = "Onderdeel"
COL_SUBJECT = "Betreft"
COL_MESSAGE = "Signaal"
COL_DATE = "Datum"
