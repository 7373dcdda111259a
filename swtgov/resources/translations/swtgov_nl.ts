<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="21" />
        <source>swtgov</source>
        <translation>swtgov</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57" />
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>Something went wrong that swtgov did not expect.</source>
        <translation>Er ging iets mis dat swtgov niet had verwacht.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60" />
        <source>Your data is safe: a change is saved completely or not at all. The details have been written to {log}. Please send that file to whoever supports swtgov in your organisation.</source>
        <translation>Uw gegevens zijn veilig: een wijziging wordt helemaal of helemaal niet opgeslagen. De details staan in {log}. Stuur dat bestand naar wie swtgov in uw organisatie ondersteunt.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../ui/filecommands.py" line="60" />
        <source>Open governance file</source>
        <translation>Governancebestand openen</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="60" />
        <location filename="../../ui/filecommands.py" line="69" />
        <location filename="../../ui/filecommands.py" line="169" />
        <source>Governance files (*{ext})</source>
        <translation>Governancebestanden (*{ext})</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="69" />
        <location filename="../../ui/filecommands.py" line="74" />
        <source>New governance file</source>
        <translation>Nieuw governancebestand</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="74" />
        <source>Name of the organisation:</source>
        <translation>Naam van de organisatie:</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="91" />
        <source>Making today's backup…</source>
        <translation>Back-up van vandaag maken…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="92" />
        <source>Today's backup was made.</source>
        <translation>De back-up van vandaag is gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="101" />
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="102" />
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="102" />
        <source>Backup made:
{path}</source>
        <translation>Back-up gemaakt:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="112" />
        <source>A file opened read-only cannot be restored.</source>
        <translation>Een alleen-lezen geopend bestand kan niet worden hersteld.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="123" />
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="124" />
        <source>The backup of {date} has been restored. The state before it was backed up first.</source>
        <translation>De back-up van {date} is teruggezet. Van de toestand daarvoor is eerst een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="136" />
        <source>Verifying the file…</source>
        <translation>Bestand controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="140" />
        <location filename="../../ui/filecommands.py" line="143" />
        <location filename="../../ui/filecommands.py" line="148" />
        <source>Verify file</source>
        <translation>Bestand controleren</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="141" />
        <source>The database is intact.</source>
        <translation>De database is intact.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="144" />
        <source>The file is intact and its audit log ({count} entries) is consistent.</source>
        <translation>Het bestand is intact en het auditlog ({count} regels) klopt.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="149" />
        <source>{count} problems found.</source>
        <translation>{count} problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="168" />
        <source>Make read-only copy</source>
        <translation>Leesversie maken</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="175" />
        <source>Making the read-only copy…</source>
        <translation>De leesversie wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="176" />
        <source>Read-only copy</source>
        <translation>Leesversie</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="177" />
        <source>The read-only copy was saved as {path}. It holds: {areas}; not the confidential registers and not the audit log.</source>
        <translation>De leesversie is opgeslagen als {path}. Ze bevat: {areas}; niet de vertrouwelijke registers en niet het auditlog.</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="185" />
        <source>About swtgov</source>
        <translation>Over swtgov</translation>
    </message>
    <message>
        <location filename="../../ui/filecommands.py" line="186" />
        <source>swtgov {version}
Governance for the supervisory board of a foundation.</source>
        <translation>swtgov {version}
