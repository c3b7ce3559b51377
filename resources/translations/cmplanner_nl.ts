<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BoundariesPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="44"/>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="62"/>
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="47"/>
        <source>Clients in a fast boundary see the DPs inside it as local and every other DP as remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="64"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="64"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="64"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="64"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="70"/>
        <source>&amp;Add boundary</source>
        <translation>Boundary &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="71"/>
        <source>&amp;Remove boundary</source>
        <translation>Boundary &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="86"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="87"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="88"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="89"/>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="147"/>
        <source>Boundary %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="244"/>
        <source>Boundaries and locality</source>
        <translation>Boundaries en lokaliteit</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="260"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="266"/>
        <source>Two boundaries have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="273"/>
        <source>Change the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="289"/>
        <source>No DP serves clients in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="40"/>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="45"/>
        <source>Certificates (*.pfx *.p12 *.cer *.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="63"/>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="66"/>
        <source>Inspect the certificate before importing it. The password is used once to open the file and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="71"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="74"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspecteren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="79"/>
        <source>Certificate &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="80"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="81"/>
        <source>Browse for the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="109"/>
        <source>Choose a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="115"/>
        <source>The file is protected: type its password and inspect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="133"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="133"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="136"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="138"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="139"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="140"/>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="141"/>
        <source>Client Authentication EKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="142"/>
        <source>Enhanced key usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="143"/>
        <source>Key size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="144"/>
        <source>Private key in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="145"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="298"/>
        <source>Checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="322"/>
        <source>Signed off by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="324"/>
        <source>Not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="29"/>
        <location filename="../../cmplanner/gui/commands.py" line="116"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="69"/>
        <source>Add to %1</source>
        <translation>Toevoegen aan %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="94"/>
        <source>Remove from %1</source>
        <translation>Verwijderen uit %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/commands.py" line="140"/>
        <source>Replace the plan</source>
        <translation>Het plan vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/commands.py" line="161"/>
        <source>Approve the plan</source>
        <translation>Het plan goedkeuren</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="189"/>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="197"/>
        <source>Console steps</source>
        <translation>Consolestappen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="192"/>
        <source>Do this in the ConfigMgr console; the runbook and the checklist keep the same steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DPDesignWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="292"/>
        <source>Distribution point design</source>
        <translation>Ontwerp distribution point</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="347"/>
        <source>Add distribution point %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DPGroupWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="214"/>
        <source>DP group creation</source>
        <translation>DP-groep maken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="272"/>
        <source>Create DP group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="281"/>
        <source>Add members to %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="46"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="48"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="50"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="53"/>
        <source>Export as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="56"/>
        <source>Export as SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="178"/>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="178"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="180"/>
        <location filename="../../cmplanner/gui/diagram_view.py" line="191"/>
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/diagram_view.py" line="192"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="30"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="31"/>
        <source>The plan %1 has changes that are not saved. Save them?</source>
        <translation>Het plan %1 heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="54"/>
        <source>an unsaved plan</source>
        <translation>een niet-opgeslagen plan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="58"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="59"/>
        <source>cmplanner did not close properly last time. An autosave of %1 from %2 exists. Recover it?</source>
        <translation>cmplanner is de vorige keer niet netjes afgesloten. Er is een automatisch opgeslagen versie van %1 van %2. Herstellen?</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="73"/>
        <source>cmplanner plans (*.cmplan);;All files (*)</source>
        <translation>cmplanner-plannen (*.cmplan);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="79"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="vanished">Plan openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="88"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="97"/>
        <source>Author name</source>
        <translation>Naam van de auteur</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/dialogs.py" line="98"/>
        <source>Your name, recorded with ticks and sign-offs:</source>
        <translation>Uw naam, vastgelegd bij afvinken en aftekenen:</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="214"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="217"/>
        <source>Import this file in the ConfigMgr 2007 console (Task Sequences &gt; Import). Secrets are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="222"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="223"/>
        <source>Choose where to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="224"/>
        <source>&amp;Export XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="228"/>
        <source>Export &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="243"/>
        <source>Task sequence XML (*.xml)</source>
        <translation>Takenreeks-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="251"/>
        <source>Choose a file name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="262"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
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
        <translation>Branch distribution point</translation>
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
        <location filename="../../cmplanner/gui/labels.py" line="75"/>
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
        <source>Checklist pack</source>
        <translation>Checklistpakket</translation>
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
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="68"/>
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="69"/>
        <source>Distribution points</source>
        <translation>Distribution points</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="70"/>
        <source>DP groups</source>
        <translation>DP-groepen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="71"/>
        <source>Packages</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="72"/>
        <source>PXE service point</source>
        <translation>PXE-servicepunt</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="73"/>
        <source>Task sequences</source>
        <translation>Takenreeksen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/labels.py" line="74"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="100"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="100"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="100"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="100"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="130"/>
        <source>Findings summary</source>
        <translation>Samenvatting bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="133"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="148"/>
        <source>Finding details</source>
        <translation>Details van de bevinding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="172"/>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 fouten, %2 waarschuwingen, %3 opmerkingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="179"/>
        <source>Select a finding to see why it matters, how to fix it and where the rule comes from.</source>
        <translation>Kies een bevinding om te zien waarom ze ertoe doet, hoe u ze oplost en waar de regel vandaan komt.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="210"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="211"/>
        <source>Fix</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/findings_panel.py" line="212"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="68"/>
        <source>Findings for this page</source>
        <translation>Bevindingen voor deze pagina</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="131"/>
        <source>Add to the plan</source>
        <translation>Aan het plan toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="132"/>
        <source>Finish adds this to the plan as one step you can undo.</source>
        <translation>Voltooien voegt dit aan het plan toe als één stap die u ongedaan kunt maken.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="136"/>
        <source>Show the runbook section for this afterwards</source>
        <translation>Daarna het bijbehorende runbookhoofdstuk tonen</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="52"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="54"/>
        <source>DP groups copy packages to many DPs at once; they do not balance load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="56"/>
        <source>Create a &amp;new group</source>
        <translation>Een &amp;nieuwe groep maken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="57"/>
        <source>Add DPs to an &amp;existing group</source>
        <translation>DP&apos;s aan een &amp;bestaande groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="65"/>
        <source>Copy content to many DPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="66"/>
        <source>Balance the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="73"/>
        <source>Group &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="74"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="75"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="77"/>
        <source>E&amp;xisting group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="100"/>
        <source>Give the group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="102"/>
        <source>A group called %1 exists already: choose it below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="50"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="53"/>
        <source>Where the distribution point lives. A DP is either a server or a share on a server, never both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="60"/>
        <source>On a &amp;server (a standard or branch DP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="61"/>
        <source>As a share &amp;on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="75"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="76"/>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="79"/>
        <source>S&amp;hare name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="80"/>
        <source>Operating s&amp;ystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="81"/>
        <source>&amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="82"/>
        <source>&amp;AD site:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="60"/>
        <source>the whole plan</source>
        <translation>het hele plan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="62"/>
        <source>Your &amp;name (recorded with each tick):</source>
        <translation>Uw &amp;naam (vastgelegd bij elk vinkje):</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="64"/>
        <source>Checklist &amp;for:</source>
        <translation>Checklist &amp;voor:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="95"/>
        <source>Say who you are: every tick records a name.</source>
        <translation>Zeg wie u bent: bij elk vinkje wordt een naam vastgelegd.</translation>
    </message>
</context>
<context>
    <name>LocalityPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="180"/>
        <source>Locality</source>
        <translation>Lokaliteit</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="183"/>
        <source>What a client in each boundary sees. A protected DP serves only its protected boundaries, and its clients use other DPs only as a fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="189"/>
        <source>Locality per boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="192"/>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="193"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="194"/>
        <source>Local DPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="195"/>
        <source>Remote DPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="196"/>
        <source>Fallback only (8 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="197"/>
        <source>Unavailable (protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/boundaries.py" line="226"/>
        <source>No DP serves clients here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="51"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="52"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="53"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="54"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="55"/>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_models.py" line="56"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="76"/>
        <source>&amp;Open logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="77"/>
        <location filename="../../cmplanner/gui/log_view.py" line="270"/>
        <source>Open logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="79"/>
        <source>text in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="81"/>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="82"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="85"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="86"/>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="89"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="92"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="93"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="94"/>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="95"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="96"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="99"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="101"/>
        <source>&amp;Previous error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="102"/>
        <source>Previous error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="103"/>
        <source>&amp;Next error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="104"/>
        <source>Next error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="121"/>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="123"/>
        <source>Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="124"/>
        <source>No log open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="125"/>
        <source>Log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="137"/>
        <source>Log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="147"/>
        <location filename="../../cmplanner/gui/log_view.py" line="166"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="150"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="151"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="152"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="153"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="154"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="155"/>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="156"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="165"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="169"/>
        <source>Known error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="171"/>
        <source>Open &amp;checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="172"/>
        <location filename="../../cmplanner/gui/log_view.py" line="427"/>
        <source>Open checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="246"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="270"/>
        <source>Logs (*.log *.lo_);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="280"/>
        <source>Reading… %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="297"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="312"/>
        <source>All components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="319"/>
        <source>%1 entries, %2 errors, %3 warnings; %4 lines not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="326"/>
        <source>Cancelled: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="354"/>
        <source>No more errors in that direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/log_view.py" line="425"/>
        <source>Open checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="86"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="91"/>
        <source>Runbook preview</source>
        <translation>Voorbeeld runbook</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="146"/>
        <source>Diagrams</source>
        <translation>Diagrammen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="160"/>
        <source>Log analysis</source>
        <translation>Loganalyse</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="204"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="205"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="206"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="208"/>
        <source>Save &amp;as...</source>
        <translation>Opslaan &amp;als...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="212"/>
        <source>&amp;Import task sequence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="218"/>
        <source>E&amp;xport selected task sequence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="224"/>
        <source>Analyse &amp;logs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="226"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="228"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="230"/>
        <source>Author &amp;name...</source>
        <translation>&amp;Naam van de auteur...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="232"/>
        <source>&amp;Delete selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="236"/>
        <source>Add &amp;boundary</source>
        <translation>&amp;Boundary toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="242"/>
        <source>Add &amp;distribution point</source>
        <translation>&amp;Distribution point toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="248"/>
        <source>Add DP &amp;group</source>
        <translation>DP-&amp;groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="254"/>
        <source>Add &amp;package</source>
        <translation>&amp;Pakket toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="260"/>
        <source>Add PXE &amp;service point</source>
        <translation>PXE-&amp;servicepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="266"/>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="270"/>
        <source>Go to &amp;findings</source>
        <translation>Naar de &amp;bevindingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="273"/>
        <source>Go to the plan &amp;tree</source>
        <translation>Naar de plan&amp;boom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="276"/>
        <source>Print pre&amp;view...</source>
        <translation>Af&amp;drukvoorbeeld...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="282"/>
        <source>&amp;Print...</source>
        <translation>Af&amp;drukken...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="285"/>
        <source>Export runbook as P&amp;DF...</source>
        <translation>Runbook exporteren als P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="299"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="309"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="316"/>
        <source>&amp;Wizards</source>
        <translation>&amp;Wizards</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="318"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="332"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="337"/>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="370"/>
        <source>Add PXE service point</source>
        <translation>PXE-servicepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="379"/>
        <source>New boundary %1</source>
        <translation>Nieuwe boundary %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="386"/>
        <source>New group %1</source>
        <translation>Nieuwe groep %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="394"/>
        <source>New package %1</source>
        <translation>Nieuw pakket %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="397"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="407"/>
        <source>Remove PXE service point</source>
        <translation>PXE-servicepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="412"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="449"/>
        <source>Cannot open the plan</source>
        <translation>Kan het plan niet openen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="484"/>
        <source>Cannot save the plan</source>
        <translation>Kan het plan niet opslaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="488"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="493"/>
        <source>Task sequence XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="504"/>
        <source>Cannot import the task sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="507"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="516"/>
        <source>Select a task sequence in the tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="519"/>
        <source>Task sequence XML (*.xml)</source>
        <translation type="unfinished">Takenreeks-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="534"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="540"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="545"/>
        <source>Logs (*.log *.lo_);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="568"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="586"/>
        <source>Cannot recover</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="588"/>
        <source>Recover autosave</source>
        <translation>Automatisch opgeslagen versie herstellen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/main_window.py" line="621"/>
        <source>No checklist called %1</source>
        <translation>Geen checklist met de naam %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="682"/>
        <source>&amp;Approve...</source>
        <translation>&amp;Goedkeuren...</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="321"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="724"/>
        <source>Cannot compare</source>
        <translation>Kan niet vergelijken</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="761"/>
        <source>Cannot write the change runbook</source>
        <translation>Kan het wijzigingsdraaiboek niet schrijven</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="743"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="679"/>
        <source>Compare &amp;with...</source>
        <translation>&amp;Vergelijken met...</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="752"/>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="763"/>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="698"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/main_window.py" line="696"/>
        <source>changed since approved</source>
        <translation>gewijzigd sinds goedkeuring</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="117"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="120"/>
        <source>A DP that joins after packages were sent to the group does not receive them: the findings below list what to add by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="130"/>
        <source>&amp;Distribution points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="131"/>
        <source>New members &amp;join on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="149"/>
        <source>%1 (member already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_group.py" line="177"/>
        <source>Tick at least one distribution point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="156"/>
        <source>Edit problem</source>
        <extracomment>findings listed above the form; the rest are in the Findings panel (the form stays visible) a message for the status bar (why an edit was refused)</extracomment>
        <translation>Probleem bij bewerken</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="195"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="197"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="235"/>
        <source>names separated by semicolons</source>
        <translation>namen gescheiden door puntkomma&apos;s</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="237"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-DD UU:MM</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="321"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="325"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 is niet gewijzigd: %2</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/editor.py" line="377"/>
        <source>… and %1 more in the Findings panel (F6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="100"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="102"/>
        <source>Site version: %1. The builder refuses what cannot work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="112"/>
        <source>(an empty task sequence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="162"/>
        <source>Outline</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="163"/>
        <source>Step numbers are the ones smsts.log shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="165"/>
        <source>Numbered outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="166"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="166"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="166"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="180"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="112"/>
        <source>Tick each step when it is done and note the evidence.</source>
        <translation>Vink elke stap af als die gedaan is en noteer het bewijs.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="156"/>
        <source>&amp;Done</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="156"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="157"/>
        <source>Done: step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="162"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="163"/>
        <source>Evidence: step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="221"/>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="224"/>
        <source>A protected DP serves only clients in the boundaries you tick; a branch DP pulls its content from a standard DP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="230"/>
        <source>The computer is &amp;often switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="231"/>
        <source>The computer &amp;roams between sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="233"/>
        <source>Protected &amp;boundaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="234"/>
        <source>&amp;Pulls content from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="264"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../cmplanner/gui/plan_tree.py" line="58"/>
        <source>Plan tree</source>
        <translation>Planboom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/plan_tree.py" line="94"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>PxeCertificateWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="170"/>
        <source>The plan has no PXE service point: add one first (Edit &gt; Add PXE service point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/pxe_certificate.py" line="186"/>
        <source>Record the PXE certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="40"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/base.py" line="41"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>RunbookPanel</name>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="62"/>
        <source>Runbook section</source>
        <extracomment>a preview that took longer than this to render stops following every edit (a large plan); the Refresh button (F9) renders it on request instead, so typing never stalls a rendered runbook larger than this is not laid out on screen (laying out megabytes of tables freezes the window for seconds); print preview and PDF still take all of it</extracomment>
        <translation>Runbookhoofdstuk</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="67"/>
        <source>Whole runbook</source>
        <translation>Hele runbook</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="69"/>
        <source>&amp;Section:</source>
        <translation>&amp;Hoofdstuk:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="71"/>
        <source>Print pre&amp;view</source>
        <translation>Af&amp;drukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="72"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="74"/>
        <source>Render the preview again (F9)</source>
        <translation>Het voorbeeld opnieuw maken (F9)</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="75"/>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="76"/>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="78"/>
        <source>Runbook preview</source>
        <translation>Voorbeeld runbook</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="89"/>
        <source>Large plan: the preview follows your edits when you press Refresh (F9).</source>
        <translation>Groot plan: het voorbeeld volgt uw wijzigingen als u op Vernieuwen (F9) drukt.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="164"/>
        <source>This build has no runbook renderer.</source>
        <translation>Deze versie kan geen runbook maken.</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="170"/>
        <source>This part of the runbook is %1 KB, too large to show here without freezing the window. Pick one section above, or use Print preview or PDF, which take all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="187"/>
        <source>Runbook print preview</source>
        <translation>Afdrukvoorbeeld runbook</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/runbook_panel.py" line="208"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
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
        <location filename="../../cmplanner/gui/runbook_panel.py" line="223"/>
        <source>Cannot write the PDF</source>
        <translation>Kan de PDF niet schrijven</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="105"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="109"/>
        <source>Settings from the compatibility table (%1). A setting the table forbids with your choices cannot be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="139"/>
        <source>&amp;PXE service point on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="140"/>
        <source>PXE service point on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="178"/>
        <source>Cannot be ticked: %1. Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="194"/>
        <source>%1. Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/dp_design.py" line="198"/>
        <source>Also tick %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="193"/>
        <source>Sign-off</source>
        <translation>Aftekenen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="196"/>
        <source>&amp;Sign off this checklist</source>
        <translation>Deze checklist &amp;aftekenen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="200"/>
        <source>Sign-off &amp;note:</source>
        <translation>&amp;Notitie bij aftekenen:</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/checklist.py" line="213"/>
        <source>%1 of %2 steps ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSequenceOptions</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="44"/>
        <source>Task sequence name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="45"/>
        <source>The reference machine is domain-joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="48"/>
        <source>Workgroup to join before capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="49"/>
        <source>The reference machine runs Windows XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="50"/>
        <source>Sysprep package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="51"/>
        <source>Capture destination (.wim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="52"/>
        <source>Capture account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="53"/>
        <source>Start from WinPE (PXE or boot media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="56"/>
        <source>Reference machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="57"/>
        <source>Mandatory assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="58"/>
        <source>Local administrator password is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="61"/>
        <source>Boot image package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="62"/>
        <source>Operating system now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="63"/>
        <source>Operating system after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="64"/>
        <source>Capture user state in WinPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="65"/>
        <source>USMT 4 package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="66"/>
        <source>Image package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="67"/>
        <source>Image index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="68"/>
        <source>Client package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="69"/>
        <source>Wrap this task sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="70"/>
        <source>Log share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="71"/>
        <source>Drive letter for the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="72"/>
        <source>Account that writes the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="73"/>
        <source>Folder on the share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSequenceWizard</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="290"/>
        <source>Refused: %1. Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="314"/>
        <source>Add task sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="328"/>
        <source>%1 steps and groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizards</name>
    <message>
        <location filename="../../cmplanner/gui/wizards/__init__.py" line="32"/>
        <source>&amp;Distribution point design...</source>
        <translation>Ontwerp &amp;distribution point...</translation>
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
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="335"/>
        <source>Capture-only task sequence</source>
        <translation>Takenreeks alleen vastleggen</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="340"/>
        <source>USMT 4 hard-link task sequence</source>
        <translation>USMT 4-takenreeks met hard links</translation>
    </message>
    <message>
        <location filename="../../cmplanner/gui/wizards/task_sequence.py" line="345"/>
        <source>Log-copy (error catching) wrapper</source>
        <translation>Logkopie (foutafhandeling) eromheen</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="174"/>
        <source>%1 joined %2 late</source>
        <translation>%1 is laat lid geworden van %2</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="120"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="54"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="59"/>
        <source>Change &amp;runbook...</source>
        <translation>Wijzigings&amp;draaiboek...</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="123"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="55"/>
        <source>Changes since the compared plan</source>
        <translation>Wijzigingen sinds het vergeleken plan</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="50"/>
        <source>Compare the plan with another plan: File &gt; Compare with...</source>
        <translation>Vergelijk het plan met een ander plan: Bestand &gt; Vergelijken met...</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="109"/>
        <source>Compared with %1 (%2): %3 change(s)</source>
        <translation>Vergeleken met %1 (%2): %3 wijziging(en)</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="54"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="157"/>
        <source>Findings introduced (%1)</source>
        <translation>Nieuwe bevindingen (%1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="164"/>
        <source>Findings resolved (%1)</source>
        <translation>Opgeloste bevindingen (%1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="191"/>
        <source>PXE checklist</source>
        <translation>PXE-checklist</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="121"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="122"/>
        <source>Renamed</source>
        <translation>Hernoemd</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="117"/>
        <source>The plans are equal.</source>
        <translation>De plannen zijn gelijk.</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="208"/>
        <source>What it touches (%1)</source>
        <translation>Wat het raakt (%1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="60"/>
        <source>Write the change runbook</source>
        <translation>Het wijzigingsdraaiboek schrijven</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="186"/>
        <source>compatible</source>
        <translation>compatibel</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/compare_panel.py" line="175"/>
        <source>will not get by itself: %1</source>
        <translation>krijgt niet vanzelf: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/approval.py" line="29"/>
        <source>Approve the plan</source>
        <translation>Het plan goedkeuren</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/approval.py" line="34"/>
        <source>The stamp records the plan's content as it is now; any later edit shows as changed since approved.</source>
        <translation>De stempel legt de inhoud van het plan vast zoals die nu is; elke latere wijziging toont als gewijzigd sinds goedkeuring.</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/approval.py" line="41"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/approval.py" line="43"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/approval.py" line="44"/>
        <source>Approved &amp;by:</source>
        <translation>Goedgekeurd &amp;door:</translation>
    </message>
    <message>
        <location filename="../../work/wt/diff/cmplanner/gui/approval.py" line="46"/>
        <source>&amp;Note or change reference:</source>
        <translation>&amp;Notitie of wijzigingsnummer:</translation>
    </message>
</context>
</TS>
