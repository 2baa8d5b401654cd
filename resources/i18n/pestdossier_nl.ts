<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/shell/about_dialog.py" line="+14" />
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
        <name>AccessRequestDialog</name>
        <message>
            <location filename="../../ui/privacy/access_dialog.py" line="+59" />
            <source>Access request</source>
            <translation>Inzageverzoek</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A pupil or a parent asks what you keep about the pupil (GDPR art. 15). Answer within one month: an overview of everything in the vault, without other children's names and without your working notes.</source>
            <translation>Een leerling of ouder vraagt wat u over de leerling bewaart (AVG art. 15). Antwoord binnen een maand: een overzicht van alles in de kluis, zonder namen van andere kinderen en zonder uw werkaantekeningen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search a person by name</source>
            <translation>Zoek een persoon op naam</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Record request</source>
            <translation>Verzoek vastleggen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export overview...</source>
            <translation>Overzicht maken...</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Known</source>
            <translation>Bekend</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose who asked</source>
            <translation>Kies wie het vroeg</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Received on</source>
            <translation>Ontvangen op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked by</source>
            <translation>Gevraagd door</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 years old on the day of receipt: %2 exercises the rights. Answer by %3.</source>
            <translation>%1 jaar op de dag van ontvangst: %2 oefent de rechten uit. Antwoorden vóór %3.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of birth unknown: say who asked (under 16 the parents, from 16 the pupil). Answer by %1.</source>
            <translation>Geboortedatum onbekend: geef aan wie het vroeg (onder de 16 de ouders, vanaf 16 de leerling). Antwoorden vóór %1.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Open request, received %1: answer by %2.</source>
            <translation>Open verzoek, ontvangen %1: antwoorden vóór %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No open request about this person.</source>
            <translation>Geen open verzoek over deze persoon.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Save access overview</source>
            <translation>Inzageoverzicht opslaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Making the overview...</source>
            <translation>Het overzicht wordt gemaakt...</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Saved as %1 (%2 pages); the request is answered.</source>
            <translation>Opgeslagen als %1 (%2 pagina's); het verzoek is beantwoord.</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../ui/common/accessibility.py" line="+35" />
            <source>Clear the field</source>
            <translation>Veld leegmaken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More menus</source>
            <translation>Meer menu's</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More buttons</source>
            <translation>Meer knoppen</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../ui/cases/accounts_dialog.py" line="+43" />
            <location line="+4" />
            <source>Accounts in this case</source>
            <translation>Accounts bij deze melding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accounts seen in the evidence, and who is behind each one (or 'unknown'). The evidence details, the police manifest and search use this list.</source>
            <translation>De accounts die in het bewijs voorkomen, en wie erachter zit (of 'onbekend'). De gegevens van het bewijs, het manifest voor de politie en het zoeken gebruiken deze lijst.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+27" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Handle</source>
            <translation>Accountnaam</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+31" />
            <source>Display name</source>
            <translation>Weergavenaam</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+32" />
            <source>Profile address</source>
            <translation>Profieladres</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Whose</source>
            <translation>Van wie</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+14" />
            <source>@name</source>
            <translation>@naam</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add account</source>
            <translation>Account toevoegen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save change</source>
            <translation>Wijziging opslaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+11" />
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
    </context>
    <context>
        <name>AccountsTable</name>
        <message>
            <location filename="../../ui/evidence/metadata_form.py" line="+36" />
            <source>Handle (@name)</source>
            <translation>Account (@naam)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Display name</source>
            <translation>Weergavenaam</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../ui/casework/agreements_panel.py" line="+52" />
            <source>New agreement</source>
            <translation>Nieuwe afspraak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write down what was agreed.</source>
            <translation>Schrijf op wat er is afgesproken.</translation>
        </message>
    </context>
    <context>
        <name>AgreementRow</name>
        <message>
            <location filename="../../ui/casework/step_dialog.py" line="+115" />
            <source>From now on ...</source>
            <translation>Vanaf nu ...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The whole group</source>
            <translation>De hele groep</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation>Weghalen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>With</source>
            <translation>Met</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evaluate on</source>
            <translation>Evalueren op</translation>
        </message>
    </context>
    <context>
        <name>AgreementTableModel</name>
        <message>
            <location filename="../../ui/casework/models.py" line="+155" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>With whom</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evaluate on</source>
            <translation>Evalueren op</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The whole group</source>
            <translation>De hele groep</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Made on %1</source>
            <translation>Gemaakt op %1</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPanel</name>
        <message>
            <location filename="../../ui/casework/agreements_panel.py" line="+39" />
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New agreement...</source>
            <translation>Nieuwe afspraak...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept</source>
            <translation>Nagekomen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Broken...</source>
            <translation>Verbroken...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open again</source>
            <translation>Weer open</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No agreements yet. They are made while recording a step, or with 'New agreement...'.</source>
            <translation>Nog geen afspraken. U legt ze vast bij een stap, of met 'Nieuwe afspraak...'.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Follow-ups</source>
            <translation>Vervolgafspraken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move...</source>
            <translation>Verzetten...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel follow-up...</source>
            <translation>Laten vervallen...</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No follow-ups planned. The protocol plans them when steps and agreements are recorded.</source>
            <translation>Nog geen vervolgafspraken. Het protocol plant ze in zodra stappen en afspraken zijn vastgelegd.</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Agreement broken</source>
            <translation>Afspraak verbroken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened? "%1"</source>
            <translation>Wat is er gebeurd? "%1"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark as broken</source>
            <translation>Verbroken</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+2" />
            <source>Cancel follow-up</source>
            <translation>Vervolgafspraak laten vervallen</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Why is "%1" no longer needed?</source>
            <translation>Waarom is "%1" niet meer nodig?</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../ui/shell/backup_actions.py" line="+29" />
            <source>Restore backup...</source>
            <translation>Reservekopie terugzetten...</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Checking and restoring the backup...</source>
            <translation>Reservekopie controleren en terugzetten...</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+7" />
            <source>Restore backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <location line="-3" />
            <source>The backup was checked and restored as %1 (%2 cases). Switch to that vault now? The open vault is locked and stays as it is.</source>
            <translation>De reservekopie is gecontroleerd en teruggezet als %1 (%2 zaken). Nu naar die kluis overstappen? De geopende kluis wordt vergrendeld en blijft zoals hij is.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Switch</source>
            <translation>Overstappen</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../ui/shell/backup_controller.py" line="+205" />
            <source>The backup was not made: %1</source>
            <translation>De reservekopie is niet gemaakt: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backup failed</source>
            <translation>Reservekopie mislukt</translation>
        </message>
    </context>
    <context>
        <name>BackupSettings</name>
        <message>
            <location filename="../../ui/shell/settings_backup.py" line="+31" />
            <source>Folder for backups</source>
            <translation>Map voor reservekopieën</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Choose...</source>
            <translation>Kiezen...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beside the vault</source>
            <translation>Naast de kluis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Backups</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup folder</source>
            <translation>Map voor reservekopieën</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a USB stick or a network folder: a backup beside the vault is lost with the laptop.</source>
            <translation>Kies een USB-stick of een netwerkmap: een reservekopie naast de kluis raakt u kwijt met de laptop.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep the newest</source>
            <translation>Bewaar de nieuwste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One a day, for days</source>
            <translation>Eén per dag, aantal dagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One a month, for months</source>
            <translation>Eén per maand, aantal maanden</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../ui/shell/backup_status.py" line="+21" />
            <source>today %1</source>
            <translation>vandaag %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday %1</source>
            <translation>gisteren %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No backup yet</source>
            <translation>Nog geen reservekopie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last backup: %1</source>
            <translation>Laatste reservekopie: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, in %2</source>
            <translation>%1, in %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backups go to %1</source>
            <translation>Reservekopieën gaan naar %1</translation>
        </message>
    </context>
    <context>
        <name>CaptureTips</name>
        <message>
            <location filename="../../ui/evidence/tips.py" line="+12" />
            <source>Tap the name at the top of the chat: the phone number and name show there. Capture that screen too.
The time is next to every message; the date is in the grey bar above a day.
For a whole conversation use 'Export chat' (menu &gt; More &gt; Export chat; on iPhone: tap the name &gt; Export chat), include media, and import the .zip here.
Long group chat? Scroll and capture piece by piece, each screenshot overlapping the last.</source>
            <translation>Tik bovenaan de chat op de naam: daar staan het telefoonnummer en de naam. Maak ook van dat scherm een schermafbeelding.
De tijd staat bij elk bericht; de datum staat in de grijze balk boven een dag.
Voor een heel gesprek: 'Chat exporteren' (menu &gt; Meer &gt; Chat exporteren; op de iPhone: tik op de naam &gt; Exporteer chat), met media, en importeer de .zip hier.
Lange groepschat? Scroll en maak stuk voor stuk schermafbeeldingen die steeds een beetje overlappen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep the account name at the top of the post or message in the screenshot.
The @name is on the profile under the picture; menu &gt; Copy profile URL gives the web address (for a post: Share &gt; Copy link).
The date is under a post; in messages, tap a message to see the time.
Save stories at once: they disappear after 24 hours.</source>
            <translation>Zorg dat de accountnaam boven het bericht of de post in beeld is.
De @naam staat op het profiel onder de foto; menu &gt; Profiel-URL kopiëren geeft het internetadres (bij een post: Delen &gt; Link kopiëren).
De datum staat onder een post; in berichten tik je op een bericht om de tijd te zien.
Bewaar een story meteen: die verdwijnt na 24 uur.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The @name is on the profile and under the video.
Share &gt; Copy link gives the web address of a video or profile.
The date is under the description; if it says '3 d ago', write down the date that means.
Capture comments with the commenter's name visible.</source>
            <translation>De @naam staat op het profiel en onder de video.
Delen &gt; Link kopiëren geeft het internetadres van een video of profiel.
De datum staat onder de beschrijving; staat er '3 d geleden', schrijf dan de datum op die dat is.
Leg reacties vast met de naam van wie reageert in beeld.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Snaps and chats disappear: capture them straight away (the sender gets a notice of the screenshot; tell the student).
The username is on the profile (tap the avatar); Share profile &gt; Copy URL gives a link.
Times show as 'today' or a weekday: write the real date next to it.</source>
            <translation>Snaps en chats verdwijnen: leg ze meteen vast (de afzender krijgt een melding van de schermafbeelding; vertel de leerling dat vooraf).
De gebruikersnaam staat op het profiel (tik op de avatar); Profiel delen &gt; URL kopiëren geeft een link.
Tijden staan er als 'vandaag' of een weekdag: schrijf de echte datum erbij.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep the username, the server and the channel name in the screenshot.
The exact time shows when you hover over a message.
With Developer mode on (Settings &gt; Advanced) you can use 'Copy message link' and 'Copy user ID': the ID stays the same when someone changes their name.</source>
            <translation>Zorg dat de gebruikersnaam, de server en de naam van het kanaal in beeld zijn.
De precieze tijd zie je als je met de muis over een bericht gaat.
Met de ontwikkelaarsmodus aan (Instellingen &gt; Geavanceerd) kun je 'Berichtlink kopiëren' en 'Gebruikers-ID kopiëren' gebruiken: de ID blijft hetzelfde als iemand van naam verandert.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make sure one screenshot shows the account name, the text and the date or time.
For a long thread take several screenshots from top to bottom, each overlapping the last.
Write down the web address (URL) of the post or profile.</source>
            <translation>Zorg dat op één schermafbeelding de accountnaam, de tekst en de datum of tijd staan.
Bij een lang gesprek: maak van boven naar beneden meerdere schermafbeeldingen die steeds een beetje overlappen.
Schrijf het internetadres (URL) van de post of het profiel op.</translation>
        </message>
    </context>
    <context>
        <name>CaseDetail</name>
        <message>
            <location filename="../../ui/cases/case_detail.py" line="+152" />
            <source>Choose a case on the left, or click 'New case'.</source>
            <translation>Kies links een melding, of klik op 'Nieuwe melding'.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Make dossier...</source>
            <translation>Dossier maken...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A PDF for the coordinator, the police or a meeting</source>
            <translation>Een pdf voor de coördinator, de politie of een overleg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Letters...</source>
            <translation>Brieven...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters to parents and the team</source>
            <translation>Brieven aan ouders en het team</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Destroy case...</source>
            <translation>Dossier vernietigen...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise...</source>
            <translation>Anonimiseren...</translation>
        </message>
        <message>
            <location line="+37" />
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
        <message>
            <location line="+3" />
            <location line="+21" />
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+11" />
            <source>Change...</source>
            <translation>Wijzigen...</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Open agreements</source>
            <translation>Open afspraken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next follow-up</source>
            <translation>Volgende vervolgafspraak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Urgency and offences</source>
            <translation>Urgentie en strafbare feiten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Criminal offences</source>
            <translation>Strafbare feiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Informed</source>
            <translation>Geïnformeerd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Informing</source>
            <translation>Informeren</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep until</source>
            <translation>Bewaren tot</translation>
        </message>
        <message>
            <location line="+57" />
            <source>anonymised: counted in the yearly report only, not editable</source>
            <translation>geanonimiseerd: telt alleen in het jaarverslag, niet te wijzigen</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="+53" />
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
            <source>Not recorded</source>
            <translation>Niet vastgelegd</translation>
        </message>
        <message>
            <location line="+4" />
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
            <source>How</source>
            <translation>Hoe gemeld</translation>
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
            <location line="+40" />
            <source>Give the case a title.</source>
            <translation>Geef de melding een titel.</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <location filename="../../ui/cases/case_list.py" line="+69" />
            <source>Search names, titles and notes</source>
            <translation>Zoek op naam, titel of notitie</translation>
        </message>
        <message>
            <location line="+21" />
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All kinds</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <location line="+48" />
            <source>More results...</source>
            <translation>Meer resultaten...</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New case</source>
            <translation>Nieuwe melding</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Type one more letter to search.</source>
            <translation>Typ nog een letter om te zoeken.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The %1 most recent matches.</source>
            <translation>De %1 meest recente treffers.</translation>
        </message>
        <message>
            <location line="+26" />
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
        <name>CaseMarkControl</name>
        <message>
            <location filename="../../ui/casework/case_marks.py" line="+34" />
            <source>Sexual offence by a staff member...</source>
            <translation>Seksueel misdrijf door een medewerker...</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Sexual offence by a staff member</source>
            <translation>Seksueel misdrijf door een medewerker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark this case? %1</source>
            <translation>Deze melding zo markeren? %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the mark</source>
            <translation>Kenmerk wissen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why does this case no longer concern a sexual offence by a staff member?</source>
            <translation>Waarom gaat deze melding niet (meer) over een seksueel misdrijf door een medewerker?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear</source>
            <translation>Wissen</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <location filename="../../ui/cases/case_detail.py" line="-247" />
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
            <location line="+1" />
            <source>Marks of bullying</source>
            <translation>Kenmerken van pesten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forms</source>
            <translation>Vormen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit</source>
            <translation>Bewerken</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, by: %2</source>
            <translation>%1, door: %2</translation>
        </message>
    </context>
    <context>
        <name>CasePrivacy</name>
        <message>
            <location filename="../../ui/cases/case_privacy.py" line="+35" />
            <source>Kept until %1</source>
            <translation>Bewaren tot %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not recorded</source>
            <translation>Niet vastgelegd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not asked yet</source>
            <translation>Nog niet gevraagd</translation>
        </message>
        <message>
            <location line="+6" />
            <source>on %1</source>
            <translation>op %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>asked by %1</source>
            <translation>gevraagd door %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change...</source>
            <translation>Wijzigen...</translation>
        </message>
        <message>
            <location line="+17" />
            <source>How long this case is kept</source>
            <translation>Hoe lang deze melding bewaard blijft</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose another retention rule, with a reason</source>
            <translation>Kies een andere bewaarregel, met een reden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record or change the pupil's consent</source>
            <translation>Leg de toestemming van de leerling vast of wijzig haar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep until</source>
            <translation>Bewaren tot</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Kept until: not known yet</source>
            <translation>Bewaren tot: nog niet te bepalen</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../ui/cases/case_list_model.py" line="+41" />
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last activity</source>
            <translation>Laatste activiteit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep until</source>
            <translation>Bewaren tot</translation>
        </message>
        <message>
            <location line="+105" />
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
        <message>
            <location line="+36" />
            <source>Anonymised</source>
            <translation>Geanonimiseerd</translation>
        </message>
    </context>
    <context>
        <name>CaseWorkExtension</name>
        <message>
            <location filename="../../ui/casework/extension.py" line="+68" />
            <source>Case actions</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Letters...</source>
            <translation>Brieven...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change status...</source>
            <translation>Status wijzigen...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgency...</source>
            <translation>Urgentie...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand over to the coordinator...</source>
            <translation>Overdragen aan de coördinator...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close case...</source>
            <translation>Melding sluiten...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen case...</source>
            <translation>Melding heropenen...</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Informing</source>
            <translation>Informeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreements and follow-ups</source>
            <translation>Afspraken en vervolg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contract and plan</source>
            <translation>Contract en plan</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criminal offences</source>
            <translation>Strafbare feiten</translation>
        </message>
        <message>
            <location line="+55" />
            <source>1 agreement broken</source>
            <translation>1 afspraak verbroken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 agreements broken</source>
            <translation>%1 afspraken verbroken</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Reopen case</source>
            <translation>Melding heropenen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why is the case opened again?</source>
            <translation>Waarom gaat de melding weer open?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen</source>
            <translation>Heropenen</translation>
        </message>
    </context>
    <context>
        <name>CaseworkLabels</name>
        <message>
            <location filename="../../ui/casework/labels.py" line="+36" />
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+10" />
            <source>Overdue</source>
            <translation>Over tijd</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+12" />
            <source>Waiting</source>
            <translation>Wacht</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Vervallen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Due now</source>
            <translation>Nu doen</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+13" />
            <source>Coming up</source>
            <translation>Binnenkort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Proposed</source>
            <translation>Voorstel</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acute</source>
            <translation>Acuut</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept</source>
            <translation>Nagekomen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Broken</source>
            <translation>Verbroken</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The bullying has stopped</source>
            <translation>Het pesten is gestopt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bullying has decreased</source>
            <translation>Het pesten is verminderd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bullying has not stopped</source>
            <translation>Het pesten is niet gestopt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Handed over to someone else</source>
            <translation>Overgedragen aan een ander</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Turned out not to be bullying (teasing or a conflict)</source>
            <translation>Bleek geen pesten (plagen of een conflict)</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/vault/change_password_dialog.py" line="+23" />
            <source>Change password</source>
            <translation>Wachtwoord wijzigen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Wijzigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Current password</source>
            <translation>Huidig wachtwoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New password</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat new password</source>
            <translation>Herhaal nieuw wachtwoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backups this computer can reach get the new password too. Older backups elsewhere (a stick that is not inserted) still open with the old password or the recovery code.</source>
            <translation>De reservekopieën die deze computer kan bereiken krijgen ook het nieuwe wachtwoord. Oudere reservekopieën elders (een stick die er niet in zit) gaan nog open met het oude wachtwoord of de herstelcode.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the current password.</source>
            <translation>Typ het huidige wachtwoord.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The new password is the same as the current one.</source>
            <translation>Het nieuwe wachtwoord is hetzelfde als het huidige.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="+217" />
            <source>Close case</source>
            <translation>Melding sluiten</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: what made the difference, what was agreed for later</source>
            <translation>Niet verplicht: wat hielp, wat is er afgesproken voor later</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the monitoring follow-ups in 'To do'</source>
            <translation>De monitoring houden in 'Te doen'</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The protocol asks for monitoring after closing; those dates stay in 'To do'.</source>
            <translation>Het protocol vraagt om monitoring na het sluiten; die data blijven in 'Te doen'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The protocol has no monitoring after closing.</source>
            <translation>Het protocol heeft geen monitoring na het sluiten.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the outcome.</source>
            <translation>Kies de uitkomst.</translation>
        </message>
    </context>
    <context>
        <name>CollectionSession</name>
        <message>
            <location filename="../../ui/evidence/session.py" line="+80" />
            <location line="+283" />
            <source>Collect evidence</source>
            <translation>Bewijs verzamelen</translation>
        </message>
        <message>
            <location line="-277" />
            <source>Collect evidence with the student</source>
            <translation>Samen met de leerling bewijs verzamelen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Started at %1. Go through the list together; everything you add now is linked to this session.</source>
            <translation>Begonnen om %1. Loop de lijst samen door; alles wat u nu toevoegt, hoort bij deze sessie.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Name of the student</source>
            <translation>Naam van de leerling</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counsellor</source>
            <translation>Vertrouwenspersoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Student</source>
            <translation>Leerling</translation>
        </message>
        <message>
            <location line="-25" />
            <location line="+268" />
            <source>Close without recording</source>
            <translation>Sluiten zonder vastleggen</translation>
        </message>
        <message>
            <location line="-267" />
            <location line="+237" />
            <source>Finish and record</source>
            <translation>Afronden en vastleggen</translation>
        </message>
        <message>
            <location line="-215" />
            <source>e.g. the student's phone</source>
            <translation>bijv. de telefoon van de leerling</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Apparaat</translation>
        </message>
        <message>
            <location line="+10" />
            <source>1. What happened?</source>
            <translation>1. Wat is er gebeurd?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the student's words: what happened, where, since when</source>
            <translation>In de woorden van de leerling: wat er gebeurde, waar, sinds wanneer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>2. Record it</source>
            <translation>2. Vastleggen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where: the platform and the group, chat or profile</source>
            <translation>Waar: het platform en de groep, chat of het profiel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accounts and nicknames (@name and display name)</source>
            <translation>Accounts en bijnamen (@naam en weergavenaam)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address (URL) of the message, post or profile</source>
            <translation>Internetadres (URL) van het bericht, de post of het profiel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time as shown on the screen</source>
            <translation>Datum en tijd zoals op het scherm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Screenshots, with the name and time visible</source>
            <translation>Schermafbeeldingen, met de naam en de tijd in beeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved messages or a chat export</source>
            <translation>Bewaarde berichten of een chatexport</translation>
        </message>
        <message>
            <location line="+5" />
            <source>3. A nude or sexual image of a minor?</source>
            <translation>3. Een naaktbeeld of seksueel beeld van een minderjarige?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Never store it, not even for a moment. Describe what was seen and where it went round; then contact the police contact of the school and point to Helpwanted.</source>
            <translation>Sla het nooit op, ook niet even. Beschrijf wat er te zien was en waar het rondging; neem daarna contact op met de contactpersoon van de politie voor de school en wijs op Helpwanted.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Describe only (nude image)...</source>
            <translation>Alleen beschrijven (naaktbeeld)...</translation>
        </message>
        <message>
            <location line="+7" />
            <source>4. Advice to the student</source>
            <translation>4. Advies aan de leerling</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save everything</source>
            <translation>Bewaar alles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Do not reply</source>
            <translation>Reageer niet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block the sender, but only after saving</source>
            <translation>Blokkeer de afzender, maar pas na het bewaren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report it to the platform</source>
            <translation>Meld het bij het platform</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tell someone you trust</source>
            <translation>Vertel het aan iemand die je vertrouwt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Capture tips</source>
            <translation>Tips voor het vastleggen</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Add files...</source>
            <translation>Bestanden toevoegen...</translation>
        </message>
        <message>
            <location line="-85" />
            <location line="+86" />
            <source>Paste</source>
            <translation>Plakken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take screenshot</source>
            <translation>Schermafbeelding maken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole screen</source>
            <translation>Heel het scherm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a region...</source>
            <translation>Een deel kiezen...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>WhatsApp export...</source>
            <translation>WhatsApp-export...</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Collected in this session</source>
            <translation>Verzameld in deze sessie</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing yet.</source>
            <translation>Nog niets.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>✓ details saved · • details still to check. Select an item to fill in its details.</source>
            <translation>✓ gegevens opgeslagen · • gegevens nog nakijken. Kies een bewijsstuk om de gegevens in te vullen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Details of the item</source>
            <translation>Gegevens van het bewijsstuk</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any platform</source>
            <translation>Elk platform</translation>
        </message>
        <message>
            <location line="+84" />
            <source>What happened: %1</source>
            <translation>Wat er gebeurde: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recorded: %1.</source>
            <translation>Vastgelegd: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Advice discussed: %1.</source>
            <translation>Advies besproken: %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fill in the name of the student who was there.</source>
            <translation>Vul de naam in van de leerling die erbij was.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The details of %1 are not saved yet. Record the session anyway?</source>
            <translation>De gegevens van %1 zijn nog niet opgeslagen. Toch de sessie vastleggen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The session is recorded in the timeline, linked to 1 item.</source>
            <translation>De sessie staat in de tijdlijn, gekoppeld aan 1 bewijsstuk.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session is recorded in the timeline, linked to %1 items.</source>
            <translation>De sessie staat in de tijdlijn, gekoppeld aan %1 bewijsstukken.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The items stay in the case, but the session is not recorded in the timeline. Close anyway?</source>
            <translation>De bewijsstukken blijven in de melding, maar de sessie komt niet in de tijdlijn. Toch sluiten?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ConceptDialog</name>
        <message>
            <location filename="../../ui/help/concept_link.py" line="+58" />
            <source>More in the manual</source>
            <translation>Meer in de handleiding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ConceptLink</name>
        <message>
            <location line="-32" />
            <source>What does this mean?</source>
            <translation>Wat betekent dit?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What does this mean: %1</source>
            <translation>Wat betekent dit: %1</translation>
        </message>
    </context>
    <context>
        <name>ConditionDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="-135" />
            <source>Record consent</source>
            <translation>Toestemming vastleggen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>e.g. spoken, after a day to think</source>
            <translation>bijv. mondeling, na een dag bedenktijd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write down how it was given.</source>
            <translation>Schrijf op hoe de toestemming is gegeven.</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <location filename="../../ui/common/confirm.py" line="+16" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+21" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../ui/cases/consent_dialog.py" line="+19" />
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not given</source>
            <translation>Niet gegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly given</source>
            <translation>Gedeeltelijk gegeven</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Consent to keeping a dossier</source>
            <translation>Toestemming voor het dossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did the pupil agree that a dossier about this case is kept? Write down what was asked and answered.</source>
            <translation>Gaf de leerling toestemming om over deze melding een dossier bij te houden? Schrijf op wat er is gevraagd en geantwoord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent was asked</source>
            <translation>Er is om toestemming gevraagd</translation>
        </message>
        <message>
            <location line="+6" />
            <source>spoken</source>
            <translation>mondeling</translation>
        </message>
        <message>
            <location line="+0" />
            <source>in writing</source>
            <translation>schriftelijk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>spoken, in the first talk</source>
            <translation>mondeling, in het eerste gesprek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>through the parents</source>
            <translation>via de ouders</translation>
        </message>
        <message>
            <location line="+5" />
            <source>who asked, e.g. the mentor</source>
            <translation>wie vroeg het, bijvoorbeeld de mentor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. not for the part about the parents</source>
            <translation>bijvoorbeeld: niet voor het deel over de ouders</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked by</source>
            <translation>Gevraagd door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Write down how consent was given.</source>
            <translation>Schrijf op hoe de toestemming is gegeven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write in the note what the pupil did and did not consent to.</source>
            <translation>Schrijf in de notitie waarvoor de leerling wel en niet toestemming gaf.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPanel</name>
        <message>
            <location filename="../../ui/vault/dialogs.py" line="+73" />
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
            <location line="+23" />
            <source>Browse...</source>
            <translation>Bladeren...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Repeat password</source>
            <translation>Herhaal wachtwoord</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location line="-34" />
            <source>Keep the password somewhere safe. Without it nobody can open the vault, not even the IT administrator.</source>
            <translation>Bewaar het wachtwoord op een veilige plek. Zonder wachtwoord kan niemand de kluis openen, ook de ICT-beheerder niet.</translation>
        </message>
        <message>
            <location line="+47" />
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
            <location line="+33" />
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
        <name>DescribeDialog</name>
        <message>
            <location filename="../../ui/evidence/dialogs.py" line="+199" />
            <source>Remove the image of %1 and describe it</source>
            <translation>Beeld van %1 verwijderen en beschrijven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nude or sexual image of a minor</source>
            <translation>Naaktbeeld of seksueel beeld van een minderjarige</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destroy the image and save the description</source>
            <translation>Beeld vernietigen en beschrijving bewaren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the description</source>
            <translation>Beschrijving bewaren</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Do not store this image</source>
            <translation>Sla dit beeld niet op</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file, its thumbnail and any chat text of %1 are destroyed for good. Only its SHA-256, size and type stay in the audit log.</source>
            <translation>Het bestand, de miniatuur en eventuele chattekst van %1 worden definitief vernietigd. Alleen de SHA-256, de grootte en het soort bestand blijven in het auditlog.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>In words, without judging: what could be seen, who is recognisable</source>
            <translation>In woorden, zonder oordeel: wat er te zien was, wie herkenbaar is</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. Snapchat story, WhatsApp</source>
            <translation>bijv. Snapchat-story, WhatsApp</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Groups and chats, separated by commas</source>
            <translation>Groepen en chats, gescheiden door komma's</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As the student tells it, e.g. 'Friday around 22:00'</source>
            <translation>Zoals de leerling het vertelt, bijv. 'vrijdag rond 22:00'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. the whole year group, about 120</source>
            <translation>bijv. het hele leerjaar, zo'n 120</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where it circulated</source>
            <translation>Waar het rondging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groups and chats</source>
            <translation>Groepen en chats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First sender</source>
            <translation>Eerste afzender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First seen</source>
            <translation>Eerst gezien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Estimated reach</source>
            <translation>Geschat bereik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Collected with</source>
            <translation>Verzameld met</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Describe in words what could be seen (without the image itself).</source>
            <translation>Beschrijf in woorden wat er te zien was (zonder het beeld zelf).</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Possessing or passing on a sexual image of a minor is a criminal offence, for the school too, and the police do not want copies. Do not save it, do not forward it, not even to colleagues or parents. Write down only what you saw and where it went round.

Today: contact the school's police contact (wijkagent); the police decide about evidence and a report. Point the student and the parents to Helpwanted (helpwanted.nl): free and anonymous help, also to get the image removed from the internet.</source>
            <translation>Een seksueel beeld van een minderjarige bezitten of doorsturen is strafbaar, ook voor de school, en de politie wil geen kopieën. Sla het niet op en stuur het niet door, ook niet naar collega's of ouders. Schrijf alleen op wat u zag en waar het rondging.

Vandaag nog: neem contact op met de contactpersoon van de politie voor de school (wijkagent); de politie beslist over bewijs en aangifte. Wijs de leerling en de ouders op Helpwanted (helpwanted.nl): gratis en anonieme hulp, ook om het beeld van internet te laten verwijderen.</translation>
        </message>
    </context>
    <context>
        <name>DestroyDialog</name>
        <message>
            <location filename="../../ui/cases/destroy_dialog.py" line="+97" />
            <source>Timeline entries</source>
            <translation>Aantekeningen in de tijdlijn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier versions</source>
            <translation>Eerdere versies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the case</source>
            <translation>Betrokkenen in de melding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in no other case (removed)</source>
            <translation>Betrokkenen in geen ander dossier (verwijderd)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nicknames, accounts and contact details</source>
            <translation>Bijnamen, accounts en contactgegevens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence items</source>
            <translation>Bewijsstukken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chats</source>
            <translation>Chats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters and exports (their record)</source>
            <translation>Brieven en exports (de vastlegging)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsaved drafts</source>
            <translation>Niet-opgeslagen concepten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protocol records (steps, agreements, ...)</source>
            <translation>Protocolgegevens (stappen, afspraken, ...)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The numbers of this case disappear from the yearly report. To keep them, anonymise the case instead: names, texts, people and evidence go, the statistics stay.</source>
            <translation>De cijfers van deze melding verdwijnen uit het jaarverslag. Wilt u ze bewaren, anonimiseer de melding dan: namen, teksten, betrokkenen en bewijs gaan weg, de statistiek blijft.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Anonymise instead</source>
            <translation>Anonimiseren in plaats daarvan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>I have read these warnings and want to go on</source>
            <translation>Ik heb deze waarschuwingen gelezen en wil doorgaan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>For example: closed, follow-up done, counted in the yearly report</source>
            <translation>Bijvoorbeeld: afgesloten, nazorg gedaan, geteld in het jaarverslag</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reason (no names)</source>
            <translation>Reden (geen namen)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save statement...</source>
            <translation>Verklaring opslaan...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Anonymise case</source>
            <translation>Dossier anonimiseren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise case %1</source>
            <translation>Dossier %1 anonimiseren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Names, free text, people, evidence and letters are removed for good. What the yearly report counts stays (kind, dates, protocol, urgency, outcome, offences, platform); the case can no longer be changed.</source>
            <translation>Namen, vrije tekst, betrokkenen, bewijs en brieven worden definitief verwijderd. Wat het jaarverslag telt blijft (soort, data, protocol, urgentie, uitkomst, strafbare feiten, platform); de melding kan daarna niet meer worden gewijzigd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Anonymise</source>
            <translation>Anonimiseren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destroy case</source>
            <translation>Dossier vernietigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destroy case %1</source>
            <translation>Dossier %1 vernietigen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This removes the case for good, with everything only it holds. The audit log keeps one line without content: reference, date, numbers, reason and a checksum. Backups are replaced afterwards.</source>
            <translation>Dit verwijdert de melding definitief, met alles wat alleen bij haar hoort. Het auditlog houdt één regel zonder inhoud: kenmerk, datum, aantallen, reden en een controlewaarde. Daarna worden de reservekopieën vervangen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Destroy</source>
            <translation>Vernietigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type %1 to confirm</source>
            <translation>Typ %1 ter bevestiging</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Working... this cannot be stopped halfway.</source>
            <translation>Bezig... dit kan niet halverwege worden gestopt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The case was anonymised.</source>
            <translation>De melding is geanonimiseerd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The case was destroyed.</source>
            <translation>De melding is vernietigd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit line %1, checksum %2. Save the statement for your records.</source>
            <translation>Auditregel %1, controlewaarde %2. Bewaar de verklaring voor uw administratie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Save statement as PDF</source>
            <translation>Verklaring opslaan als PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Saved: %1</source>
            <translation>Opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <location filename="../../ui/evidence/details.py" line="+105" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export...</source>
            <translation>Exporteren...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove image, keep description...</source>
            <translation>Beeld verwijderen, beschrijving houden...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For a nude or sexual image of a minor: destroy the file and keep only a written description</source>
            <translation>Voor een naaktbeeld of seksueel beeld van een minderjarige: vernietig het bestand en houd alleen een beschrijving</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdraw…</source>
            <translation>Intrekken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added by mistake: delete the file for good; the number, hash and your reason stay in the catalogue</source>
            <translation>Per vergissing toegevoegd: het bestand voorgoed verwijderen; het nummer, de hashwaarde en uw reden blijven in de lijst staan</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo changes</source>
            <translation>Wijzigingen terugdraaien</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>Earlier versions</source>
            <translation>Eerdere versies</translation>
        </message>
        <message>
            <location line="-73" />
            <source>Linked to</source>
            <translation>Gekoppeld aan</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not linked yet. Link it to the conversation or incident it belongs to, and to the people it concerns.</source>
            <translation>Nog niet gekoppeld. Koppel het aan het gesprek of voorval waar het bij hoort, en aan de betrokkenen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Link</source>
            <translation>Koppelen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To a timeline entry...</source>
            <translation>Aan een regel in de tijdlijn...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To a person in this case...</source>
            <translation>Aan een betrokkene bij deze melding...</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unlink</source>
            <translation>Ontkoppelen</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Select an item to see and record its details.</source>
            <translation>Kies een bewijsstuk om de gegevens te zien en aan te vullen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 · %2 · Withdrawn</source>
            <translation>%1 · %2 · Ingetrokken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Withdrawn on %1. Reason: %2. The file was deleted; the number, SHA-256 and import time stay.</source>
            <translation>Ingetrokken op %1. Reden: %2. Het bestand is verwijderd; het nummer, de SHA-256 en het moment van importeren blijven bewaard.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Earlier versions (%1)</source>
            <translation>Eerdere versies (%1)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Timeline: %1</source>
            <translation>Tijdlijn: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Person: %1</source>
            <translation>Betrokkene: %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Link to a timeline entry</source>
            <translation>Koppelen aan een regel in de tijdlijn</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Link to a person in this case</source>
            <translation>Koppelen aan een betrokkene bij deze melding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How is this person involved in it? (e.g. sender, in the picture)</source>
            <translation>Hoe is deze persoon erbij betrokken? (bijv. afzender, staat erop)</translation>
        </message>
    </context>
    <context>
        <name>DossierDialog</name>
        <message>
            <location filename="../../ui/handover/dossier_dialog.py" line="+64" />
            <source>Make dossier</source>
            <translation>Dossier maken</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make dossier for case %1</source>
            <translation>Dossier maken voor melding %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Coordinator: full dossier</source>
            <translation>Coördinator: volledig dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Police: facts and evidence</source>
            <translation>Politie: feiten en bewijs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary for a team meeting</source>
            <translation>Samenvatting voor een team- of zorgoverleg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recipient</source>
            <translation>Ontvanger</translation>
        </message>
        <message>
            <location line="+15" />
            <source>optional</source>
            <translation>niet verplicht</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF password</source>
            <translation>Wachtwoord PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat password</source>
            <translation>Herhaal wachtwoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the password to the recipient by another channel, for example by phone; never in the same e-mail as the dossier.</source>
            <translation>Geef het wachtwoord via een ander kanaal aan de ontvanger, bijvoorbeeld telefonisch; nooit in dezelfde e-mail als het dossier.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Replace names of other children</source>
            <translation>Namen van andere leerlingen vervangen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other children become 'Leerling A', 'Leerling B', ...; adults are named by their role. Evidence images are left out, because names can be read on them.</source>
            <translation>Andere leerlingen worden 'Leerling A', 'Leerling B', ...; volwassenen worden bij hun rol genoemd. Afbeeldingen van bewijs worden weggelaten, omdat daarop namen te lezen kunnen zijn.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Also save the evidence package (ZIP)</source>
            <translation>Ook het bewijspakket opslaan (ZIP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For the police: the original files byte for byte, a manifest with their SHA-256 and this dossier, in one ZIP file next to the PDF.</source>
            <translation>Voor de politie: de originele bestanden, precies zoals ze zijn vastgelegd, een overzicht met hun SHA-256 en dit dossier, in één ZIP-bestand naast de PDF.</translation>
        </message>
        <message>
            <location line="-44" />
            <source>What goes in</source>
            <translation>Wat erin komt</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Who is this? %1 appear in the evidence but are linked to nobody; the dossier calls them 'onbekend account 1', and so on. Link them under People first.</source>
            <translation>Wie is dit? %1 staan in het bewijs maar zijn aan niemand gekoppeld; het dossier noemt ze 'onbekend account 1', enzovoort. Koppel ze eerst bij Betrokkenen.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show folder</source>
            <translation>Map tonen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Generate...</source>
            <translation>Maken...</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+178" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="-129" />
            <source>Not part of this kind of dossier.</source>
            <translation>Hoort niet in dit soort dossier.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Counting pages...</source>
            <translation>Pagina's tellen...</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>± %n page(s)</source>
            <translation>
                <numerusform>± %n pagina</numerusform>
                <numerusform>± %n pagina's</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>The two passwords are not the same.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one item for the police.</source>
            <translation>Kies ten minste één onderdeel voor de politie.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Save dossier as PDF</source>
            <translation>Dossier opslaan als PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Making the dossier...</source>
            <translation>Het dossier wordt gemaakt...</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved: %1 (%2 pages)
SHA-256: %3</source>
            <translation>Opgeslagen: %1 (%2 pagina's)
SHA-256: %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence package: %1</source>
            <translation>Bewijspakket: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the password by another channel.</source>
            <translation>Stuur het wachtwoord via een ander kanaal.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancelled; nothing was saved.</source>
            <translation>Afgebroken; er is niets opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <location filename="../../ui/common/drafts.py" line="+100" />
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is a draft from %1. Continue with it?</source>
            <translation>Er is een concept van %1. Verder gaan?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Continue</source>
            <translation>Verder gaan</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Discard typed text?</source>
            <translation>Getypte tekst weggooien?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You typed text that has not been saved. Throw it away?</source>
            <translation>U hebt tekst getypt die nog niet is opgeslagen. Weggooien?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard</source>
            <translation>Weggooien</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <location filename="../../ui/cases/entry_dialog.py" line="+41" />
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
            <location line="+13" />
            <source>Write down what happened.</source>
            <translation>Schrijf op wat er is gebeurd.</translation>
        </message>
    </context>
    <context>
        <name>EntryMarks</name>
        <message>
            <location filename="../../ui/cases/entry_marks.py" line="+22" />
            <location line="+11" />
            <source>Working note</source>
            <translation>Werkaantekening</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Special data: %1</source>
            <translation>Bijzonder persoonsgegeven: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Special data:</source>
            <translation>Bijzonder:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A working note is your own and goes into no dossier or access overview. Health, sexuality and other special data go only into the dossiers that need them, marked as such.</source>
            <translation>Een werkaantekening is van uzelf en komt in geen dossier of inzageoverzicht. Gezondheid, seksualiteit en andere bijzondere gegevens gaan alleen in de dossiers die ze nodig hebben, en zijn daar gemarkeerd.</translation>
        </message>
    </context>
    <context>
        <name>EntryMarksDialog</name>
        <message>
            <location line="+20" />
            <source>Marks</source>
            <translation>Markeringen</translation>
        </message>
    </context>
    <context>
        <name>EntryTextDialog</name>
        <message>
            <location filename="../../ui/cases/entry_text_dialog.py" line="+16" />
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
            <location filename="../../ui/common/messages_core.py" line="+12" />
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
            <location line="+1" />
            <source>This password is too weak.</source>
            <translation>Dit wachtwoord is te zwak.</translation>
        </message>
        <message>
            <location filename="../../ui/common/errors.py" line="+19" />
            <source>Pestdossier may not read or write this file or folder.</source>
            <translation>Pestdossier mag dit bestand of deze map niet lezen of schrijven.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file could not be read or written.</source>
            <translation>Het bestand kon niet worden gelezen of geschreven.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Er ging iets mis. Er is niets veranderd.</translation>
        </message>
    </context>
    <context>
        <name>EscalateDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="+135" />
            <source>Hand over the case</source>
            <translation>Melding overdragen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hand over</source>
            <translation>Overdragen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. the anti-bullying coordinator</source>
            <translation>bijv. de anti-pestcoördinator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why? e.g. the bullying continues after the agreements</source>
            <translation>Waarom? bijv. het pesten gaat door ondanks de afspraken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To whom</source>
            <translation>Aan wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write down to whom you hand the case over.</source>
            <translation>Schrijf op aan wie u de melding overdraagt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write down a reason.</source>
            <translation>Schrijf een reden op.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceCardDelegate</name>
        <message>
            <location filename="../../ui/evidence/gallery.py" line="+133" />
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No image stored
(described only)</source>
            <translation>Geen beeld opgeslagen
(alleen beschreven)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceExport</name>
        <message>
            <location filename="../../ui/evidence/export.py" line="+21" />
            <source>Export %1</source>
            <translation>%1 exporteren</translation>
        </message>
    </context>
    <context>
        <name>EvidenceLabels</name>
        <message>
            <location filename="../../ui/evidence/labels.py" line="+12" />
            <source>Screenshot</source>
            <translation>Schermafbeelding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat export</source>
            <translation>Chatexport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Described only</source>
            <translation>Alleen beschreven</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Contact blocked</source>
            <translation>Contact geblokkeerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reported to the platform</source>
            <translation>Gemeld bij het platform</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removal requested</source>
            <translation>Verzoek tot verwijdering gedaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Police report (aangifte) advised</source>
            <translation>Aangifte geadviseerd</translation>
        </message>
        <message>
            <location line="+7" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pasted</source>
            <translation>Geplakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Screen capture</source>
            <translation>Schermopname</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WhatsApp export</source>
            <translation>WhatsApp-export</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written description</source>
            <translation>Geschreven beschrijving</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
        </message>
    </context>
    <context>
        <name>EvidenceListModel</name>
        <message>
            <location filename="../../ui/evidence/model.py" line="+146" />
            <source>Added on %1</source>
            <translation>Toegevoegd op %1</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../ui/evidence/panel.py" line="+120" />
            <source>No evidence yet.

Drop screenshots, photos, videos, PDFs, e-mails or a WhatsApp export here, or use the buttons above. Ctrl+V pastes a screenshot.

A nude or sexual image of a minor is never stored: choose 'Describe only (nude image)...'.</source>
            <translation>Nog geen bewijs.

Sleep schermafbeeldingen, foto's, video's, pdf's, e-mails of een WhatsApp-export hierheen, of gebruik de knoppen hierboven. Ctrl+V plakt een schermafbeelding.

Een naaktbeeld of seksueel beeld van een minderjarige wordt nooit opgeslagen: kies 'Alleen beschrijven (naaktbeeld)...'.</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Paste</source>
            <translation>Plakken</translation>
        </message>
        <message>
            <location filename="../../ui/evidence/intake.py" line="+76" />
            <source>Add evidence</source>
            <translation>Bewijs toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import a chat export (WhatsApp or Telegram)</source>
            <translation>Chatexport importeren (WhatsApp of Telegram)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chat export (*.txt *.zip *.json);;All files (*)</source>
            <translation>Chatexport (*.txt *.zip *.json);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Pasted %1.png</source>
            <translation>Geplakt %1.png</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no picture on the clipboard. Copy a screenshot first (for example with PrtScn), then paste it here.</source>
            <translation>Er staat geen afbeelding op het klembord. Kopieer eerst een schermafbeelding (bijvoorbeeld met PrtScn) en plak die dan hier.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Screenshot %1.png</source>
            <translation>Schermafbeelding %1.png</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Screenshot cancelled; nothing was stored.</source>
            <translation>Schermafbeelding afgebroken; er is niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../ui/evidence/panel.py" line="+179" />
            <source>%1 recorded as a description only; no image was stored.</source>
            <translation>%1 is alleen als beschrijving vastgelegd; er is geen beeld opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../ui/evidence/importing.py" line="+129" />
            <source>Case %1:</source>
            <translation>Melding %1:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Added: %1.</source>
            <translation>Toegevoegd: %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is already in this case as %2; it was not stored twice.</source>
            <translation>%1 zit al in deze melding als %2; het is niet dubbel opgeslagen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Import cancelled: nothing of the file that was being added was stored.</source>
            <translation>Importeren afgebroken: van het bestand dat bezig was, is niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../ui/evidence/intake.py" line="+48" />
            <source>Adding evidence</source>
            <translation>Bewijs toevoegen</translation>
        </message>
        <message>
            <location filename="../../ui/evidence/panel.py" line="+30" />
            <location line="+2" />
            <source>Destroy the image</source>
            <translation>Beeld vernietigen</translation>
        </message>
        <message>
            <location line="-1" />
            <source>The file of %1 is destroyed for good and cannot be brought back. Continue?</source>
            <translation>Het bestand van %1 wordt definitief vernietigd en is niet terug te halen. Doorgaan?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Destroying the image of %1...</source>
            <translation>Beeld van %1 wordt vernietigd...</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The image of %1 was destroyed; only the description is kept.</source>
            <translation>Het beeld van %1 is vernietigd; alleen de beschrijving is bewaard.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Withdraw %1</source>
            <translation>%1 intrekken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file of %1, its preview and, for a chat, the read messages are deleted for good. They cannot be brought back, also not from a new backup.</source>
            <translation>Het bestand van %1, het voorbeeld en bij een chat de ingelezen berichten worden voorgoed verwijderd. Ze zijn niet terug te halen, ook niet uit een nieuwe reservekopie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kept: the number %1, the SHA-256, the size, the import time, the time of withdrawal and your reason. The item stays greyed in the list.</source>
            <translation>Blijft bewaard: het nummer %1, de SHA-256, de grootte, het moment van importeren, het moment van intrekken en uw reden. Het bewijsstuk blijft grijs in de lijst staan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Withdraw for good</source>
            <translation>Voorgoed intrekken</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Withdrawing %1...</source>
            <translation>%1 wordt ingetrokken...</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 was withdrawn; its file was deleted.</source>
            <translation>%1 is ingetrokken; het bestand is verwijderd.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export...</source>
            <translation>Exporteren...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove image, keep description...</source>
            <translation>Beeld verwijderen, beschrijving houden...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Withdraw…</source>
            <translation>Intrekken…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceToolbar</name>
        <message>
            <location filename="../../ui/evidence/toolbar.py" line="+33" />
            <source>Add files...</source>
            <translation>Bestanden toevoegen...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste</source>
            <translation>Plakken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paste a screenshot from the clipboard (Ctrl+V)</source>
            <translation>Een schermafbeelding van het klembord plakken (Ctrl+V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take screenshot</source>
            <translation>Schermafbeelding maken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole screen</source>
            <translation>Heel het scherm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a region...</source>
            <translation>Een deel kiezen...</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chat export...</source>
            <translation>Chatexport...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WhatsApp: the .txt or .zip made by 'Export chat'. Telegram: result.json, or the zip of the folder made by 'Export chat history'</source>
            <translation>WhatsApp: het .txt- of .zip-bestand van 'Chat exporteren'. Telegram: result.json, of de zip van de map van 'Chatgeschiedenis exporteren'</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Describe only (nude image)...</source>
            <translation>Alleen beschrijven (naaktbeeld)...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A nude or sexual image of a minor: record a description, never the image</source>
            <translation>Een naaktbeeld of seksueel beeld van een minderjarige: leg een beschrijving vast, nooit het beeld</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Collect evidence...</source>
            <translation>Bewijs verzamelen...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A guided checklist for sitting with the student</source>
            <translation>Een stappenlijst voor als u met de leerling zit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Student at the desk</source>
            <translation>Leerling kijkt mee</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Privacy mode: show only this case's evidence (Ctrl+Shift+P)</source>
            <translation>Privacymodus: toon alleen het bewijs van deze melding (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cancel</source>
            <translation>Afbreken</translation>
        </message>
    </context>
    <context>
        <name>FactsCard</name>
        <message>
            <location filename="../../ui/evidence/facts.py" line="+38" />
            <source>Recorded at import (cannot be changed)</source>
            <translation>Vastgelegd bij het importeren (niet te wijzigen)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detected type</source>
            <translation>Soort (naar inhoud)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Original name</source>
            <translation>Oorspronkelijke naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Came in as</source>
            <translation>Binnengekomen als</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File times</source>
            <translation>Bestandstijden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photo data (EXIF)</source>
            <translation>Fotogegevens (EXIF)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added</source>
            <translation>Toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Image destroyed</source>
            <translation>Beeld vernietigd</translation>
        </message>
        <message>
            <location line="+28" />
            <source>modified %1</source>
            <translation>gewijzigd %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>created %1</source>
            <translation>gemaakt %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>taken %1 (camera clock)</source>
            <translation>gemaakt %1 (klok van het toestel)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>device: %1</source>
            <translation>toestel: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 by %2</source>
            <translation>%1 door %2</translation>
        </message>
    </context>
    <context>
        <name>FileOpen</name>
        <message>
            <location filename="../../ui/shell/file_open.py" line="+31" />
            <source>Lock the open vault and open %1?</source>
            <translation>De open kluis vergrendelen en %1 openen?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open vault</source>
            <translation>Kluis openen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock and open</source>
            <translation>Vergrendelen en openen</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTableModel</name>
        <message>
            <location filename="../../ui/casework/models.py" line="-75" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up</source>
            <translation>Vervolgafspraak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+26" />
            <source>proposed: %1</source>
            <translation>voorstel: %1</translation>
        </message>
    </context>
    <context>
        <name>ForgotPasswordDialog</name>
        <message>
            <location filename="../../ui/vault/forgot_password.py" line="+50" />
            <source>Choose a backup</source>
            <translation>Kies een reservekopie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pestdossier backups (*%1)</source>
            <translation>Reservekopieën van Pestdossier (*%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Forgot password</source>
            <translation>Wachtwoord vergeten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>With the recovery code from the emergency sheet, the newest backup becomes a new vault with a new password. The old vault file stays as it is.</source>
            <translation>Met de herstelcode van het Noodblad wordt de nieuwste reservekopie een nieuwe kluis met een nieuw wachtwoord. Het oude kluisbestand blijft zoals het is.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no backup found beside the vault</source>
            <translation>geen reservekopie gevonden naast de kluis</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+12" />
            <source>Browse...</source>
            <translation>Bladeren...</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Backup</source>
            <translation>Reservekopie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovery code</source>
            <translation>Herstelcode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New password</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat new password</source>
            <translation>Herhaal nieuw wachtwoord</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New vault file</source>
            <translation>Nieuw kluisbestand</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Choose a backup of this vault.</source>
            <translation>Kies een reservekopie van deze kluis.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose a new file for the vault; a restore never overwrites one.</source>
            <translation>Kies een nieuw bestand voor de kluis; terugzetten overschrijft nooit een kluis.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../ui/common/form_dialog.py" line="+48" />
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
        <name>FormEditDialog</name>
        <message>
            <location filename="../../ui/casework/form_edit_dialog.py" line="+52" />
            <source>Change %1</source>
            <translation>%1 wijzigen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New %1</source>
            <translation>Nieuw %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write it together with the pupil, in the pupil's own words. Name no other children: the form goes to the pupil and the parents.</source>
            <translation>Schrijf het samen met de leerling, in de eigen woorden van de leerling. Noem geen andere kinderen: het formulier gaat naar de leerling en de ouders.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pupil</source>
            <translation>Leerling</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Why it changes, e.g. after the talk</source>
            <translation>Waarom het verandert, bijvoorbeeld na het gesprek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Talk it through again on</source>
            <translation>Samen bespreken op</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Fill in '%1'.</source>
            <translation>Vul '%1' in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the pupil to the case first, under People.</source>
            <translation>Voeg de leerling eerst toe onder Betrokkenen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why it changes; the earlier version is kept.</source>
            <translation>Schrijf op waarom het verandert; de vorige versie blijft bewaard.</translation>
        </message>
    </context>
    <context>
        <name>FormFields</name>
        <message>
            <location line="-80" />
            <source>This behaviour stops</source>
            <translation>Dit gedrag stopt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I do instead</source>
            <translation>Dit doe ik in plaats daarvan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How I make it right</source>
            <translation>Zo maak ik het weer goed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>If the bullying goes on</source>
            <translation>Als het pesten doorgaat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I am going to do</source>
            <translation>Wat ik ga doen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who helps me, at home too</source>
            <translation>Wie mij helpt, ook thuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How we see that it works</source>
            <translation>Zo zien we dat het lukt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Non-bullying contract</source>
            <translation>Niet-pestcontract</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pupil's plan</source>
            <translation>Plan van de leerling</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../ui/common/formatting.py" line="+40" />
            <source>around %1</source>
            <translation>rond %1</translation>
        </message>
    </context>
    <context>
        <name>FormsPanel</name>
        <message>
            <location filename="../../ui/casework/forms_panel.py" line="+36" />
            <source>pupil</source>
            <translation>leerling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>parents</source>
            <translation>ouders</translation>
        </message>
        <message>
            <location line="+1" />
            <source>school</source>
            <translation>school</translation>
        </message>
        <message>
            <location line="+33" />
            <source>New...</source>
            <translation>Nieuw...</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change...</source>
            <translation>Wijzigen...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed...</source>
            <translation>Ondertekend...</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+125" />
            <source>Earlier versions</source>
            <translation>Eerdere versies</translation>
        </message>
        <message>
            <location line="-124" />
            <source>Save as PDF...</source>
            <translation>Opslaan als PDF...</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Contracts and plans</source>
            <translation>Contracten en plannen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No contract or plan yet. After a confronting talk the pupil can write a plan, or you make a non-bullying contract together.</source>
            <translation>Nog geen contract of plan. Na een confronterend gesprek kan de leerling een plan schrijven, of u stelt samen een niet-pestcontract op.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>version %1</source>
            <translation>versie %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed: %1</source>
            <translation>ondertekend: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not signed yet</source>
            <translation>nog niet ondertekend</translation>
        </message>
        <message>
            <location line="+2" />
            <source>talk it through on %1</source>
            <translation>bespreken op %1</translation>
        </message>
        <message>
            <location line="+73" />
            <source>This is the first version; nothing has changed yet.</source>
            <translation>Dit is de eerste versie; er is nog niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Version %1, replaced on %2: %3</source>
            <translation>Versie %1, vervangen op %2: %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Another child is named</source>
            <translation>Er wordt een ander kind genoemd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save anyway</source>
            <translation>Toch opslaan</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+12" />
            <source>Save as PDF</source>
            <translation>Opslaan als PDF</translation>
        </message>
        <message>
            <location line="-10" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved as %1</source>
            <translation>Opgeslagen als %1</translation>
        </message>
    </context>
    <context>
        <name>GuidePanel</name>
        <message>
            <location filename="../../ui/casework/guide_panel.py" line="+44" />
            <source>Conversation guide</source>
            <extracomment>Writes the sheet to the chosen path and returns where it went.</extracomment>
            <translation>Gespreksleidraad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save as PDF...</source>
            <translation>Opslaan als pdf...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One page to take into the talk, without names</source>
            <translation>Eén bladzijde om mee te nemen naar het gesprek, zonder namen</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Watch out: %1</source>
            <translation>Let op: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Purpose</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Questions</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Do</source>
            <translation>Wel doen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Don't</source>
            <translation>Niet doen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next appointment</source>
            <translation>Vervolgafspraak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan it in %1.</source>
            <translation>Plan die over %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source: %1</source>
            <translation>Bron: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved: %1</source>
            <translation>Opgeslagen: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save conversation guide</source>
            <translation>Gespreksleidraad opslaan</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <location filename="../../ui/help/help_actions.py" line="+21" />
            <source>Manual</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How to do the main tasks (F1)</source>
            <translation>Hoe u de belangrijkste taken doet (F1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Pestdossier</source>
            <translation>Over Pestdossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../ui/home/badge.py" line="+19" />
            <location filename="../../ui/home/home_screen.py" line="+75" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../ui/home/home_screen.py" line="+1" />
            <source>Gathering what is due...</source>
            <translation>Bezig met verzamelen wat er te doen is...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All cases</source>
            <translation>Alle meldingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The case list and the selected case</source>
            <translation>De lijst met meldingen en de gekozen melding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+67" />
            <source>Overdue and due today</source>
            <translation>Over tijd en vandaag</translation>
        </message>
        <message>
            <location line="-64" />
            <source>Nothing overdue, nothing due today.</source>
            <translation>Niets over tijd, niets voor vandaag.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+60" />
            <source>Coming up (two weeks)</source>
            <translation>Binnenkort (twee weken)</translation>
        </message>
        <message>
            <location line="-56" />
            <source>No steps or follow-ups due in the next two weeks.</source>
            <translation>Geen stappen of vervolggesprekken in de komende twee weken.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Appointments this week</source>
            <translation>Afspraken deze week</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No appointments this week.</source>
            <translation>Geen afspraken deze week.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+35" />
            <source>Waiting for a decision</source>
            <translation>Wacht op een besluit</translation>
        </message>
        <message>
            <location line="-35" />
            <source>No new reports waiting.</source>
            <translation>Geen nieuwe meldingen die wachten.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recent activity</source>
            <translation>Recent vastgelegd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing recorded yet.</source>
            <translation>Nog niets vastgelegd.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 · overdue: %2 · due today: %3 · this week: %4</source>
            <translation>%1 · over tijd: %2 · vandaag: %3 · deze week: %4</translation>
        </message>
        <message>
            <location line="+15" />
            <source>reported %1</source>
            <translation>gemeld %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(%1 more in the case list)</source>
            <translation>(nog %1 in de lijst met meldingen)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Retention date passed for %1 case(s): destroy or anonymise them (they are in the list below).</source>
            <translation>Bewaartermijn verstreken voor %1 melding(en): vernietig of anonimiseer ze (ze staan hieronder in de lijst).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(the first %1 of %2)</source>
            <translation>(de eerste %1 van %2)</translation>
        </message>
    </context>
    <context>
        <name>IdentityDialog</name>
        <message>
            <location filename="../../ui/cases/identity_dialog.py" line="+35" />
            <source>Nickname</source>
            <translation>Bijnaam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone number</source>
            <translation>Telefoonnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail address</source>
            <translation>E-mailadres</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Names and accounts of %1</source>
            <translation>Namen en accounts van %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nicknames, diminutives, accounts, phone numbers and e-mail addresses by which this person can be recognised. A pseudonymised dossier hides all of them.</source>
            <translation>Bijnamen, verkleinwoorden, accounts, telefoonnummers en e-mailadressen waaraan deze persoon te herkennen is. Een gepseudonimiseerd dossier verbergt ze allemaal.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save change</source>
            <translation>Wijziging opslaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correct the selected form with the fields below</source>
            <translation>Verbeter de gekozen schrijfwijze met de velden hieronder</translation>
        </message>
        <message>
            <location line="+13" />
            <source>e.g. Kimmetje, @kim.post, 06-12345678</source>
            <translation>bijv. Kimmetje, @kim.post, 06-12345678</translation>
        </message>
        <message>
            <location line="+2" />
            <source>platform (accounts)</source>
            <translation>platform (accounts)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>name the account shows</source>
            <translation>naam die het account toont</translation>
        </message>
        <message>
            <location line="+2" />
            <source>profile address</source>
            <translation>adres van het profiel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
    </context>
    <context>
        <name>ImportHold</name>
        <message>
            <location filename="../../ui/evidence/import_hold.py" line="+26" />
            <source>Storing a large file</source>
            <translation>Groot bestand opslaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A large file is being stored in the vault. The window waits until it is done.</source>
            <translation>Een groot bestand wordt in de kluis opgeslagen. Het venster wacht tot dat klaar is.</translation>
        </message>
    </context>
    <context>
        <name>ImportQueue</name>
        <message>
            <location filename="../../ui/evidence/importing.py" line="+161" />
            <source>Adding %1 (%2 of %3)...</source>
            <translation>%1 toevoegen (%2 van %3)...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adding %1...</source>
            <translation>%1 toevoegen...</translation>
        </message>
    </context>
    <context>
        <name>InformDialog</name>
        <message>
            <location filename="../../ui/casework/inform_panel.py" line="+113" />
            <source>Record: informed</source>
            <translation>Vastleggen: geïnformeerd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>e.g. the mentor</source>
            <translation>bijvoorbeeld de mentor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Short note (optional)</source>
            <translation>Korte notitie (mag leeg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By whom</source>
            <translation>Door wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>InformPanel</name>
        <message>
            <location line="+33" />
            <source>Whom the protocol says to inform after each step, how, and by when. Record what you did, or that you deliberately did not, with the reason. A parent conversation or call also goes on the timeline.</source>
            <translation>Wie u volgens het protocol na elke stap informeert, hoe en uiterlijk wanneer. Leg vast wat u deed, of dat u het bewust niet deed, met de reden. Een gesprek of telefoontje met ouders komt ook op de tijdlijn.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose a protocol first: it says whom to inform.</source>
            <translation>Kies eerst een protocol: dat zegt wie u informeert.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Informed...</source>
            <translation>Geïnformeerd...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliberately not...</source>
            <translation>Bewust niet...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to to do</source>
            <translation>Terug naar te doen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter or call note...</source>
            <translation>Brief of belnotitie...</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Informed by %1 (%2).</source>
            <translation>Geïnformeerd door %1 (%2).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deliberately not: %1</source>
            <translation>Bewust niet: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not needed with the approach chosen so far; record it when the case calls for it.</source>
            <translation>Niet nodig bij de aanpak die tot nu toe is gekozen; leg het vast als de situatie erom vraagt.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Deliberately not informed</source>
            <translation>Bewust niet geïnformeerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why do you deliberately not inform %1?</source>
            <translation>Waarom informeert u %1 bewust niet?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Vastleggen</translation>
        </message>
    </context>
    <context>
        <name>InformTableModel</name>
        <message>
            <location line="-221" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Whom</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>After step</source>
            <translation>Na stap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To do</source>
            <translation>Te doen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliberately not</source>
            <translation>Bewust niet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only if needed</source>
            <translation>Alleen als nodig</translation>
        </message>
        <message>
            <location line="+9" />
            <source>by %1</source>
            <translation>uiterlijk %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from %1</source>
            <translation>vanaf %1</translation>
        </message>
    </context>
    <context>
        <name>Informing</name>
        <message>
            <location line="-41" />
            <source>conversation</source>
            <translation>gesprek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone call</source>
            <translation>telefoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>letter</source>
            <translation>brief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e-mail</source>
            <translation>mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>memo</source>
            <translation>memo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>message</source>
            <translation>bericht</translation>
        </message>
    </context>
    <context>
        <name>IntakePanel</name>
        <message>
            <location filename="../../ui/cases/intake_panel.py" line="+52" />
            <source>Is it bullying?</source>
            <translation>Is het pesten?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bullying has all three marks; without them it is teasing, a conflict or an incident.</source>
            <translation>Pesten heeft alle drie de kenmerken; zonder is het plagen, een conflict of een incident.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Use this kind</source>
            <translation>Deze soort kiezen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Forms of bullying</source>
            <translation>Vormen van pesten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Signals observed in the student</source>
            <translation>Signalen bij de leerling</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Suggested kind: %1</source>
            <translation>Voorgestelde soort: %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>none of the three</source>
            <translation>geen van de drie</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/common/labels.py" line="+25" />
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
            <location line="+60" />
            <source>In a conversation</source>
            <translation>In een gesprek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By phone</source>
            <translation>Telefonisch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By e-mail</source>
            <translation>Per e-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous mailbox</source>
            <translation>Anonieme brievenbus</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Bullied student</source>
            <translation>Gepeste leerling</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Anonymous</source>
            <translation>Anoniem</translation>
        </message>
        <message>
            <location line="+7" />
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
        <message>
            <location line="+6" />
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sexuality</source>
            <translation>Seksualiteit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other special data</source>
            <translation>Ander bijzonder gegeven</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pupil</source>
            <translation>De leerling zelf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A parent or guardian</source>
            <translation>Een ouder of verzorger</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Report form or app</source>
            <translation>Meldformulier of app</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the monitor survey</source>
            <translation>Uit de monitor (vragenlijst)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observed by staff</source>
            <translation>Zelf waargenomen (signaal)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On purpose</source>
            <translation>Met opzet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeated over time</source>
            <translation>Herhaald, over langere tijd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Power imbalance</source>
            <translation>Machtsverschil</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Meant to hurt, not an accident or a joke between friends.</source>
            <translation>Bedoeld om pijn te doen, geen ongelukje of grap tussen vrienden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aimed at the same student again and again, over a longer time.</source>
            <translation>Steeds weer tegen dezelfde leerling, over een langere periode.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The student cannot defend themselves (stronger, more, or more popular).</source>
            <translation>De leerling kan zich niet verweren (de ander is sterker, met meer of populairder).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Physical</source>
            <translation>Lichamelijk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Belongings</source>
            <translation>Met spullen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Words</source>
            <translation>Met woorden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Behind their back</source>
            <translation>Achter de rug om</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exclusion, ignoring</source>
            <translation>Buitensluiten, negeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>Digitaal</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Withdraws</source>
            <translation>Trekt zich terug</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cheekier or more aggressive</source>
            <translation>Brutaler of agressiever</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keeps apart, sits alone</source>
            <translation>Zondert zich af, zit alleen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lingers in the classroom</source>
            <translation>Blijft lang in het lokaal hangen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Belongings lost or broken</source>
            <translation>Spullen kwijt of kapot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jumpy at computer or phone</source>
            <translation>Schrikt bij computer of telefoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Does not want to go to school</source>
            <translation>Wil niet naar school</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Says nothing about school</source>
            <translation>Vertelt thuis niets over school</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brings no friends home</source>
            <translation>Neemt geen vrienden mee naar huis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worse results</source>
            <translation>Slechtere resultaten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headaches or stomach aches</source>
            <translation>Hoofdpijn of buikpijn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bruises</source>
            <translation>Blauwe plekken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sleeps badly, nightmares</source>
            <translation>Slaapt slecht, nachtmerries</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Irritable, angry or sad</source>
            <translation>Prikkelbaar, boos of verdrietig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avoids outdoors or clubs</source>
            <translation>Wil niet naar buiten of naar de club</translation>
        </message>
    </context>
    <context>
        <name>LadderTableModel</name>
        <message>
            <location filename="../../ui/casework/measures_panel.py" line="+38" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Taken %1</source>
            <translation>Genomen %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now</source>
            <translation>Nu aan de orde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not taken</source>
            <translation>Niet genomen</translation>
        </message>
    </context>
    <context>
        <name>LeavePrivacyDialog</name>
        <message>
            <location filename="../../ui/evidence/privacy.py" line="+46" />
            <source>Leave privacy mode</source>
            <translation>Privacymodus verlaten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave</source>
            <translation>Verlaten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the vault password. The case list, names and notes then show again.</source>
            <translation>Typ het wachtwoord van de kluis. Daarna zijn de meldingen, namen en notities weer te zien.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the password of this vault.</source>
            <translation>Typ het wachtwoord van deze kluis.</translation>
        </message>
    </context>
    <context>
        <name>LettersDialog</name>
        <message>
            <location filename="../../ui/handover/letters_dialog.py" line="+46" />
            <location line="+16" />
            <source>Letters</source>
            <translation>Brieven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The letters the protocol calls for. Check and edit the text before you use it; a letter never names another child or says in which role a child takes part.</source>
            <translation>De brieven die het protocol vraagt. Lees en bewerk de tekst voordat u hem gebruikt; een brief noemt nooit een ander kind en zegt nooit in welke rol een kind meedoet.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Meeting on</source>
            <translation>Gesprek op</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PDF...</source>
            <translation>Opslaan als pdf...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+65" />
            <source>There are no letters for this case.</source>
            <translation>Er zijn geen brieven voor deze melding.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Copied. Paste it into the school's messaging system.</source>
            <translation>Gekopieerd. Plak de tekst in het berichtensysteem van de school.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save letter as PDF</source>
            <translation>Brief opslaan als pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved as %1</source>
            <translation>Opgeslagen als %1</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <location filename="../../ui/evidence/dialogs.py" line="-109" />
            <source>Link</source>
            <translation>Koppelen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>LockSettings</name>
        <message>
            <location filename="../../ui/shell/settings_lock.py" line="+19" />
            <source>Lock and clipboard</source>
            <translation>Vergrendelen en klembord</translation>
        </message>
        <message>
            <location line="+5" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>Nooit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock when nobody has used Pestdossier for this long</source>
            <translation>Vergrendel als Pestdossier zo lang niet is gebruikt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock after inactivity</source>
            <translation>Vergrendelen na inactiviteit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock when the screen locks or the computer sleeps</source>
            <translation>Vergrendelen als het scherm vergrendelt of de computer slaapt</translation>
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only on lock and quit</source>
            <translation>Alleen bij vergrendelen en afsluiten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copied case text is removed from the clipboard after this time, on lock and on quit (only if the clipboard still holds it)</source>
            <translation>Gekopieerde tekst uit een melding verdwijnt na deze tijd van het klembord, en bij vergrendelen en afsluiten (alleen als die tekst er nog op staat)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear clipboard after</source>
            <translation>Klembord leegmaken na</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="+83" />
            <source>Demo with made-up cases</source>
            <translation>Demo met verzonnen meldingen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The demo vault is locked</source>
            <translation>De demokluis is vergrendeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password of the demo vault: %1</source>
            <translation>Wachtwoord van de demokluis: %1</translation>
        </message>
        <message>
            <location line="+26" />
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
            <location line="+232" />
            <location line="+15" />
            <location line="+23" />
            <location line="+4" />
            <source>Check vault</source>
            <translation>Controleren</translation>
        </message>
        <message>
            <location line="-272" />
            <source>Today: overdue and upcoming steps and follow-ups, appointments, new reports (Ctrl+T)</source>
            <translation>Vandaag: stappen en vervolggesprekken over tijd en binnenkort, afspraken, nieuwe meldingen (Ctrl+T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make dossier...</source>
            <translation>Dossier maken...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A PDF of the selected case (Ctrl+D)</source>
            <translation>Een pdf van de gekozen melding (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year overview...</source>
            <translation>Jaaroverzicht...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Access request...</source>
            <translation>Inzageverzoek...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pupil or parent asks what you keep (inzage)</source>
            <translation>Een leerling of ouder vraagt wat u bewaart (inzage)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock</source>
            <translation>Vergrendelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Student at the desk</source>
            <translation>Leerling kijkt mee</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Privacy mode: only this case's evidence (%1)</source>
            <translation>Privacymodus: alleen het bewijs van deze melding (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Settings...</source>
            <translation>Instellingen...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+16" />
            <source>Main toolbar</source>
            <translation>Werkbalk</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Vault: %1</source>
            <translation>Kluis: %1</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Choose a case first.</source>
            <translation>Kies eerst een melding.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The new interface language is used from the next start.</source>
            <translation>De nieuwe taal wordt vanaf de volgende start gebruikt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Checking the vault...</source>
            <translation>De kluis wordt gecontroleerd...</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+15" />
            <source>Check cancelled.</source>
            <translation>Controle afgebroken.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare with an export or backup...</source>
            <translation>Vergelijk met een export of reservekopie...</translation>
        </message>
        <message>
            <location line="+2" />
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
        <message>
            <location line="+8" />
            <source>Compare with an export or backup</source>
            <translation>Vergelijk met een export of reservekopie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dossiers, evidence packages and backups (*.pdf *.zip *.json *.pdbackup)</source>
            <translation>Dossiers, bewijspakketten en reservekopieën (*.pdf *.zip *.json *.pdbackup)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>in order</source>
            <translation>in orde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>problems: %1</source>
            <translation>problemen: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>... and %1 more.</source>
            <translation>... en nog %1.</translation>
        </message>
    </context>
    <context>
        <name>ManualWindow</name>
        <message>
            <location filename="../../ui/help/manual_window.py" line="+33" />
            <source>Manual</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Search the manual</source>
            <translation>Zoeken in de handleiding</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chapters</source>
            <translation>Hoofdstukken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Manual text</source>
            <translation>Tekst van de handleiding</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Nothing in the manual matches this search.</source>
            <translation>Niets in de handleiding past bij deze zoekopdracht.</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPanel</name>
        <message>
            <location filename="../../ui/casework/measures_panel.py" line="+62" />
            <source>The protocol's ladder of consequences. After a broken agreement the next rung is offered; the school decides. Record who took a measure and when, and later what it achieved.</source>
            <translation>De maatregelladder van het protocol. Na een verbroken afspraak biedt het programma de volgende trede aan; de school beslist. Leg vast wie een maatregel nam en wanneer, en later wat die opleverde.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This protocol names no measures.</source>
            <translation>Dit protocol noemt geen maatregelen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Measures taken and escalations</source>
            <translation>Genomen maatregelen en doorzettingen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Take this measure...</source>
            <translation>Deze maatregel nemen...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record effect...</source>
            <translation>Effect vastleggen...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass on to...</source>
            <translation>Doorzetten naar...</translation>
        </message>
        <message>
            <location line="+20" />
            <source>An agreement was broken: the protocol's next step is '%1'.</source>
            <translation>Er is een afspraak verbroken: de volgende stap in het protocol is '%1'.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Passed on to %1: %2</source>
            <translation>Doorgezet naar %1: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Effect: %1</source>
            <translation>Effect: %1</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Effect of the measure</source>
            <translation>Effect van de maatregel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did it achieve? Has the bullying stopped, lessened or gone on?</source>
            <translation>Wat heeft het opgeleverd? Is het pesten gestopt, minder geworden of doorgegaan?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Vastleggen</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/common/messages.py" line="+90" />
            <source>1 year</source>
            <translation>1 jaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 month</source>
            <translation>1 maand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 week</source>
            <translation>1 week</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} years</source>
            <translation>{count} jaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} months</source>
            <translation>{count} maanden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} weeks</source>
            <translation>{count} weken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} days</source>
            <translation>{count} dagen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{first} and {last}</source>
            <translation>{first} en {last}</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_casework.py" line="+12" />
            <source>Choose a protocol for this case first.</source>
            <translation>Kies eerst een protocol voor deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This case already follows this protocol.</source>
            <translation>Deze melding volgt dit protocol al.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This protocol choice does not exist.</source>
            <translation>Deze protocolkeuze bestaat niet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no protocol with id '{protocol}'.</source>
            <translation>Er is geen protocol met id '{protocol}'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file}: {detail}</source>
            <translation>{file}: {detail}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file}, line {line}: {detail}</source>
            <translation>{file}, regel {line}: {detail}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The protocol '{protocol}' has no step '{step}'.</source>
            <translation>Het protocol '{protocol}' heeft geen stap '{step}'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This step still waits for: {conditions:lcfirst}. Record that first, or give a reason to go ahead anyway.</source>
            <translation>Deze stap wacht nog op: {conditions:lcfirst}. Leg dat eerst vast, of geef een reden om toch verder te gaan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This report does not exist (any more).</source>
            <translation>Dit verslag bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason.</source>
            <translation>Geef een reden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This deviation does not exist (any more).</source>
            <translation>Deze afwijking bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The protocol '{protocol}' has no condition '{condition}'.</source>
            <translation>Het protocol '{protocol}' kent de voorwaarde '{condition}' niet.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../ui/common/messages_retention.py" line="+55" />
            <source>Write down how consent was given.</source>
            <translation>Schrijf op hoe de toestemming is gegeven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The step '{step}' asks for no choice.</source>
            <translation>De stap '{step}' vraagt geen keuze.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from: {allowed}.</source>
            <translation>Kies uit: {allowed}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why you choose this approach.</source>
            <translation>Schrijf op waarom u voor deze aanpak kiest.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write down what was agreed.</source>
            <translation>Schrijf op wat er is afgesproken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down what happened: how was the agreement broken?</source>
            <translation>Schrijf op wat er gebeurde: hoe is de afspraak verbroken?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This agreement does not exist (any more).</source>
            <translation>Deze afspraak bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This follow-up does not belong to the protocol of this case.</source>
            <translation>Deze vervolgafspraak hoort niet bij het protocol van deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason to move the follow-up.</source>
            <translation>Geef een reden om de vervolgafspraak te verzetten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason to cancel the follow-up.</source>
            <translation>Geef een reden om de vervolgafspraak te laten vervallen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label} (after {offset})</source>
            <translation>{label} (na {offset})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label} (round {round})</source>
            <translation>{label} (ronde {round})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The steungroep has {count} members; {low} to {high} is usual.</source>
            <translation>De steungroep heeft {count} leden; gebruikelijk is {low} tot {high}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The step '{step}' does not ask the support group for ideas.</source>
            <translation>De stap '{step}' vraagt geen ideeën van de steungroep.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bullied student does not belong in the steungroep.</source>
            <translation>De gepeste leerling hoort niet in de steungroep.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bullied student cannot be a member of the steungroep: the approach works because they are not there.</source>
            <translation>De gepeste leerling kan geen lid van de steungroep zijn: de aanpak werkt juist zonder hem of haar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose members of this case's steungroep.</source>
            <translation>Kies leden van de steungroep van deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down for each member what he or she is going to do.</source>
            <translation>Schrijf per lid op wat hij of zij gaat doen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down for each member what he or she has done.</source>
            <translation>Schrijf per lid op wat hij of zij heeft gedaan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}: write the idea as 'Ik ga ...' (I will ...).</source>
            <translation>{name}: schrijf het idee als 'Ik ga ...'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This member is no longer in the steungroep.</source>
            <translation>Dit lid staat niet (meer) in de steungroep.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close a case with an outcome.</source>
            <translation>Sluit een melding af met een uitkomst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason to reopen the case.</source>
            <translation>Geef een reden om de melding te heropenen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down to whom you hand over the case.</source>
            <translation>Schrijf op aan wie u de melding overdraagt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why you hand over the case.</source>
            <translation>Schrijf op waarom u de melding overdraagt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason for the urgency.</source>
            <translation>Geef een reden voor de urgentie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Acute because of {offences:lower}: act the same day.</source>
            <translation>Acuut vanwege {offences:lower}: dezelfde dag handelen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>High because of {offences:lower}.</source>
            <translation>Hoog vanwege {offences:lower}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>High: an incident calls for quick action.</source>
            <translation>Hoog: een incident vraagt snel handelen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No sign of urgency.</source>
            <translation>Geen aanwijzing voor spoed.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown offence '{offence}'; choose from: {allowed}.</source>
            <translation>Onbekend strafbaar feit '{offence}'; kies uit: {allowed}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the offence and the advice given.</source>
            <translation>Kies het strafbare feit en het gegeven advies.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down to whom the advice was given.</source>
            <translation>Schrijf op aan wie het advies is gegeven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The step '{step}' has no conversation guide.</source>
            <translation>De stap '{step}' heeft geen gespreksleidraad.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown mark '{mark}'; choose from: {allowed}.</source>
            <translation>Onbekend kenmerk '{mark}'; kies uit: {allowed}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason to clear the mark.</source>
            <translation>Geef een reden om het kenmerk te wissen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sexual offence by a staff member against a pupil: every staff member, the confidential counsellor included, reports this at once to the board (bevoegd gezag). Confidentiality does not apply here. The board consults the vertrouwensinspecteur and files a police report when there is a reasonable suspicion.</source>
            <translation>Seksueel misdrijf door een medewerker tegen een leerling: iedere medewerker, ook de vertrouwenspersoon, meldt dit meteen aan het bevoegd gezag (het schoolbestuur). Geheimhouding geldt hier niet. Het bestuur overlegt met de vertrouwensinspecteur en doet bij een redelijk vermoeden aangifte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is guidance for the school, not legal advice; the articles were checked in December 2026. When in doubt, consult the community police officer (wijkagent) or the Juridisch Loket.</source>
            <translation>Dit is een handreiking voor de school, geen juridisch advies; de wetsartikelen zijn nagekeken in december 2026. Overleg bij twijfel met de wijkagent of het Juridisch Loket.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filming or photographing in secret</source>
            <translation>Heimelijk filmen of fotograferen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make sure the images go no further and ask the platform to remove them. If they are sexual: do not copy or keep them yourself, describe what can be seen and involve the community police officer.</source>
            <translation>Zorg dat de beelden niet verder gaan en vraag het platform ze te verwijderen. Zijn ze van seksuele aard: kopieer of bewaar ze niet zelf, beschrijf wat er te zien is en schakel de wijkagent in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Assault</source>
            <translation>Mishandeling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look after the pupil first; have an injury seen by a doctor if needed. Write down what happened and who saw it. Advise the parents to report it to the police; with serious injury involve the community police officer.</source>
            <translation>Zorg eerst voor de leerling; laat letsel zo nodig door een arts bekijken. Schrijf op wat er gebeurde en wie het zagen. Raad de ouders aan aangifte te doen; schakel bij ernstig letsel de wijkagent in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Damaging belongings</source>
            <translation>Vernieling van spullen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take photos of the damage and keep what was broken. Discuss repair or compensation; the parents can report it to the police.</source>
            <translation>Maak foto's van de schade en bewaar wat kapot is. Bespreek herstel of vergoeding; de ouders kunnen aangifte doen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stalking (belaging)</source>
            <translation>Belaging (stalking)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advise the pupil not to respond and to break off contact. Have everything the stalker sends or does kept, with date and time, and tell the parents.</source>
            <translation>Raad de leerling aan niet te reageren en het contact te verbreken. Laat alles bewaren wat de belager stuurt of doet, met datum en tijd, en breng de ouders op de hoogte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Doxing: spreading someone's personal data to frighten them</source>
            <translation>Doxing: iemands gegevens verspreiden om bang te maken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the messages and links with the data and ask the platform to remove them. If the pupil feels threatened, involve the community police officer.</source>
            <translation>Bewaar de berichten en links met de gegevens en vraag het platform ze te verwijderen. Voelt de leerling zich bedreigd, schakel dan de wijkagent in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not a klachtdelict: anyone can report it to the police, the school too. Usually the student and the parents do it together.</source>
            <translation>Geen klachtdelict: iedereen kan aangifte doen, ook de school. Meestal doen de leerling en de ouders dat samen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Klachtdelict: only the victim can report it and ask for prosecution; for a student under 16 the parents or carers do so. This must happen within three months after the victim knew about it.</source>
            <translation>Klachtdelict: alleen het slachtoffer kan aangifte doen en om vervolging vragen; bij een leerling jonger dan 16 jaar doen de ouders of verzorgers dat. Dit moet binnen drie maanden nadat het slachtoffer ervan wist.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Threat</source>
            <translation>Bedreiging</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take it seriously. Keep the messages, tell the community police officer and advise the parents to report it to the police. In immediate danger: call 112.</source>
            <translation>Neem het serieus. Bewaar de berichten, meld het bij de wijkagent en raad de ouders aan aangifte te doen. Bij direct gevaar: bel 112.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Extortion or blackmail (including sextortion)</source>
            <translation>Afpersing of afdreiging (ook sextortion)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Advise the student not to pay and not to send anything more. Keep the messages first, block afterwards. Bring in the community police officer and advise reporting it to the police.</source>
            <translation>Raad de leerling aan niet te betalen en niets meer te sturen. Bewaar eerst de berichten, blokkeer daarna. Schakel de wijkagent in en raad aangifte aan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Insult</source>
            <translation>Belediging</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the messages. The student and the parents decide for themselves whether to report it; the school can help them.</source>
            <translation>Bewaar de berichten. De leerling en de ouders beslissen zelf of zij aangifte doen; de school kan hen daarbij helpen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Defamation or slander</source>
            <translation>Smaad of laster</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the messages and the links. Ask the platform to remove the messages. The student and the parents decide for themselves about reporting it.</source>
            <translation>Bewaar de berichten en de links. Vraag het platform de berichten te verwijderen. De leerling en de ouders beslissen zelf over aangifte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Spreading a sexual image</source>
            <translation>Verspreiden van seksueel beeld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Never copy, keep or forward the images yourself: describe what can be seen and where. Advise the parents to report it to the police and ask the platform to remove the images. Bring in the community police officer.</source>
            <translation>Kopieer, bewaar of stuur de beelden zelf nooit door: beschrijf wat er te zien is en waar. Raad de ouders aan aangifte te doen en vraag het platform de beelden te verwijderen. Schakel de wijkagent in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Identity fraud or fake profile</source>
            <translation>Identiteitsfraude of nepprofiel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A fake profile is an offence when someone's details are misused and that can harm them; often it is insult or defamation too. Keep the link and screenshots and report the profile to the platform.</source>
            <translation>Een nepprofiel is strafbaar als iemands gegevens worden misbruikt en dat hem of haar kan schaden; vaak gaat het ook om belediging of smaad. Bewaar de link en schermafbeeldingen en meld het profiel bij het platform.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hacking (computer trespass)</source>
            <translation>Hacken (computervredebreuk)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Help the student change the passwords and turn on two-step verification. Keep what was done from the account. Advise reporting it to the police.</source>
            <translation>Help de leerling de wachtwoorden te wijzigen en tweestapsverificatie aan te zetten. Bewaar wat er vanuit het account is gedaan. Raad aangifte aan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The progress names an unknown step '{step}'; ignored.</source>
            <translation>De voortgang noemt een onbekende stap '{step}'; genegeerd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Round {round} of '{block}' began after the maximum duration of {max_total}.</source>
            <translation>Ronde {round} van '{block}' begon na de maximale duur van {max_total}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deviation: {reason}</source>
            <translation>Afwijking: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skipped: {reason}</source>
            <translation>Overgeslagen: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done later than planned: due by {latest}, done on {done}.</source>
            <translation>Later gedaan dan gepland: uiterlijk {latest}, gedaan op {done}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done before step '{step}'.</source>
            <translation>Gedaan vóór stap '{step}'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done without this condition being recorded: {condition}.</source>
            <translation>Gedaan zonder dat deze voorwaarde was vastgelegd: {condition}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The choice was not recorded: {question}</source>
            <translation>De keuze is niet vastgelegd: {question}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown choice '{option}' recorded.</source>
            <translation>Onbekende keuze '{option}' vastgelegd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reason for the choice is missing.</source>
            <translation>De reden voor de keuze ontbreekt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The protocol file has changed since it was chosen for this case; the deadlines follow the current version.</source>
            <translation>Het protocolbestand is gewijzigd sinds het voor deze melding werd gekozen; de termijnen volgen de huidige versie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{step}</source>
            <translation>{step}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{step} (round {round})</source>
            <translation>{step} (ronde {round})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{step}, waiting for: {conditions}</source>
            <translation>{step}, wacht op: {conditions}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evaluate agreement: {text}</source>
            <translation>Afspraak evalueren: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next appointment after: {step}</source>
            <translation>Vervolgafspraak na: {step}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the summary of the {year} safety monitor to the Inspectie (by 1 July)</source>
            <translation>Samenvatting van de veiligheidsmonitor {year} naar de Inspectie sturen (uiterlijk 1 juli)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make the {school_year} yearly bullying report (Year overview)</source>
            <translation>Jaarverslag pesten {school_year} maken (Jaaroverzicht)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{case}: the protocol '{protocol}' is not available (any more).</source>
            <translation>{case}: het protocol '{protocol}' is niet (meer) beschikbaar.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_core.py" line="+1" />
            <source>The vault cannot be opened.</source>
            <translation>De kluis kan niet worden geopend.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SQLCipher is not active; Pestdossier does not open an unencrypted vault.</source>
            <translation>SQLCipher is niet actief; Pestdossier opent geen onversleutelde kluis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The old password still opens the vault; the password was not changed.</source>
            <translation>Het oude wachtwoord opent de kluis nog; wijziging mislukt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Another task is still running on the vault (an import or a backup, for example). The password was not changed; try again when that task has finished.</source>
            <translation>Er loopt nog een andere taak op de kluis (bijvoorbeeld een import of een reservekopie). Het wachtwoord is niet gewijzigd; probeer het opnieuw als die taak klaar is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The vault's password is still being changed; try again in a moment.</source>
            <translation>Het wachtwoord van de kluis wordt nog gewijzigd; probeer het zo opnieuw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A loose file beside the vault did not belong to it; it was moved aside as '{name}' and the vault was opened as it was.</source>
            <translation>Een los bestand naast de kluis hoorde niet bij deze kluis; het is opzijgezet als '{name}' en de kluis is geopend zoals ze was.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password is correct, but the start of the vault is damaged; try a backup copy.</source>
            <translation>Het wachtwoord klopt, maar het begin van de kluis is beschadigd; probeer een reservekopie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password is not correct (mind Caps Lock), or the start of the vault is damaged; then try a backup copy.</source>
            <translation>Het wachtwoord klopt niet (let op Caps Lock), of het begin van de kluis is beschadigd; probeer dan een reservekopie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The lock file '{path}' is not a regular file (a folder or a shortcut); remove it and try again.</source>
            <translation>Het slotbestand '{path}' is geen gewoon bestand (een map of een snelkoppeling); verwijder het en probeer opnieuw.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Something went wrong.</source>
            <translation>Er ging iets mis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not found.</source>
            <translation>Niet gevonden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invalid input.</source>
            <translation>Ongeldige invoer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A time without a time zone.</source>
            <translation>Tijdstip zonder tijdzone.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{value}' is unknown; choose from: {allowed}</source>
            <translation>'{value}' is onbekend; kies uit: {allowed}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use at least {min_length} characters; a sentence of a few words is easy to remember and strong.</source>
            <translation>Gebruik minstens {min_length} tekens; een zin van een paar woorden is makkelijk te onthouden en sterk.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at most {max_length} characters.</source>
            <translation>Gebruik hoogstens {max_length} tekens.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This password is too easy to guess (a common word, name, date or keyboard row). Make it a sentence with a few unexpected words.</source>
            <translation>Dit wachtwoord is te makkelijk te raden (bijvoorbeeld een bekend woord, naam, datum of toetsenbordrij). Maak er een zin van met een paar onverwachte woorden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This case does not exist (any more).</source>
            <translation>Deze melding bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no case with reference '{reference}'.</source>
            <translation>Er is geen melding met kenmerk '{reference}'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the case a title.</source>
            <translation>Geef de melding een titel.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown fields: {fields}</source>
            <translation>Onbekende velden: {fields}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in a name.</source>
            <translation>Vul een naam in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person does not exist (any more).</source>
            <translation>Deze persoon bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person is already in the case with this role.</source>
            <translation>Deze persoon staat al met deze rol bij de melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person is no longer involved in the case.</source>
            <translation>Deze betrokkene staat niet (meer) bij de melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose participants from the people involved in this case.</source>
            <translation>Kies deelnemers uit de betrokkenen bij deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down what happened.</source>
            <translation>Schrijf op wat er is gebeurd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This timeline entry does not exist (any more).</source>
            <translation>Deze tijdlijnregel bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{path}' is a folder; give a file name.</source>
            <translation>'{path}' is een map; geef een bestandsnaam.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder '{folder}' does not exist.</source>
            <translation>De map '{folder}' bestaat niet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file '{name}' does not exist.</source>
            <translation>Het bestand '{name}' bestaat niet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file '{name}' cannot be read.</source>
            <translation>Het bestand '{name}' kan niet worden gelezen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder '{folder}' is full; the file was not written and nothing was left half-written. Free up space or choose another folder.</source>
            <translation>De map '{folder}' is vol; het bestand is niet geschreven en er is niets half achtergebleven. Maak ruimte vrij of kies een andere map.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Audit log: line {line} is missing or was replaced (found: {found}).</source>
            <translation>Auditlog: regel {line} ontbreekt of is vervangen (gevonden: {found}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit log: line {line} does not follow on from the line before.</source>
            <translation>Auditlog: regel {line} sluit niet aan op de vorige regel.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit log: line {line} was changed after it was written.</source>
            <translation>Auditlog: regel {line} is na het schrijven gewijzigd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit log: the last lines are missing or were replaced.</source>
            <translation>Auditlog: de laatste regels ontbreken of zijn vervangen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit log: the start of the chain is missing.</source>
            <translation>Auditlog: het begin van de keten ontbreekt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>storage</source>
            <translation>opslag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>encrypted storage (every page)</source>
            <translation>versleutelde opslag (alle pagina's)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>audit log ({lines} lines)</source>
            <translation>auditlog ({lines} regels)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>vault</source>
            <translation>kluis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>evidence ({count} items, {size} hashed again)</source>
            <translation>bewijsstukken ({count}, {size} opnieuw gehasht)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>evidence ({checked} of {total}, cancelled)</source>
            <translation>bewijsstukken ({checked} van {total}, afgebroken)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>evidence</source>
            <translation>bewijsstukken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Storage: the encrypted storage is damaged in {count} place(s).</source>
            <translation>Opslag: de versleutelde opslag is op {count} plaats(en) beschadigd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Storage: the vault is damaged and cannot be checked.</source>
            <translation>Opslag: de kluis is beschadigd en niet te controleren.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault is damaged; this check could not be finished.</source>
            <translation>De kluis is beschadigd; deze controle kon niet worden afgemaakt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evidence: the evidence cannot be read.</source>
            <translation>Bewijs: de bewijsstukken zijn onleesbaar.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Evidence: something went wrong while reading it back.</source>
            <translation>Bewijs: bij het teruglezen ging iets mis.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Evidence: the stored SHA-256 of item {item} of {case} is not the one the audit log recorded at import; the item was changed afterwards.</source>
            <translation>Bewijs: de opgeslagen SHA-256 van bewijsstuk {item} van {case} is niet die uit de auditlog bij het importeren; het bewijsstuk is daarna veranderd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence: item {item} of {case} is not in the audit log; it was added outside the app.</source>
            <translation>Bewijs: bewijsstuk {item} van {case} staat niet in de auditlog; het is buiten de app om toegevoegd.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Evidence: check cancelled; not every item was checked.</source>
            <translation>Bewijs: controle afgebroken; niet alle bewijsstukken zijn gecontroleerd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evidence: item {item} of {case} is incomplete ({read} of {size} bytes read back).</source>
            <translation>Bewijs: bewijsstuk {item} van {case} is onvolledig ({read} van {size} bytes teruggelezen).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence: item {item} of {case} has changed since it was imported (the SHA-256 no longer matches).</source>
            <translation>Bewijs: bewijsstuk {item} van {case} is veranderd sinds het importeren (de SHA-256 klopt niet meer).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Evidence: item {item} of {case} is described only but still holds bytes.</source>
            <translation>Bewijs: bewijsstuk {item} van {case} is alleen beschreven maar bevat nog bytes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evidence: {count} loose blocks without an item found.</source>
            <translation>Bewijs: {count} losse blokken zonder bewijsstuk gevonden.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_evidence.py" line="+11" />
            <source>The evidence could not be saved.</source>
            <translation>Het bewijsstuk kon niet worden opgeslagen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is empty (0 bytes); nothing was saved.</source>
            <translation>Het bestand is leeg (0 bytes); er is niets opgeslagen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is empty (0 bytes); nothing was saved.</source>
            <translation>'{name}' is leeg (0 bytes); er is niets opgeslagen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file cannot be read; check that it still exists and that you may open it.</source>
            <translation>Het bestand kan niet worden gelezen; controleer of het nog bestaat en of u het mag openen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' is a folder, not a file.</source>
            <translation>'{name}' is een map, geen bestand.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is not a regular file (but a device or a pipe, for example); only regular files can become evidence.</source>
            <translation>'{name}' is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); alleen gewone bestanden kunnen bewijs worden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file '{name}' changed while it was being imported; nothing was saved. Try again when the file is complete.</source>
            <translation>Het bestand '{name}' veranderde tijdens het importeren; er is niets opgeslagen. Probeer het opnieuw als het bestand klaar is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file '{name}' does not exist (any more).</source>
            <translation>Het bestand '{name}' bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pestdossier may not read '{name}' (no access). Copy the file to a folder of your own or ask your IT administrator for access.</source>
            <translation>Pestdossier mag '{name}' niet lezen (geen toegang). Kopieer het bestand naar een map van uzelf of vraag de ICT-beheerder om toegang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' cannot be read.</source>
            <translation>'{name}' kan niet worden gelezen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' cannot be read (completely).</source>
            <translation>'{name}' kan niet (helemaal) worden gelezen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is too large to keep as evidence.</source>
            <translation>Het bestand is te groot om als bewijs op te slaan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is too large ({size}); the limit for evidence in this vault is {limit}. Trim a video or change the limit in the settings.</source>
            <translation>Het bestand is te groot ({size}); de grens voor bewijs in deze kluis is {limit}. Kort een video in of pas de grens aan in de instellingen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import cancelled; nothing was saved.</source>
            <translation>Importeren afgebroken; er is niets opgeslagen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file is already in the case file as evidence item {item} ({name}); nothing was saved twice.</source>
            <translation>Dit bestand zit al in het dossier als bewijsstuk {item} ({name}); er is niets dubbel opgeslagen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The limit for evidence must be at least 1 MB.</source>
            <translation>De grens voor bewijs moet minstens 1 MB zijn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pestdossier cannot show this image format; the file was kept unchanged.</source>
            <translation>Dit beeldformaat kan Pestdossier niet tonen; het bestand is ongewijzigd bewaard.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This image is too large to check or show; the file was kept unchanged.</source>
            <translation>Deze afbeelding is te groot om te controleren of te tonen; het bestand is ongewijzigd bewaard.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The image is damaged or incomplete and cannot be shown; the file was kept unchanged as a document.</source>
            <translation>De afbeelding is beschadigd of onvolledig en kan niet worden getoond; het bestand is ongewijzigd bewaard als document.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' has the name of an image but is not an image; the file was kept unchanged as a document.</source>
            <translation>'{name}' heeft de naam van een afbeelding, maar is geen afbeelding; het bestand is ongewijzigd bewaard als document.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This export is too large to read as a chat; the file was kept unchanged as a document.</source>
            <translation>Deze export is te groot om als chat te lezen; het bestand is ongewijzigd bewaard als document.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{reason} The file was kept unchanged as a document.</source>
            <translation>{reason} Het bestand is ongewijzigd bewaard als document.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This evidence item does not exist (any more).</source>
            <translation>Dit bewijsstuk bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This evidence item is too large to open in one go.</source>
            <translation>Dit bewijsstuk is te groot om in één keer te openen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evidence item {item} is described only; there is no file to open.</source>
            <translation>Bewijsstuk {item} is alleen beschreven; er is geen bestand om te openen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{url}' is not a valid web address (it contains a space).</source>
            <translation>'{url}' is geen geldig internetadres (er staat een spatie in).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The description is too long; keep to the facts.</source>
            <translation>De beschrijving is te lang; houd het bij de feiten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Describe in words what could be seen and where it went round (without the image itself).</source>
            <translation>Beschrijf in woorden wat er te zien was en waar het rondging (zonder het beeld zelf).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence item {item} no longer holds an image.</source>
            <translation>Bewijsstuk {item} bevat al geen beeld meer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A collection session is a conversation or a note.</source>
            <translation>Een verzamelsessie is een gesprek of een notitie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An evidence item belongs to another case.</source>
            <translation>Een bewijsstuk hoort bij een andere melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The evidence and the timeline entry belong to different cases.</source>
            <translation>Bewijs en tijdlijnregel horen bij verschillende meldingen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This file is not a WhatsApp export Pestdossier can read: the format is unknown.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het formaat is onbekend.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the text is not UTF-8.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: de tekst is geen UTF-8.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the file is empty.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het bestand is leeg.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: no lines with a date and time found.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: geen regels met datum en tijd gevonden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the first line does not start with a date and time.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: de eerste regel begint niet met een datum en tijd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the zip file holds no chat (.txt).</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het zip-bestand bevat geen chat (.txt).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the zip file holds more than one chat (.txt).</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het zip-bestand bevat meer dan één chat (.txt).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the zip file holds too many files.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het zip-bestand bevat te veel bestanden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the zip file holds an unsafe file name.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het zip-bestand bevat een onveilige bestandsnaam.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the zip file unpacks suspiciously large.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het zip-bestand pakt verdacht groot uit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the chat in the zip file is too large.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: de chat in het zip-bestand is te groot.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the zip file is damaged or encrypted.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het zip-bestand is beschadigd of versleuteld.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a WhatsApp export Pestdossier can read: the file is too large to read as a chat.</source>
            <translation>Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het bestand is te groot om als chat te lezen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a Telegram export Pestdossier can read: result.json is not valid JSON.</source>
            <translation>Dit bestand is geen Telegram-export die Pestdossier kan lezen: result.json is geen geldige JSON.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a Telegram export Pestdossier can read: it holds no messages.</source>
            <translation>Dit bestand is geen Telegram-export die Pestdossier kan lezen: er staan geen berichten in.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a Telegram export Pestdossier can read: it is an export of the whole account; export the history of one chat.</source>
            <translation>Dit bestand is geen Telegram-export die Pestdossier kan lezen: dit is een export van het hele account; exporteer de geschiedenis van één chat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file is not a Telegram export Pestdossier can read: a message has no valid date.</source>
            <translation>Dit bestand is geen Telegram-export die Pestdossier kan lezen: een bericht heeft geen geldige datum.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The dossier could not be saved; nothing was written.</source>
            <translation>Het dossier kon niet worden opgeslagen; er is niets weggeschreven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The PDF password is empty.</source>
            <translation>Het PDF-wachtwoord is leeg.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown kind of dossier '{profile}'; choose from: coordinator, police or summary.</source>
            <translation>Onbekend soort dossier '{profile}'; kies uit: coordinator, police of summary.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report: {step}</source>
            <translation>Verslag: {step}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The dossier was not saved: '{form}' is still readable on page {page} ({count} hidden form(s) found). Change the text or add the spelling to the identity register.</source>
            <translation>Het dossier is niet opgeslagen: '{form}' staat nog leesbaar op pagina {page} ({count} verborgen vorm(en) gevonden). Pas de tekst aan of voeg de schrijfwijze toe aan het identiteitsregister.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A pseudonymised dossier is only saved after the check for names; nothing was written.</source>
            <translation>Een gepseudonimiseerd dossier wordt alleen opgeslagen na de controle op namen; er is niets weggeschreven.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Description of the case</source>
            <translation>Beschrijving van de melding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who is this? {names} appear in the evidence but are linked to nobody; in this dossier they are called 'onbekend account 1', and so on. Link them to a person in the identity register.</source>
            <translation>Wie is dit? {names} staan in het bewijs maar zijn aan niemand gekoppeld; in dit dossier heten ze 'onbekend account 1', enzovoort. Koppel ze aan een betrokkene in het identiteitsregister.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter a nickname, account, phone number or e-mail address.</source>
            <translation>Vul een bijnaam, account, telefoonnummer of e-mailadres in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{value}' is not an e-mail address.</source>
            <translation>'{value}' is geen e-mailadres.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{value}' is not a phone number.</source>
            <translation>'{value}' is geen telefoonnummer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{value}' is already listed for this person.</source>
            <translation>'{value}' staat al bij deze persoon.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This form no longer exists.</source>
            <translation>Deze schrijfwijze bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter an account name (@name) or a display name.</source>
            <translation>Vul een accountnaam (@naam) of een weergavenaam in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A field of the account is too long (500 characters at most).</source>
            <translation>Een veld van het account is te lang (hoogstens 500 tekens).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This account no longer exists.</source>
            <translation>Dit account bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person is not involved in this case.</source>
            <translation>Deze persoon is geen betrokkene bij deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The account '{value}' is already in this case's list.</source>
            <translation>Het account '{value}' staat al in de lijst van deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} large image(s) included as JPEG to keep the file small</source>
            <translation>{count} grote afbeelding(en) als JPEG opgenomen om het bestand klein te houden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{item}: the image could not be shown</source>
            <translation>{item}: afbeelding kon niet worden weergegeven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a different file name for the package than for the PDF.</source>
            <translation>Kies voor het pakket een andere bestandsnaam dan voor de PDF.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An evidence item in the vault no longer matches the original; no package was made. Run 'Check vault'.</source>
            <translation>Een bewijsstuk is in de kluis niet meer gelijk aan het origineel; er is geen pakket gemaakt. Voer 'Controleren' uit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence item {item} ({name}) in the vault no longer matches the original (a different SHA-256); no package was made.</source>
            <translation>Bewijsstuk {item} ({name}) is in de kluis niet meer gelijk aan het origineel (andere SHA-256); er is geen pakket gemaakt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the child this letter is about.</source>
            <translation>Kies het kind over wie deze brief gaat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This child is not involved in this case.</source>
            <translation>Dit kind staat niet bij deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The letter names another child: {name}.</source>
            <translation>De brief noemt een ander kind: {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The letter names a role ('{word}'); leave it out.</source>
            <translation>De brief noemt een rol ('{word}'); laat dat weg.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The letter template cannot be read.</source>
            <translation>Het briefsjabloon is onleesbaar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no letter template '{template}'.</source>
            <translation>Er is geen briefsjabloon '{template}'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Letter template {template}: the first line after the header must start with 'Onderwerp:'.</source>
            <translation>Briefsjabloon {template}: de eerste regel na de gegevens moet met 'Onderwerp:' beginnen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fill in [{field}] first.</source>
            <translation>Vul [{field}] nog in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Letter template {template}: '{value}' does not fit '{key}'; choose from: {allowed}.</source>
            <translation>Briefsjabloon {template}: '{value}' past niet bij '{key}'; kies uit: {allowed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Letter template {template}: unknown field '{field}'; choose from {allowed}.</source>
            <translation>Briefsjabloon {template}: onbekend invulveld '{field}'; kies uit {allowed}.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_backup.py" line="+10" />
            <source>This password or recovery code does not open this backup. A backup opens with the password that was valid when it was made, or with the recovery code from the emergency sheet.</source>
            <translation>Dit wachtwoord of deze herstelcode opent deze reservekopie niet. Een reservekopie opent met het wachtwoord dat gold toen zij werd gemaakt, of met de herstelcode van het Noodblad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This backup has no key for this way of opening it.</source>
            <translation>Deze reservekopie heeft geen sleutel voor deze manier van openen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault was being changed all the time, so there was no moment to copy it; the backup will be tried again later.</source>
            <translation>De kluis werd de hele tijd bijgewerkt, zodat er geen moment was om haar te kopiëren; de reservekopie wordt later opnieuw geprobeerd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no key for backups yet; open the vault again.</source>
            <translation>Er is nog geen sleutel voor reservekopieën; open de kluis opnieuw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file is not a (complete) Pestdossier backup.</source>
            <translation>Dit bestand is geen (volledige) Pestdossier-reservekopie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup {path} cannot be read.</source>
            <translation>De reservekopie {path} kan niet worden gelezen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This backup is damaged or incomplete; use another one.</source>
            <translation>Deze reservekopie is beschadigd of onvolledig; gebruik een andere.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This backup was made with a newer version of Pestdossier. Update Pestdossier to restore it.</source>
            <translation>Deze reservekopie is gemaakt met een nieuwere versie van Pestdossier. Werk Pestdossier bij om haar terug te zetten.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup did not pass the check ({detail}); it was not used.</source>
            <translation>De reservekopie doorstond de controle niet ({detail}); zij is niet gebruikt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup was not made.</source>
            <translation>De reservekopie is niet gemaakt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup could not be made: {detail}</source>
            <translation>De reservekopie kon niet worden gemaakt: {detail}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder {folder} is full; no backup was made. Free some space or choose another folder.</source>
            <translation>De map {folder} is vol; er is geen reservekopie gemaakt. Maak ruimte vrij of kies een andere map.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup is too large for {folder} (a FAT32 stick takes no files of 4 GB or more). Format the stick as exFAT or choose another folder.</source>
            <translation>De reservekopie is te groot voor {folder} (een FAT32-stick neemt geen bestanden van 4 GB of meer). Formatteer de stick als exFAT of kies een andere map.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pestdossier cannot write in the folder {folder}; no backup was made.</source>
            <translation>In de map {folder} kan niet worden geschreven; er is geen reservekopie gemaakt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup folder ({folder}) is not there (stick not inserted?); the backup is in the local folder and goes to {folder} as soon as it is back.</source>
            <translation>De map voor reservekopieën ({folder}) is er niet (stick niet ingestoken?); de reservekopie staat in de lokale map en gaat naar {folder} zodra die er weer is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backups are on the same disk as the vault; choose a USB stick or network folder, otherwise they do not help when the laptop is lost or broken.</source>
            <translation>De reservekopieën staan op dezelfde schijf als de kluis; kies een USB-stick of netwerkmap, anders helpen ze niet als de laptop kwijt of kapot is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no backup yet.</source>
            <translation>Er is nog geen reservekopie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last good backup is {days} days old.</source>
            <translation>De laatste goede reservekopie is {days} dagen oud.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{folder} still holds older backups with destroyed content; they are deleted as soon as the folder is back.</source>
            <translation>In {folder} staan nog oudere reservekopieën met vernietigde inhoud; die worden verwijderd zodra de map er weer is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This recovery code is not valid.</source>
            <translation>Deze herstelcode is ongeldig.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A recovery code has {groups} groups of {size} characters; check that you copied all of it.</source>
            <translation>Een herstelcode heeft {groups} groepen van {size} tekens; controleer of u alles hebt overgenomen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Group {group} of the recovery code is not right; check that group on the emergency sheet.</source>
            <translation>Groep {group} van de herstelcode klopt niet; controleer die groep op het Noodblad.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_access.py" line="+11" />
            <source>The date of birth {day} lies in the future.</source>
            <translation>De geboortedatum {day} ligt in de toekomst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date of receipt ({day}) lies in the future.</source>
            <translation>De datum van ontvangst ({day}) ligt in de toekomst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date of birth of {name} is not known: say who made the request (the pupil or a parent), or fill in the date of birth.</source>
            <translation>De geboortedatum van {name} is niet bekend: geef aan wie het verzoek deed (de leerling zelf of een ouder), of vul de geboortedatum in.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On the day of receipt, {expected:lower} exercises the rights of {name} (under 16 the parents or guardians, from 16 the pupil).</source>
            <translation>Voor {name} oefent op de dag van ontvangst {expected:lower} de rechten uit (onder de 16 jaar de ouders of verzorgers, vanaf 16 jaar de leerling zelf).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Access request {request} does not exist.</source>
            <translation>Inzageverzoek {request} bestaat niet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer the access request about {name} (received {received})</source>
            <translation>Inzageverzoek over {name} beantwoorden (ontvangen {received})</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_retention.py" line="-45" />
            <source>There is no retention rule '{rule}'. Choose from: {allowed}.</source>
            <translation>Er is geen bewaarregel '{rule}'. Kies uit: {allowed}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason for this retention period.</source>
            <translation>Geef een reden voor deze bewaartermijn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the date until which the case is kept.</source>
            <translation>Kies de datum tot wanneer de melding bewaard blijft.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not known yet: the case is still open.</source>
            <translation>Nog niet te bepalen: de melding is nog open.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not known yet: the date the pupil leaves the school is missing.</source>
            <translation>Nog niet te bepalen: de datum waarop de leerling de school verlaat, ontbreekt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not known yet: no date was chosen.</source>
            <translation>Nog niet te bepalen: er is geen datum gekozen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not known yet: the retention rule '{rule}' is in no rules file any more.</source>
            <translation>Nog niet te bepalen: de bewaarregel '{rule}' staat in geen regelbestand meer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set once the case is closed: the end of the school year (31 July) in which the case was closed and the follow-up ended, plus {margin} for the yearly report.</source>
            <translation>Wordt bepaald zodra de melding is gesloten: het einde van het schooljaar (31 juli) waarin de melding is gesloten en de nazorg voorbij is, plus {margin} voor het jaarverslag.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Closed on {closed}; that school year ends on {year_end}; plus {margin} for the yearly report.</source>
            <translation>Gesloten op {closed}; dat schooljaar eindigt op {year_end}; plus {margin} voor het jaarverslag.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Closed on {closed}, last follow-up on {followup}; that school year ends on {year_end}; plus {margin} for the yearly report.</source>
            <translation>Gesloten op {closed}, laatste nazorg op {followup}; dat schooljaar eindigt op {year_end}; plus {margin} voor het jaarverslag.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{term} after the date the pupil leaves the school; fill in that date.</source>
            <translation>{term} na de datum waarop de leerling de school verlaat; vul die datum in.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The pupil leaves the school on {leaves_on}; plus {term}.</source>
            <translation>De leerling verlaat de school op {leaves_on}; plus {term}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a date.</source>
            <translation>Kies een datum.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A date you chose.</source>
            <translation>Een zelf gekozen datum.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Retention period over: destroy or anonymise</source>
            <translation>Bewaartermijn verstreken: vernietigen of anonimiseren</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent was not asked yet, so there is no answer either.</source>
            <translation>Er is nog niet om toestemming gevraagd; dan is er ook geen antwoord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the pupil's answer.</source>
            <translation>Kies het antwoord van de leerling.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write in the note what the pupil did and did not consent to.</source>
            <translation>Schrijf in de notitie waarvoor de leerling wel en niet toestemming gaf.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_destruction.py" line="+10" />
            <source>This case was anonymised: it only counts in the yearly report and can no longer be changed.</source>
            <translation>Deze melding is geanonimiseerd: ze telt alleen nog mee in het jaarverslag en kan niet meer worden gewijzigd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirm first: {warnings}</source>
            <translation>Eerst bevestigen: {warnings}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confirm the warnings first; nothing was changed.</source>
            <translation>Eerst de waarschuwingen bevestigen; er is niets veranderd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason for the destruction.</source>
            <translation>Geef een reden voor de vernietiging.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This case is already anonymised.</source>
            <translation>Deze melding is al geanonimiseerd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log has no destruction with number {record}.</source>
            <translation>Er is geen vernietiging met nummer {record} in het auditlog.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on {at} a dossier was exported ({file}); that file is outside the vault and you must destroy it yourself</source>
            <translation>op {at} is een dossier geëxporteerd ({file}); dat bestand staat buiten de kluis en moet u zelf vernietigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>on {at} an evidence package for the police was exported ({file}); that file is outside the vault and you must destroy it yourself</source>
            <translation>op {at} is een bewijspakket voor de politie geëxporteerd ({file}); dat bestand staat buiten de kluis en moet u zelf vernietigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>on {at} an evidence item was exported ({file}); that file is outside the vault and you must destroy it yourself</source>
            <translation>op {at} is een bewijsstuk geëxporteerd ({file}); dat bestand staat buiten de kluis en moet u zelf vernietigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>on {at} a letter was exported ({file}); it is outside the vault and you must destroy it yourself</source>
            <translation>op {at} is een brief geëxporteerd ({file}); die staat buiten de kluis en moet u zelf vernietigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>on {at} a contract or plan was exported ({file}); it is outside the vault and you must destroy it yourself</source>
            <translation>op {at} is een contract of plan geëxporteerd ({file}); dat staat buiten de kluis en moet u zelf vernietigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>work is still open ({count}x), the first: {first} (due {due})</source>
            <translation>er staat nog werk open ({count}x), het eerste: {first} (uiterlijk {due})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the case is not closed (status: {status:lower})</source>
            <translation>de melding is niet gesloten (status: {status:lower})</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_corrections.py" line="+10" />
            <source>Give a reason; it is kept, even when the content is gone.</source>
            <translation>Geef een reden op; die blijft bewaard, ook als de inhoud weg is.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reason is too long (at most {limit} characters).</source>
            <translation>De reden is te lang (hoogstens {limit} tekens).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evidence item {item} has already been withdrawn.</source>
            <translation>Bewijsstuk {item} is al ingetrokken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evidence item {item} was withdrawn; its file has been deleted.</source>
            <translation>Bewijsstuk {item} is ingetrokken; het bestand is verwijderd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This timeline entry was withdrawn; its text can no longer be changed.</source>
            <translation>Deze tijdlijnregel is ingetrokken; de tekst kan niet meer worden gewijzigd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This timeline entry has already been withdrawn.</source>
            <translation>Deze tijdlijnregel is al ingetrokken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person is also in {cases}. Remove the person from this case only, or first from the other cases too.</source>
            <translation>Deze persoon staat ook bij {cases}. Haal de persoon alleen uit deze melding, of eerst ook uit de andere meldingen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This person is in the support group, an agreement or a report of this case; those are kept. Remove the person from this case instead of deleting them.</source>
            <translation>Deze persoon staat in de steungroep, een afspraak of een verslag van deze melding; die blijven bewaard. Haal de persoon uit deze melding in plaats van hem of haar te verwijderen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Evidence: item {item} of {case} was withdrawn without a line in the audit log; it was emptied outside the app.</source>
            <translation>Bewijs: bewijsstuk {item} van {case} is ingetrokken zonder regel in de auditlog; het is buiten de app om leeggemaakt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence: item {item} of {case} was withdrawn but still holds bytes.</source>
            <translation>Bewijs: bewijsstuk {item} van {case} is ingetrokken maar bevat nog bytes.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_anchors.py" line="+10" />
            <source>compared with the audit anchor in '{file}' (line {line})</source>
            <translation>vergeleken met het auditanker in '{file}' (regel {line})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>compared with '{file}'</source>
            <translation>vergeleken met '{file}'</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is not a Pestdossier dossier, evidence package, manifest or backup.</source>
            <translation>'{name}' is geen dossier, bewijspakket, manifest of reservekopie van Pestdossier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Anchor: '{file}' holds no audit anchor (made with an older version of Pestdossier); there is nothing to compare.</source>
            <translation>Anker: '{file}' bevat geen auditanker (gemaakt met een oudere versie van Pestdossier); er valt niets te vergelijken.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Anchor: '{file}' comes from another vault, not from this one; compare with an export or backup of this vault.</source>
            <translation>Anker: '{file}' komt uit een andere kluis, niet uit deze; vergelijk met een export of reservekopie van deze kluis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Anchor: audit line {line} from '{file}' is no longer in the vault: the audit log was cut back or wiped, or the vault was restored from an older backup.</source>
            <translation>Anker: auditregel {line} uit '{file}' staat niet meer in de kluis: de auditlog is ingekort of gewist, of de kluis is teruggezet uit een oudere reservekopie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Anchor: audit line {line} from '{file}' is no longer the same in the vault: the history up to that line was rewritten (or the vault was restored from an older backup and used afterwards).</source>
            <translation>Anker: auditregel {line} uit '{file}' is in de kluis niet meer dezelfde: de geschiedenis tot die regel is herschreven (of de kluis is teruggezet uit een oudere reservekopie en daarna verder gebruikt).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anchor: audit line {line} from '{file}' is still in the vault, but the audit log around it no longer adds up.</source>
            <translation>Anker: auditregel {line} uit '{file}' staat nog in de kluis, maar de auditlog eromheen klopt niet meer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Anchor: '{file}' comes from this vault (after audit line {line}), but the case it was exported from after that line has since been destroyed; whether this is exactly that file can no longer be checked.</source>
            <translation>Anker: '{file}' komt uit deze kluis (na auditregel {line}), maar de melding waaruit na die regel is geëxporteerd, is sindsdien vernietigd; of dit precies dat bestand is, valt niet meer na te gaan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anchor: '{file}' comes from this vault (after audit line {line}), but the audit log knows no export of exactly this file: it was changed after the export, or lines were removed from the audit log.</source>
            <translation>Anker: '{file}' komt uit deze kluis (na auditregel {line}), maar de auditlog kent geen export van precies dit bestand: het is na de export gewijzigd, of regels zijn uit de auditlog verwijderd.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_forms.py" line="+10" />
            <source>This contract or plan no longer exists.</source>
            <translation>Dit contract of plan bestaat niet (meer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown field '{field}' for this form.</source>
            <translation>Onbekend veld '{field}' voor dit formulier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A field is too long (at most {limit} characters).</source>
            <translation>Een veld is te lang (hoogstens {limit} tekens).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in the first field of the form '{kind}'.</source>
            <translation>Vul het eerste veld van het formulier '{kind}' in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A contract or plan is for a pupil, not for an adult.</source>
            <translation>Een contract of plan is voor een leerling, niet voor een volwassene.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This pupil is not part of this case.</source>
            <translation>Deze leerling hoort niet bij deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form names another child: {name}. It goes to the pupil and the parents; leave the name out or confirm.</source>
            <translation>Het formulier noemt een ander kind: {name}. Het gaat naar de leerling en de ouders; laat de naam weg of bevestig.</translation>
        </message>
        <message>
            <location filename="../../ui/common/messages_inform.py" line="+10" />
            <source>Inform: {who} ({means})</source>
            <translation>Informeren: {who} ({means})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Informed: {who} ({means}). {note}</source>
            <translation>Geïnformeerd: {who} ({means}). {note}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown means '{means}'; choose from: {allowed}.</source>
            <translation>Onbekend middel '{means}'; kies uit: {allowed}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why you deliberately do not inform.</source>
            <translation>Schrijf op waarom u bewust niet informeert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The protocol of this case has no '{item}' among whom to inform.</source>
            <translation>Het protocol van deze melding kent '{item}' niet bij wie geïnformeerd wordt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measure: {title}. {note}</source>
            <translation>Maatregel: {title}. {note}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passed on to {to_whom}. Reason: {reason}</source>
            <translation>Doorgezet naar {to_whom}. Reden: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measure {id} does not exist.</source>
            <translation>Maatregel {id} bestaat niet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The protocol of this case has no measure phase {phase}.</source>
            <translation>Het protocol van deze melding heeft geen maatregelfase {phase}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{title}' is already recorded; record its effect or choose the next rung.</source>
            <translation>'{title}' is al vastgelegd; leg het effect vast of kies de volgende trede.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write down what the measure achieved.</source>
            <translation>Schrijf op wat de maatregel heeft opgeleverd.</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <location filename="../../ui/evidence/metadata_form.py" line="+59" />
            <source>What you record about it</source>
            <translation>Wat u erover vastlegt</translation>
        </message>
        <message>
            <location line="+18" />
            <source>e.g. Instagram</source>
            <translation>bijv. Instagram</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One web address per line (post, profile)</source>
            <translation>Eén internetadres per regel (post, profiel)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As shown on the screen, e.g. 'yesterday 21:14'</source>
            <translation>Zoals op het scherm, bijv. 'gisteren 21:14'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What can be seen, in facts: who wrote what, to whom</source>
            <translation>Wat er te zien is, in feiten: wie schreef wat, aan wie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The student who showed it</source>
            <translation>De leerling die het liet zien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. the student's phone</source>
            <translation>bijv. de telefoon van de leerling</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What the student tells about this, in their own words</source>
            <translation>Wat de leerling hierover vertelt, in eigen woorden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web addresses</source>
            <translation>Internetadressen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time shown</source>
            <translation>Datum en tijd in beeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Collected with</source>
            <translation>Verzameld met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Device</source>
            <translation>Toestel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done afterwards</source>
            <translation>Daarna gedaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Student's account</source>
            <translation>Verhaal van de leerling</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Groups and chats, separated by commas</source>
            <translation>Groepen en chats, gescheiden door komma's</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Where it circulated</source>
            <translation>Waar het rondging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groups and chats</source>
            <translation>Groepen en chats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First sender</source>
            <translation>Eerste afzender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First seen</source>
            <translation>Eerst gezien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Estimated reach</source>
            <translation>Geschat bereik</translation>
        </message>
    </context>
    <context>
        <name>MetadataHistoryDialog</name>
        <message>
            <location filename="../../ui/evidence/dialogs.py" line="-133" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web addresses</source>
            <translation>Internetadressen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date and time shown</source>
            <translation>Datum en tijd in beeld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Collected with</source>
            <translation>Verzameld met</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Device</source>
            <translation>Toestel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done afterwards</source>
            <translation>Daarna gedaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where it circulated</source>
            <translation>Waar het rondging</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Groups and chats</source>
            <translation>Groepen en chats</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First sender</source>
            <translation>Eerste afzender</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First seen</source>
            <translation>Eerst gezien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimated reach</source>
            <translation>Geschat bereik</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+4" />
            <source>Earlier versions of %1</source>
            <translation>Eerdere versies van %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing written about evidence is overwritten: every save is kept as a version.</source>
            <translation>Wat over bewijs is geschreven, wordt nooit overschreven: elke keer opslaan is een nieuwe versie.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Version %1, written %2 by %3</source>
            <translation>Versie %1, geschreven %2 door %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>current</source>
            <translation>huidige</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Emptied: %1</source>
            <translation>Leeggemaakt: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(nothing written)</source>
            <translation>(niets geschreven)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>MonthSpan</name>
        <message>
            <location filename="../../ui/yearly/month_span.py" line="+33" />
            <source>First month</source>
            <translation>Eerste maand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month</source>
            <translation>Laatste maand</translation>
        </message>
        <message>
            <location line="+4" />
            <source>through</source>
            <translation>t/m</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="-110" />
            <source>Move follow-up</source>
            <translation>Vervolgafspraak verzetten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move</source>
            <translation>Verzetten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Why move it?</source>
            <translation>Waarom verzetten?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New date</source>
            <translation>Nieuwe datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose another date.</source>
            <translation>Kies een andere datum.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write down a reason.</source>
            <translation>Schrijf een reden op.</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordField</name>
        <message>
            <location filename="../../ui/vault/password_field.py" line="+45" />
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
            <location line="+14" />
            <source>The two passwords are not the same.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
    </context>
    <context>
        <name>OffencesPanel</name>
        <message>
            <location filename="../../ui/casework/labels.py" line="+8" />
            <source>Advised to file a police report</source>
            <translation>Aangifte geadviseerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Police contact informed</source>
            <translation>Contactpersoon bij de politie ingelicht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Advised to ask the platform to remove it</source>
            <translation>Verwijderverzoek bij het platform geadviseerd</translation>
        </message>
        <message>
            <location filename="../../ui/casework/offences_panel.py" line="+80" />
            <source>Advice given</source>
            <translation>Gegeven advies</translation>
        </message>
        <message>
            <location line="+8" />
            <source>To whom, e.g. the parents of the student</source>
            <translation>Aan wie, bijv. de ouders van de leerling</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note (optional)</source>
            <translation>Toelichting (niet verplicht)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record advice</source>
            <translation>Advies vastleggen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Advice given earlier</source>
            <translation>Eerder gegeven advies</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Urgency raised to %1: %2</source>
            <translation>Urgentie verhoogd naar %1: %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Advice to %1 recorded (%2); it is also on the timeline.</source>
            <translation>Advies aan %1 vastgelegd (%2); het staat ook in de tijdlijn.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <location filename="../../ui/cases/participants_model.py" line="+24" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+0" />
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
        <name>PeoplePanel</name>
        <message>
            <location filename="../../ui/cases/people_panel.py" line="+44" />
            <source>Add person</source>
            <translation>Betrokkene toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove from this case…</source>
            <translation>Uit deze melding verwijderen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete person…</source>
            <translation>Persoon verwijderen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added by mistake and in no other case: delete the person, with their names and accounts, from the vault</source>
            <translation>Per vergissing toegevoegd en bij geen andere melding: de persoon met namen en accounts uit de kluis verwijderen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Names and accounts…</source>
            <translation>Namen en accounts…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nicknames, accounts, phone numbers and e-mail addresses of this person: a pseudonymised dossier hides them all</source>
            <translation>Bijnamen, accounts, telefoonnummers en e-mailadressen van deze persoon: een gepseudonimiseerd dossier verbergt ze allemaal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accounts…</source>
            <translation>Accounts…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accounts in this case's evidence and who is behind each one</source>
            <translation>De accounts in het bewijs van deze melding en wie erachter zit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who is this?</source>
            <translation>Wie is dit?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Senders and accounts in the evidence that are linked to nobody</source>
            <translation>Afzenders en accounts in het bewijs die aan niemand gekoppeld zijn</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Nobody has been added yet. Click 'Add person' to record who is involved and in which role.</source>
            <translation>Nog niemand toegevoegd. Klik op 'Betrokkene toevoegen' om vast te leggen wie er betrokken is en in welke rol.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Who is this? (%1)</source>
            <translation>Wie is dit? (%1)</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Remove %1 from this case</source>
            <translation>%1 uit deze melding verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is taken out of this case in every role, with the links to this case's evidence.</source>
            <translation>%1 wordt uit deze melding gehaald, in elke rol, met de koppelingen aan het bewijs van deze melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The person stays in the vault, with their names and accounts, and in any other case. The audit log keeps your reason.</source>
            <translation>De persoon blijft in de kluis, met namen en accounts, en bij andere meldingen. De auditlog bewaart uw reden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove from this case</source>
            <translation>Uit deze melding verwijderen</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Delete %1</source>
            <translation>%1 verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is deleted from the vault for good: the name, the group, every role in this case and every nickname, account, phone number and e-mail address in the register.</source>
            <translation>%1 wordt voorgoed uit de kluis verwijderd: de naam, de groep, elke rol bij deze melding en elke bijnaam, elk account, telefoonnummer en e-mailadres in het register.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The audit log keeps only that a person was deleted, when and why.</source>
            <translation>De auditlog bewaart alleen dat er een persoon is verwijderd, wanneer en waarom.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete for good</source>
            <translation>Voorgoed verwijderen</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/cases/person_dialog.py" line="+30" />
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
            <location line="+6" />
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
            <location line="+29" />
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
        <name>PersonEditDialog</name>
        <message>
            <location filename="../../ui/cases/person_edit_dialog.py" line="+26" />
            <source>Edit person</source>
            <translation>Persoon bewerken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. group 6 or 2B</source>
            <translation>bijv. groep 6 of 2B</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep the old name in the register</source>
            <translation>De oude naam bewaren in het register</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Texts written with the old name stay hidden in a pseudonymised dossier</source>
            <translation>Teksten met de oude naam blijven verborgen in een gepseudonimiseerd dossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role in this case</source>
            <translation>Rol bij deze melding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name and group change in every case this person is in: %1.</source>
            <translation>De naam en groep veranderen bij elke melding waar deze persoon bij staat: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person is in no other case.</source>
            <translation>Deze persoon staat bij geen andere melding.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Fill in a name.</source>
            <translation>Vul een naam in.</translation>
        </message>
    </context>
    <context>
        <name>PriorityDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="+112" />
            <location line="+6" />
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Why? e.g. threats of violence</source>
            <translation>Waarom? bijv. dreiging met geweld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acute: threats, extortion or intimate images. The protocol's first steps should then happen the same day. High or acute: parents are informed earlier where the protocol says so.</source>
            <translation>Acuut: bedreiging, afpersing of intieme beelden. De eerste stappen van het protocol moeten dan dezelfde dag gebeuren. Bij hoog of acuut worden de ouders eerder ingelicht waar het protocol dat zegt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Now: %1 (%2)</source>
            <translation>Nu: %1 (%2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write down a reason.</source>
            <translation>Schrijf een reden op.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyMode</name>
        <message>
            <location filename="../../ui/evidence/privacy.py" line="+108" />
            <source>Privacy mode stays on</source>
            <translation>Privacymodus blijft aan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Privacy mode stays on.</source>
            <translation>De privacymodus blijft aan.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Collecting evidence</source>
            <translation>Bewijs verzamelen</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <location line="-125" />
            <source>Collecting evidence together</source>
            <translation>Samen bewijs verzamelen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Privacy mode: only the evidence of this case is shown. Other cases, names and notes are hidden.</source>
            <translation>Privacymodus: alleen het bewijs van deze melding is te zien. Andere meldingen, namen en notities zijn verborgen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave privacy mode...</source>
            <translation>Privacymodus verlaten...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs the vault password (%1)</source>
            <translation>Vraagt het wachtwoord van de kluis (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProtocolChoiceDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="-254" />
            <source>Switch protocol</source>
            <translation>Ander protocol kiezen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose protocol</source>
            <translation>Protocol kiezen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch</source>
            <translation>Wisselen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose</source>
            <translation>Kiezen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Why this protocol?</source>
            <translation>Waarom dit protocol? (niet verplicht)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why switch? The steps recorded so far stay in the case.</source>
            <translation>Waarom wisselen? Wat al is vastgelegd blijft bij de melding.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>These protocol files could not be read and are not offered:</source>
            <translation>Deze protocolbestanden konden niet worden gelezen en worden niet aangeboden:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is no other protocol to choose.</source>
            <translation>Er is geen ander protocol om te kiezen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why you switch protocol.</source>
            <translation>Schrijf op waarom u van protocol wisselt.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPanel</name>
        <message>
            <location filename="../../ui/casework/protocol_panel.py" line="+67" />
            <source>This case does not follow a protocol yet. Choose the school's approach: the app then shows each step, what is due and what is overdue.</source>
            <translation>Deze melding volgt nog geen protocol. Kies de aanpak van de school: dan ziet u elke stap, wat er nu moet en wat over tijd is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose protocol...</source>
            <translation>Protocol kiezen...</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Switch protocol...</source>
            <translation>Ander protocol...</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Record consent...</source>
            <translation>Toestemming vastleggen...</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Records of this step</source>
            <translation>Vastleggingen van deze stap</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Record step...</source>
            <translation>Stap vastleggen...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit report...</source>
            <translation>Verslag bewerken...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier versions</source>
            <translation>Eerdere versies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip...</source>
            <translation>Stap overslaan...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deviation...</source>
            <translation>Afwijking vastleggen...</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not as planned?</source>
            <translation>Gaat het anders?</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Waits for: %1</source>
            <translation>Wacht op: %1</translation>
        </message>
        <message>
            <location line="+118" />
            <source>Skip step</source>
            <translation>Stap overslaan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why is '%1' not done? Later steps then count from today.</source>
            <translation>Waarom gebeurt '%1' niet? Latere stappen tellen dan vanaf vandaag.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip</source>
            <translation>Overslaan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deviation from the protocol</source>
            <translation>Afwijking van het protocol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How and why is '%1' done differently?</source>
            <translation>Hoe en waarom gaat '%1' anders?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="+59" />
            <source>Write down a reason.</source>
            <translation>Schrijf een reden op.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <location filename="../../ui/vault/recovery_kit.py" line="+49" />
            <source>Emergency sheet</source>
            <translation>Noodblad</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your recovery code</source>
            <translation>Uw herstelcode</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The code is also on the emergency sheet %1. This window shows it only once; the vault does not keep it.</source>
            <translation>De code staat ook op het Noodblad %1. Dit venster toont hem maar één keer; de kluis bewaart hem niet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print the sheet and keep it at home or in another personal, safe place. Never in the school safe or a school folder: only you may read these case files, and with the sheet and a backup anyone can open them. Then delete the PDF file.</source>
            <translation>Druk het blad af en bewaar het thuis of op een andere persoonlijke, veilige plek. Nooit in de schoolkluis of een map van school: alleen u mag deze dossiers lezen, en met het blad en een reservekopie kan iedereen ze openen. Verwijder daarna het PDF-bestand.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have put the sheet away safely</source>
            <translation>Ik heb het blad veilig opgeborgen</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKit</name>
        <message>
            <location line="-40" />
            <source>Save the emergency sheet</source>
            <translation>Noodblad opslaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKitMaker</name>
        <message>
            <location line="+113" />
            <location line="+35" />
            <source>Emergency sheet</source>
            <translation>Noodblad</translation>
        </message>
        <message>
            <location line="-34" />
            <source>There is already an emergency sheet. A new one makes the old recovery code invalid: destroy the old sheet afterwards. Make a new one?</source>
            <translation>Er is al een Noodblad. Een nieuw blad maakt de oude herstelcode ongeldig: vernietig daarna het oude blad. Een nieuw blad maken?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a new one</source>
            <translation>Nieuw blad maken</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Making the emergency sheet...</source>
            <translation>Noodblad maken...</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKitOffer</name>
        <message>
            <location line="-62" />
            <source>No emergency sheet yet: with it you get back into your cases when you forget the password.</source>
            <translation>Nog geen Noodblad: daarmee komt u weer bij uw meldingen als u het wachtwoord vergeet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make emergency sheet</source>
            <translation>Noodblad maken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>RegionOverlay</name>
        <message>
            <location filename="../../ui/evidence/capture.py" line="+90" />
            <source>Drag to choose the part to keep. Esc cancels.</source>
            <translation>Sleep om het deel te kiezen dat u wilt bewaren. Esc breekt af.</translation>
        </message>
    </context>
    <context>
        <name>RemovalDialog</name>
        <message>
            <location filename="../../ui/common/removal_dialog.py" line="+28" />
            <source>e.g. added to the wrong case by mistake</source>
            <translation>bijv. per vergissing bij de verkeerde melding gezet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give a reason; it is kept, even when the content is gone.</source>
            <translation>Geef een reden op; die blijft bewaard, ook als de inhoud weg is.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/vault/restore_dialog.py" line="+49" />
            <source>Restore backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cases</source>
            <translation>Zaken</translation>
        </message>
        <message>
            <location line="+7" />
            <source>other password</source>
            <translation>ander wachtwoord</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Browse...</source>
            <translation>Bladeren...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New vault file</source>
            <translation>Nieuw kluisbestand</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup is checked completely and written to a new vault file; the open vault is not changed. The new vault keeps this password.</source>
            <translation>De reservekopie wordt volledig gecontroleerd en als nieuw kluisbestand geschreven; de geopende kluis verandert niet. De nieuwe kluis houdt dit wachtwoord.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose a backup.</source>
            <translation>Kies een reservekopie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That file exists already; a restore never overwrites a vault.</source>
            <translation>Dat bestand bestaat al; terugzetten overschrijft nooit een kluis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the password the vault had when the backup was made.</source>
            <translation>Typ het wachtwoord dat de kluis had toen de reservekopie werd gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../ui/cases/retention_dialog.py" line="+37" />
            <source>Retention period</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Why this period, e.g. a note is in the pupil file</source>
            <translation>Waarom deze termijn, bijvoorbeeld: een notitie staat in het leerlingdossier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pupil leaves on</source>
            <translation>Leerling vertrekt op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep until</source>
            <translation>Bewaren tot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Kept until %1</source>
            <translation>Bewaren tot %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Give a reason for this retention period.</source>
            <translation>Geef een reden voor deze bewaartermijn.</translation>
        </message>
    </context>
    <context>
        <name>RevisionsDialog</name>
        <message>
            <location filename="../../ui/cases/revisions_dialog.py" line="+24" />
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
        <name>SessionItemForm</name>
        <message>
            <location filename="../../ui/evidence/session_item.py" line="+102" />
            <source>Save details</source>
            <translation>Gegevens opslaan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>e.g. Instagram</source>
            <translation>bijv. Instagram</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Web address of the message, post or profile</source>
            <translation>Internetadres van het bericht, de post of het profiel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As shown, e.g. '14-11 22:10' or 'Friday around 22:00'</source>
            <translation>Zoals in beeld, bijv. '14-11 22:10' of 'vrijdag rond 22:00'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accounts shown</source>
            <translation>Accounts in beeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Internetadres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time shown</source>
            <translation>Datum en tijd in beeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done afterwards</source>
            <translation>Daarna gedaan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What the student tells about this, in their own words</source>
            <translation>Wat de leerling hierover vertelt, in eigen woorden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Student's account</source>
            <translation>Verhaal van de leerling</translation>
        </message>
        <message>
            <location line="+13" />
            <source>@name</source>
            <translation>@naam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Display name</source>
            <translation>Weergavenaam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add account</source>
            <translation>Account toevoegen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adds the account to this case's accounts and marks it as shown here</source>
            <translation>Zet het account in de lijst van deze melding en vinkt het hier aan</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Add an item; its details are asked here.</source>
            <translation>Voeg een bewijsstuk toe; de gegevens worden hier gevraagd.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Platform recognised from the export.</source>
            <translation>Platform herkend aan de export.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Platform suggested from the previous item: check it, then save.</source>
            <translation>Platform voorgesteld van het vorige bewijsstuk: controleer het en sla op.</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Details saved.</source>
            <translation>Gegevens opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/shell/settings_dialog.py" line="+25" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Interface language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pestdossier uses the new language from the next start.</source>
            <translation>Pestdossier gebruikt de nieuwe taal vanaf de volgende start.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For now the environment variable %1 decides the language.</source>
            <translation>Voorlopig bepaalt de omgevingsvariabele %1 de taal.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../ui/casework/forms_panel.py" line="-187" />
            <source>Signed</source>
            <translation>Ondertekend</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signed by</source>
            <translation>Ondertekend door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On</source>
            <translation>Op</translation>
        </message>
    </context>
    <context>
        <name>StatusCard</name>
        <message>
            <location filename="../../ui/cases/case_status_card.py" line="+31" />
            <source>Where are we</source>
            <translation>Waar staan we</translation>
        </message>
        <message>
            <location line="+59" />
            <source>No protocol chosen yet</source>
            <translation>Nog geen protocol gekozen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2 of %3 steps done</source>
            <translation>%1: %2 van %3 stappen gedaan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a protocol on the Protocol tab</source>
            <translation>Kies een protocol op het tabblad Protocol</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every step is done</source>
            <translation>Alle stappen zijn gedaan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at the latest %1</source>
            <translation>uiterlijk %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No open agreements</source>
            <translation>Geen open afspraken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 open: %1</source>
            <translation>1 open: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 open, first: %2</source>
            <translation>%1 open, eerste: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None planned</source>
            <translation>Niets gepland</translation>
        </message>
        <message>
            <location line="+9" />
            <source>offences considered: %1</source>
            <translation>overwogen strafbare feiten: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no offences considered</source>
            <translation>geen strafbare feiten overwogen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nobody to inform yet (the protocol names them per step)</source>
            <translation>Nog niemand te informeren (het protocol noemt ze per stap)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 informed</source>
            <translation>%1 van %2 geïnformeerd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not yet: %1</source>
            <translation>nog niet: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No evidence yet</source>
            <translation>Nog geen bewijs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 item</source>
            <translation>1 stuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 items</source>
            <translation>%1 stukken</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../ui/casework/dialogs.py" line="+44" />
            <source>Change status</source>
            <translation>Status wijzigen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To close the case use 'Close case...': it asks for the outcome.</source>
            <translation>Sluiten gaat via 'Melding sluiten...': daar vult u de uitkomst in.</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../ui/casework/step_dialog.py" line="+17" />
            <source>Record: %1</source>
            <translation>Vastleggen: %1</translation>
        </message>
        <message>
            <location line="+37" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+13" />
            <source>How was it given? e.g. spoken, after a day to think</source>
            <translation>Hoe gegeven? bijv. mondeling, na een dag bedenktijd</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This step waits for: %1. Record that first, or write why you go ahead anyway.</source>
            <translation>Deze stap wacht op: %1. Leg dat eerst vast, of schrijf op waarom u toch verdergaat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason to go ahead anyway</source>
            <translation>Reden om toch verder te gaan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Who took part</source>
            <translation>Wie waren erbij</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No people on this case yet; add them under 'People'.</source>
            <translation>Nog geen betrokkenen bij deze melding; voeg ze toe onder 'Betrokkenen'.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Why this choice? The reason is kept with the step.</source>
            <translation>Waarom deze keuze? De reden wordt bij de stap bewaard.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Steungroep: each member's own idea</source>
            <translation>Steungroep: het eigen idee van ieder lid</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What did %1 do? (idea: %2)</source>
            <translation>Wat heeft %1 gedaan? (idee: %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>I will ...</source>
            <translation>Ik ga ...</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Report</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was said and agreed. Facts first; no judgements about the children.</source>
            <translation>Wat er is gezegd en afgesproken. Eerst de feiten; geen oordelen over de kinderen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Agreements made</source>
            <translation>Gemaakte afspraken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add agreement</source>
            <translation>Afspraak toevoegen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Next appointment</source>
            <translation>Volgende afspraak</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Write down how the consent was given.</source>
            <translation>Schrijf op hoe de toestemming is gegeven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This step waits for a condition. Record it, or give a reason to go ahead anyway.</source>
            <translation>Deze stap wacht nog. Leg de voorwaarde eerst vast, of geef een reden om toch verder te gaan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose an approach.</source>
            <translation>Kies een aanpak.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why you choose this approach.</source>
            <translation>Schrijf op waarom u voor deze aanpak kiest.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The next appointment must be after this conversation.</source>
            <translation>De volgende afspraak moet na dit gesprek zijn.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Checked:</source>
            <translation>Afgevinkt:</translation>
        </message>
    </context>
    <context>
        <name>StepTableModel</name>
        <message>
            <location filename="../../ui/casework/models.py" line="-100" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+14" />
            <source>done on %1</source>
            <translation>gedaan op %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>skipped</source>
            <translation>overgeslagen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>after consent</source>
            <translation>na toestemming</translation>
        </message>
        <message>
            <location line="+0" />
            <source>waiting</source>
            <translation>wacht</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+20" />
            <source>optional</source>
            <translation>als het nodig is</translation>
        </message>
        <message>
            <location line="-16" />
            <source>after step %1</source>
            <translation>na stap %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no deadline</source>
            <translation>geen termijn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>proposed: %1</source>
            <translation>voorstel: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>around %1 (at the latest %2)</source>
            <translation>rond %1 (uiterlijk %2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>at the latest %1</source>
            <translation>uiterlijk %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>round %1</source>
            <translation>ronde %1</translation>
        </message>
    </context>
    <context>
        <name>SteungroepDialog</name>
        <message>
            <location filename="../../ui/casework/steungroep_dialog.py" line="+21" />
            <source>Compose the steungroep</source>
            <translation>Steungroep samenstellen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose 5 to 8 students: helpers the student named, the bully and followers, and bystanders. Mix boys and girls. The bullied student is never in the group.</source>
            <translation>Kies 5 tot 8 leerlingen: helpers die de leerling noemde, de pester en meelopers, en buitenstaanders. Jongens en meisjes door elkaar. De gepeste leerling zit nooit in de groep.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 members chosen</source>
            <translation>%1 leden gekozen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A steungroep usually has 5 to 8 members.</source>
            <translation>Een steungroep heeft meestal 5 tot 8 leden.</translation>
        </message>
    </context>
    <context>
        <name>SteungroepLine</name>
        <message>
            <location filename="../../ui/casework/steungroep_line.py" line="+32" />
            <source>Steungroep...</source>
            <translation>Steungroep...</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Steungroep (%1): %2</source>
            <translation>Steungroep (%1): %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No steungroep composed yet.</source>
            <translation>Nog geen steungroep samengesteld.</translation>
        </message>
    </context>
    <context>
        <name>TakeMeasureDialog</name>
        <message>
            <location filename="../../ui/casework/measures_panel.py" line="-152" />
            <source>Record measure</source>
            <translation>Maatregel vastleggen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What exactly, e.g. the agreement it follows</source>
            <translation>Wat precies, bijvoorbeeld na welke afspraak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On</source>
            <translation>Op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By whom</source>
            <translation>Door wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../ui/cases/timeline_model.py" line="+39" />
            <source>When</source>
            <extracomment>A SHA-256 in hex: the reading view shows its start, the tooltip the whole hash.</extracomment>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>With whom</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Withdrawn on %1. Reason: %2</source>
            <translation>Ingetrokken op %1. Reden: %2</translation>
        </message>
        <message>
            <location line="+5" />
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
            <location filename="../../ui/cases/timeline_panel.py" line="+40" />
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
            <location line="+1" />
            <source>Marks...</source>
            <translation>Markeren...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark as working note or as special personal data</source>
            <translation>Markeer als werkaantekening of als bijzonder persoonsgegeven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdraw…</source>
            <translation>Intrekken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written by mistake: delete the text and its earlier versions for good; the kind, the date and your reason stay on the timeline</source>
            <translation>Per vergissing geschreven: de tekst en eerdere versies voorgoed verwijderen; de soort, de datum en uw reden blijven op de tijdlijn staan</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nothing on the timeline yet. Click 'Add entry' to record a conversation, an incident or an agreement.</source>
            <translation>Nog niets op de tijdlijn. Klik op 'Gebeurtenis toevoegen' om een gesprek, incident of afspraak vast te leggen.</translation>
        </message>
        <message>
            <location line="+97" />
            <source>Withdraw timeline entry</source>
            <translation>Tijdlijnregel intrekken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The text of this entry, who it was with and every earlier version are deleted for good. They cannot be brought back, also not from a new backup.</source>
            <translation>De tekst van deze regel, met wie het was en alle eerdere versies worden voorgoed verwijderd. Ze zijn niet terug te halen, ook niet uit een nieuwe reservekopie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kept: the kind, the date, when it was recorded, the time of withdrawal and your reason. The entry stays greyed on the timeline.</source>
            <translation>Blijft bewaard: de soort, de datum, wanneer het werd vastgelegd, het moment van intrekken en uw reden. De regel blijft grijs op de tijdlijn staan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdraw for good</source>
            <translation>Voorgoed intrekken</translation>
        </message>
    </context>
    <context>
        <name>TodoDialog</name>
        <message>
            <location filename="../../ui/home/badge.py" line="-8" />
            <source>Nothing overdue</source>
            <translation>Niets over tijd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 thing overdue</source>
            <translation>1 zaak over tijd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 things overdue</source>
            <translation>%1 zaken over tijd</translation>
        </message>
    </context>
    <context>
        <name>TodoTableModel</name>
        <message>
            <location filename="../../ui/casework/models.py" line="+124" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Case</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+10" />
            <source>School year</source>
            <translation>Schooljaar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Access request</source>
            <translation>Inzageverzoek</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up</source>
            <translation>Vervolg</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Whole vault</source>
            <translation>Hele kluis</translation>
        </message>
    </context>
    <context>
        <name>TranscriptView</name>
        <message>
            <location filename="../../ui/evidence/transcript.py" line="+95" />
            <source>(not in the export)</source>
            <translation>(niet in de export)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attachment: %1</source>
            <translation>Bijlage: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(media left out of the export)</source>
            <translation>(media niet meegeëxporteerd)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(this message was deleted)</source>
            <translation>(dit bericht is verwijderd)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(edited %1)</source>
            <translation>(bewerkt %1)</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <location filename="../../ui/vault/unlock_screen.py" line="+48" />
            <source>The vault is locked</source>
            <translation>De kluis is vergrendeld</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Open another vault...</source>
            <translation>Andere kluis openen...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new vault...</source>
            <translation>Nieuwe kluis maken...</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Forgot password?</source>
            <translation>Wachtwoord vergeten?</translation>
        </message>
        <message>
            <location line="+19" />
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose another vault with "Open another vault...".</source>
            <translation>Kies een andere kluis met "Andere kluis openen...".</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Type the password of this vault.</source>
            <translation>Typ het wachtwoord van deze kluis.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
    </context>
    <context>
        <name>VaultActions</name>
        <message>
            <location filename="../../ui/shell/vault_actions.py" line="+41" />
            <source>Make emergency sheet...</source>
            <translation>Noodblad maken...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change password...</source>
            <translation>Wachtwoord wijzigen...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where is my vault?</source>
            <translation>Waar staat mijn kluis?</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Changing the password...</source>
            <translation>Wachtwoord wijzigen...</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The password has been changed.</source>
            <translation>Het wachtwoord is gewijzigd.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Change password</source>
            <translation>Wachtwoord wijzigen</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The password has been changed. From now on the vault opens only with the new password.</source>
            <translation>Het wachtwoord is gewijzigd. Vanaf nu gaat de kluis alleen nog open met het nieuwe wachtwoord.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The current password is not correct, so nothing was changed. Check it (mind Caps Lock) and try again.</source>
            <translation>Het huidige wachtwoord klopt niet, dus er is niets gewijzigd. Controleer het (let op Caps Lock) en probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>VaultFiles</name>
        <message>
            <location filename="../../ui/vault/dialogs.py" line="-143" />
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
    <context>
        <name>VaultLocationDialog</name>
        <message>
            <location filename="../../ui/shell/vault_location.py" line="+30" />
            <location line="+6" />
            <source>Where is my vault?</source>
            <translation>Waar staat mijn kluis?</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Open folder</source>
            <translation>Map openen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vault</source>
            <translation>Kluis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backups</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To move to another computer: copy the vault file and keep the emergency sheet. On the new computer choose 'Open an existing vault...'.</source>
            <translation>Naar een andere computer: kopieer het kluisbestand en bewaar het Noodblad. Kies op de nieuwe computer 'Bestaande kluis openen...'.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The chosen backup folder is not there; the backups go to this local folder until it is back.</source>
            <translation>De gekozen map voor reservekopieën is er niet; de reservekopieën gaan naar deze lokale map tot hij terug is.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ViewerDialog</name>
        <message>
            <location filename="../../ui/evidence/viewer.py" line="+137" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Export...</source>
            <translation>Exporteren...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a copy of the original file, byte for byte</source>
            <translation>Een kopie van het oorspronkelijke bestand opslaan, byte voor byte</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Fit</source>
            <translation>Passend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>Uitzoomen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in</source>
            <translation>Inzoomen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Loading the image...</source>
            <translation>Afbeelding laden...</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This image cannot be shown; export it to open it elsewhere.</source>
            <translation>Deze afbeelding kan niet worden getoond; exporteer haar om haar ergens anders te openen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 × %2 pixels · Ctrl + mouse wheel zooms</source>
            <translation>%1 × %2 pixels · Ctrl + muiswiel zoomt</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 to %2</source>
            <translation>%1 tot %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 messages · %2 · between: %3</source>
            <translation>%1 berichten · %2 · tussen: %3</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Times as the phone showed them. The original export is kept byte for byte.</source>
            <translation>Tijden zoals de telefoon ze toonde. De oorspronkelijke export is byte voor byte bewaard.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No image stored: described only</source>
            <translation>Geen beeld opgeslagen: alleen beschreven</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pestdossier does not show this kind of file itself. Use 'Export...' to save a copy of the original and open it with another program.</source>
            <translation>Pestdossier toont dit soort bestand niet zelf. Kies 'Exporteren...' om een kopie van het origineel op te slaan en open die met een ander programma.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What you recorded about it</source>
            <translation>Wat u erover hebt vastgelegd</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Exporting %1...</source>
            <translation>%1 exporteren...</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Exported to %1 (%2).</source>
            <translation>Geëxporteerd naar %1 (%2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
    </context>
    <context>
        <name>WhoIsThisDialog</name>
        <message>
            <location filename="../../ui/cases/identity_dialog.py" line="+77" />
            <source>Who is this?</source>
            <translation>Wie is dit?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>These senders and accounts appear in the evidence but are linked to nobody. A pseudonymised dossier calls them 'onbekend account 1', and so on. Link each to the person it belongs to.</source>
            <translation>Deze afzenders en accounts staan in het bewijs maar zijn aan niemand gekoppeld. Een gepseudonimiseerd dossier noemt ze 'onbekend account 1', enzovoort. Koppel elk aan de persoon van wie het is.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Everyone in the evidence is linked to a person.</source>
            <translation>Iedereen in het bewijs is aan een persoon gekoppeld.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Link</source>
            <translation>Koppelen</translation>
        </message>
    </context>
    <context>
        <name>YearOverview</name>
        <message>
            <location filename="../../ui/yearly/labels.py" line="+16" />
            <source>Kind of case</source>
            <translation>Soort melding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Form of bullying</source>
            <translation>Vorm van pesten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platform (online bullying)</source>
            <translation>Platform (online pesten)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reported by</source>
            <translation>Gemeld door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it was reported</source>
            <translation>Manier van melden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protocol followed</source>
            <translation>Gevolgd protocol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome at the end of the period</source>
            <translation>Uitkomst aan het eind van de periode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Particulars</source>
            <translation>Bijzonderheden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offences considered</source>
            <translation>Strafbare feiten overwogen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group or year</source>
            <translation>Groep of leerjaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protocol follow-ups</source>
            <translation>Vervolgafspraken uit het protocol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days from report to first action</source>
            <translation>Dagen van melding tot eerste actie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days from report to closing</source>
            <translation>Dagen van melding tot afsluiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cases per month</source>
            <translation>Meldingen per maand</translation>
        </message>
        <message>
            <location line="+6" />
            <source>not recorded</source>
            <translation>niet vastgelegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bullying</source>
            <translation>pesten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>online bullying</source>
            <translation>online pesten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>teasing</source>
            <translation>plagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conflict</source>
            <translation>conflict</translation>
        </message>
        <message>
            <location line="+1" />
            <source>incident</source>
            <translation>incident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>student</source>
            <translation>leerling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>parent</source>
            <translation>ouder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>staff member</source>
            <translation>medewerker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anonymous</source>
            <translation>anoniem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>physical</source>
            <translation>lichamelijk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>belongings</source>
            <translation>met spullen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>words</source>
            <translation>met woorden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>behind someone's back</source>
            <translation>achter de rug om</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exclusion</source>
            <translation>buitensluiten of negeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>online</source>
            <translation>digitaal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in a conversation</source>
            <translation>in een gesprek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by phone</source>
            <translation>telefonisch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by e-mail</source>
            <translation>per e-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anonymous mailbox</source>
            <translation>anonieme brievenbus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report form or app</source>
            <translation>meldformulier of app</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the monitor survey</source>
            <translation>uit de monitor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>observed by staff</source>
            <translation>zelf waargenomen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no protocol chosen</source>
            <translation>geen protocol gekozen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stopped</source>
            <translation>gestopt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reduced</source>
            <translation>verminderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not stopped</source>
            <translation>niet gestopt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>handed over</source>
            <translation>overgedragen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no bullying</source>
            <translation>geen pesten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>still open</source>
            <translation>nog open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>normal</source>
            <translation>normaal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>high</source>
            <translation>hoog</translation>
        </message>
        <message>
            <location line="+1" />
            <source>acute</source>
            <translation>acuut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>still open at the end of the period</source>
            <translation>nog open aan het eind van de periode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>came back (reopened)</source>
            <translation>teruggekomen (heropend)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offences considered</source>
            <translation>strafbare feiten overwogen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>police informed or report advised</source>
            <translation>politie ingelicht of aangifte geadviseerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>threat</source>
            <translation>bedreiging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>extortion</source>
            <translation>afpersing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>insult</source>
            <translation>belediging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>defamation</source>
            <translation>smaad of laster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sexual images</source>
            <translation>seksueel beeldmateriaal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>identity fraud</source>
            <translation>identiteitsfraude</translation>
        </message>
        <message>
            <location line="+1" />
            <source>secret filming</source>
            <translation>heimelijk filmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>assault</source>
            <translation>mishandeling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>damage to belongings</source>
            <translation>vernieling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stalking</source>
            <translation>belaging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>doxing</source>
            <translation>doxing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hacking</source>
            <translation>hacken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>games</source>
            <translation>games</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other platform</source>
            <translation>ander platform</translation>
        </message>
        <message>
            <location line="+1" />
            <source>several platforms</source>
            <translation>meerdere platforms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held on time</source>
            <translation>op tijd gehouden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held late</source>
            <translation>te laat gehouden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lapsed, not held</source>
            <translation>verlopen, niet gehouden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 to 7 days</source>
            <translation>0 tot 7 dagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>8 to 14 days</source>
            <translation>8 tot 14 dagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>15 to 30 days</source>
            <translation>15 tot 30 dagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>31 to 60 days</source>
            <translation>31 tot 60 dagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>more than 60 days</source>
            <translation>meer dan 60 dagen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>fewer than 5</source>
            <translation>minder dan 5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
    </context>
    <context>
        <name>YearOverviewDialog</name>
        <message>
            <location filename="../../ui/yearly/overview.py" line="+72" />
            <location line="+3" />
            <source>Year overview</source>
            <translation>Jaaroverzicht</translation>
        </message>
        <message>
            <location line="+16" />
            <source>School year %1</source>
            <translation>Schooljaar %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other period...</source>
            <translation>Andere periode...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Count per group (never in exports for the board)</source>
            <translation>Tel per groep (nooit in de bestanden voor het bestuur)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save report (PDF)...</source>
            <translation>Jaarverslag opslaan (PDF)...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save figures (CSV)...</source>
            <translation>Cijfers opslaan (CSV)...</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Click a bar to see the cases behind it.</source>
            <translation>Klik op een balk om de meldingen erachter te zien.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Counting...</source>
            <translation>Bezig met tellen...</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Reports: %1 · cases: %2 · counts from 1 to 4 are shown as 'fewer than 5'</source>
            <translation>Meldingen: %1 · dossiers: %2 · aantallen van 1 tot en met 4 staan er als 'minder dan 5'</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Pestdossier does not record this yet: every case is 'not recorded'.</source>
            <translation>Pestdossier legt dit nog niet vast: elk dossier staat als 'niet vastgelegd'.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 case(s) behind this bar; double-click to open.</source>
            <translation>%1 melding(en) achter deze balk; dubbelklik om te openen.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved: %1</source>
            <translation>Opgeslagen: %1</translation>
        </message>
    </context>
</TS>