Governance voor de Raad van Toezicht van een stichting.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="38" />
        <source>Import spreadsheet</source>
        <translation>Spreadsheet importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="46" />
        <source>Choose an .xlsx or .csv file</source>
        <translation>Kies een .xlsx- of .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="47" />
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="53" />
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="54" />
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="58" />
        <source>Press Check to see what the import would do. Nothing is saved until you press Import.</source>
        <translation>Kies Controleren om te zien wat de import zou doen. Er wordt niets opgeslagen tot u op Importeren drukt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="61" />
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="62" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="77" />
        <source>Choose spreadsheet</source>
        <translation>Spreadsheet kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="88" />
        <source>Checking {name}…</source>
        <translation>{name} controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="88" />
        <source>Importing {name}…</source>
        <translation>{name} importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="116" />
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="126" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127" />
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="128" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="129" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="135" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136" />
        <source>Make &amp;report…</source>
        <translation>&amp;Rapport maken…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="139" />
        <source>Make &amp;backup now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140" />
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Herstellen uit back-up…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="141" />
        <source>&amp;Verify file</source>
        <translation>Bestand &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="142" />
        <source>Make read-only &amp;copy…</source>
        <translation>&amp;Leesversie maken…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="143" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="151" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="153" />
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="157" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="158" />
        <source>&amp;About swtgov</source>
        <translation>&amp;Over swtgov</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164" />
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180" />
        <source>File cannot be opened</source>
        <translation>Bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="187" />
        <source>Network share</source>
        <translation>Netwerkschijf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="241" />
        <source>No file open</source>
        <translation>Geen bestand geopend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="251" />
        <source>Read-only: this file is open on {host} by {user} since {since}. You can read everything; changes are possible once they close it.</source>
        <translation>Alleen-lezen: dit bestand is geopend op {host} door {user} sinds {since}. U kunt alles lezen; wijzigen kan zodra die het bestand sluit.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="255" />
        <source>Read-only: this file cannot be changed here.</source>
        <translation>Alleen-lezen: dit bestand kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="271" />
        <source>Read-only copy of {date}, made by {user}. Nothing can be changed in it.</source>
        <translation>Leesversie van {date}, gemaakt door {user}. Hierin kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="279" />
        <source>Read-only copy</source>
        <translation>Leesversie</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="281" />
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="283" />
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/catalog.py" line="77" />
        <location filename="../../ui/pages/overview.py" line="44" />
        <location filename="../../ui/pages/overview.py" line="88" />
        <source>Overview</source>
        <extracomment>area key -&gt; the page class, as "module:Class" (imported when first shown)
----------
the user asked to open what a signal is about</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="51" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="59" />
        <source>As of:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="75" />
        <source>Double-click a signal (or press Enter) to open what it is about.</source>
        <translation>Dubbelklik op een signaal (of druk op Enter) om te openen waar het over gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="110" />
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="111" />
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="112" />
        <source>For information</source>
        <translation>Ter informatie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="125" />
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="125" />
        <source>Subject</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="125" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="125" />
        <source>Area</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="170" />
        <source>No signals as of {date}: nothing needs attention.</source>
        <translation>Geen signalen op {date}: er vraagt niets om aandacht.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="176" />
        <source>As of {date}: {critical} critical, {warning} warnings, {info} for information.</source>
        <translation>Op {date}: {critical} kritiek, {warning} waarschuwingen, {info} ter informatie.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="130" />
        <location filename="../../ui/dialogs/transfer.py" line="143" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="130" />
        <source>What do you want to export?</source>
        <translation>Wat wilt u exporteren?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="135" />
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer.py" line="143" />
        <source>{count} rows exported to {path}.</source>
        <translation>{count} rijen geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report.py" line="39" />
        <source>Make report</source>
        <extracomment>the options this dialog can ask for; a report that requires another one (a meeting's notulen) is made from its own page</extracomment>
        <translation>Rapport maken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="48" />
        <source>Public version (without signals, for the website)</source>
        <translation>Openbare versie (zonder signalen, voor de website)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="53" />
        <source>Whole year so far</source>
        <translation>Heel het jaar tot nu toe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="55" />
        <source>Quarter {n}</source>
        <translation>Kwartaal {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="58" />
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="59" />
        <source>As of:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="60" />
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="61" />
        <source>Quarter:</source>
        <translation>Kwartaal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="85" />
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="93" />
        <source>Making the report…</source>
        <translation>Rapport maken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="110" />
        <source>Report ready</source>
        <translation>Rapport klaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="110" />
        <source>The report was saved as {path}. Open it now?</source>
        <translation>Het rapport is opgeslagen als {path}. Nu openen?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="36" />
        <location filename="../../ui/dialogs/restore.py" line="81" />
        <source>Restore from backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="41" />
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="42" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="43" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="58" />
        <source>Restore…</source>
        <translation>Herstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="64" />
        <source>Choose the backup to go back to. The current state is backed up first, so this can be undone.</source>
        <translation>Kies de back-up waarnaar u terug wilt. Van de huidige toestand wordt eerst een back-up gemaakt, zodat dit terug te draaien is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="66" />
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen back-ups van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore.py" line="82" />
        <source>Replace the contents of this file by the backup of {date}?</source>
        <translation>De inhoud van dit bestand vervangen door de back-up van {date}?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="35" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="75" />
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="120" />
        <source>Change settings</source>
        <translation>Instellingen wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="122" />
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="71" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="85" />
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
</context>
</TS>