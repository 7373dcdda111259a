<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>HeatmapWidget</name>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="60"/>
        <source>Risk heatmap</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="200"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="205"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="248"/>
        <source>Likelihood {kans} ({kans_label}) × impact {impact} ({impact_label}) = {score}, {band}</source>
        <translation>Kans {kans} ({kans_label}) × impact {impact} ({impact_label}) = {score}, {band}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="254"/>
        <source>No risks in this cell.</source>
        <translation>Geen risico&apos;s in dit vak.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/heatmap.py" line="257"/>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
</context>
<context>
    <name>LevelsBox</name>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="65"/>
        <source>— same as before</source>
        <translation>— gelijk aan vóór</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="76"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="77"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="78"/>
        <source>Before measures:</source>
        <translation>Vóór maatregelen:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="81"/>
        <source>After measures:</source>
        <translation>Na maatregelen:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="116"/>
        <source>Gross score {bruto}, net score {netto}</source>
        <translation>Bruto score {bruto}, netto score {netto}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="118"/>
        <source>The net score is higher than the gross score: after measures a risk is usually smaller.</source>
        <translation>De netto score is hoger dan de bruto score: na maatregelen is een risico gewoonlijk kleiner.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="133"/>
        <source>Edit measure</source>
        <translation>Maatregel wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="133"/>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="149"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="150"/>
        <source>Leave the deadline empty when there is none.</source>
        <translation>Laat de deadline leeg als er geen is.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="156"/>
        <source>Describe the measure.</source>
        <translation>Beschrijf de maatregel.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="146"/>
        <source>Measure:</source>
        <translation>Maatregel:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="147"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="148"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>NewRiskDialog</name>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="173"/>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="186"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="187"/>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="188"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="189"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="190"/>
        <source>Assessed on:</source>
        <translation>Beoordeeld op:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="197"/>
        <source>Fill in a title.</source>
        <translation>Vul een titel in.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/dialogs.py" line="199"/>
        <source>Choose or type a category.</source>
        <translation>Kies of typ een categorie.</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../../ui/risks/columns.py" line="39"/>
        <source>No assessment in an earlier quarter to compare with.</source>
        <translation>Geen beoordeling in een eerder kwartaal om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="41"/>
        <source>Net score went up from {before} to {now} (worse)</source>
        <translation>Netto score steeg van {before} naar {now} (slechter)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="42"/>
        <source>Net score went down from {before} to {now} (better)</source>
        <translation>Netto score daalde van {before} naar {now} (beter)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="43"/>
        <source>Net score stayed {now}</source>
        <translation>Netto score bleef {now}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="46"/>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="51"/>
        <source>Above the risk appetite for this category</source>
        <translation>Boven de risicobereidheid voor deze categorie</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="58"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="61"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="62"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="63"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="65"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="69"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="72"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/risks/columns.py" line="75"/>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../ui/risks/editor.py" line="73"/>
        <location filename="../../ui/risks/editor.py" line="257"/>
        <source>Choose a risk in the register or in the heatmap.</source>
        <translation>Kies een risico in het register of in de risicomatrix.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="77"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="78"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="79"/>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="103"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="105"/>
        <source>Undo edits</source>
        <translation>Wijzigingen terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="108"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="109"/>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="110"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="111"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="112"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="130"/>
        <source>Why the assessment changed (shown in the history)</source>
        <translation>Waarom de beoordeling veranderde (staat in de geschiedenis)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="133"/>
        <source>Re-assess</source>
        <translation>Opnieuw beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="134"/>
        <source>Adds a dated assessment; the earlier ones stay in the history.</source>
        <translation>Voegt een gedateerde beoordeling toe; de eerdere blijven in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="138"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="139"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="140"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="142"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="143"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="152"/>
        <source>Assessed on:</source>
        <translation>Beoordeeld op:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="160"/>
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="165"/>
        <source>History (newest first):</source>
        <translation>Geschiedenis (nieuwste eerst):</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="173"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="174"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="175"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="177"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="179"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="189"/>
        <source>Add measure…</source>
        <translation>Maatregel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="191"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="193"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="301"/>
        <source>No assessment yet.</source>
        <translation>Nog geen beoordeling.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="304"/>
        <source>Previous assessment: {date}, gross {kans} × {impact} = {bruto}, net {nk} × {ni} = {netto}.</source>
        <translation>Vorige beoordeling: {date}, bruto {kans} × {impact} = {bruto}, netto {nk} × {ni} = {netto}.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="315"/>
        <source>There is already an assessment on {date}.</source>
        <translation>Er is al een beoordeling op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="352"/>
        <source>risk {code} {title}</source>
        <translation>risico {code} {title}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="380"/>
        <source>Edit risk {code}</source>
        <translation>Risico {code} wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="389"/>
        <source>Fill in a date.</source>
        <translation>Vul een datum in.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="394"/>
        <source>Re-assess {code}</source>
        <translation>{code} opnieuw beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="415"/>
        <source>Add measure to {code}</source>
        <translation>Maatregel toevoegen aan {code}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="427"/>
        <source>Edit measure of {code}</source>
        <translation>Maatregel van {code} wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="437"/>
        <source>Delete measure</source>
        <translation>Maatregel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="438"/>
        <source>Delete the measure &quot;{text}&quot;? You can undo this with Edit › Undo.</source>
        <translation>De maatregel &quot;{text}&quot; verwijderen? Dit kan worden teruggedraaid met Bewerken › Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/editor.py" line="443"/>
        <source>Delete measure of {code}</source>
        <translation>Maatregel van {code} verwijderen</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../ui/risks/page.py" line="67"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="70"/>
        <source>New risk…</source>
        <translation>Nieuw risico…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="72"/>
        <source>Risk report…</source>
        <translation>Risicorapportage…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="84"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="85"/>
        <source>Before measures</source>
        <translation>Vóór beheersmaatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="86"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="87"/>
        <source>After measures</source>
        <translation>Na beheersmaatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="94"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="95"/>
        <source>Show every risk in the register again</source>
        <translation>Toon weer alle risico&apos;s in het register</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="98"/>
        <source>Heatmap:</source>
        <translation>Matrix:</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="103"/>
        <source>Closed risks are not in the heatmap. Click a cell to filter the register.</source>
        <translation>Gesloten risico&apos;s staan niet in de matrix. Klik op een vak om het register te filteren.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="160"/>
        <source>No risks yet. Add a risk or import the risk register from Excel.</source>
        <translation>Nog geen risico&apos;s. Voeg een risico toe of importeer het risicoregister uit Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="161"/>
        <source>The import template has a column for every field, one example row and a sheet that explains each column.</source>
        <translation>Het importsjabloon heeft een kolom voor elk gegeven, één voorbeeldregel en een blad dat elke kolom uitlegt.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="163"/>
        <source>Add risk…</source>
        <translation>Risico toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="164"/>
        <source>Import from Excel…</source>
        <translation>Importeren uit Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="173"/>
        <source>Search code, title, description…</source>
        <translation>Zoek op code, titel, omschrijving…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="180"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="183"/>
        <source>Above appetite</source>
        <translation>Boven risicobereidheid</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="249"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="250"/>
        <source>All bands</source>
        <translation>Alle banden</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="251"/>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="268"/>
        <source>As of {date}: {open}, {above} above appetite, {overdue}.</source>
        <translation>Per {date}: {open}, {above} boven de risicobereidheid, {overdue}.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="270"/>
        <source>open risk</source>
        <translation>niet-gesloten risico</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="270"/>
        <source>open risks</source>
        <translation>niet-gesloten risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="272"/>
        <source>measure overdue</source>
        <translation>maatregel te laat</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="272"/>
        <source>measures overdue</source>
        <translation>maatregelen te laat</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="309"/>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="311"/>
        <source>gross</source>
        <translation>bruto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="311"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="312"/>
        <source>cell likelihood {kans} × impact {impact} ({which})</source>
        <translation>vak kans {kans} × impact {impact} ({which})</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="396"/>
        <source>This file is read-only: nothing can be added here.</source>
        <translation>Dit bestand is alleen-lezen: hier kan niets worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/page.py" line="411"/>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
</context>
</TS>
