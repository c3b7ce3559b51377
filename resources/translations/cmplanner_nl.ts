<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Approval</name>
    <message>
        <location filename="../../cmplanner/gui/approval.py" line="30"/>
        <source>Approve the plan</source>
        <translation>Het plan goedkeuren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/approval.py" line="34"/>
        <source>The stamp records the plan&apos;s content as it is now; any later edit shows as changed since approved.</source>
        <translation>De stempel legt de inhoud van het plan vast zoals die nu is; elke latere wijziging wordt getoond als gewijzigd sinds de goedkeuring.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/approval.py" line="43"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/approval.py" line="45"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/approval.py" line="46"/>
        <source>Approved &amp;by:</source>
        <translation>Goedgekeurd &amp;door:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/approval.py" line="48"/>
        <source>&amp;Note or change reference:</source>
        <translation>&amp;Notitie of wijzigingsnummer:</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="46"/>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="64"/>
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="49"/>
        <source>Clients in a fast boundary see the DPs inside it as local and every other DP as remote.</source>
        <translation>Clients in een snelle boundary zien de DP&apos;s daarbinnen als lokaal en elke andere DP als remote.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="66"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="66"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="66"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="66"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="72"/>
        <source>&amp;Add boundary</source>
        <translation>Boundary &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="73"/>
        <source>&amp;Remove boundary</source>
        <translation>Boundary &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="89"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="90"/>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="91"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbinding:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="149"/>
        <source>Boundary %1</source>
        <translation>Boundary %1</translation>
    </message>
</context>
<context>
    <name>BoundariesWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="246"/>
        <source>Boundaries and locality</source>
        <translation>Boundaries en lokaliteit</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="262"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="268"/>
        <source>Two boundaries have the same name.</source>
        <translation>Twee boundaries hebben dezelfde naam.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="275"/>
        <source>Change the boundaries</source>
        <translation>Boundaries wijzigen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="291"/>
        <source>No DP serves clients in: %1</source>
        <translation>Geen DP bedient clients in: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="45"/>
        <source>Certificate file</source>
        <extracomment>the step of the pxe-certificate-import pack that imports the file (its evidence is the date and time of the import)</extracomment>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="50"/>
        <source>Certificates (*.pfx *.p12 *.cer *.crt *.pem);;All files (*)</source>
        <translation>Certificaten (*.pfx *.p12 *.cer *.crt *.pem);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="68"/>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="71"/>
        <source>Inspect the certificate before importing it. The password is used once to open the file and is never saved.</source>
        <translation>Bekijk het certificaat voordat u het importeert. Het wachtwoord wordt één keer gebruikt om het bestand te openen en wordt nooit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="76"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="79"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspecteren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="84"/>
        <source>Certificate &amp;file:</source>
        <translation>Certificaat&amp;bestand:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="85"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="86"/>
        <source>Browse for the certificate file</source>
        <translation>Naar het certificaatbestand bladeren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="128"/>
        <source>Choose a certificate file.</source>
        <translation>Kies een certificaatbestand.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="134"/>
        <source>The file is protected: type its password and inspect again.</source>
        <translation>Het bestand is beveiligd: typ het wachtwoord en bekijk het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="152"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="152"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="155"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="158"/>
        <source>not valid yet</source>
        <translation>nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="160"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="161"/>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="162"/>
        <source>Thumbprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="163"/>
        <source>Client Authentication EKU</source>
        <translation>EKU Clientverificatie (Client Authentication)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="164"/>
        <source>Enhanced key usages</source>
        <translation>Uitgebreid sleutelgebruik</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="165"/>
        <source>Key size</source>
        <translation>Sleutellengte</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="166"/>
        <source>Private key in the file</source>
        <translation>Persoonlijke sleutel in het bestand</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="167"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="168"/>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="387"/>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="411"/>
        <source>Signed off by %1.</source>
        <translation>Afgetekend door %1.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="413"/>
        <source>Not signed off yet.</source>
        <translation>Nog niet afgetekend.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="33"/>
        <location filename="../../cmplanner/gui/commands.py" line="121"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="73"/>
        <source>Add to %1</source>
        <translation>Toevoegen aan %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="98"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="vanished">Verwijderen uit %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="146"/>
        <source>Replace the plan</source>
        <translation>Het plan vervangen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="165"/>
        <source>Approve the plan</source>
        <translation>Het plan goedkeuren</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../cmplanner/gui/compare_panel.py" line="54"/>
        <source>Compare the plan with another plan: File &gt; Compare with...</source>
        <translation>Vergelijk het plan met een ander plan: Bestand &gt; Vergelijken met...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/compare_panel.py" line="58"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/compare_panel.py" line="58"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/compare_panel.py" line="59"/>
        <source>Changes since the compared plan</source>
        <translation>Wijzigingen sinds het vergeleken plan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/compare_panel.py" line="63"/>
        <source>Change &amp;runbook...</source>
        <translation>Wijzigings&amp;draaiboek...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/compare_panel.py" line="64"/>
        <source>Write the change runbook</source>
        <translation>Het wijzigingsdraaiboek schrijven</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/compare_panel.py" line="130"/>
        <source>Compared with %1 (%2): %3 change(s)</source>
        <translation>Vergeleken met %1 (%2): %3 wijziging(en)</translation>
    </message>
    <message>
        <source>The plans are equal.</source>
        <translation type="vanished">De plannen zijn gelijk.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="vanished">Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="vanished">Verwijderd</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="vanished">Hernoemd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="vanished">Gewijzigd</translation>
    </message>
    <message>
        <source>Findings introduced (%1)</source>
        <translation type="vanished">Nieuwe bevindingen (%1)</translation>
    </message>
    <message>
        <source>Findings resolved (%1)</source>
        <translation type="vanished">Opgeloste bevindingen (%1)</translation>
    </message>
    <message>
        <source>%1 joined %2 late</source>
        <translation type="vanished">%1 is laat toegetreden tot %2</translation>
    </message>
    <message>
        <source>will not get by itself: %1</source>
        <translation type="vanished">krijgt niet vanzelf: %1</translation>
    </message>
    <message>
        <source>compatible</source>
        <translation type="vanished">compatibel</translation>
    </message>
    <message>
        <source>PXE checklist</source>
        <translation type="vanished">PXE-checklist</translation>
    </message>
    <message>
        <source>What it touches (%1)</source>
        <translation type="vanished">Waar het aan raakt (%1)</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="185"/>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="193"/>
        <source>Console steps</source>
        <translation>Consolestappen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="188"/>
        <source>Do this in the ConfigMgr console; the runbook and the checklist keep the same steps.</source>
        <translation>Doe dit in de ConfigMgr-console; het draaiboek en de checklist hebben dezelfde stappen.</translation>
    </message>
