<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>HeatmapWidget</name>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="53"/>
        <source>Risk heatmap</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="193"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="198"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="241"/>
        <source>Likelihood {kans} ({kans_label}) × impact {impact} ({impact_label}) = {score}, {band}</source>
        <translation>Kans {kans} ({kans_label}) × impact {impact} ({impact_label}) = {score}, {band}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="247"/>
        <source>No risks in this cell.</source>
        <translation>Geen risico&apos;s in dit vak.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="250"/>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
</context>
<context>
    <name>LevelsBox</name>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="75"/>
        <source>— same as before</source>
        <translation>— gelijk aan vóór</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="86"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="87"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="88"/>
        <source>Before measures:</source>
        <translation>Vóór maatregelen:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="91"/>
        <source>After measures:</source>
        <translation>Na maatregelen:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="126"/>
        <source>Gross score {bruto}, net score {netto}</source>
        <translation>Bruto score {bruto}, netto score {netto}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="128"/>
        <source>The net score is higher than the gross score: after measures a risk is usually smaller.</source>
        <translation>De netto score is hoger dan de bruto score: na maatregelen is een risico gewoonlijk kleiner.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="139"/>
        <source>Edit measure</source>
        <translation>Maatregel wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="139"/>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="152"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="157"/>
        <source>Measure:</source>
        <translation>Maatregel:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="158"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="159"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>NewRiskDialog</name>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="185"/>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="198"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="199"/>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="200"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="201"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="202"/>
        <source>Assessed on:</source>
        <translation>Beoordeeld op:</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../../ui/risks/columns.py" line="32"/>
        <source>No assessment in an earlier quarter to compare with.</source>
        <translation>Geen beoordeling in een eerder kwartaal om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="34"/>
        <source>Net score went up from {before} to {now} (worse)</source>
        <translation>Netto score steeg van {before} naar {now} (slechter)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="35"/>
        <source>Net score went down from {before} to {now} (better)</source>
        <translation>Netto score daalde van {before} naar {now} (beter)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="36"/>
        <source>Net score stayed {now}</source>
        <translation>Netto score bleef {now}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="39"/>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="44"/>
        <source>Above the risk appetite for this category</source>
        <translation>Boven de risicobereidheid voor deze categorie</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="51"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="52"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="54"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="55"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="56"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="58"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="62"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="65"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="68"/>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../ui/risks/editor.py" line="67"/>
        <location filename="../../ui/risks/editor.py" line="221"/>
        <source>Choose a risk in the register or in the heatmap.</source>
        <translation>Kies een risico in het register of in de risicomatrix.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="71"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="72"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="73"/>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="92"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="94"/>
        <source>Undo edits</source>
        <translation>Wijzigingen terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="97"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="98"/>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="99"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="100"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="101"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="113"/>
        <source>Re-assess</source>
        <translation>Opnieuw beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="114"/>
        <source>Adds a dated assessment; the earlier ones stay in the history.</source>
        <translation>Voegt een gedateerde beoordeling toe; de eerdere blijven in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="118"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="119"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="120"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="122"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="123"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="132"/>
        <source>Assessed on:</source>
        <translation>Beoordeeld op:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="140"/>
        <source>History (newest first):</source>
        <translation>Geschiedenis (nieuwste eerst):</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="148"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="149"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="150"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="152"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="154"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="164"/>
        <source>Add measure…</source>
        <translation>Maatregel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="166"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="168"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="268"/>
        <source>Edit risk {code}</source>
        <translation>Risico {code} wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="277"/>
        <source>Re-assess {code}</source>
        <translation>{code} opnieuw beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="294"/>
        <source>Add measure to {code}</source>
        <translation>Maatregel toevoegen aan {code}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="304"/>
        <source>Edit measure of {code}</source>
        <translation>Maatregel van {code} wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="312"/>
        <source>Delete measure</source>
        <translation>Maatregel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="313"/>
        <source>Delete the measure &quot;{text}&quot;? You can undo this with Edit › Undo.</source>
        <translation>De maatregel &quot;{text}&quot; verwijderen? Dit kan worden teruggedraaid met Bewerken › Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="318"/>
        <source>Delete measure of {code}</source>
        <translation>Maatregel van {code} verwijderen</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../ui/risks/page.py" line="73"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="77"/>
        <source>New risk…</source>
        <translation>Nieuw risico…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="79"/>
        <source>Risk report…</source>
        <translation>Risicorapportage…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="89"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="90"/>
        <source>Before measures</source>
        <translation>Vóór beheersmaatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="91"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="92"/>
        <source>After measures</source>
        <translation>Na beheersmaatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="99"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="100"/>
        <source>Show every risk in the register again</source>
        <translation>Toon weer alle risico&apos;s in het register</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="103"/>
        <source>Heatmap:</source>
        <translation>Matrix:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="108"/>
        <source>Closed risks are not in the heatmap. Click a cell to filter the register.</source>
        <translation>Gesloten risico&apos;s staan niet in de matrix. Klik op een vak om het register te filteren.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="166"/>
        <source>Search code, title, description…</source>
        <translation>Zoek op code, titel, omschrijving…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="173"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="176"/>
        <source>Above appetite</source>
        <translation>Boven risicobereidheid</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="245"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="246"/>
        <source>All bands</source>
        <translation>Alle banden</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="247"/>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="264"/>
        <source>As of {date}: {open} open risks, {above} above appetite, {overdue} measures overdue.</source>
        <translation>Per {date}: {open} niet-gesloten risico&apos;s, {above} boven de risicobereidheid, {overdue} maatregelen te laat.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="302"/>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="304"/>
        <source>gross</source>
        <translation>bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="304"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="305"/>
        <source>cell likelihood {kans} × impact {impact} ({which})</source>
        <translation>vak kans {kans} × impact {impact} ({which})</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="377"/>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
</context>
</TS>
