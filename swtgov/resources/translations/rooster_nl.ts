<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CommitteeColumns</name>
    <message>
        <location filename="../../ui/rooster/committees.py" line="47"/>
        <source>Commissie</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="48"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="50"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="52"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="53"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
</context>
<context>
    <name>CommitteeFormDialog</name>
    <message>
        <location filename="../../ui/rooster/committees.py" line="63"/>
        <source>Commissie</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="69"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="70"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="74"/>
        <source>Fill in the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
</context>
<context>
    <name>CommitteesDialog</name>
    <message>
        <location filename="../../ui/rooster/committees.py" line="128"/>
        <source>Commissies</source>
        <translation>Commissies</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="137"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="138"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="139"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="140"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="140"/>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="143"/>
        <source>New commissie…</source>
        <translation>Nieuwe commissie…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="144"/>
        <source>Rename…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="145"/>
        <location filename="../../ui/rooster/committees.py" line="287"/>
        <source>Delete commissie</source>
        <translation>Commissie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="146"/>
        <source>Add member…</source>
        <translation>Lid toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="147"/>
        <source>Mark as chair</source>
        <translation>Voorzitter maken</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="148"/>
        <source>End seat…</source>
        <translation>Lidmaatschap beëindigen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="235"/>
        <source>Seats in {committee}</source>
        <translation>Leden van de {committee}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="236"/>
        <source>Choose a commissie above.</source>
        <translation>Kies hierboven een commissie.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="263"/>
        <source>New commissie {name}</source>
        <translation>Nieuwe commissie {name}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="276"/>
        <source>Change commissie {name}</source>
        <translation>Commissie {name} gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="288"/>
        <source>Delete the {name} with its {count} seats? You can undo this with Edit › Undo.</source>
        <translation>De {name} met haar {count} lidmaatschappen verwijderen? Dit kan worden teruggedraaid met Bewerken › Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="292"/>
        <source>Delete commissie {name}</source>
        <translation>Commissie {name} verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="310"/>
        <source>Add {name} to {committee}</source>
        <translation>{name} lid van de {committee}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="326"/>
        <source>{name} chairs the {committee}</source>
        <translation>{name} voorzitter van de {committee}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="338"/>
        <source>{name} leaves the {committee}</source>
        <translation>{name} uit de {committee}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="146"/>
        <source>Contact details of {name}</source>
        <translation>Contactgegevens van {name}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="150"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="151"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="152"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="157"/>
        <source>Fill in the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="105"/>
        <source>Record departure of {name}</source>
        <translation>Aftreden van {name} vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="106"/>
        <source>From this date {name} no longer sits on the board. Commissie seats end on the same day; a reappointment recorded after it is removed.</source>
        <translation>Vanaf deze datum heeft {name} geen zitting meer in de raad. Het lidmaatschap van commissies eindigt op dezelfde dag; een herbenoeming die daarna zou ingaan, vervalt.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="110"/>
        <source>optional, e.g. end of the second term</source>
        <translation>niet verplicht, bijvoorbeeld einde tweede termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="111"/>
        <source>Leaves on:</source>
        <translation>Treedt af per:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="112"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
</context>
<context>
    <name>EndSeatDialog</name>
    <message>
        <location filename="../../ui/rooster/committees.py" line="115"/>
        <source>End seat</source>
        <translation>Lidmaatschap beëindigen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="116"/>
        <source>From this date {name} no longer sits on the {committee}.</source>
        <translation>Vanaf deze datum zit {name} niet meer in de {committee}.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="119"/>
        <source>Leaves on:</source>
        <translation>Treedt af per:</translation>
    </message>