</context>
<context>
    <name>DPDesignWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="294"/>
        <source>Distribution point design</source>
        <translation>Ontwerp van een distributiepunt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="359"/>
        <source>Add distribution point %1</source>
        <translation>Distributiepunt %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>DPGroupWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="210"/>
        <source>DP group creation</source>
        <translation>DP-groep maken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="268"/>
        <source>Create DP group %1</source>
        <translation>DP-groep %1 maken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="277"/>
        <source>Add members to %1</source>
        <translation>Leden toevoegen aan %1</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <location filename="../../cmplanner/gui/diagram_panel.py" line="25"/>
        <source>DP topology</source>
        <translation>DP-topologie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_panel.py" line="26"/>
        <source>Boundary locality</source>
        <translation>Lokaliteit per boundary</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_panel.py" line="27"/>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_panel.py" line="29"/>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="40"/>
        <location filename="../../cmplanner/gui/diagram_view.py" line="83"/>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="43"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="46"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="48"/>
        <source>Fit to window</source>
        <translation>Passend in venster</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="50"/>
        <source>Actual size</source>
        <translation>Werkelijke grootte</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="53"/>
        <source>Export as PNG...</source>
        <translation>Exporteren als PNG...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="56"/>
        <source>Export as SVG...</source>
        <translation>Exporteren als SVG...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="178"/>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-afbeeldingen (*.svg)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="178"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="180"/>
        <location filename="../../cmplanner/gui/diagram_view.py" line="191"/>
        <source>Export diagram</source>
        <translation>Diagram exporteren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="192"/>
        <source>Could not write {0}: {1}</source>
        <translation>Kan {0} niet schrijven: {1}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="38"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="39"/>
        <source>The plan %1 has changes that are not saved. Save them?</source>
        <translation>Het plan %1 heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="64"/>
        <source>an unsaved plan</source>
        <translation>een niet-opgeslagen plan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="68"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="69"/>
        <source>cmplanner did not close properly last time. An autosave of %1 from %2 exists. Recover it?</source>
        <translation>cmplanner is de vorige keer niet netjes afgesloten. Er is een automatisch opgeslagen versie van %1 van %2. Herstellen?</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="83"/>
        <source>cmplanner plans (*.cmplan);;All files (*)</source>
        <translation>cmplanner-plannen (*.cmplan);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="91"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="vanished">Plan openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="102"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="113"/>
        <source>Author name</source>
        <translation>Naam van de auteur</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="114"/>
        <source>Your name, recorded with ticks and sign-offs:</source>
        <translation>Uw naam, vastgelegd bij afvinken en aftekenen:</translation>
    </message>
