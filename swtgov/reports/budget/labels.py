"""Dutch labels of the budget report (kept with the area; shared labels stay in reports/labels.py)."""

from __future__ import annotations

TITLE = "Begroting en realisatie {year}"
SUBTITLE = "Tot en met het {quarter} kwartaal ({end}) · peildatum {as_of}"
ADOPTED = "Begroting vastgesteld door de RvT op {date}."
NOT_ADOPTED = "De vaststelling van deze begroting door de RvT is niet vastgelegd."
SOURCE = "Realisatie: {source}."
INCOMPLETE = (
    "Let op: de realisatie van het {quarter} kwartaal ontbreekt nog; de vergelijking tot en met "
    "dat kwartaal is onvolledig en wordt niet beoordeeld."
)
NO_BUDGET = "Er is geen begroting voor {year} vastgelegd."
SUMMARY = (
    "Resultaat na bestemming tot en met het {quarter} kwartaal: {actual}, begroot {budget}. "
    "Verwacht resultaat na bestemming over het jaar (prognose): {expected}, begroot {year_budget}."
)
THRESHOLD = "Drempel voor een toelichting: een afwijking van minstens {percent} % én minstens {amount}, in beide richtingen."

DEVIATIONS = "Afwijkingen boven de drempel"
NO_DEVIATIONS = "Geen enkele post wijkt meer af dan de drempel."
MISSING_EXPLANATION = "Toelichting ontbreekt."
DEVIATION_TO_DATE = "t/m {quarter} kwartaal: {difference} ({percent}) ten opzichte van {budget}"
DEVIATION_FORECAST = "prognose: {difference} ({percent}) ten opzichte van {budget}"

OVERVIEW = "Overzicht per post"
COL_LINE = "Post"
COL_BUDGET = "Begroting"
COL_BUDGET_TO_DATE = "Begroting t/m {q}"
COL_ACTUAL_TO_DATE = "Realisatie t/m {q}"
COL_FORECAST = "Prognose"
COL_DIFFERENCE = "Verschil €"
COL_PERCENT = "Verschil %"
COL_FLAG = "Signaal"
FLAG_OPEN = "toelichten"
FLAG_EXPLAINED = "toegelicht"

KIND_HEADING = {"baten": "Baten", "lasten": "Lasten", "reserve": "Mutaties bestemmingsreserves"}
SUM_BATEN = "Som der baten"
SUM_LASTEN = "Som der lasten"
RESULT = "Resultaat"
SUM_RESERVES = "Mutaties reserves"
RESULT_AFTER = "Resultaat na bestemming"
SIGNS = (
    "Alle bedragen in hele euro's. Baten en lasten zijn positief; bij de reserves is een onttrekking "
    "positief en een dotatie negatief. Resultaat = baten − lasten; resultaat na bestemming = resultaat "
    "+ mutaties reserves. Verschil = realisatie − begroting (t/m het kwartaal, pro rata)."
)

CHART = "Begroting en realisatie tot en met het {quarter} kwartaal"
CHART_BUDGET = "Begroting t/m kwartaal"
CHART_ACTUAL = "Realisatie t/m kwartaal"
CHART_NOTE = "Per post: de lichte balk is de begroting pro rata, de donkere de realisatie; rechts de realisatie als percentage van de begroting."

FORECAST = "Prognose"
FORECAST_NOTE = "Posten zonder prognose worden verwacht op hun begroting uit te komen."
NO_FORECAST = "Voor dit jaar is nog geen prognose gegeven; verwacht wordt dat elke post op zijn begroting uitkomt."
