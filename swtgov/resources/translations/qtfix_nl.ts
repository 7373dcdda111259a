<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<!--
  Qt's own strings that the Dutch catalogue shipped with PySide6 (qtbase_nl.qm) does not
  translate yet: Qt 6.10 renamed them (a mnemonic was added), the catalogue kept the old
  text. Without these the non-native file dialog says "Look in:" and "Files of type:".
  Hand-written (lupdate does not scan Qt); drop an entry once qtbase_nl has it.
-->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
</context>
</TS>