</context>
<context>
    <name>ErrorCatchingWizard</name>
    <message>
        <source>%1 saved next to it: put it at the root of %2, which the task sequence maps as %3.</source>
        <translation type="vanished">%1 staat ernaast opgeslagen: zet het in de hoofdmap van %2, die de takenreeks koppelt als %3.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="512"/>
        <source>%1 saved next to it: %2.</source>
        <translation>%1 staat ernaast opgeslagen: %2.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="305"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="308"/>
        <source>Import this file in the ConfigMgr 2007 console (Task Sequences &gt; Import). Secrets are left out.</source>
        <translation>Importeer dit bestand in de ConfigMgr 2007-console (Task Sequences &gt; Import). Geheimen zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="313"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="314"/>
        <source>Choose where to export</source>
        <translation>Kies waarheen u exporteert</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="315"/>
        <source>&amp;Export XML</source>
        <translation>XML &amp;exporteren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="319"/>
        <source>Export &amp;to:</source>
        <translation>Exporteren &amp;naar:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="334"/>
        <source>Task sequence XML (*.xml)</source>
        <translation>Takenreeks-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="342"/>
        <source>Choose a file name first.</source>
        <translation>Kies eerst een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="358"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="14"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="15"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="16"/>
        <source>Site code</source>
        <translation>Sitecode</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="17"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="18"/>
        <source>Service pack</source>
        <translation>Service pack</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="19"/>
        <source>Add-on</source>
        <translation>Uitbreiding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="20"/>
        <source>Security mode</source>
        <translation>Beveiligingsmodus</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="21"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="22"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="23"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="24"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="25"/>
        <source>Share name</source>
        <translation>Sharenaam</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="26"/>
        <source>Branch distribution point</source>
        <translation>Branch-distributiepunt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="27"/>
        <source>BITS-enabled</source>
        <translation>BITS ingeschakeld</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="28"/>
        <source>Protected</source>
        <translation>Beschermd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="29"/>
        <source>Protected boundaries</source>
        <translation>Beschermde boundaries</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="30"/>
        <source>Mobile device support</source>
        <translation>Ondersteuning mobiele apparaten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="31"/>
        <source>Internet-based clients</source>
        <translation>Internetclients</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="32"/>
        <source>Streaming (App-V)</source>
        <translation>Streaming (App-V)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="33"/>
        <source>Multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="34"/>
        <source>PXE</source>
        <translation>PXE</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="35"/>
        <source>Is a ConfigMgr client</source>
        <translation>Is een ConfigMgr-client</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="36"/>
        <source>Operating system</source>
        <translation>Besturingssysteem</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="37"/>
        <source>Domain joined</source>
        <translation>Lid van het domein</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="38"/>
        <source>Roams between sites</source>
        <translation>Zwerft tussen sites</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="39"/>
        <source>Often switched off</source>
        <translation>Vaak uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="40"/>
        <source>Pulls content from</source>
        <translation>Haalt inhoud van</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="41"/>
        <source>IP address</source>
        <translation>IP-adres</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="42"/>
        <source>AD site</source>
        <translation>AD-site</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="43"/>
        <location filename="../../cmplanner/gui/labels.py" line="87"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="44"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="45"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="46"/>
        <source>Package ID</source>
        <translation>Pakket-ID</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="47"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="48"/>
        <source>Source path</source>
        <translation>Bronpad</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="49"/>
        <source>Sent to</source>
        <translation>Verzonden naar</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="50"/>
        <source>Unknown computer support</source>
        <translation>Ondersteuning onbekende computers</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="51"/>
        <source>PXE password</source>
        <translation>PXE-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="52"/>
        <source>Response delay (seconds)</source>
        <translation>Antwoordvertraging (seconden)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="53"/>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="54"/>
        <source>Boot image ID</source>
        <translation>Opstartimage-ID</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="55"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="56"/>
        <source>Built by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="57"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="58"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist pack</source>
        <translation type="vanished">Checklistpakket</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="59"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="60"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="61"/>
        <source>Sign-off</source>
        <translation>Aftekenen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="62"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="63"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="67"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="68"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="69"/>
        <source>Variables</source>
        <translation>Variabelen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="70"/>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="71"/>
        <source>Key size</source>
        <translation>Sleutellengte</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="72"/>
        <source>Built with the options</source>
        <translation>Gemaakt met de opties</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="73"/>
        <source>Blank local administrator password</source>
        <translation>Leeg wachtwoord van de lokale beheerder</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="74"/>
        <source>Mandatory assignment</source>
        <translation>Verplichte toewijzing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="75"/>
        <source>Reference machine</source>
        <translation>Referentiecomputer</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="79"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="80"/>
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="81"/>
        <source>Distribution points</source>
        <translation>Distributiepunten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="82"/>
        <source>DP groups</source>
        <translation>DP-groepen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="83"/>
        <source>Packages</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="84"/>
        <source>PXE service point</source>
        <translation>PXE-servicepunt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="85"/>
        <source>Task sequences</source>
        <translation>Takenreeksen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="86"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="103"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="103"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="103"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="103"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="142"/>
        <source>Findings summary</source>
        <translation>Samenvatting bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="145"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="167"/>
        <source>Finding details</source>
        <translation>Details van de bevinding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="191"/>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 fouten, %2 waarschuwingen, %3 opmerkingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="198"/>
        <source>Select a finding to see why it matters, how to fix it and where the rule comes from.</source>
        <translation>Kies een bevinding om te zien waarom ze ertoe doet, hoe u ze oplost en waar de regel vandaan komt.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="232"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="233"/>
        <source>Fix</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="234"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="126"/>
        <source>Findings for this page</source>
        <extracomment>Alt-keys the wizard&apos;s own buttons use (Back, Next, Finish, Cancel)</extracomment>
        <translation>Bevindingen voor deze pagina</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="274"/>
        <source>Add to the plan</source>
        <extracomment>the result&apos;s fields this page shows (a finding&apos;s subject names one); ALL: every one the last page blocks on every error that is left, whoever&apos;s field it is</extracomment>
        <translation>Aan het plan toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="275"/>
        <source>Finish adds this to the plan as one step you can undo.</source>
        <translation>Voltooien voegt dit aan het plan toe als één stap die u ongedaan kunt maken.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="279"/>
        <source>Show the runbook section for this afterwards</source>
        <translation>Daarna het bijbehorende hoofdstuk van het draaiboek tonen</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="53"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="55"/>
        <source>DP groups copy packages to many DPs at once; they do not balance load.</source>
        <translation>DP-groepen kopiëren pakketten in één keer naar veel DP&apos;s; ze verdelen de belasting niet.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="57"/>
        <source>Create a &amp;new group</source>
        <translation>Een &amp;nieuwe groep maken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="58"/>
        <source>Add DPs to an &amp;existing group</source>
        <translation>DP&apos;s aan een &amp;bestaande groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="66"/>
        <source>Copy content to many DPs</source>
        <translation>Inhoud naar veel DP&apos;s kopiëren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="67"/>
        <source>Balance the load</source>
        <translation>De belasting verdelen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="74"/>
        <source>Group &amp;name:</source>
        <translation>Groeps&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="75"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="76"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="78"/>
        <source>E&amp;xisting group:</source>
        <translation>Be&amp;staande groep:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="101"/>
        <source>Give the group a name.</source>
        <translation>Geef de groep een naam.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="103"/>
        <source>A group called %1 exists already: choose it below.</source>
        <translation>Er bestaat al een groep %1: kies die hieronder.</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="59"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="62"/>
        <source>Where the distribution point lives. A DP is either a server or a share on a server, never both.</source>
        <translation>Waar het distributiepunt staat. Een DP is een server of een share op een server, nooit allebei.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="69"/>
        <source>On a &amp;server (a standard or branch DP)</source>
        <translation>Op een &amp;server (een standaard- of branch-DP)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="70"/>
        <source>As a share &amp;on a server</source>
        <translation>Als share &amp;op een server</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="85"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="88"/>
        <source>S&amp;hare name:</source>
        <translation>S&amp;harenaam:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="89"/>
        <source>Operating s&amp;ystem:</source>
        <translation>Be&amp;sturingssysteem:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="90"/>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-adres:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="91"/>
        <source>&amp;AD site:</source>
        <translation>&amp;AD-site:</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="60"/>
        <source>What this checklist is for, and who is ticking.</source>
        <translation>Waar deze checklist voor is, en wie er afvinkt.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="66"/>
        <source>the whole plan</source>
        <translation>het hele plan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="68"/>
        <source>Your &amp;name (recorded with each tick):</source>
        <translation>Uw &amp;naam (vastgelegd bij elk vinkje):</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="70"/>
        <source>Checklist &amp;for:</source>
        <translation>Checklist &amp;voor:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="103"/>
        <source>Say who you are: every tick records a name.</source>
        <translation>Zeg wie u bent: bij elk vinkje wordt een naam vastgelegd.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../cmplanner/gui/language_menu.py" line="24"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/language_menu.py" line="31"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/language_menu.py" line="45"/>
        <source>The new language is used from the next start of cmplanner.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van cmplanner.</translation>
    </message>
