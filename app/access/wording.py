"""The fixed Dutch text of an access overview (inzage, AVG art. 15): why the counsellor
keeps these data, how long, and the rights of the person they are about. One place, so
a school's privacy officer can review every sentence."""

from __future__ import annotations

TITLE = "Overzicht van persoonsgegevens"
PROFILE_LABEL = "Inzage (AVG artikel 15)"

INTRO = ("Dit overzicht is gemaakt naar aanleiding van een verzoek om inzage (artikel 15 van "
         "de Algemene verordening gegevensbescherming, AVG). Het bevat alles wat de "
         "vertrouwenspersoon / anti-pestcoördinator van de school in Pestdossier over {name} "
         "heeft vastgelegd: de persoonsgegevens, de zaken waarin {name} voorkomt met de "
         "aantekeningen die over {name} gaan, de vastgelegde bewijsstukken, aan wie gegevens "
         "zijn verstrekt, waarvoor de gegevens worden gebruikt en hoe lang ze worden bewaard.")

OTHERS = ("Gegevens over andere mensen staan niet in dit overzicht: andere leerlingen heten "
          "'Leerling A', 'Leerling B', enzovoort (in het hele overzicht steeds dezelfde letter "
          "voor dezelfde leerling), volwassenen worden bij hun rol genoemd. Afbeeldingen van "
          "bewijsstukken zijn weggelaten, omdat daarop gegevens van anderen te zien kunnen "
          "zijn; van elk bewijsstuk staan wel de gegevens die erover zijn vastgelegd.")

NO_WORK_NOTES = ("Persoonlijke werkaantekeningen van de vertrouwenspersoon vallen in de regel "
                 "niet onder het inzagerecht; er zijn over {name} geen werkaantekeningen "
                 "vastgelegd.")

PURPOSES = (
    "De vertrouwenspersoon en de anti-pestcoördinator van de school leggen deze gegevens "
    "vast om een melding van pesten zorgvuldig af te handelen: om te begrijpen wat er is "
    "gebeurd, leerlingen te beschermen en te begeleiden, afspraken te maken en te volgen of "
    "die worden nagekomen, en om, als dat nodig is, de zaak over te dragen aan wie er verder "
    "mee moet (de coördinator, de zorg of de politie). De school is wettelijk verplicht te "
    "zorgen voor een veilig schoolklimaat en daarbij pesten aan te pakken (Wet op het "
    "voortgezet onderwijs en Wet op het primair onderwijs, 'zorgplicht sociale veiligheid'). "
    "De gegevens staan in een versleuteld bestand dat alleen de vertrouwenspersoon kan "
    "openen, en worden voor niets anders gebruikt. De cijfers in het jaarverslag over pesten "
    "zijn anoniem.")

RETENTION = (
    "Voor het dossier van de vertrouwenspersoon geldt geen wettelijke bewaartermijn: het "
    "wordt bewaard zolang dat voor de afhandeling nodig is, meestal tot de zaak is gesloten, "
    "de nazorg is afgerond en de zaak is meegeteld in het jaarverslag, en daarna vernietigd. "
    "Wat in het leerlingdossier terechtkomt, bewaart de school tot twee jaar nadat de "
    "leerling de school heeft verlaten.")

RIGHTS = (
    ("Inzage", "U hebt recht op dit overzicht (artikel 15 AVG). Wilt u een kopie van een "
               "bepaald stuk, vraag er dan naar."),
    ("Rectificatie", "Staat er iets onjuists in, dan kunt u vragen het te verbeteren of aan "
                     "te vullen (artikel 16 AVG)."),
    ("Wissen", "U kunt vragen gegevens te verwijderen (artikel 17 AVG). De school beoordeelt "
               "of ze nog nodig zijn, bijvoorbeeld voor de veiligheid van een leerling."),
    ("Beperking en bezwaar", "U kunt vragen het gebruik van gegevens te beperken, of bezwaar "
                             "maken tegen het gebruik (artikelen 18 en 21 AVG)."),
    ("Klacht", "Bent u het niet eens met hoe de school met uw gegevens omgaat, bespreek dat "
               "dan eerst met de school of haar functionaris gegevensbescherming. U kunt ook "
               "een klacht indienen bij de Autoriteit Persoonsgegevens "
               "(autoriteitpersoonsgegevens.nl)."),
)

RIGHTS_AGE_NOTE = ("Tot een leerling 16 jaar is, oefenen de ouders of verzorgers deze rechten "
                   "uit; vanaf 16 jaar doet de leerling dat zelf.")

NOTICE = ("Dit overzicht bevat persoonsgegevens van {name}. Het is bestemd voor degene die om "
          "inzage vroeg ({recipient}). Bewaar het zorgvuldig en geef het niet aan anderen.")
