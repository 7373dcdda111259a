"""Dutch labels of the confidential registers' reports (reports are Dutch documents)."""

from __future__ import annotations

COUNSELLOR_TITLE = "Vertrouwenspersoon: jaarcijfers {year}"
WHISTLEBLOWER_TITLE = "Klokkenluidersmeldingen {year}"
BREACHES_TITLE = "Register van datalekken {year}"
PACK_TITLE = "Vertrouwelijke registers: kerncijfers {year}"
YEAR_TO_DATE = "Jaar {year}, tot en met {date}"
WHOLE_YEAR = "Kalenderjaar {year}"

COUNSELLOR_INTRO = "{comparison}. Samen {consultations}."
COUNSELLOR_BY_CATEGORY = "Meldingen per categorie"
COUNSELLOR_BY_OUTCOME = "Afloop"
COUNSELLOR_NOTE = (
    "Het register van de vertrouwenspersoon is anoniem: het bevat geen namen en geen omschrijvingen. "
    "Een melding kan in meer dan één categorie vallen. {mask}"
)
MASK_NOTE = "Aantallen kleiner dan {n} staan als \u201c< {n}\u201d, zodat niemand herkenbaar wordt."
NO_MASK = "Alle aantallen staan voluit."
UNDESIRABLE = "Ongewenste omgangsvormen"
RUNNING = "nog lopend"
COL_CATEGORY = "Categorie"
COL_OUTCOME = "Afloop"
COL_TOTAL = "Totaal"
TOTAL_REPORTS = "Aantal meldingen"

WB_INTRO = "{comparison}."
WB_ALL_MET = "Alle termijnen zijn gehaald."
WB_NOT_MET = "Niet alle termijnen zijn gehaald: {details}."
WB_ACK_LATE = ("ontvangstbevestiging", "ontvangstbevestigingen")
WB_FEEDBACK_LATE = ("terugkoppeling", "terugkoppelingen")
WB_LATE = "{what} te laat"
WB_RUNNING = "Bij {what} loopt een termijn nog."
WB_MELDING = ("melding", "meldingen")
WB_COUNTS = "Kerncijfers"
WB_BY_CHANNEL = "Per kanaal"
WB_DEADLINES = "Termijnen per melding"
WB_DEADLINES_NOTE = (
    "Ontvangstbevestiging binnen 7 dagen na ontvangst; terugkoppeling binnen 3 maanden na de "
    "ontvangstbevestiging (of na de termijn daarvan), eenmaal te verlengen met ten hoogste 3 maanden. "
    "Het register bewaart geen identiteit van melders; onderwerpen staan niet in dit rapport."
)
WB_RECEIVED = "Ontvangen meldingen"
WB_ACK_IN_TIME = "Ontvangst binnen 7 dagen bevestigd"
WB_FEEDBACK_IN_TIME = "Terugkoppeling binnen de termijn"
WB_EXTENDED = "Termijn voor terugkoppeling verlengd"
COL_NUMBER = "Nr."
COL_RECEIVED = "Ontvangen"
COL_ACK_DUE = "Bevestigen uiterlijk"
COL_ACK_ON = "Bevestigd"
COL_FEEDBACK_DUE = "Terugkoppelen uiterlijk"
COL_FEEDBACK_ON = "Teruggekoppeld"
COL_STATUS = "Status"
COL_CHANNEL = "Kanaal"
COL_COUNT = "Aantal"
IN_TIME = "op tijd"
LATE = "te laat"
PENDING = "loopt"
EXTENDED = " (verlengd)"

BREACHES_NOTE = (
    "Elk datalek staat in dit register, gemeld of niet (AVG artikel 33 lid 5). De termijn voor melding "
    "bij de Autoriteit Persoonsgegevens is 72 uur na ontdekking. Omschrijvingen en betrokkenen staan "
    "alleen in het register zelf."
)
BREACHES_COUNTS = (
    "Binnen 72 uur gemeld: {in_time} van {notified}. Zonder besluit over melden: {undecided}. "
    "Met bijzondere persoonsgegevens of BSN: {special}. Betrokkenen geïnformeerd: {informed}."
)
BREACHES_NONE = "Er zijn in deze periode geen datalekken geregistreerd."
COL_DISCOVERED = "Ontdekt"
COL_CAUSE = "Oorzaak"
COL_PEOPLE = "Betrokkenen"
COL_AP = "Gemeld bij AP"
COL_IN_TIME = "Binnen 72 uur"
YES = "ja"
NO = "nee"
NO_DECISION = "nog geen besluit"
NOT_APPLICABLE = "n.v.t."
LATE_WITH_REASON = "nee (reden vastgelegd)"
UNKNOWN = "onbekend"

PACK_INTRO = (
    "Geaggregeerde cijfers uit de vertrouwelijke registers. Details staan alleen in de registers "
    "zelf en komen niet in het vergaderpakket."
)
PACK_COUNSELLOR = "Vertrouwenspersoon"
PACK_WHISTLEBLOWER = "Klokkenluidersmeldingen"
PACK_BREACHES = "Datalekken"
PACK_STATUSES = "Stand van de meldingen: {statuses}."