</context>
<context>
    <name>LocalityPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="179"/>
        <source>Locality</source>
        <translation>Lokaliteit</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="182"/>
        <source>What a client in each boundary sees. A protected DP serves only its protected boundaries, and its clients use other DPs only as a fallback.</source>
        <translation>Wat een client in elke boundary ziet. Een beschermde DP bedient alleen zijn beschermde boundaries, en zijn clients gebruiken andere DP&apos;s alleen als uitwijk.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="188"/>
        <source>Locality per boundary</source>
        <translation>Lokaliteit per boundary</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="191"/>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="192"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="193"/>
        <source>Local DPs</source>
        <translation>Lokale DP&apos;s</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="194"/>
        <source>Remote DPs</source>
        <translation>Remote DP&apos;s</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="195"/>
        <source>Fallback only
(8 hours)</source>
        <translation>Alleen als uitwijk
(8 uur)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="196"/>
        <source>Unavailable
(protected)</source>
        <translation>Niet beschikbaar
(beschermd)</translation>
    </message>
    <message>
        <source>Fallback only (8 hours)</source>
        <translation type="vanished">Alleen als uitwijk (8 uur)</translation>
    </message>
    <message>
        <source>Unavailable (protected)</source>
        <translation type="vanished">Niet beschikbaar (beschermd)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="228"/>
        <source>No DP serves clients here</source>
        <translation>Geen DP bedient clients hier</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="70"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="71"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="72"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="73"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="74"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="75"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>LogType</name>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="112"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="113"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="114"/>
        <source>info</source>
        <translation>informatie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="115"/>
        <source>verbose</source>
        <translation>uitgebreid</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="121"/>
        <source>&amp;Open logs…</source>
        <translation>Logbestanden &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="122"/>
        <location filename="../../cmplanner/gui/log_view.py" line="323"/>
        <source>Open logs</source>
        <translation>Logbestanden openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="124"/>
        <source>text in the message</source>
        <translation>tekst in het bericht</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="126"/>
        <source>Filter text</source>
        <translation>Filtertekst</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="127"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="130"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="133"/>
        <source>&amp;Component:</source>
        <translation>&amp;Component:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="136"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="139"/>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="140"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="141"/>
        <source>Errors and warnings</source>
        <translation>Fouten en waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="142"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="143"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="146"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="148"/>
        <source>&amp;Previous error</source>
        <translation>&amp;Vorige fout</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="149"/>
        <source>Previous error</source>
        <translation>Vorige fout</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="150"/>
        <source>&amp;Next error</source>
        <translation>Vol&amp;gende fout</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="151"/>
        <source>Next error</source>
        <translation>Volgende fout</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="168"/>
        <source>Reading progress</source>
        <translation>Voortgang van het lezen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="169"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="170"/>
        <source>Cancel reading</source>
        <translation>Lezen annuleren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="171"/>
        <source>No log open.</source>
        <translation>Geen logbestand geopend.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="172"/>
        <source>Log status</source>
        <translation>Status van het logbestand</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="184"/>
        <source>Log entries</source>
        <translation>Logregels</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="197"/>
        <location filename="../../cmplanner/gui/log_view.py" line="216"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="200"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="201"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="202"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="203"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="204"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="205"/>
        <source>Exit code</source>
        <translation>Afsluitcode</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="206"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="215"/>
        <source>Entries</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="219"/>
        <source>Known error</source>
        <translation>Bekende fout</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="221"/>
        <source>Open &amp;checklist</source>
        <translation>&amp;Checklist openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="222"/>
        <location filename="../../cmplanner/gui/log_view.py" line="492"/>
        <source>Open checklist</source>
        <translation>Checklist openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="299"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="323"/>
        <source>Logs (*.log *.lo_);;All files (*)</source>
        <translation>Logbestanden (*.log *.lo_);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="333"/>
        <source>Reading… %1 entries</source>
        <translation>Lezen… %1 regels</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="350"/>
        <source>Cannot read: %1</source>
        <translation>Kan niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="365"/>
        <source>All components</source>
        <translation>Alle componenten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="373"/>
        <source>%1 entries, %2 errors, %3 warnings; %4 lines not read</source>
        <translation>%1 regels, %2 fouten, %3 waarschuwingen; %4 regels niet gelezen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="380"/>
        <source>Cancelled: </source>
        <translation>Geannuleerd: </translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="416"/>
        <source>No more errors in that direction.</source>
        <translation>Geen fouten meer in die richting.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="488"/>
        <source>Open the PXE certificate wizard</source>
        <translation>De PXE-certificaatwizard openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="490"/>
        <source>Open checklist: %1</source>
        <translation>Checklist openen: %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="33"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="34"/>
        <source>Fix</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="35"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="36"/>
        <source>Runbook section</source>
        <translation>Hoofdstuk van het draaiboek</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="37"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="38"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="39"/>
        <source>Error codes</source>
        <translation>Foutcodes</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="40"/>
        <source>(no certificate file in the plan)</source>
        <translation>(geen certificaatbestand in het plan)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="41"/>
        <source>PXE service point</source>
        <translation>PXE-servicepunt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="42"/>
        <source>certificate</source>
        <translation>certificaat</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="43"/>
        <source>Re-import the PXE certificate</source>
        <translation>Het PXE-certificaat opnieuw importeren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="44"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="45"/>
        <source>succeeded</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="46"/>
        <source>error lines, no verdict of its own</source>
        <translation>foutregels, geen eigen eindoordeel</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="47"/>
        <source>no verdict and no error lines</source>
        <translation>geen eindoordeel en geen foutregels</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="48"/>
        <source>No failure found.</source>
        <translation>Geen fout gevonden.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="49"/>
        <source>step %1 &apos;%2&apos;</source>
        <translation>stap %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="50"/>
        <source>before the first step</source>
        <translation>vóór de eerste stap</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="51"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="52"/>
        <source>Planned step</source>
        <translation>Geplande stap</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="53"/>
        <source>documented</source>
        <translation>gedocumenteerd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_card.py" line="54"/>
        <source>inferred</source>
        <translation>afgeleid</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="94"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="99"/>
        <source>Runbook preview</source>
        <translation>Voorbeeld van het draaiboek</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="161"/>
        <source>Diagrams</source>
        <translation>Diagrammen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="176"/>
        <source>Log analysis</source>
        <translation>Loganalyse</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="221"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="222"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="223"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="225"/>
        <source>Save &amp;as...</source>
        <translation>Opslaan &amp;als...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="229"/>
        <source>&amp;Import task sequence...</source>
        <translation>Takenreeks &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="235"/>
        <source>E&amp;xport selected task sequence...</source>
        <translation>Geselecteerde takenreeks e&amp;xporteren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="241"/>
        <source>Analyse &amp;logs...</source>
        <translation>&amp;Logbestanden analyseren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="245"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="247"/>
        <source>Author &amp;name...</source>
        <translation>Naam van de &amp;auteur...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="249"/>
        <source>&amp;Delete selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="253"/>
        <source>Add &amp;boundary</source>
        <translation>&amp;Boundary toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="259"/>
        <source>Add &amp;distribution point</source>
        <translation>&amp;Distributiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="265"/>
        <source>Add DP &amp;group</source>
        <translation>DP-&amp;groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="271"/>
        <source>Add &amp;package</source>
        <translation>&amp;Pakket toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="277"/>
        <source>Add PXE &amp;service point</source>
        <translation>PXE-&amp;servicepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="283"/>
        <source>Add &amp;note</source>
        <translation>Notiti&amp;e toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="287"/>
        <source>Go to &amp;findings</source>
        <translation>Naar de &amp;bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="290"/>
        <source>Go to the plan &amp;tree</source>
        <translation>Naar de plan&amp;boom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="293"/>
        <source>Print pre&amp;view...</source>
        <translation>Af&amp;drukvoorbeeld...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="299"/>
        <source>&amp;Print...</source>
        <translation>Af&amp;drukken...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="302"/>
        <source>Export runbook as P&amp;DF...</source>
        <translation>Draaiboek exporteren als P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="315"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="317"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="328"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="336"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="337"/>
        <source>&amp;Wizards</source>
        <translation>&amp;Wizards</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="339"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="353"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="358"/>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="392"/>
        <source>Add PXE service point</source>
        <translation>PXE-servicepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="401"/>
        <source>New boundary %1</source>
        <translation>Nieuwe boundary %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="408"/>
        <source>New group %1</source>
        <translation>Nieuwe groep %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="416"/>
        <source>New package %1</source>
        <translation>Nieuw pakket %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="419"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="429"/>
        <source>Remove PXE service point</source>
        <translation>PXE-servicepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="432"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="468"/>
        <source>Cannot open the plan</source>
        <translation>Kan het plan niet openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="504"/>
        <location filename="../../cmplanner/gui/main_window.py" line="507"/>
        <source>Cannot save the plan</source>
        <translation>Kan het plan niet opslaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="511"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="516"/>
        <source>Task sequence XML (*.xml);;All files (*)</source>
        <translation>Takenreeks-XML (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="528"/>
        <source>Cannot import the task sequence</source>
        <translation>Kan de takenreeks niet importeren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="531"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="540"/>
        <source>Select a task sequence in the tree first.</source>
        <translation>Selecteer eerst een takenreeks in de boom.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="543"/>
        <source>Task sequence XML (*.xml)</source>
        <translation>Takenreeks-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="560"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="564"/>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="568"/>
        <source>Secrets in the export</source>
        <translation>Geheimen in de export</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="569"/>
        <source>Exported %1. Check these values on the target site:</source>
        <translation>%1 geëxporteerd. Controleer deze waarden op de doelsite:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="578"/>
        <source>Logs (*.log *.lo_);;All files (*)</source>
        <translation>Logbestanden (*.log *.lo_);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="609"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="627"/>
        <source>Cannot recover</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="629"/>
        <source>Recover autosave</source>
        <translation>Automatisch opgeslagen versie herstellen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="662"/>
        <source>This version of cmplanner has no such checklist</source>
        <translation>Deze versie van cmplanner heeft die checklist niet</translation>
    </message>
    <message>
        <source>No checklist called %1</source>
        <translation type="vanished">Geen checklist met de naam %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="694"/>
        <source>Compare &amp;with...</source>
        <translation>&amp;Vergelijken met...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="697"/>
        <source>&amp;Approve...</source>
        <translation>&amp;Goedkeuren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="711"/>
        <source>changed since approved</source>
        <translation>gewijzigd sinds de goedkeuring</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="713"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="739"/>
        <source>Cannot compare</source>
        <translation>Kan niet vergelijken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="758"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="767"/>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="776"/>
        <source>Cannot write the change runbook</source>
        <translation>Kan het wijzigingsdraaiboek niet schrijven</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="778"/>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="116"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="119"/>
        <source>A DP that joins after packages were sent to the group does not receive them: the findings below list what to add by hand.</source>
        <translation>Een DP die toetreedt nadat er pakketten naar de groep zijn gestuurd, krijgt die niet: de bevindingen hieronder noemen wat u met de hand moet toevoegen.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="129"/>
        <source>&amp;Distribution points:</source>
        <translation>&amp;Distributiepunten:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="130"/>
        <source>New members &amp;join on:</source>
        <translation>Nieuwe leden &amp;treden toe op:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="148"/>
        <source>%1 (member already)</source>
        <translation>%1 (al lid)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="176"/>
        <source>Tick at least one distribution point.</source>
        <translation>Vink minstens één distributiepunt aan.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../cmplanner/gui/names.py" line="34"/>
        <source>Unknown checklist (not in this version of cmplanner)</source>
        <translation>Onbekende checklist (niet in deze versie van cmplanner)</translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="163"/>
        <source>Edit problem</source>
        <extracomment>fields shown as words, never edited in place: a checklist run&apos;s pack is named by its title (its id is for the file), and another pack would make its ticks meaningless findings listed above the form; the rest are in the Findings panel (the form stays visible) a message for the status bar (why an edit was refused)</extracomment>
        <translation>Probleem bij bewerken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="202"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="204"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="245"/>
        <source>names separated by semicolons</source>
        <translation>namen gescheiden door puntkomma&apos;s</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="247"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-DD UU:MM</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="331"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="335"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 is niet gewijzigd: %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="387"/>
        <source>… and %1 more in the Findings panel (F6)</source>
        <translation>… en nog %1 in het deelvenster Bevindingen (F6)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="136"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="138"/>
        <source>Site version: %1. The builder refuses what cannot work.</source>
        <translation>Siteversie: %1. De bouwer weigert wat niet kan werken.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="148"/>
        <source>(an empty task sequence)</source>
        <translation>(een lege takenreeks)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="211"/>
        <source>%1; fill it in above before importing.</source>
        <translation>%1; vul het hierboven in vóór het importeren.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="214"/>
        <source>%1, in the task sequence being wrapped, which this wizard copies as it is; set it in the ConfigMgr console after the import.</source>
        <translation>%1, in de takenreeks die wordt omhuld en die deze wizard ongewijzigd overneemt; stel het na het importeren in de ConfigMgr-console in.</translation>
    </message>
    <message>
        <source>No %1 yet: choose it above before importing.</source>
        <translation type="vanished">Nog geen %1: kies die hierboven voor het importeren.</translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="256"/>
        <source>Outline</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="257"/>
        <source>Step numbers are the ones smsts.log shows.</source>
        <translation>De stapnummers zijn de nummers die smsts.log toont.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="259"/>
        <source>Numbered outline</source>
        <translation>Genummerd overzicht</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="260"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="260"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="260"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="274"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../cmplanner/gui/pdf_export.py" line="73"/>
        <source>Export runbook as PDF</source>
        <translation>Draaiboek exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/pdf_export.py" line="74"/>
        <source>Preparing the runbook...</source>
        <translation>Het draaiboek wordt voorbereid...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/pdf_export.py" line="75"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/pdf_export.py" line="76"/>
        <source>PDF export progress</source>
        <translation>Voortgang van de PDF-export</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/pdf_export.py" line="145"/>
        <location filename="../../cmplanner/gui/pdf_export.py" line="147"/>
        <source>the export process stopped</source>
        <translation>het exportproces is gestopt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/pdf_export.py" line="160"/>
        <source>Laying out the runbook: part %1 of %2</source>
        <translation>Het draaiboek wordt opgemaakt: deel %1 van %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/pdf_export.py" line="162"/>
        <source>Printing page %1 of %2</source>
        <translation>Pagina %1 van %2 wordt afgedrukt</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="120"/>
        <source>Tick each step when it is done and note the evidence.</source>
        <translation>Vink elke stap af als die gedaan is en noteer het bewijs.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="169"/>
        <source>&amp;Done</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="169"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="170"/>
        <source>Done: step %1</source>
        <translation>Gedaan: stap %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="174"/>
        <source>Not &amp;applicable</source>
        <translation>Niet van t&amp;oepassing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="174"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="175"/>
        <source>Not applicable: step %1</source>
        <translation>Niet van toepassing: stap %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="183"/>
        <source>Why this step does not apply here</source>
        <translation>Waarom deze stap hier niet van toepassing is</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="184"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="185"/>
        <source>Reason: step %1</source>
        <translation>Reden: stap %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="188"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="189"/>
        <source>Evidence: step %1</source>
        <translation>Bewijs: stap %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="215"/>
        <source>Not applicable, by %1, %2</source>
        <translation>Niet van toepassing, door %1, %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="216"/>
        <source>Ticked by %1, %2</source>
        <translation>Afgevinkt door %1, %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="259"/>
        <source>Say why step %1 does not apply here.</source>
        <translation>Zeg waarom stap %1 hier niet van toepassing is.</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="227"/>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="230"/>
        <source>A protected DP serves only clients in the boundaries you tick; a branch DP pulls its content from a standard DP.</source>
        <translation>Een beschermde DP bedient alleen clients in de boundaries die u aanvinkt; een branch-DP haalt zijn inhoud op van een standaard-DP.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="236"/>
        <source>The computer is &amp;often switched off</source>
        <translation>De computer staat &amp;vaak uit</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="237"/>
        <source>The computer &amp;roams between sites</source>
        <translation>De computer &amp;zwerft tussen sites</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="239"/>
        <source>Protected &amp;boundaries:</source>
        <translation>Beschermde &amp;boundaries:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="240"/>
        <source>&amp;Pulls content from:</source>
        <translation>Haalt inhoud &amp;op van:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="270"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../cmplanner/gui/plan_tree.py" line="61"/>
        <source>Plan tree</source>
        <translation>Planboom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/plan_tree.py" line="97"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="417"/>
        <source>Finish checks this again before it adds anything.</source>
        <extracomment>the runbook section id the wizard&apos;s result belongs to</extracomment>
        <translation>Voltooien controleert dit opnieuw voordat er iets wordt toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="420"/>
        <source>Go back to page %1, %2, to fix this.</source>
        <translation>Ga terug naar pagina %1, %2, om dit op te lossen.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="422"/>
        <source>You will fix this on page %1, %2.</source>
        <translation>U lost dit op op pagina %1, %2.</translation>
    </message>
</context>
<context>
    <name>PxeCertificateWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="195"/>
        <source>The plan has no PXE service point: add one first (Edit &gt; Add PXE service point).</source>
        <translation>Het plan heeft geen PXE-servicepunt: voeg er eerst een toe (Bewerken &gt; PXE-servicepunt toevoegen).</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="222"/>
        <source>Record the PXE certificate</source>
        <translation>Het PXE-certificaat vastleggen</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="66"/>
        <source>Why</source>
        <extracomment>on a plan with more objects than this (DPs, boundaries, packages, task sequences) a page checks again only once typing pauses for DEBOUNCE_MS; a smaller plan checks on every key (a check there costs a few milliseconds; the 1,000-DP benchmark plan&apos;s cost hundreds)</extracomment>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="67"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>RunbookPanel</name>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="69"/>
        <source>Runbook section</source>
        <extracomment>a preview that took longer than this to render stops following every edit (a large plan); the Refresh button (F9) renders it on request instead, so typing never stalls a rendered runbook larger than this is not laid out on screen (laying out megabytes of tables freezes the window for seconds); print preview and PDF still take all of it a runbook judged from the plan to print more table rows than this is over PREVIEW_LIMIT for certain (the 1,000-DP plan prints about 280 bytes a row): it is not rendered at all for the preview, which would hold the window for a second or more to then show the note</extracomment>
        <translation>Hoofdstuk van het draaiboek</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="74"/>
        <source>Whole runbook</source>
        <translation>Hele draaiboek</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="76"/>
        <source>&amp;Section:</source>
        <translation>&amp;Hoofdstuk:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="78"/>
        <source>Print pre&amp;view</source>
        <translation>Af&amp;drukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="81"/>
        <source>Render the preview again (F9)</source>
        <translation>Het voorbeeld opnieuw maken (F9)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="82"/>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="83"/>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="85"/>
        <source>Runbook preview</source>
        <translation>Voorbeeld van het draaiboek</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="96"/>
        <source>Large plan: the preview follows your edits when you press Refresh (F9).</source>
        <translation>Groot plan: het voorbeeld volgt uw wijzigingen als u op Vernieuwen (F9) drukt.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="177"/>
        <source>This build has no runbook renderer.</source>
        <translation>Deze versie kan geen draaiboek maken.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="184"/>
        <source>This part of the runbook has about %1 table rows, too many to show here without freezing the window. Pick one section above, or use Print preview or PDF, which take all of it.</source>
        <translation>Dit deel van het draaiboek heeft ongeveer %1 tabelregels, te veel om hier te tonen zonder dat het venster vastloopt. Kies hierboven één hoofdstuk, of gebruik Afdrukvoorbeeld of PDF, die alles meenemen.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="190"/>
        <source>This part of the runbook is %1 KB, too large to show here without freezing the window. Pick one section above, or use Print preview or PDF, which take all of it.</source>
        <translation>Dit deel van het draaiboek is %1 KB, te groot om hier te tonen zonder dat het venster vastloopt. Kies hierboven één hoofdstuk, of gebruik Afdrukvoorbeeld of PDF, die alles meenemen.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="207"/>
        <source>Runbook print preview</source>
        <translation>Afdrukvoorbeeld van het draaiboek</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="238"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="253"/>
        <source>Runbook written to %1 (%2 pages)</source>
        <translation>Draaiboek geschreven naar %1 (%2 pagina&apos;s)</translation>
    </message>
    <message>
        <source>No PDF output</source>
        <translation type="vanished">Geen PDF-uitvoer</translation>
    </message>
    <message>
        <source>This build cannot write PDF files.</source>
        <translation type="vanished">Deze versie kan geen PDF-bestanden schrijven.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="246"/>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="249"/>
        <source>Cannot write the PDF</source>
        <translation>Kan de PDF niet schrijven</translation>
    </message>
</context>
<context>
    <name>SecretNotes</name>
    <message>
        <location filename="../../cmplanner/gui/secret_notes.py" line="20"/>
        <source>%1: left out %2, a secret; enter it in the ConfigMgr console after the import</source>
        <translation>%1: %2 weggelaten, een geheim; vul het na het importeren in de ConfigMgr-console in</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="112"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="116"/>
        <source>Settings from the compatibility table (%1). A setting the table forbids with your choices cannot be ticked.</source>
        <translation>Instellingen uit de compatibiliteitstabel (%1). Een instelling die de tabel bij uw keuzes verbiedt, kan niet worden aangevinkt.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="146"/>
        <source>&amp;PXE service point on this server</source>
        <translation>&amp;PXE-servicepunt op deze server</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="147"/>
        <source>PXE service point on this server</source>
        <translation>PXE-servicepunt op deze server</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="186"/>
        <source>Cannot be ticked: %1. Source: %2</source>
        <translation>Kan niet worden aangevinkt: %1. Bron: %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="202"/>
        <source>%1. Source: %2</source>
        <translation>%1. Bron: %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="206"/>
        <source>Also tick %1</source>
        <translation>Vink ook %1 aan</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="105"/>
        <source>error</source>
        <extracomment>fields the generic editor never shows as plain text (secrets get a password box)</extracomment>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="106"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="107"/>
        <source>info</source>
        <translation>opmerking</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="270"/>
        <source>Sign-off</source>
        <translation>Aftekenen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="272"/>
        <source>Sign for the checklist once every step is done, or leave it open.</source>
        <translation>Teken de checklist af zodra elke stap gedaan is, of laat hem open.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="276"/>
        <source>&amp;Sign off this checklist</source>
        <translation>Deze checklist &amp;aftekenen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="280"/>
        <source>Sign-off &amp;note:</source>
        <translation>&amp;Notitie bij aftekenen:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="293"/>
        <source>%1 of %2 steps ticked.</source>
        <translation>%1 van %2 stappen afgevinkt.</translation>
    </message>
</context>
<context>
    <name>TaskSequenceOptions</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="53"/>
        <source>Task sequence name</source>
        <translation>Naam van de takenreeks</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="54"/>
        <source>The reference machine is domain-joined</source>
        <translation>De referentiecomputer is lid van het domein</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="57"/>
        <source>Workgroup to join before capture</source>
        <translation>Werkgroep waarin de computer vóór het vastleggen komt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="58"/>
        <source>The reference machine runs Windows XP</source>
        <translation>De referentiecomputer draait Windows XP</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="59"/>
        <source>Sysprep package ID</source>
        <translation>Package-id van Sysprep</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="60"/>
        <source>Capture destination (.wim)</source>
        <translation>Doel van het vastleggen (.wim)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="61"/>
        <source>Capture account</source>
        <translation>Account voor het vastleggen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="62"/>
        <source>Start from WinPE (PXE or boot media)</source>
        <translation>Starten vanuit WinPE (PXE of opstartmedia)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="65"/>
        <source>Reference machine</source>
        <translation>Referentiecomputer</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="66"/>
        <source>Mandatory assignment</source>
        <translation>Verplichte toewijzing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="67"/>
        <source>Local administrator password is blank</source>
        <translation>Het wachtwoord van de lokale Administrator is leeg</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="70"/>
        <source>Boot image package ID</source>
        <translation>Package-id van de opstartimage</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="71"/>
        <source>Operating system now</source>
        <translation>Besturingssysteem nu</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="72"/>
        <source>Operating system after</source>
        <translation>Besturingssysteem daarna</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="73"/>
        <source>Capture user state in WinPE</source>
        <translation>Gebruikersstatus vastleggen in WinPE</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="74"/>
        <source>USMT 4 package ID</source>
        <translation>Package-id van USMT 4</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="75"/>
        <source>Image package ID</source>
        <translation>Package-id van de image</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="76"/>
        <source>Image index</source>
        <translation>Index van de image</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="77"/>
        <source>Client package ID</source>
        <translation>Package-id van de client</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="81"/>
        <source>Wrap this task sequence</source>
        <translation>Deze takenreeks omhullen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="82"/>
        <source>Log share</source>
        <translation>Share voor de logbestanden</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="83"/>
        <source>Drive letter for the share</source>
        <translation>Stationsletter voor de share</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="84"/>
        <source>Account that writes the logs</source>
        <translation>Account dat de logbestanden schrijft</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="85"/>
        <source>Folder on the share</source>
        <translation>Map op de share</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="86"/>
        <source>After copying the logs, fail the task sequence (so its status reports the failure)</source>
        <translation>Na het kopiëren van de logbestanden de takenreeks laten mislukken (zodat de status de fout meldt)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="78"/>
        <source>Domain to rejoin</source>
        <translation>Domein om weer lid van te worden</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="79"/>
        <source>Organizational unit</source>
        <translation>Organisatie-eenheid</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="80"/>
        <source>Domain join account</source>
        <translation>Account voor domeindeelname</translation>
    </message>
</context>
<context>
    <name>TaskSequenceWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="386"/>
        <source>Refused: %1. Source: %2</source>
        <translation>Geweigerd: %1. Bron: %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="417"/>
        <source>A step of “%1”, which this wizard wraps as it is: no page of this wizard changes it, so it does not hold you up. The app keeps imported steps as they are: fix the step in the ConfigMgr console (or in an exported file) and import the task sequence again with File &gt; Import task sequence.</source>
        <translation>Een stap van “%1”, dat deze wizard ongewijzigd omhult: geen pagina van deze wizard verandert hem, dus hij houdt u niet tegen. De app laat geïmporteerde stappen zoals ze zijn: herstel de stap in de ConfigMgr-console (of in een geëxporteerd bestand) en importeer de takenreeks opnieuw met Bestand &gt; Takenreeks importeren.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="424"/>
        <source>Part of “%1”, which this wizard wraps as it is: no page of this wizard changes it, so it does not hold you up. Fix it in the plan: select the task sequence in the plan tree and change it in the editor.</source>
        <translation>Deel van “%1”, dat deze wizard ongewijzigd omhult: geen pagina van deze wizard verandert het, dus het houdt u niet tegen. Herstel het in het plan: selecteer de takenreeks in de planboom en wijzig het in de editor.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="430"/>
        <source>Part of “%1”, which this wizard wraps as it is: no page of this wizard changes it, so it does not hold you up. Fix it in the ConfigMgr console (or in an exported file) and import the task sequence again with File &gt; Import task sequence.</source>
        <translation>Deel van “%1”, dat deze wizard ongewijzigd omhult: geen pagina van deze wizard verandert het, dus het houdt u niet tegen. Herstel het in de ConfigMgr-console (of in een geëxporteerd bestand) en importeer de takenreeks opnieuw met Bestand &gt; Takenreeks importeren.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="456"/>
        <source>Wrap %1 with error catching</source>
        <translation>%1 omhullen met foutafhandeling</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="466"/>
        <source>Add task sequence %1</source>
        <translation>Takenreeks %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="482"/>
        <source>%1 steps and groups</source>
        <translation>%1 stappen en groepen</translation>
    </message>
</context>
<context>
    <name>Wizards</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="32"/>
        <source>&amp;Distribution point design...</source>
        <translation>Ontwerp van een &amp;distributiepunt...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="39"/>
        <source>DP &amp;group creation...</source>
        <translation>DP-&amp;groep maken...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="46"/>
        <source>&amp;Boundaries and locality...</source>
        <translation>&amp;Boundaries en lokaliteit...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="53"/>
        <source>&amp;PXE certificate import...</source>
        <translation>&amp;PXE-certificaat importeren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="60"/>
        <source>&amp;Capture-only task sequence...</source>
        <translation>Takenreeks alleen &amp;vastleggen...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="67"/>
        <source>&amp;USMT 4 hard-link task sequence...</source>
        <translation>&amp;USMT 4-takenreeks met hard links...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="74"/>
        <source>&amp;Log-copy (error catching) wrapper...</source>
        <translation>&amp;Logkopie (foutafhandeling) eromheen...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="81"/>
        <source>&amp;SP2 upgrade check...</source>
        <translation>&amp;SP2-upgradecontrole...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="489"/>
        <source>Capture-only task sequence</source>
        <translation>Takenreeks alleen vastleggen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="494"/>
        <source>USMT 4 hard-link task sequence</source>
        <translation>USMT 4-takenreeks met hard links</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="499"/>
        <source>Log-copy (error catching) wrapper</source>
        <translation>Logkopie (foutafhandeling) eromheen</translation>
    </message>
</context>
</TS>
