<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BreachDialog</name>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="220"/>
        <source>Data breach</source>
        <translation>Datalek</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="220"/>
        <source>Edit data breach</source>
        <translation>Datalek wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="222"/>
        <source>Every breach is registered, notified or not. The Autoriteit Persoonsgegevens must be notified within 72 hours of discovery, unless the breach is unlikely to be a risk to the people concerned. Times are Dutch time.</source>
        <translation>Elk datalek wordt geregistreerd, gemeld of niet. Meld het binnen 72 uur na ontdekking bij de Autoriteit Persoonsgegevens, tenzij het waarschijnlijk geen risico is voor de betrokkenen. Tijden zijn Nederlandse tijd.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="233"/>
        <source>Special categories of personal data or BSN</source>
        <translation>Bijzondere persoonsgegevens of BSN</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="238"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="243"/>
        <source>No decision yet</source>
        <translation>Nog geen besluit</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="243"/>
        <source>Notified</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="243"/>
        <source>Not notified</source>
        <translation>Niet gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="251"/>
        <source>The people concerned were informed (art. 34)</source>
        <translation>De betrokkenen zijn geïnformeerd (art. 34)</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="254"/>
        <source>Discovered at:</source>
        <translation>Ontdekt op:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="255"/>
        <source>What happened:</source>
        <translation>Wat is er gebeurd:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="256"/>
        <source>Cause:</source>
        <translation>Oorzaak:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="257"/>
        <source>Kinds of personal data:</source>
        <translation>Soorten persoonsgegevens:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="259"/>
        <source>People concerned:</source>
        <translation>Aantal betrokkenen:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="260"/>
        <source>Consequences:</source>
        <translation>Gevolgen:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="261"/>
        <source>Measures:</source>
        <translation>Maatregelen:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="262"/>
        <source>Autoriteit Persoonsgegevens:</source>
        <translation>Autoriteit Persoonsgegevens:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="263"/>
        <source>Notified at:</source>
        <translation>Gemeld op:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="264"/>
        <source>AP reference:</source>
        <translation>Meldnummer AP:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="265"/>
        <source>Why not notified:</source>
        <translation>Reden niet gemeld:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="266"/>
        <source>Why later than 72 hours:</source>
        <translation>Reden melding na 72 uur:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="268"/>
        <source>Dealt with on:</source>
        <translation>Afgehandeld op:</translation>
    </message>
