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
        <location filename="../../ui/budget/dialogs.py" line="59"/>
        <source>Adopted by the board on:</source>
        <translation>Vastgesteld door de RvT op:</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../../ui/budget/chart.py" line="65"/>
        <source>Budget to date</source>
        <translation>Begroting t/m kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/budget/chart.py" line="66"/>
        <source>Actuals to date</source>
        <translation>Realisatie t/m kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/budget/chart.py" line="134"/>
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
        <location filename="../../ui/budget/page.py" line="107"/>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="112"/>
        <source>to quarter {n}</source>
        <translation>t/m kwartaal {n}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="115"/>
        <source>Adoption…</source>
        <translation>Vaststelling…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="117"/>
        <location filename="../../ui/budget/page.py" line="195"/>
        <source>Import budget…</source>
        <translation>Begroting importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="119"/>
        <source>Import auditfile…</source>
        <translation>Auditfile importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="121"/>
        <source>Budget report…</source>
        <translation>Begrotingsrapport…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="126"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="173"/>
        <source>Explain…</source>
        <translation>Toelichten…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="192"/>
        <source>No budget yet. Import the budget sheet from Excel to start.</source>
        <translation>Nog geen begroting. Importeer de begroting uit Excel om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="193"/>
        <source>One row per line: year, group (baten, lasten, reserve), line and budget; the actuals per quarter may come with it or later from an auditfile.</source>
        <translation>Eén rij per post: jaar, soort (baten, lasten, reserve), post en begroting; de realisatie per kwartaal mag meekomen of later uit een auditfile.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="273"/>
        <source>Adopted by the board on {date}.</source>
        <translation>Vastgesteld door de RvT op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="275"/>
        <source>Adoption by the board not recorded.</source>
        <translation>De vaststelling door de RvT is niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="277"/>
        <source>{n} line(s) past the threshold ({pct} % and {amount}), {open} without explanation.</source>
        <translation>{n} post(en) boven de drempel ({pct} % en {amount}), waarvan {open} zonder toelichting.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="281"/>
        <source>Actuals for quarter {q} are missing: the comparison to date is not judged.</source>
        <translation>De realisatie van kwartaal {q} ontbreekt: de vergelijking tot en met dat kwartaal wordt niet beoordeeld.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="284"/>
        <source>Actuals: {source}.</source>
        <translation>Realisatie: {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="313"/>
        <source>Select a line to see its explanation.</source>
        <translation>Kies een post om de toelichting te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="316"/>
        <source>Within the threshold.</source>
        <translation>Binnen de drempel.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="317"/>
        <source>No explanation.</source>
        <translation>Geen toelichting.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="343"/>
        <source>Explanation {name}</source>
        <translation>Toelichting {name}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="388"/>
        <source>This file is read-only: nothing can be added here.</source>
        <translation>Dit bestand is alleen-lezen: hier kan niets worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="403"/>
        <source>Budget {year} adopted</source>
        <translation>Begroting {year} vastgesteld</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../ui/budget/dialogs.py" line="24"/>
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
    <message>
        <location filename="../../ui/budget/dialogs.py" line="36"/>
        <source>Explanation:</source>
        <translation>Toelichting:</translation>
    </message>
</context>
</TS>