</context>
<context>
    <name>MemberColumns</name>
    <message>
        <location filename="../../ui/rooster/columns.py" line="24"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="26"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="28"/>
        <source>Commissies</source>
        <translation>Commissies</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="30"/>
        <source>Current term</source>
        <translation>Huidige termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="33"/>
        <source>Term end</source>
        <translation>Einde termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <location filename="../../ui/rooster/detail.py" line="50"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="51"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="52"/>
        <source>Commissies:</source>
        <translation>Commissies:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="53"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="55"/>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="56"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="57"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="58"/>
        <source>Left</source>
        <translation>Afgetreden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="76"/>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="78"/>
        <source>Select a member to see their details.</source>
        <translation>Kies een lid om de gegevens te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="107"/>
        <source>former member, left on {date}</source>
        <translation>oud-lid, afgetreden per {date}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="111"/>
        <source>leaves on {date}</source>
        <translation>treedt af per {date}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="117"/>
        <source>from {start} until {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="119"/>
        <source>since {start}</source>
        <translation>sinds {start}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="120"/>
        <source>, chair</source>
        <translation>, voorzitter</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/detail.py" line="124"/>
        <source>{role} since {date}</source>
        <translation>{role} sinds {date}</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="37"/>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="50"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="51"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="52"/>
        <source>Appointed from:</source>
        <translation>Benoemd per:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="53"/>
        <source>Term ends on:</source>
        <translation>Aftreden per:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="54"/>
        <source>A term lasts {years} years (setting); you may choose an earlier end.</source>
        <translation>Een termijn duurt {years} jaar (instelling); een eerder einde mag.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="56"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="57"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="71"/>
        <source>Fill in the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <location filename="../../ui/rooster/proposals.py" line="57"/>
        <source>No departures coincide: there is nothing to spread.</source>
        <translation>Er treden geen leden tegelijk af: er valt niets te spreiden.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/proposals.py" line="60"/>
        <source>Several members leave at about the same time. These suggestions, within the rules, would spread the departures. They are only suggestions: nothing changes until you act on one.</source>
        <translation>Meerdere leden treden rond dezelfde tijd af. Deze voorstellen, binnen de regels, spreiden het aftreden. Het zijn alleen voorstellen: er verandert niets totdat u er zelf een uitvoert.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/proposals.py" line="69"/>
        <source>Reappoint…</source>
        <translation>Herbenoemen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/proposals.py" line="69"/>
        <source>Record departure…</source>
        <translation>Aftreden vastleggen…</translation>
    </message>
</context>
<context>
    <name>ReappointDialog</name>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="86"/>
        <source>Reappoint {name}</source>
        <translation>{name} herbenoemen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="87"/>
        <source>{name} is reappointed for a new term from {date}, the end of the current term.</source>
        <translation>{name} wordt herbenoemd voor een nieuwe termijn vanaf {date}, het einde van de huidige termijn.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="90"/>
        <source>New term ends on:</source>
        <translation>Nieuwe termijn eindigt per:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="92"/>
        <source>The rules allow at most {date} (term length and maximum tenure).</source>
        <translation>De regels staan ten hoogste {date} toe (duur van een termijn en maximale zittingsduur).</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="124"/>
        <source>Change role of {name}</source>
        <translation>Rol van {name} wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="125"/>
        <source>{name} is now {role}. A new chair or vice-chair takes over from the current one on the chosen date; history before it stays as it was.</source>
        <translation>{name} is nu {role}. Een nieuwe voorzitter of vicevoorzitter neemt op de gekozen datum het stokje over; de geschiedenis daarvoor blijft zoals ze was.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="133"/>
        <source>New role:</source>
        <translation>Nieuwe rol:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/dialogs.py" line="134"/>
        <source>From:</source>
        <translation>Per:</translation>
    </message>
</context>
<context>
    <name>RoosterPage</name>
    <message>
        <location filename="../../ui/rooster/page.py" line="80"/>
        <source>Members &amp; rooster</source>
        <translation>Leden &amp; rooster</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="84"/>
        <source>Current members</source>
        <translation>Zittende leden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="85"/>
        <source>Former members</source>
        <translation>Oud-leden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="86"/>
        <source>All members</source>
        <translation>Alle leden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="89"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="94"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="98"/>
        <source>New member…</source>
        <translation>Nieuw lid…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="99"/>
        <source>Reappoint…</source>
        <translation>Herbenoemen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="100"/>
        <source>Record departure…</source>
        <translation>Aftreden vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="101"/>
        <source>Change role…</source>
        <translation>Rol wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="102"/>
        <source>Contact details…</source>
        <translation>Contactgegevens…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="103"/>
        <source>Commissies…</source>
        <translation>Commissies…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="104"/>
        <source>Rooster PDF…</source>
        <translation>Rooster als pdf…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="162"/>
        <source>No members yet. Add a member or import the rooster from Excel.</source>
        <translation>Nog geen leden. Voeg een lid toe of importeer het rooster uit Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="163"/>
        <source>The import template has a column for every field, one example row and a sheet that explains each column.</source>
        <translation>Het importsjabloon heeft een kolom voor elk gegeven, één voorbeeldregel en een blad dat elke kolom uitlegt.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="165"/>
        <source>Add member…</source>
        <translation>Lid toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="166"/>
        <source>Import from Excel…</source>
        <translation>Importeren uit Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="194"/>
        <source>As of {date}: {members}, {signals}.</source>
        <translation>Peildatum {date}: {members}, {signals}.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="196"/>
        <source>sitting member</source>
        <translation>zittend lid</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="196"/>
        <source>sitting members</source>
        <translation>zittende leden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="197"/>
        <source>signal</source>
        <translation>signaal</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="197"/>
        <source>signals</source>
        <translation>signalen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="262"/>
        <source>This file is read-only: nothing can be added here.</source>
        <translation>Dit bestand is alleen-lezen: hier kan niets worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="301"/>
        <source>New member {name}</source>
        <translation>Nieuw lid {name}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="317"/>
        <location filename="../../ui/rooster/page.py" line="323"/>
        <source>Reappoint {name}</source>
        <translation>{name} herbenoemen</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="339"/>
        <source>Departure of {name}</source>
        <translation>Aftreden van {name}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="355"/>
        <source>Role of {name}</source>
        <translation>Rol van {name}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/page.py" line="369"/>
        <source>Contact details of {name}</source>
        <translation>Contactgegevens van {name}</translation>
    </message>
</context>
<context>
    <name>RoosterTabs</name>
    <message>
        <location filename="../../ui/rooster/tabs.py" line="83"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/tabs.py" line="84"/>
        <source>Signals ({count})</source>
        <translation>Signalen ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/tabs.py" line="85"/>
        <source>Spreading proposal ({count})</source>
        <translation>Spreidingsvoorstel ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/tabs.py" line="86"/>
        <source>Commissies ({count})</source>
        <translation>Commissies ({count})</translation>
    </message>
</context>
<context>
    <name>RoosterTexts</name>
    <message>
        <location filename="../../ui/rooster/texts.py" line="24"/>
        <source>sitting</source>
        <translation>zittend</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="25"/>
        <source>reappointable</source>
        <translation>herbenoembaar</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="26"/>
        <source>not reappointable</source>
        <translation>niet herbenoembaar</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="27"/>
        <source>former member</source>
        <translation>afgetreden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="28"/>
        <source>appointed</source>
        <translation>benoemd</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="36"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="37"/>
        <source>Vice-chair</source>
        <translation>Vicevoorzitter</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="38"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="50"/>
        <source>Audit / finance committee</source>
        <translation>Auditcommissie / financiële commissie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="51"/>
        <source>Employer / remuneration committee</source>
        <translation>Werkgeverscommissie / remuneratiecommissie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="52"/>
        <source>Quality committee</source>
        <translation>Kwaliteitscommissie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="53"/>
        <source>Other committee</source>
        <translation>Overige commissie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="65"/>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="66"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="67"/>
        <source>For information</source>
        <translation>Ter informatie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="74"/>
        <source>First term</source>
        <translation>Eerste termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="75"/>
        <source>Second term</source>
        <translation>Tweede termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="76"/>
        <source>Third term</source>
        <translation>Derde termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="77"/>
        <source>Fourth term</source>
        <translation>Vierde termijn</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/texts.py" line="79"/>
        <source>Term {number}</source>
        <translation>Termijn {number}</translation>
    </message>
</context>
<context>
    <name>RoosterTimeline</name>
    <message>
        <location filename="../../ui/rooster/timeline.py" line="134"/>
        <source>No members to show.</source>
        <translation>Geen leden om te tonen.</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/timeline.py" line="244"/>
        <source>possible reappointment</source>
        <translation>mogelijke herbenoeming</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/timeline.py" line="246"/>
        <source>maximum tenure</source>
        <translation>maximale zittingsduur</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/timeline.py" line="251"/>
        <source>as of {date}</source>
        <translation>peildatum {date}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/timeline.py" line="253"/>
        <source>departures at the same time</source>
        <translation>gelijktijdig aftreden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/timeline.py" line="256"/>
        <source>left early</source>
        <translation>vervroegd afgetreden</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/timeline.py" line="269"/>
        <source>Maximum tenure reached on {date}</source>
        <translation>Maximale zittingsduur bereikt op {date}</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../ui/rooster/committees.py" line="83"/>
        <source>Add a member to {committee}</source>
        <translation>Lid toevoegen aan de {committee}</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="88"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="93"/>
        <source>Chair of the commissie</source>
        <translation>Voorzitter van de commissie</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="97"/>
        <source>Member:</source>
        <translation>Lid:</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/committees.py" line="98"/>
        <source>From:</source>
        <translation>Per:</translation>
    </message>
</context>
<context>
    <name>SignalColumns</name>
    <message>
        <location filename="../../ui/rooster/columns.py" line="43"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="45"/>
        <source>Subject</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/rooster/columns.py" line="48"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
</context>
</TS>