</context>
<context>
    <name>BreachTab</name>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="61"/>
        <source>New data breach…</source>
        <translation>Nieuw datalek…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="61"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="61"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="62"/>
        <source>Register report…</source>
        <translation>Rapport register…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="70"/>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="73"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="75"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="76"/>
        <source>People</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="78"/>
        <source>72-hour deadline</source>
        <translation>Termijn 72 uur</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="80"/>
        <source>Dealt with</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="63"/>
        <source>No data breaches registered. Every breach belongs here, notified to the Autoriteit Persoonsgegevens or not.</source>
        <translation>Nog geen datalekken geregistreerd. Elk datalek hoort hier, gemeld bij de Autoriteit Persoonsgegevens of niet.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="62"/>
        <source>Import from Excel…</source>
        <translation>Importeren uit Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="89"/>
        <source>{hours} h {minutes} min left</source>
        <translation>nog {hours} uur en {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="96"/>
        <source>overdue: no decision</source>
        <translation>verstreken: geen besluit</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="98"/>
        <source>not notified (decided)</source>
        <translation>niet gemeld (besluit)</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="100"/>
        <source>notified in time</source>
        <translation>op tijd gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="101"/>
        <source>notified late, reason recorded</source>
        <translation>te laat gemeld, reden vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="101"/>
        <source>notified late</source>
        <translation>te laat gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="124"/>
        <source>Data breach of {date}: {left} to notify the Autoriteit Persoonsgegevens or record the decision not to (deadline {deadline}).</source>
        <translation>Datalek van {date}: {left} om te melden bij de Autoriteit Persoonsgegevens of het besluit om niet te melden vast te leggen (uiterlijk {deadline}).</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="128"/>
        <source>Data breach of {date}: the 72 hours ran out at {deadline} without a notification or a recorded decision.</source>
        <translation>Datalek van {date}: de termijn van 72 uur is verstreken op {deadline}, zonder melding of vastgelegd besluit.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="65"/>
        <source>This file is read-only: nothing can be added here.</source>
        <translation>Dit bestand is alleen-lezen: hier kan niets worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="66"/>
        <source>Data breach</source>
        <translation>Datalek</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="159"/>
        <source>Delete data breach</source>
        <translation>Datalek verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/breaches.py" line="160"/>
        <source>Delete the data breach of {date}? Every breach belongs in the register; undo brings it back.</source>
        <translation>Het datalek van {date} verwijderen? Elk datalek hoort in het register; ongedaan maken zet het terug.</translation>
    </message>
</context>
<context>
    <name>ConfidentialPage</name>
    <message>
        <location filename="../../ui/confidential/page.py" line="28"/>
        <source>Confidential registers</source>
        <translation>Vertrouwelijke registers</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/page.py" line="31"/>
        <source>Details stay on this page and in each register&apos;s own report. Signals, the meeting pack and the read-only copy for RvT members show only the register, dates, deadlines and figures.</source>
        <translation>Details blijven op deze pagina en in het eigen rapport van elk register. Signalen, het vergaderpakket en de leesversie voor RvT-leden tonen alleen het register, data, termijnen en cijfers.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/page.py" line="39"/>
        <source>Confidential counsellor</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/page.py" line="40"/>
        <source>Whistleblower reports</source>
        <translation>Klokkenluidersmeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/page.py" line="41"/>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
</context>
<context>
    <name>CounsellorDialog</name>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="108"/>
        <source>Confidential counsellor</source>
        <extracomment>the causes a datalek usually has; the field also takes any other text</extracomment>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="108"/>
        <source>Edit report</source>
        <translation>Melding wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="123"/>
        <source>(still running)</source>
        <translation>(loopt nog)</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="127"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="128"/>
        <source>Categories:</source>
        <translation>Categorieën:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="129"/>
        <source>Consultations:</source>
        <translation>Aantal gesprekken:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="130"/>
        <source>Outcome:</source>
        <translation>Afloop:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="109"/>
        <source>This register is anonymous: it has no field for a name and no free text.</source>
        <translation>Dit register is anoniem: het heeft geen veld voor een naam en geen vrije tekst.</translation>
    </message>
</context>
<context>
    <name>CounsellorTab</name>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="34"/>
        <source>New report…</source>
        <translation>Nieuwe melding…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="34"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="34"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="35"/>
        <source>Annual figures…</source>
        <translation>Jaarcijfers…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="46"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="47"/>
        <source>Consultations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="49"/>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="49"/>
        <source>still running</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="40"/>
        <source>Anonymous by design: no names and no free text. The RvT sees only the figures, with counts below the threshold shown as “&lt; 5”.</source>
        <translation>Anoniem van opzet: geen namen en geen vrije tekst. De RvT ziet alleen de cijfers, met aantallen onder de drempel als “&lt; 5”.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="36"/>
        <source>No reports to the confidential counsellor yet. Add one, or import them from Excel (date, categories, consultations, outcome: never a name).</source>
        <translation>Nog geen meldingen bij de vertrouwenspersoon. Voeg er een toe of importeer ze uit Excel (datum, categorieën, gesprekken, afloop: nooit een naam).</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="35"/>
        <source>Import from Excel…</source>
        <translation>Importeren uit Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="59"/>
        <source>{year}: {comparison}; {consultations} consultations.</source>
        <translation>{year}: {comparison}; {consultations} gesprekken.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="38"/>
        <source>This file is read-only: nothing can be added here.</source>
        <translation>Dit bestand is alleen-lezen: hier kan niets worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="39"/>
        <source>Confidential counsellor report</source>
        <translation>Melding vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="70"/>
        <source>Delete report</source>
        <translation>Melding verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/counsellor.py" line="70"/>
        <source>Delete the report of {date}? Undo brings it back.</source>
        <translation>De melding van {date} verwijderen? Ongedaan maken zet haar terug.</translation>
    </message>
</context>
<context>
    <name>WhistleblowerDialog</name>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="156"/>
        <source>Whistleblower report</source>
        <translation>Klokkenluidersmelding</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="156"/>
        <source>Edit report</source>
        <translation>Melding wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="163"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="170"/>
        <source>Short, without names or other identities</source>
        <translation>Kort, zonder namen of andere identiteiten</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="181"/>
        <source>Acknowledged on:</source>
        <translation>Ontvangst bevestigd op:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="182"/>
        <source>Feedback given on:</source>
        <translation>Teruggekoppeld op:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="183"/>
        <source>Extended to:</source>
        <translation>Verlengd tot:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="178"/>
        <source>Received on:</source>
        <translation>Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="179"/>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="180"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="184"/>
        <source>Reason for extension:</source>
        <translation>Reden verlenging:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="185"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/dialogs.py" line="158"/>
        <source>Acknowledge within 7 days; give feedback within 3 months of the acknowledgement. The feedback term may be extended once, by at most 3 months, with a reason. The register never holds who reported.</source>
        <translation>Bevestig de ontvangst binnen 7 dagen; koppel binnen 3 maanden na de ontvangstbevestiging terug. De termijn voor terugkoppeling mag één keer worden verlengd, met ten hoogste 3 maanden en met een reden. Het register bewaart nooit wie de melding deed.</translation>
    </message>
</context>
<context>
    <name>WhistleblowerTab</name>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="50"/>
        <source>New report…</source>
        <translation>Nieuwe melding…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="50"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="50"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="51"/>
        <source>Annual figures…</source>
        <translation>Jaarcijfers…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="65"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="66"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="67"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="68"/>
        <source>Acknowledge by</source>
        <translation>Bevestigen uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="71"/>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="73"/>
        <source>Feedback by</source>
        <translation>Terugkoppelen uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="63"/>
        <source> (extended)</source>
        <translation> (verlengd)</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="77"/>
        <source>Feedback given</source>
        <translation>Teruggekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="56"/>
        <source>The register never holds who reported. Signals and the RvT&apos;s figures name only the date and the deadline, never the subject.</source>
        <translation>Het register bewaart nooit wie de melding deed. Signalen en de cijfers voor de RvT noemen alleen de datum en de termijn, nooit het onderwerp.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="52"/>
        <source>No whistleblower reports yet. Add one, or import them from Excel (the register never holds who reported).</source>
        <translation>Nog geen klokkenluidersmeldingen. Voeg er een toe of importeer ze uit Excel (het register bewaart nooit wie de melding deed).</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="51"/>
        <source>Import from Excel…</source>
        <translation>Importeren uit Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="89"/>
        <source>every deadline met</source>
        <translation>alle termijnen gehaald</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="89"/>
        <source>not every deadline met</source>
        <translation>niet alle termijnen gehaald</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="90"/>
        <source>{year}: {comparison}; {verdict}.</source>
        <translation>{year}: {comparison}; {verdict}.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="54"/>
        <source>This file is read-only: nothing can be added here.</source>
        <translation>Dit bestand is alleen-lezen: hier kan niets worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="55"/>
        <source>Whistleblower report</source>
        <translation>Klokkenluidersmelding</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="107"/>
        <source>Delete report</source>
        <translation>Melding verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential/whistleblower.py" line="108"/>
        <source>Delete the report received on {date}? Undo brings it back.</source>
        <translation>De melding ontvangen op {date} verwijderen? Ongedaan maken zet haar terug.</translation>
    </message>
</context>
</TS>
