"""Dutch labels printed on the meetings area's PDFs (reports are Dutch documents)."""

from __future__ import annotations

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# --- vergaderpakket -------------------------------------------------------------------
PACK_TITLE = "Vergaderpakket"
PACK_HEADING = "Vergaderpakket {body}"
PACK_WHEN = "{date}, {times}"
PACK_PLACE = "Locatie: {place}"
PACK_VERSION = "Versie {version}, samengesteld op {date}"
PACK_CHANGED = "Gewijzigd sinds versie {version} (verzonden op {date}):"
PACK_CHANGED_NONE = "Ongewijzigd sinds versie {version} (verzonden op {date})."
PACK_CHANGED_MARK = "gewijzigd"
PACK_AGENDA = "Agenda"
PACK_COL_NUMBER = "Nr."
PACK_COL_ITEM = "Agendapunt"
PACK_COL_PAGE = "Pagina"
PACK_NO_DOCUMENTS = "–"
PACK_PRESENTER = "Inbrenger: {name}"
PACK_DOCUMENTS = "Stukken: {titles}"
PACK_FRONT_BOOKMARK = "Voorblad en agenda"
PACK_ITEM_BOOKMARK = "{number}. {title}"
PACK_STAMP_ITEM = "Agendapunt {number}"
PACK_STAMP_FRONT = "Agenda"
PACK_STAMP_LEFT = "{title} {body}, {date}"
PACK_CONTENTS_NOTE = (
    "Het paginanummer in de agenda is de eerste pagina van de stukken bij dat punt; elke pagina van "
    "dit pakket draagt rechtsonder \u201cpagina x van y\u201d en rechtsboven het agendapunt."
)
PACK_APPENDIX_NUMBER = "B"
PACK_APPENDIX_TITLE = "Bijlagen"
PACK_BAD_DOCUMENT = 'Het stuk "{name}" bij agendapunt {number} is geen leesbare PDF ({reason}).'

KIND = {
    "ter besluitvorming": "ter besluitvorming",
    "ter bespreking": "ter bespreking",
    "ter informatie": "ter informatie",
}

# --- notulen ------------------------------------------------------------------------------
MINUTES_TITLE = "Notulen"
MINUTES_TITLE_BODY = "Notulen {body}"
MINUTES_WHEN = "Datum: {date}, {times}"
MINUTES_PLACE = "Locatie: {place}"
MINUTES_PRESENT = "Aanwezig"
MINUTES_ABSENT_MK = "Afwezig met kennisgeving"
MINUTES_ABSENT_ZK = "Afwezig zonder kennisgeving"
MINUTES_GUESTS = "Gasten"
MINUTES_NOTULIST = "Notulist"
MINUTES_CHAIR = "voorzitter"
MINUTES_NOBODY = "niemand"
MINUTES_QUORUM_MET = "Het quorum is bereikt: {present} van de {sitting} zittende leden aanwezig (vereist: {required})."
MINUTES_QUORUM_NOT_MET = ("Het quorum is niet bereikt: {present} van de {sitting} zittende leden aanwezig "
                          "(vereist: {required}); er kunnen geen rechtsgeldige besluiten worden genomen.")
MINUTES_CONFLICT = ("Tegenstrijdig belang: {names} {verb} niet deelgenomen aan de beraadslaging en "
                    "besluitvorming over dit punt.")
MINUTES_CONFLICT_REASON = "Reden: {reason}"
MINUTES_ITEM_QUORUM = "Voor dit punt waren {present} van de {eligible} niet-betrokken leden aanwezig (vereist: {required})."
MINUTES_DECISION = "Besluit {number}: {text}"
MINUTES_NEW_ACTION = "Actie: {what} ({who}{due})"
MINUTES_DUE = ", uiterlijk {date}"
MINUTES_NO_NOTES = "Geen aantekeningen."
MINUTES_DECISIONS = "Besluitenlijst"
MINUTES_DECISIONS_NONE = "In deze vergadering zijn geen besluiten genomen."
MINUTES_ACTIONS = "Actielijst"
MINUTES_ACTIONS_NONE = "Er staan geen actiepunten open."
MINUTES_COL_NUMBER = "Nr."
MINUTES_COL_DECISION = "Besluit"
MINUTES_COL_ITEM = "Punt"
MINUTES_COL_WHAT = "Actie"
MINUTES_COL_WHO = "Wie"
MINUTES_COL_DUE = "Deadline"
MINUTES_COL_ORIGIN = "Herkomst"
MINUTES_ORIGIN_HERE = "deze vergadering"
MINUTES_ORIGIN_EARLIER = "vorige vergadering"
MINUTES_CARRIED_NOTE = "Actiepunten met herkomst \u201cvorige vergadering\u201d zijn overgenomen uit een eerdere vergadering en staan open tot ze gereed zijn."
MINUTES_DONE = "gereed"
MINUTES_CONCEPT = "CONCEPT"
MINUTES_CONCEPT_NOTE = "Concept: deze notulen zijn nog niet vastgesteld."
MINUTES_APPROVED = "Vastgesteld in de vergadering van {date}."
MINUTES_SIGN_CHAIR = "De voorzitter"
MINUTES_SIGN_NOTULIST = "De notulist"
MINUTES_SIGN_NAME = "Naam: {name}"
MINUTES_SIGN_LINE = "Handtekening"

# --- jaarplanning -----------------------------------------------------------------------
PLANNING_TITLE = "Jaarplanning {year}"
PLANNING_SUBTITLE = "Vergaderingen van de Raad van Toezicht en de commissies"
PLANNING_COL_DATE = "Datum"
PLANNING_COL_BODY = "Orgaan"
PLANNING_COL_TIME = "Tijd"
PLANNING_COL_PLACE = "Locatie"
PLANNING_NONE = "Er zijn voor {year} geen vergaderingen gepland."
PLANNING_COUNTS = "Aantal vergaderingen: {counts}."
PLANNING_TIME = "{start}–{end}"
PLANNING_TIME_FROM = "vanaf {start}"
