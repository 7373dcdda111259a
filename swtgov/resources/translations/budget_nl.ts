<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdoptionDialog</name>
    <message>
        <location filename="../../ui/budget/dialogs.py" line="53"/>
        <source>Budget {year} adopted</source>
        <translation>Begroting {year} vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/budget/dialogs.py" line="55"/>
        <source>Not adopted yet</source>
        <translation>Nog niet vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/budget/dialogs.py" line="60"/>
        <source>Adopted by the board on:</source>
        <translation>Vastgesteld door de RvT op:</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../../ui/budget/chart.py" line="46"/>
        <source>Budget to date</source>
        <translation>Begroting t/m kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/budget/chart.py" line="47"/>
        <source>Actuals to date</source>
        <translation>Realisatie t/m kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/budget/chart.py" line="91"/>
        <source>No budget lines.</source>
        <translation>Geen begrotingsposten.</translation>
    </message>
</context>
<context>
    <name>BudgetColumns</name>
    <message>
        <location filename="../../ui/budget/columns.py" line="47"/>
        <source>Income</source>
        <translation>Baten</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="47"/>
        <source>Expenses</source>
        <translation>Lasten</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="47"/>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="51"/>
        <source>Explain</source>
        <translation>Toelichten</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="52"/>
        <source>Explained</source>
        <translation>Toegelicht</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="59"/>
        <source>not reported</source>
        <translation>niet gerapporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="60"/>
        <source>Q{n}: {amount}</source>
        <translation>K{n}: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="68"/>
        <source>Group</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="70"/>
        <source>Line</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="72"/>
        <location filename="../../ui/budget/columns.py" line="94"/>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="74"/>
        <location filename="../../ui/budget/columns.py" line="95"/>
        <source>Budget to date</source>
        <translation>Begroting
t/m kw.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="76"/>
        <location filename="../../ui/budget/columns.py" line="96"/>
        <source>Actuals to date</source>
        <translation>Realisatie
t/m kw.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="78"/>
        <location filename="../../ui/budget/columns.py" line="97"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="80"/>
        <source>No forecast: expected at budget</source>
        <translation>Geen prognose: verwacht op begroting</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="81"/>
        <location filename="../../ui/budget/columns.py" line="98"/>
        <source>Difference €</source>
        <translation>Verschil
€</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="83"/>
        <source>Difference %</source>
        <translation>Verschil
%</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="86"/>
        <source>Flag</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="87"/>
        <source>Double-click to write the explanation</source>
        <translation>Dubbelklik om de toelichting te schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="104"/>
        <source>Total income</source>
        <translation>Som der baten</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="104"/>
        <source>Total expenses</source>
        <translation>Som der lasten</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="104"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="105"/>
        <source>Reserve movements</source>
        <translation>Mutaties reserves</translation>
    </message>
    <message>
        <location filename="../../ui/budget/columns.py" line="105"/>
        <source>Result after appropriation</source>
        <translation>Resultaat na bestemming</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../ui/budget/page.py" line="111"/>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="116"/>
        <source>to quarter {n}</source>
        <translation>t/m kwartaal {n}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="119"/>
        <source>Adoption…</source>
        <translation>Vaststelling…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="121"/>
        <source>Import budget…</source>
        <translation>Begroting importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="123"/>
        <source>Import auditfile…</source>
        <translation>Auditfile importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="125"/>
        <source>Budget report…</source>
        <translation>Begrotingsrapport…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="130"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="177"/>
        <source>Explain…</source>
        <translation>Toelichten…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="252"/>
        <source>No budget yet: import a budget sheet to start.</source>
        <translation>Nog geen begroting: importeer een begroting om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="278"/>
        <source>Adopted by the board on {date}.</source>
        <translation>Vastgesteld door de RvT op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="280"/>
        <source>Adoption by the board not recorded.</source>
        <translation>De vaststelling door de RvT is niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="282"/>
        <source>{n} line(s) past the threshold ({pct} % and {amount}), {open} without explanation.</source>
        <translation>{n} post(en) boven de drempel ({pct} % en {amount}), waarvan {open} zonder toelichting.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="286"/>
        <source>Actuals for quarter {q} are missing: the comparison to date is not judged.</source>
        <translation>De realisatie van kwartaal {q} ontbreekt: de vergelijking tot en met dat kwartaal wordt niet beoordeeld.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="290"/>
        <source>Actuals: {source}.</source>
        <translation>Realisatie: {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="319"/>
        <source>Select a line to see its explanation.</source>
        <translation>Kies een post om de toelichting te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="322"/>
        <source>Within the threshold.</source>
        <translation>Binnen de drempel.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="323"/>
        <source>No explanation.</source>
        <translation>Geen toelichting.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="348"/>
        <source>Explanation {name}</source>
        <translation>Toelichting {name}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="404"/>
        <source>Budget {year} adopted</source>
        <translation>Begroting {year} vastgesteld</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../ui/budget/dialogs.py" line="26"/>
        <source>Explanation: {name}</source>
        <translation>Toelichting: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/dialogs.py" line="29"/>
        <source>This line is within the threshold.</source>
        <translation>Deze post blijft binnen de drempel.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/dialogs.py" line="33"/>
        <source>Why does this line differ from the budget, and what is being done?</source>
        <translation>Waarom wijkt deze post af van de begroting, en wat wordt eraan gedaan?</translation>
    </message>
</context>
</TS>
