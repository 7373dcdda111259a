<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="165"/>
        <source>New action item</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="171"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="176"/>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="177"/>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../ui/meetings/registers.py" line="201"/>
        <source>Search action items…</source>
        <translation>Zoek in actiepunten…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="202"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="203"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="204"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="205"/>
        <location filename="../../ui/meetings/registers.py" line="207"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="206"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="209"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="214"/>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="215"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="216"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="218"/>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="218"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="219"/>
        <source>Done on</source>
        <translation>Gereed op</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="220"/>
        <source>Agreed at</source>
        <translation>Afgesproken in</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="231"/>
        <source>All bodies</source>
        <translation>Alle organen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="250"/>
        <source>{shown} of {total} action items</source>
        <translation>{shown} van {total} actiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="271"/>
        <source>Action item done</source>
        <translation>Actiepunt gereed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="271"/>
        <source>Action item reopened</source>
        <translation>Actiepunt heropend</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="281"/>
        <source>Export action items</source>
        <translation>Actielijst exporteren</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="88"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="89"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="90"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="91"/>
        <source>Presenter</source>
        <translation>Inbrenger</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="92"/>
        <source>Documents</source>
        <translation>Stukken</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="109"/>
        <source>Add item…</source>
        <translation>Agendapunt toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="111"/>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="115"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="117"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="120"/>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Agendapunt omhoog (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="123"/>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Agendapunt omlaag (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="125"/>
        <source>Add standard items</source>
        <translation>Standaardpunten toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="139"/>
        <source>Document</source>
        <translation>Stuk</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="140"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="142"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="144"/>
        <location filename="../../ui/meetings/agenda.py" line="156"/>
        <source>Confidential</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="144"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="150"/>
        <source>Attach document…</source>
        <translation>Stuk toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="152"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="154"/>
        <source>Remove document</source>
        <translation>Stuk verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="158"/>
        <source>A confidential (besloten) document stays out of the read-only copy for members</source>
        <translation>Een besloten stuk komt niet in de leesversie voor de leden</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="217"/>
        <source>Choose an item to see its documents.</source>
        <translation>Kies een agendapunt om de stukken te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="219"/>
        <source>Documents of item {number}, {title}.</source>
        <translation>Stukken bij agendapunt {number}, {title}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="259"/>
        <source>Add agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="276"/>
        <source>Open action items ({count})</source>
        <translation>Openstaande actiepunten ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="284"/>
        <source>No suggestions: no open action items or recurring topics</source>
        <translation>Geen suggesties: geen openstaande actiepunten of terugkerende onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="294"/>
        <source>Add standard agenda items</source>
        <translation>Standaardagendapunten toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="304"/>
        <source>Edit agenda item {number}</source>
        <translation>Agendapunt {number} wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="311"/>
        <source>Remove agenda item {number}</source>
        <translation>Agendapunt {number} verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="320"/>
        <location filename="../../ui/meetings/agenda.py" line="327"/>
        <source>Move agenda item</source>
        <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="337"/>
        <source>Attach document</source>
        <translation>Stuk toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="338"/>
        <source>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.odt *.ods);;PDF (*.pdf)</source>
        <translation>Stukken (*.pdf *.docx *.doc *.xlsx *.xls *.odt *.ods);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="349"/>
        <source>Attach {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="367"/>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="377"/>
        <source>Mark {name} confidential</source>
        <translation>{name} besloten maken</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="378"/>
        <source>Mark {name} not confidential</source>
        <translation>{name} niet meer besloten</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="54"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="54"/>
        <source>(chair)</source>
        <translation>(voorzitter)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="55"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="56"/>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="56"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="57"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="70"/>
        <location filename="../../ui/meetings/attendance.py" line="177"/>
        <source>Everyone present</source>
        <translation>Iedereen aanwezig</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="71"/>
        <source>Record every member not yet recorded as present</source>
        <translation>Leg elk lid dat nog niet is vastgelegd vast als aanwezig</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="73"/>
        <source>Add guest or minute-taker…</source>
        <translation>Gast of notulist toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="75"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="78"/>
        <source>Presence:</source>
        <translation>Aanwezigheid:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="125"/>
        <source>No members of this body on this date in the rooster.</source>
        <translation>Volgens het rooster heeft dit orgaan op deze datum geen leden.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="128"/>
        <source>Attendance not recorded yet: {needed} of {sitting} members are needed for the quorum.</source>
        <translation>Aanwezigheid nog niet vastgelegd: voor het quorum zijn {needed} van de {sitting} leden nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="132"/>
        <source>quorum met</source>
        <translation>quorum gehaald</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="132"/>
        <source>quorum NOT met</source>
        <translation>quorum NIET gehaald</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="133"/>
        <source>{present} of {sitting} members present, {needed} needed: {verdict}</source>
        <translation>{present} van {sitting} leden aanwezig, {needed} nodig: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="168"/>
        <source>{name}: {presence}</source>
        <translation>{name}: {presence}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="189"/>
        <source>Add {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="197"/>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
</context>
<context>
    <name>DecisionRegister</name>
    <message>
        <location filename="../../ui/meetings/registers.py" line="149"/>
        <source>Search decisions…</source>
        <translation>Zoek in besluiten…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="150"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="152"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="153"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="154"/>
        <source>Body</source>
        <translation>Orgaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="155"/>
        <source>Item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="156"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="162"/>
        <source>All bodies</source>
        <translation>Alle organen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="173"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="188"/>
        <source>{shown} of {total} decisions</source>
        <translation>{shown} van {total} besluiten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/registers.py" line="193"/>
        <source>Export decisions</source>
        <translation>Besluitenlijst exporteren</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="138"/>
        <source>Add guest or minute-taker</source>
        <translation>Gast of notulist toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="141"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="142"/>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="148"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="149"/>
        <source>As:</source>
        <translation>Als:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="150"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="100"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="109"/>
        <source>e.g. directeur-bestuurder</source>
        <translation>bijv. directeur-bestuurder</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="115"/>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="116"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="117"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="118"/>
        <source>Presenter:</source>
        <translation>Inbrenger:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="119"/>
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="48"/>
        <source>Edit meeting</source>
        <translation>Vergadering wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="48"/>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="56"/>
        <source>Start and end time</source>
        <translation>Begin- en eindtijd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="61"/>
        <source>e.g. Wijkteamkantoor Centrum</source>
        <translation>bijv. Wijkteamkantoor Centrum</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="62"/>
        <source>Start with the standard agenda items</source>
        <translation>Begin met de standaardagendapunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="70"/>
        <source>Body:</source>
        <translation>Orgaan:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="71"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="73"/>
        <source>Start:</source>
        <translation>Aanvang:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="74"/>
        <source>End:</source>
        <translation>Einde:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="75"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings/page.py" line="77"/>
        <location filename="../../ui/meetings/page.py" line="172"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="81"/>
        <source>Year </source>
        <translation>Jaar </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="86"/>
        <source>New meeting…</source>
        <translation>Nieuwe vergadering…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="96"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="97"/>
        <source>Body</source>
        <translation>Orgaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="98"/>
        <location filename="../../ui/meetings/page.py" line="146"/>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="98"/>
        <source>approved</source>
        <translation>vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="98"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="125"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="127"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="129"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="132"/>
        <source>Approve minutes…</source>
        <translation>Notulen vaststellen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="133"/>
        <source>Vaststellen: afterwards nothing in this meeting changes</source>
        <translation>Vaststellen: daarna verandert er niets meer aan deze vergadering</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="144"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="145"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="173"/>
        <source>Decision register</source>
        <translation>Besluitenregister</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="174"/>
        <source>Action list</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="205"/>
        <source>All bodies</source>
        <translation>Alle organen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="224"/>
        <source>No meetings planned in {year}.</source>
        <translation>Geen vergaderingen gepland in {year}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="246"/>
        <source>No meeting chosen</source>
        <translation>Geen vergadering gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="255"/>
        <source>no location yet</source>
        <translation>nog geen locatie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="256"/>
        <source>pack sent on {date}</source>
        <translation>pakket verstuurd op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="257"/>
        <source>pack not sent</source>
        <translation>pakket niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="260"/>
        <source>convocation with the agenda by {date}</source>
        <translation>oproeping met de agenda uiterlijk op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="263"/>
        <source>minutes sent on {date}</source>
        <translation>notulen verstuurd op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="266"/>
        <source>The minutes were approved on {date}: nothing in this meeting can be changed any more.</source>
        <translation>De notulen zijn vastgesteld op {date}: aan deze vergadering kan niets meer worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="341"/>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="356"/>
        <source>Edit meeting</source>
        <translation>Vergadering wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="367"/>
        <location filename="../../ui/meetings/page.py" line="372"/>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="368"/>
        <source>Delete the meeting of {body} on {date} with its agenda, documents and minutes?</source>
        <translation>De vergadering van {body} op {date} met agenda, stukken en notulen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="383"/>
        <location filename="../../ui/meetings/page.py" line="391"/>
        <source>Approve minutes</source>
        <translation>Notulen vaststellen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="384"/>
        <source>Approve (vaststellen) the minutes of {body} on {date}. Afterwards nothing in this meeting can be changed. Approved on:</source>
        <translation>De notulen van {body} van {date} vaststellen. Daarna kan aan deze vergadering niets meer worden gewijzigd. Vastgesteld op:</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="52"/>
        <source>Notes of this item (verslag)</source>
        <translation>Verslag van dit agendapunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="56"/>
        <source>Save notes</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="57"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="66"/>
        <source>Reason (optional)</source>
        <translation>Reden (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="67"/>
        <source>Save conflicts</source>
        <translation>Tegenstrijdig belang opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="85"/>
        <source>Add decision…</source>
        <translation>Besluit toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="91"/>
        <source>Add action item…</source>
        <translation>Actiepunt toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="315"/>
        <source>Remove action item</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="128"/>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="129"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="130"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="74"/>
        <source>Members who take no part in this item:</source>
        <translation>Leden die niet deelnemen aan dit agendapunt (tegenstrijdig belang):</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="87"/>
        <location filename="../../ui/meetings/minutes_tab.py" line="93"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="118"/>
        <source>Notes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="119"/>
        <source>Conflict of interest</source>
        <translation>Tegenstrijdig belang</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="120"/>
        <source>Decisions and action items</source>
        <translation>Besluiten en actiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="131"/>
        <source>Agreed at</source>
        <translation>Afgesproken in</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="132"/>
        <source>done on {date}</source>
        <translation>gereed op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="133"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="142"/>
        <source>Done at this meeting</source>
        <translation>Gereed in deze vergadering</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="144"/>
        <source>Open action items from earlier meetings</source>
        <translation>Openstaande actiepunten van eerdere vergaderingen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="200"/>
        <source>No agenda items</source>
        <translation>Geen agendapunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="216"/>
        <source>Quorum for this item: {text}</source>
        <translation>Quorum voor dit agendapunt: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="259"/>
        <source>Notes of item {number}</source>
        <translation>Verslag van agendapunt {number}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="269"/>
        <source>Conflicts of interest of item {number}</source>
        <translation>Tegenstrijdig belang bij agendapunt {number}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="277"/>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="277"/>
        <source>The decision as minuted:</source>
        <translation>Het besluit zoals het in de notulen komt:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="283"/>
        <source>Decision on item {number}</source>
        <translation>Besluit bij agendapunt {number}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="291"/>
        <source>Remove decision {number}</source>
        <translation>Besluit {number} verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="307"/>
        <source>Action item on item {number}</source>
        <translation>Actiepunt bij agendapunt {number}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="323"/>
        <source>Action item done</source>
        <translation>Actiepunt gereed</translation>
    </message>
</context>
<context>
    <name>OutputButtons</name>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="87"/>
        <source>Year planning PDF…</source>
        <translation>Jaarplanning (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="89"/>
        <source>Calendar file (.ics)…</source>
        <translation>Agenda-bestand (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="99"/>
        <source>Minutes PDF…</source>
        <translation>Notulen (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="101"/>
        <source>Board pack…</source>
        <translation>Vergaderpakket…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="103"/>
        <source>Send…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="105"/>
        <source>Board pack to the members…</source>
        <translation>Vergaderpakket naar de leden…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="107"/>
        <source>Draft minutes to the members…</source>
        <translation>Conceptnotulen naar de leden…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="163"/>
        <source>Save minutes</source>
        <translation>Notulen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="167"/>
        <source>Making the minutes…</source>
        <translation>De notulen worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="182"/>
        <source>Save board pack</source>
        <translation>Vergaderpakket opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="192"/>
        <location filename="../../ui/meetings/outputs.py" line="236"/>
        <source>Making the board pack…</source>
        <translation>Het vergaderpakket wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="212"/>
        <source>Save e-mail draft</source>
        <translation>Concept-e-mail opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="213"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="218"/>
        <source>Pack sent</source>
        <translation>Pakket verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="218"/>
        <source>Minutes sent</source>
        <translation>Notulen verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="229"/>
        <source>No e-mail address</source>
        <translation>Geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="230"/>
        <source>These members have no e-mail address in the rooster and are not in the draft: {names}.</source>
        <translation>Deze leden hebben in het rooster geen e-mailadres en staan niet in de concept-e-mail: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="247"/>
        <source>Save year planning</source>
        <translation>Jaarplanning opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="251"/>
        <source>Making the year planning…</source>
        <translation>De jaarplanning wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="260"/>
        <source>Save calendar</source>
        <translation>Agenda-bestand opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="261"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="269"/>
        <source>Calendar saved</source>
        <translation>Agenda-bestand opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="270"/>
        <source>The meetings of {year} were saved as {path}. Import it into Outlook: importing it again later updates the appointments.</source>
        <translation>De vergaderingen van {year} zijn opgeslagen als {path}. Importeer het in Outlook: later opnieuw importeren werkt de afspraken bij.</translation>
    </message>
</context>
<context>
    <name>SectionsDialog</name>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="50"/>
        <source>Board pack</source>
        <translation>Vergaderpakket</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outputs.py" line="52"/>
        <source>Add these generated sections to the pack:</source>
        <translation>Voeg deze onderdelen toe aan het pakket:</translation>
    </message>
</context>
</TS>
