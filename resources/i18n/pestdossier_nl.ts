<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="+14" />
            <source>About Pestdossier</source>
            <translation>Over Pestdossier</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Version %1</source>
            <translation>Versie %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An encrypted case file for bullying cases, for the school's confidential counsellor and anti-bullying coordinator. Everything stays on this computer, in one encrypted vault file.</source>
            <translation>Een versleuteld dossier voor pestzaken, voor de vertrouwenspersoon en de anti-pestcoördinator van de school. Alles blijft op deze computer, in één versleuteld kluisbestand.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Licence: EUPL 1.2</source>
            <translation>Licentie: EUPL 1.2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>CaseDetail</name>
        <message>
            <location filename="../../ui/case_detail.py" line="+112" />
            <source>Choose a case on the left, or click 'New case'.</source>
            <translation>Kies links een melding, of klik op 'Nieuwe melding'.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People</source>
            <translation>Betrokkenen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <location filename="../../ui/dialogs/case_dialog.py" line="+30" />
            <source>Edit case</source>
            <translation>Melding bewerken</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New case</source>
            <translation>Nieuwe melding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Excluded at break time</source>
            <translation>bijv. Buitengesloten in de pauze</translation>
        </message>
        <message>
            <location line="+14" />
            <source>e.g. group 6 or 2B</source>
            <translation>bijv. groep 6 of 2B</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was reported, in a few sentences.</source>
            <translation>Wat er gemeld is, in een paar zinnen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reported on</source>
            <translation>Gemeld op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reported by</source>
            <translation>Gemeld door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Give the case a title.</source>
            <translation>Geef de melding een titel.</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <location filename="../../ui/case_list.py" line="+54" />
            <source>Search names, titles and notes</source>
            <translation>Zoek op naam, titel of notitie</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All kinds</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <location line="+36" />
            <source>New case</source>
            <translation>Nieuwe melding</translation>
        </message>
        <message>
            <location line="+81" />
            <source>No cases yet. Click 'New case' to start.</source>
            <translation>Nog geen meldingen. Klik op 'Nieuwe melding' om te beginnen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No cases match. Change the search or the filters.</source>
            <translation>Geen meldingen gevonden. Pas de zoekopdracht of de filters aan.</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <location filename="../../ui/case_detail.py" line="-82" />
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reported</source>
            <translation>Gemeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit</source>
            <translation>Bewerken</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1, by: %2</source>
            <translation>%1, door: %2</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../ui/models/cases.py" line="+72" />
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last activity</source>
            <translation>Laatste activiteit</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Reported on %1</source>
            <translation>Gemeld op %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last activity: %1</source>
            <translation>Laatste activiteit: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n timeline entries</source>
            <translation>
                <numerusform>%n regel op de tijdlijn</numerusform>
                <numerusform>%n regels op de tijdlijn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <location filename="../../ui/dialogs/confirm.py" line="+16" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+19" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPanel</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="+85" />
            <source>Create a new vault</source>
            <translation>Nieuwe kluis maken</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Welcome to Pestdossier</source>
            <translation>Welkom bij Pestdossier</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pestdossier keeps every case encrypted in one vault file. Choose where it is stored and a strong password.</source>
            <translation>Pestdossier bewaart alle meldingen versleuteld in één kluisbestand. Kies waar het komt te staan en een sterk wachtwoord.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Browse...</source>
            <translation>Bladeren...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Repeat password</source>
            <translation>Herhaal wachtwoord</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional, appears in the audit log</source>
            <translation>niet verplicht, komt in het logboek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>optional</source>
            <translation>niet verplicht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep the password somewhere safe. Without it nobody can open the vault, not even the IT administrator.</source>
            <translation>Bewaar het wachtwoord op een veilige plek. Zonder wachtwoord kan niemand de kluis openen, ook de ICT-beheerder niet.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create vault</source>
            <translation>Kluis maken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open an existing vault...</source>
            <translation>Bestaande kluis openen...</translation>
        </message>
        <message>
            <location line="+20" />
            <source>At least %1 characters. Tip: a short sentence.</source>
            <translation>Minstens %1 tekens. Tip: een korte zin.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Strong enough.</source>
            <translation>Sterk genoeg.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong password.</source>
            <translation>Sterk wachtwoord.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Choose where the vault is stored.</source>
            <translation>Kies waar de kluis komt te staan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The two passwords are not the same.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <location filename="../../ui/dialogs/entry_dialog.py" line="+38" />
            <source>Add to the timeline</source>
            <translation>Toevoegen aan de tijdlijn</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Exact</source>
            <translation>Precies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date only</source>
            <translation>Alleen datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approximately</source>
            <translation>Ongeveer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>e.g. the student, both parents, the mentor</source>
            <translation>bijv. de leerling, beide ouders, de mentor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What happened or was agreed. Facts first.</source>
            <translation>Wat er gebeurde of is afgesproken. Eerst de feiten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With whom</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write down what happened.</source>
            <translation>Schrijf op wat er is gebeurd.</translation>
        </message>
    </context>
    <context>
        <name>EntryTextDialog</name>
        <message>
            <location filename="../../ui/dialogs/entry_text_dialog.py" line="+16" />
            <source>Edit text</source>
            <translation>Tekst bewerken</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The earlier text is kept and stays visible under "Earlier versions".</source>
            <translation>De eerdere tekst blijft bewaard en is te zien onder "Eerdere versies".</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write down what happened.</source>
            <translation>Schrijf op wat er is gebeurd.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="+17" />
            <source>The password is not correct. Check it and try again (mind Caps Lock).</source>
            <translation>Het wachtwoord klopt niet. Controleer het en probeer opnieuw (let op Caps Lock).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file is not a Pestdossier vault.</source>
            <translation>Dit bestand is geen Pestdossier-kluis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault is damaged. Open a backup copy or contact your IT administrator.</source>
            <translation>De kluis is beschadigd. Open een reservekopie of neem contact op met de ICT-beheerder.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This vault was made with a newer version of Pestdossier. Update Pestdossier to open it.</source>
            <translation>Deze kluis is gemaakt met een nieuwere versie van Pestdossier. Werk Pestdossier bij om haar te openen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This vault is already open in another window or program.</source>
            <translation>Deze kluis is al geopend in een ander venster of programma.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault file cannot be found. Is the USB stick connected?</source>
            <translation>Het kluisbestand is niet gevonden. Zit de USB-stick erin?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A file with that name already exists; choose another name.</source>
            <translation>Er bestaat al een bestand met die naam; kies een andere naam.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This vault's encryption is weaker than required; Pestdossier will not open it.</source>
            <translation>De versleuteling van deze kluis is zwakker dan vereist; Pestdossier opent haar niet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The disk is full; nothing was saved. Free up some space and try again.</source>
            <translation>De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer opnieuw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault is locked.</source>
            <translation>De kluis is vergrendeld.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This password is too weak.</source>
            <translation>Dit wachtwoord is te zwak.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pestdossier may not read or write this file or folder.</source>
            <translation>Pestdossier mag dit bestand of deze map niet lezen of schrijven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file could not be read or written.</source>
            <translation>Het bestand kon niet worden gelezen of geschreven.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Er ging iets mis. Er is niets veranderd.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../ui/dialogs/base.py" line="+39" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../ui/formatting.py" line="+44" />
            <source>around %1</source>
            <translation>rond %1</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" line="+12" />
            <source>Bullying</source>
            <translation>Pesten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online bullying</source>
            <translation>Online pesten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Teasing</source>
            <translation>Plagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+40" />
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <location line="-34" />
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>In behandeling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Gesloten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Student</source>
            <translation>Leerling</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>Parent or carer</source>
            <translation>Ouder/verzorger</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Staff member</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous mailbox</source>
            <translation>Anonieme brievenbus</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Bullied student</source>
            <translation>Gepeste leerling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bully</source>
            <translation>Pester</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follower</source>
            <translation>Meeloper</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Encourager</source>
            <translation>Aanmoediger</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bystander</source>
            <translation>Buitenstaander</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Defender or helper</source>
            <translation>Verdediger/helper</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Witness</source>
            <translation>Getuige</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Report</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Observation</source>
            <translation>Observatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversation</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact with parents</source>
            <translation>Oudercontact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>Overdracht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exact</source>
            <translation>Precies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date only</source>
            <translation>Alleen datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approximately</source>
            <translation>Ongeveer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+48" />
            <source>Pestdossier - demo with made-up cases</source>
            <translation>Pestdossier - demo met verzonnen meldingen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The demo vault is locked</source>
            <translation>De demokluis is vergrendeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password of the demo vault: %1</source>
            <translation>Wachtwoord van de demokluis: %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>New case</source>
            <translation>Nieuwe melding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+128" />
            <location line="+34" />
            <location line="+4" />
            <source>Check vault</source>
            <translation>Controleren</translation>
        </message>
        <message>
            <location line="-165" />
            <source>Lock</source>
            <translation>Vergrendelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Pestdossier</source>
            <translation>Over Pestdossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New case (Ctrl+N)</source>
            <translation>Nieuwe melding (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock the vault (Ctrl+L)</source>
            <translation>De kluis vergrendelen (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check that the vault is intact</source>
            <translation>Controleren of de kluis in orde is</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vault</source>
            <translation>&amp;Kluis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main toolbar</source>
            <translation>Werkbalk</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Vault: %1</source>
            <translation>Kluis: %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Checking the vault...</source>
            <translation>De kluis wordt gecontroleerd...</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+15" />
            <source>Check cancelled.</source>
            <translation>Controle afgebroken.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vault checked: everything is in order.</source>
            <translation>Kluis gecontroleerd: alles is in orde.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Everything is in order.

Checked:
%1</source>
            <translation>Alles is in orde.

Gecontroleerd:
%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The check found problems:
%1

Make a copy of the vault file and contact your IT administrator.</source>
            <translation>De controle vond problemen:
%1

Maak een kopie van het kluisbestand en neem contact op met de ICT-beheerder.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <location filename="../../ui/models/participants.py" line="+50" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>Passwords</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="-151" />
            <source>Use at least %1 characters; a sentence of a few words is easy to remember and strong.</source>
            <translation>Gebruik minstens %1 tekens; een zin van een paar woorden is makkelijk te onthouden en sterk.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This password is too easy to guess (a common word, name, date or keyboard row). Make it a sentence with a few unexpected words.</source>
            <translation>Dit wachtwoord is te makkelijk te raden (een bekend woord, naam, datum of toetsenbordrij). Maak er een zin van met een paar onverwachte woorden.</translation>
        </message>
    </context>
    <context>
        <name>PeoplePanel</name>
        <message>
            <location filename="../../ui/people_panel.py" line="+37" />
            <source>Add person</source>
            <translation>Betrokkene toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+77" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Nobody has been added yet. Click 'Add person' to record who is involved and in which role.</source>
            <translation>Nog niemand toegevoegd. Klik op 'Betrokkene toevoegen' om vast te leggen wie er betrokken is en in welke rol.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Remove person</source>
            <translation>Betrokkene verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 (%2) from this case? The person stays in the vault.</source>
            <translation>%1 (%2) van deze melding verwijderen? De persoon blijft in de kluis.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py" line="+30" />
            <source>Add person</source>
            <translation>Betrokkene toevoegen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type a name to search or add</source>
            <translation>Typ een naam om te zoeken of toe te voegen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>e.g. group 6 or 2B</source>
            <translation>bijv. groep 6 of 2B</translation>
        </message>
        <message>
            <location line="+5" />
            <source>optional</source>
            <translation>niet verplicht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Someone already in the vault.</source>
            <translation>Iemand die al in de kluis staat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new person will be added to the vault.</source>
            <translation>Er wordt een nieuwe persoon aan de kluis toegevoegd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose someone from the list or type a new name.</source>
            <translation>Kies iemand uit de lijst of typ een nieuwe naam.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fill in a name.</source>
            <translation>Vul een naam in.</translation>
        </message>
    </context>
    <context>
        <name>RevisionsDialog</name>
        <message>
            <location filename="../../ui/dialogs/revisions_dialog.py" line="+24" />
            <location line="+4" />
            <source>Earlier versions</source>
            <translation>Eerdere versies</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Written %1, replaced %2</source>
            <translation>Geschreven %1, vervangen %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Current text, since %1</source>
            <translation>Huidige tekst, sinds %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../ui/models/timeline.py" line="+56" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>With whom</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <location line="+28" />
            <source>(edited)</source>
            <translation>(bewerkt)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recorded on %1</source>
            <translation>Vastgelegd op %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last edited on %1</source>
            <translation>Laatst bewerkt op %1</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <location filename="../../ui/timeline_panel.py" line="+39" />
            <source>Add entry</source>
            <translation>Gebeurtenis toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit text</source>
            <translation>Tekst bewerken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier versions</source>
            <translation>Eerdere versies</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Nothing on the timeline yet. Click 'Add entry' to record a conversation, an incident or an agreement.</source>
            <translation>Nog niets op de tijdlijn. Klik op 'Gebeurtenis toevoegen' om een gesprek, incident of afspraak vast te leggen.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <location filename="../../ui/unlock_screen.py" line="+38" />
            <source>The vault is locked</source>
            <translation>De kluis is vergrendeld</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open another vault...</source>
            <translation>Andere kluis openen...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new vault...</source>
            <translation>Nieuwe kluis maken...</translation>
        </message>
        <message>
            <location line="+16" />
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Type the password of this vault.</source>
            <translation>Typ het wachtwoord van deze kluis.</translation>
        </message>
    </context>
    <context>
        <name>VaultFiles</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="-32" />
            <source>Pestdossier vaults (*%1)</source>
            <translation>Pestdossier-kluizen (*%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open vault</source>
            <translation>Kluis openen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Where should the vault be stored?</source>
            <translation>Waar moet de kluis komen te staan?</translation>
        </message>
    </context>
</TS>