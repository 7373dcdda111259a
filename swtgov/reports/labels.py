"""Dutch labels printed on reports (reports are Dutch documents)."""

from __future__ import annotations

PAGE_OF = "pagina {page} van {pages}"
GENERATED_ON = "Gegenereerd op {date}"
#: the audit log's controlegetal in the footer (check the file with swtgov verify --anchor)
CHECK_CODE = "controlegetal {code}"
CONFIDENTIAL = "VERTROUWELIJK"
AS_OF = "Peildatum: {date}"
NO_SIGNALS = "Er zijn op deze datum geen signalen."

SEVERITY = {
    "critical": "Kritiek",
    "warning": "Waarschuwing",
    "info": "Ter informatie",
}

SIGNALS_TITLE = "Overzicht van signalen"
COL_SEVERITY = "Ernst"
COL_AREA = "Onderdeel"
COL_SUBJECT = "Betreft"
COL_MESSAGE = "Signaal"
COL_DATE = "Datum"

# --- risicorapportage (risicos) -----------------------------------------------------

RISKS_TITLE = "Risicorapportage"
RISKS_SUMMARY = (
    "Het register telt {total} risico's, waarvan {open} niet gesloten. "
    "Boven de risicobereidheid: {above}. Te late beheersmaatregelen: {overdue}."
)
RISKS_MATRIX_BRUTO = "Risicomatrix bruto (vóór beheersmaatregelen)"
RISKS_MATRIX_NETTO = "Risicomatrix netto (na beheersmaatregelen)"
RISKS_MATRIX_NOTE = (
    "Elk vak toont het aantal risico's en hun codes; gesloten risico's staan niet in de matrix. "
    "De band staat in elk vak, zodat de matrix ook zwart-wit leesbaar is."
)
RISKS_AXIS_KANS = "Kans"
RISKS_AXIS_IMPACT = "Impact"
RISKS_MORE = "+{n}"
RISKS_ABOVE_TITLE = "Boven de risicobereidheid"
RISKS_ABOVE_NONE = "Geen enkel risico ligt boven de risicobereidheid van zijn categorie."
RISKS_REGISTER_TITLE = "Risicoregister, hoogste netto score eerst"
RISKS_MOVEMENTS_TITLE = "Bewegingen sinds het vorige kwartaal"
RISKS_MOVEMENTS_NONE = "Geen risico is in score veranderd sinds het vorige kwartaal."
RISKS_UNCHANGED = "Gelijk gebleven (=): {codes}."
RISKS_NEW = "nieuw"
RISKS_NO_ASSESSMENT = "nog niet beoordeeld"
RISKS_NO_MEASURES = "Geen beheersmaatregelen."
RISKS_OVERDUE = "te laat"
RISKS_DEADLINE = "uiterlijk {date}"
RISKS_STATUS = "status: {status}"
RISKS_TREND_LEGEND = (
    "Trend van de netto score ten opzichte van het vorige kwartaal: ↑ hoger, ↓ lager, = gelijk; "
    "nieuw: geen beoordeling in een eerder kwartaal. Vetgedrukt: boven de risicobereidheid of te laat."
)
RISKS_LEGEND = "Banden: {bands}."
COL_CODE = "Code"
COL_RISK = "Risico"
COL_CATEGORY = "Categorie"
COL_OWNER = "Eigenaar"
COL_BRUTO = "Bruto"
COL_NETTO = "Netto"
COL_APPETITE = "Bereidheid"
COL_BAND = "Band"
COL_TREND = "Trend"
COL_STATUS = "Status"
COL_ASSESSED = "Beoordeeld"
COL_PREVIOUS = "Vorig kwartaal"
COL_NOW = "Nu"
TREND_WORDS = {"↑": "↑ hoger", "↓": "↓ lager", "=": "= gelijk", "": "nieuw"}

# --- rooster van aan- en aftreden ---------------------------------------------------------
ROOSTER_TITLE = "Rooster van aan- en aftreden"
ROOSTER_BOARD = "Samenstelling van de Raad van Toezicht"
ROOSTER_COL_NAME = "Naam"
ROOSTER_COL_DATES = "Aan- en aftreden"
ROOSTER_COL_TERM = "Termijn"
ROOSTER_APPOINTED = "Benoemd per {date}"
ROOSTER_LEAVES = "Aftredend per {date}"
ROOSTER_LEFT = "Afgetreden per {date}"
ROOSTER_REAPPOINTABLE = "herbenoembaar"
ROOSTER_NOT_REAPPOINTABLE = "niet herbenoembaar"
ROOSTER_ROLES_NOTE = "VZ = voorzitter, VVZ = vicevoorzitter."
ROOSTER_RULES = ("Volgens de statuten duurt een termijn ten hoogste {years} jaar en kan een lid ten hoogste "
                 "{max_terms} termijnen zitting hebben, met een maximale zittingsduur van {tenure} jaar.")
ROOSTER_NO_MEMBERS = "Er zijn op deze datum geen zittende leden."
ROOSTER_FORMER = "Afgetreden in de afgelopen twaalf maanden"
ROOSTER_TIMELINE = "Tijdlijn"
ROOSTER_SIGNALS = "Signalen"
ROOSTER_LEGEND_POSSIBLE = "mogelijke herbenoeming"
ROOSTER_LEGEND_EARLY = "vervroegd afgetreden"
ROOSTER_LEGEND_LIMIT = "maximale zittingsduur"
ROOSTER_LEGEND_AS_OF = "peildatum"
ROOSTER_LEGEND_CLUSTER = "gelijktijdig aftreden"
