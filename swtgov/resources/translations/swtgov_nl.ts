<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppetiteEditor</name>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="79"/>
        <source>Category</source>
        <extracomment>the value changed (the dialog re-checks it)</extracomment>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="79"/>
        <location filename="../../ui/dialogs/setting_editors.py" line="110"/>
        <source>Highest acceptable net score</source>
        <translation>Hoogste aanvaardbare netto score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="86"/>
        <source>Add category</source>
        <translation>Categorie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="88"/>
        <source>Remove category</source>
        <translation>Categorie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="148"/>
        <source>Row {row} has no category name.</source>
        <translation>Regel {row} heeft geen naam van een categorie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="150"/>
        <source>The category &quot;{name}&quot; is listed twice.</source>
        <translation>De categorie &quot;{name}&quot; staat er twee keer in.</translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="173"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="174"/>
        <source>From score</source>
        <translation>Vanaf score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="175"/>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setting_editors.py" line="188"/>
        <source>Score = likelihood × impact, from 1 to 25. The bands follow each other without gaps: changing where one ends moves the start of the next.</source>
        <translation>Score = kans × impact, van 1 tot en met 25. De banden sluiten zonder gaten op elkaar aan: waar u een band laat eindigen, begint de volgende.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="108"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <extracomment>the reading changed (typed, set or switched on/off): OK buttons follow it</extracomment>
        <translation>Kies in de kalender (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="240"/>
        <location filename="../../ui/widgets.py" line="333"/>
        <source>Fill in a date.</source>
        <translation>Vul een datum in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="242"/>
        <source>e.g. 1-3-2027 or 1 maart 2027</source>
        <translation>bijv. 1-3-2027 of 1 maart 2027</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="267"/>
        <source>Fill in a date and a time.</source>
        <translation>Vul een datum en een tijd in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="269"/>
        <source>e.g. 14-3-2026 9:30</source>
        <translation>bijv. 14-3-2026 9:30</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>swtgov</source>
        <translation>swtgov</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>Something went wrong that swtgov did not expect.</source>
        <translation>Er ging iets mis dat swtgov niet had verwacht.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Your data is safe: a change is saved completely or not at all. The details have been written to {log}. Please send that file to whoever supports swtgov in your organisation.</source>
        <translation>Uw gegevens zijn veilig: een wijziging wordt helemaal of helemaal niet opgeslagen. De details staan in {log}. Stuur dat bestand naar wie swtgov in uw organisatie ondersteunt.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="191"/>
        <source>Export to a spreadsheet</source>
        <translation>Exporteren naar een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="200"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="206"/>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="207"/>
        <source>To file:</source>
        <translation>Naar bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="208"/>
        <source>An .xlsx or .csv file with exactly the columns the import reads: change it in Excel and import it again.</source>
        <translation>Een .xlsx- of .csv-bestand met precies de kolommen die de import leest: pas het aan in Excel en importeer het weer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="211"/>
        <location filename="../../ui/dialogs/transfer.py" line="248"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="228"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="247"/>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="247"/>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="248"/>
        <source>{rows} exported to {path}.</source>
        <translation>{rows} geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../ui/filecommands.py" line="60"/>
        <source>Open governance file</source>
        <translation>Governancebestand openen</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="61"/>
        <location filename="../../ui/filecommands.py" line="169"/>
        <source>Governance files (*{ext})</source>
        <translation>Governancebestanden (*{ext})</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="92"/>
        <source>Making today&apos;s backup…</source>
        <translation>Back-up van vandaag maken…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="93"/>
        <source>Today&apos;s backup was made.</source>
        <translation>De back-up van vandaag is gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="102"/>
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="103"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="103"/>
        <source>Backup made:
{path}</source>
        <translation>Back-up gemaakt:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="113"/>
        <source>A file opened read-only cannot be restored.</source>
        <translation>Een alleen-lezen geopend bestand kan niet worden hersteld.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="124"/>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="125"/>
        <source>The backup of {date} has been restored. The state before it was backed up first.</source>
        <translation>De back-up van {date} is teruggezet. Van de toestand daarvoor is eerst een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="137"/>
        <source>Verifying the file…</source>
        <translation>Bestand controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="141"/>
        <location filename="../../ui/filecommands.py" line="144"/>
        <location filename="../../ui/filecommands.py" line="150"/>
        <source>Verify file</source>
        <translation>Bestand controleren</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="142"/>
        <source>The database is intact.</source>
        <translation>De database is intact.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="145"/>
        <source>The file is intact and its audit log ({count} entries) is consistent.</source>
        <translation>Het bestand is intact en het auditlog ({count} regels) klopt.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="149"/>
        <source>problem found</source>
        <translation>probleem gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="149"/>
        <source>problems found</source>
        <translation>problemen gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="168"/>
        <source>Make read-only copy</source>
        <translation>Leesversie maken</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="177"/>
        <source>Making the read-only copy…</source>
        <translation>De leesversie wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="178"/>
        <source>Read-only copy</source>
        <translation>Leesversie</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="179"/>
        <source>The read-only copy was saved as {path}. It holds: {areas}; not the confidential registers and not the audit log.</source>
        <translation>De leesversie is opgeslagen als {path}. Ze bevat: {areas}; niet de vertrouwelijke registers en niet het auditlog.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="187"/>
        <source>About swtgov</source>
        <translation>Over swtgov</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="188"/>
        <source>swtgov {version}
Governance for the supervisory board of a foundation.</source>
        <translation>swtgov {version}
Governance voor de Raad van Toezicht van een stichting.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="49"/>
        <source>Import spreadsheet</source>
        <translation>Spreadsheet importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="57"/>
        <location filename="../../ui/dialogs/transfer.py" line="106"/>
        <source>Choose an .xlsx or .csv file</source>
        <translation>Kies een .xlsx- of .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="58"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="63"/>
        <source>Save template…</source>
        <translation>Sjabloon opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="64"/>
        <source>An Excel file with the right columns, one example row and a second sheet that explains each column</source>
        <translation>Een Excel-bestand met de juiste kolommen, één voorbeeldregel en een tweede blad dat elke kolom uitlegt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="67"/>
        <source>No file yet? Start from the template.</source>
        <translation>Nog geen bestand? Begin met het sjabloon.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="72"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="74"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="78"/>
        <source>Press Check to see what the import would do. Nothing is saved until you press Import.</source>
        <translation>Kies Controleren om te zien wat de import zou doen. Er wordt niets opgeslagen tot u op Importeren drukt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="81"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="82"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="104"/>
        <source>Choose the auditfile (.xaf) your accounting package exported</source>
        <translation>Kies de auditfile (.xaf) die het boekhoudpakket heeft geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="120"/>
        <source>Save template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="129"/>
        <source>The template cannot be saved: {reason}.</source>
        <translation>Het sjabloon kan niet worden opgeslagen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="140"/>
        <source>Choose auditfile</source>
        <translation>Auditfile kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="142"/>
        <source>Choose spreadsheet</source>
        <translation>Spreadsheet kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="153"/>
        <source>Checking {name}…</source>
        <translation>{name} controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="153"/>
        <source>Importing {name}…</source>
        <translation>{name} importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="181"/>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <source>Main actions</source>
        <translation>Belangrijkste acties</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="162"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="169"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="171"/>
        <source>Make &amp;report…</source>
        <translation>&amp;Rapport maken…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="174"/>
        <source>Make &amp;backup now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="175"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Herstellen uit back-up…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="177"/>
        <source>&amp;Verify file</source>
        <translation>Bestand &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="178"/>
        <source>Make read-only &amp;copy…</source>
        <translation>&amp;Leesversie maken…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="187"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="188"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="190"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="196"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="208"/>
        <source>&amp;About swtgov</source>
        <translation>&amp;Over swtgov</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="214"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="232"/>
        <source>File cannot be opened</source>
        <translation>Bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="239"/>
        <source>Network share</source>
        <translation>Netwerkschijf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="305"/>
        <source>No file open</source>
        <translation>Geen bestand geopend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="315"/>
        <source>Read-only: this file is open on {host} by {user} since {since}. You can read everything; changes are possible once they close it.</source>
        <translation>Alleen-lezen: dit bestand is geopend op {host} door {user} sinds {since}. U kunt alles lezen; wijzigen kan zodra die het bestand sluit.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="319"/>
        <source>Read-only: this file cannot be changed here.</source>
        <translation>Alleen-lezen: dit bestand kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="337"/>
        <source>Read-only copy of {date}, made by {user}. Nothing can be changed in it.</source>
        <translation>Leesversie van {date}, gemaakt door {user}. Hierin kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="345"/>
        <source>Read-only copy</source>
        <translation>Leesversie</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="347"/>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="349"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="351"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../ui/dialogs/manual.py" line="65"/>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="35"/>
        <location filename="../../ui/dialogs/newfile.py" line="75"/>
        <source>New governance file</source>
        <translation>Nieuw governancebestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="38"/>
        <source>The statutory name, e.g. Stichting De Linde</source>
        <translation>De statutaire naam, bijvoorbeeld Stichting De Linde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="43"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="49"/>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="50"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="51"/>
        <source>Everything for this organisation is kept in this one file. Put it where it is backed up, for instance in the secretariat&apos;s shared folder.</source>
        <translation>Alles van deze organisatie staat in dit ene bestand. Zet het op een plek waarvan een back-up wordt gemaakt, bijvoorbeeld in de gedeelde map van het secretariaat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="54"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newfile.py" line="76"/>
        <source>Governance files (*{ext})</source>
        <translation>Governancebestanden (*{ext})</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/catalog.py" line="80"/>
        <location filename="../../ui/pages/overview.py" line="41"/>
        <location filename="../../ui/pages/overview.py" line="80"/>
        <source>Overview</source>
        <extracomment>area key -&gt; the page class, as &quot;module:Class&quot; (imported when first shown)
----------
the user asked to open what a signal is about</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="44"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="52"/>
        <source>As of:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="68"/>
        <source>Double-click a signal (or press Enter) to open what it is about.</source>
        <translation>Dubbelklik op een signaal (of druk op Enter) om te openen waar het over gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="102"/>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="103"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="104"/>
        <source>For information</source>
        <translation>Ter informatie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="117"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="117"/>
        <source>Subject</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="117"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="117"/>
        <source>Area</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="163"/>
        <source>No signals as of {date}: nothing needs attention.</source>
        <translation>Geen signalen op {date}: er vraagt niets om aandacht.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="169"/>
        <source>As of {date}: {critical} critical, {warning}, {info} for information.</source>
        <translation>Peildatum {date}: {critical} kritiek, {warning}, {info} ter informatie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="172"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="172"/>
        <source>warnings</source>
        <translation>waarschuwingen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report.py" line="39"/>
        <source>Make report</source>
        <extracomment>the options this dialog can ask for; a report that requires another one (a meeting&apos;s notulen) is made from its own page</extracomment>
        <translation>Rapport maken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="48"/>
        <source>Public version (without signals, for the website)</source>
        <translation>Openbare versie (zonder signalen, voor de website)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="53"/>
        <source>Whole year so far</source>
        <translation>Heel het jaar tot nu toe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="55"/>
        <source>Quarter {n}</source>
        <translation>Kwartaal {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="58"/>
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="59"/>
        <source>As of:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="60"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="61"/>
        <source>Quarter:</source>
        <translation>Kwartaal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="85"/>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="93"/>
        <source>Making the report…</source>
        <translation>Rapport maken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="110"/>
        <source>Report ready</source>
        <translation>Rapport klaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="110"/>
        <source>The report was saved as {path}. Open it now?</source>
        <translation>Het rapport is opgeslagen als {path}. Nu openen?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="36"/>
        <location filename="../../ui/dialogs/restore.py" line="81"/>
        <source>Restore from backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="41"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="42"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="43"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="58"/>
        <source>Restore…</source>
        <translation>Herstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="64"/>
        <source>Choose the backup to go back to. The current state is backed up first, so this can be undone.</source>
        <translation>Kies de back-up waarnaar u terug wilt. Van de huidige toestand wordt eerst een back-up gemaakt, zodat dit terug te draaien is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="66"/>
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen back-ups van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="82"/>
        <source>Replace the contents of this file by the backup of {date}?</source>
        <translation>De inhoud van dit bestand vervangen door de back-up van {date}?</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="144"/>
        <source>Unsaved changes</source>
        <extracomment>a step with at least this many journal entries is replayed in a worker with progress</extracomment>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="145"/>
        <source>You changed {item} but did not save it yet. Save the changes?</source>
        <translation>U hebt {item} gewijzigd maar nog niet opgeslagen. Wijzigingen opslaan?</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="147"/>
        <source>If you do not save, what you typed is lost.</source>
        <translation>Als u niet opslaat, gaat wat u typte verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="148"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="149"/>
        <source>Don&apos;t save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="150"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="227"/>
        <source>Redoing {step}…</source>
        <translation>{step} opnieuw uitvoeren…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="227"/>
        <source>Undoing {step}…</source>
        <translation>{step} ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="249"/>
        <source>it was cancelled</source>
        <translation>het is afgebroken</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="253"/>
        <source>a row was changed meanwhile ({error})</source>
        <translation>een regel is intussen gewijzigd ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="255"/>
        <source>the file could not be written ({error})</source>
        <translation>het bestand kon niet worden geschreven ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="259"/>
        <source>Redoing &quot;{step}&quot; did not work: {reason}.</source>
        <translation>&quot;{step}&quot; opnieuw uitvoeren lukte niet: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="260"/>
        <source>Undoing &quot;{step}&quot; did not work: {reason}.</source>
        <translation>&quot;{step}&quot; ongedaan maken lukte niet: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="261"/>
        <source>Nothing was changed; the step is still in the Edit menu.</source>
        <translation>Er is niets veranderd; de stap staat nog in het menu Bewerken.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="36"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="74"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="131"/>
        <source>Change settings</source>
        <translation>Instellingen wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="133"/>
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="71"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="85"/>
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
</context>
</TS>
