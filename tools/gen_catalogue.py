#!/usr/bin/env python3
"""Writes the catalogue seed (resource-catalog-service/src/main/resources/db/seed/R__catalogue_seed.sql).

Facts (titles, authors, organisations, years, durations, kinds, URLs) exactly as the seeds give them: seed 000 (the
inspiration bundle of the learning network Leercultuur), 001 (the text on learning culture and team learning: its
reading list and the talk it links), 002 (the six carriers: its sources and videos), 003 (Vilans: its knowledge
products) and 004 (the report 'Een Leven Lang Leren' and its thirteen best practices). Summaries, what made a practice
work and the instrument guide are written in our own words. Where a seed spells a name two ways, the note in
tools/seed-fidelity.json says which we keep.

Every entry's dimension tags map to concepts through the shared vocabulary
(contracts/events/src/main/resources/vocabulary/concepts.json); a dimension key that two instruments use for different
concepts must be written instrument:key (carriers:, lo:, tno:, ...) so the concept is chosen per entry.

Ids are stable (uuid5 of kind and title, or of an entry's earlier kind and title when it was renamed: key=), so the
load is idempotent and curators' links survive a correction. Entries curators edited (updated_by set) are left as they
made them. Seed entries dropped from this list are deleted, or archived when curators touched them (a curation history
or an edit), so a curator can revive one (ARCHIVED -> DRAFT).

  python3 tools/gen_catalogue.py           writes the seed SQL
  python3 tools/gen_catalogue.py --check   checks tools/seed-fidelity.json against these entries (and the seed files'
                                           quotes, when ../shared/seeds is at hand); prints the counts per category
"""
import json, os, re, sys, unicodedata, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resource-catalog-service", "src", "main", "resources", "db", "seed", "R__catalogue_seed.sql")
VOCABULARY = os.path.join(HERE, "..", "contracts", "events", "src", "main", "resources", "vocabulary", "concepts.json")
FIDELITY = os.path.join(HERE, "seed-fidelity.json")
SEEDS = os.path.join(HERE, "..", "..", "shared", "seeds")
NS = uuid.UUID("6f1c0a52-3c52-4b8e-9a57-4c2c7a0e1d00")

INSTRUMENTS = {"carriers": "learning-culture-carriers", "lo": "learning-organisation-dimensions", "tno": "tno-learning-levels",
               "placement": "placement-learning-climate", "tps": "team-psychological-safety", "lb": "learning-behaviour",
               "quick": "psychological-safety-quick-test"}

R = []


def add(kind, title, authors=None, org=None, lang="nl", minutes=None, summary="", themes=(), dims=(), aud=(), concepts=(), **extra):
    R.append(dict(kind=kind, title=title, authors=authors, org=org, lang=lang, minutes=minutes, summary=summary,
                  themes=list(themes), dims=list(dims), aud=list(aud), concepts=list(concepts), **extra))


CH, LD, WL, MEAS, TECH, PS, REF, STU, LO, MOT, LLL = ("change-management", "leadership", "workplace-learning",
    "measuring-learning-culture", "learning-technology", "psychological-safety", "reflection",
    "students-and-placements", "learning-organisation", "motivation", "lifelong-learning")

# --- seed 000: good practices from the region ---------------------------------------------------------------------
gp = dict(kind="good-practice")
add(title="Leerklimaat OK", org="deRotterdamseZorg, met Pieterman; pilot in het OK-complex van het Ikazia ziekenhuis", sector="hospital",
    category="practice-based",
    summary="Een regionale methodiek om het leerklimaat op de operatiekamers te analyseren en te verbeteren: een blauwdruk met het hele proces, een vragenlijst, voorbeeldteksten en achtergrondinformatie, ook op andere afdelingen op maat te gebruiken.",
    success="Door een regionaal projectteam met Pieterman ontwikkeld en eerst als pilot uitgevoerd; de analyse is een deel van een bredere aanpak en krijgt een vervolg in adviezen en interventies.",
    works=["Door een regionaal projectteam met Pieterman ontwikkeld en eerst als pilot uitgevoerd", "Analyse, vragenlijst en voorbeeldteksten in één blauwdruk"],
    pre=["Na de analyse een vervolg geven aan de adviezen en mogelijke interventies", "De methodiek inbedden in een bredere aanpak"],
    themes=[MEAS, STU, WL], dims=["ward-atmosphere", "supervision-assessment", "role-of-mentors"], aud=["leader", "hr-ld", "team"], **gp)
add(title="Zorg Innovatie Centrum (ZIC)", org="Franciscus Gasthuis & Vlietland", sector="hospital", category="practice-based",
    summary="Op de longgeneeskunde en de cardiologie werken zorgmedewerkers en een grote groep mbo- en hbo-studenten samen aan betere zorg; docenten ondersteunen het leren op de afdeling en faciliteren onderzoek en innovatie.",
    success="Scholing op de afdeling zelf, met innovatieve leertechnologie, waar ook het zorgpersoneel aan meedoet; zo meer opleidingsplaatsen en theorie en praktijk beter verbonden.",
    works=["Scholing voor studenten op de afdeling, open voor het zorgpersoneel", "Leren met innovatieve leertechnologieën"],
    pre=["Docenten die het leren in de praktijk ondersteunen en onderzoek en innovatie faciliteren"],
    themes=[STU, WL, TECH], dims=["fit-of-work", "vision-on-learning", "collaboration"], aud=["student", "leader", "hr-ld"], **gp)
add(title="Praktijkleerversterkers", org="Laurens", sector="elderly-care", category="practice-based",
    summary="Een project om het leren van studenten in de praktijk sterker te maken: na een nulmeting kwam er een nieuw begeleidingsmodel, met trainingen, betere samenwerking met de scholen en regelmatige metingen.",
    success="Eerst meten hoe de begeleiding gaat en wat gewenst is, daarna blijven meten; studenten ervaren meer structuur en een veiliger leerklimaat en meer medewerkers werden werkbegeleider.",
    works=["Een nulmeting van de begeleiding en de gewenste situatie", "Regelmatige metingen na de invoering"],
    pre=["Trainingen voor werkbegeleiders in de organisatie", "Goede samenwerking met de onderwijsinstellingen"],
    themes=[STU, MEAS, WL], dims=["supervision-assessment", "role-of-mentors", "ward-atmosphere"], aud=["student", "leader", "hr-ld"], **gp)
add(title="Werkplekleren en 5 leermomenten", key=("good-practice", "Werkplekleren en de vijf leermomenten"), org="Erasmus MC",
    sector="hospital", category="digital",
    summary="Ask Erasmus MC: een leerportaal waar medewerkers tijdens het werk terechtkunnen met hun vragen, ingericht tijdens de coronapandemie voor het opscholen van (acute) zorgverleners, volgens de 5 Moments of Need-methodologie.",
    success="De informatie die medewerkers nodig hebben staat bij elkaar en is makkelijk te vinden, op het moment dat de vraag opkomt.",
    works=["Alle informatie op één plek, makkelijk vindbaar", "Ingericht op de vijf momenten waarop iemand iets moet leren"],
    pre=["Een leeromgeving die tijdens het werk bereikbaar is"],
    themes=[TECH, WL], dims=["embedded-systems", "informal"], aud=["employee", "hr-ld"], **gp)
add(title="Leerafdeling", org="Lelie zorggroep, met Zadkine", sector="elderly-care", category="practice-based",
    summary="Op locatie Westerstein lopen studenten verpleegkunde boven de formatie stage op een afdeling met complexere zorg voor cliënten met dementie en gedragsproblematiek; wekelijks brengt een instellingsdocent de theorie naar de afdeling.",
    success="Leren door vooral te doen, met de achtergrond van teamleiding en disciplines; medewerkers werden gemotiveerder, er kunnen meer studenten worden opgeleid en zij willen blijven.",
    works=["De focus op doen, passend bij hoe studenten leren", "Wekelijks een instellingsdocent op de afdeling"],
    pre=["Een praktijkopleider met ervaring in het opzetten van een leerafdeling", "Samenwerking met de school (Zadkine)", "Studenten boven de formatie"],
    themes=[STU, WL], dims=["fit-of-work", "ward-atmosphere", "role-of-mentors"], aud=["student", "leader", "team"], **gp)
add(title="Praktijkgestuurd opleiden", key=("good-practice", "Praktijkgestuurd opleiden in een leerhuis"),
    org="Leerhuis Silverrein (MBO Amersfoort en Silverrein)", sector="elderly-care", category="practice-based",
    url="https://www.actieleernetwerk.nl/leerhuis-silverrein-praktijkgestuurd-opleiden-baarn/",
    summary="Sinds 2019 leiden MBO Amersfoort en ouderenzorgorganisatie Silverrein bol-studenten praktijkgestuurd op als 'collega's in opleiding', ingepland boven de reguliere bezetting; de handreiking 'Start onderwijsbedrijf' deelt hoe je zelf een leerhuis opzet.",
    success="Zowel 'koud' organiseren (structuur en organisatie) als 'warm' organiseren (de mensen), met per moment de stappen die nodig zijn.",
    works=["Studenten boven de reguliere bezetting ingepland", "Koud en warm organiseren, stap voor stap beschreven"],
    pre=["Een vaste samenwerking tussen school en zorgorganisatie"],
    themes=[STU, WL], dims=["fit-of-work", "vision-on-learning", "carriers:outside-world"], aud=["student", "hr-ld", "leader"], **gp)
add(title="Toolbox Leren in het werk", org="Alrijne ziekenhuis, gemaakt door Kessels & Smit", sector="hospital", category="practice-based",
    summary="Werkvormen voor teamleiders die het leren in hun team willen stimuleren, langs vier thema's: reflecteren op het werk, iets nieuws uitproberen, het leerklimaat versterken en een lerende focus als leidinggevende.",
    success="Waarderend, progressiegericht en transparant: kijken naar wat al werkt en dat uitbouwen, en bij dilemma's naar waar een doorbraak wel lukt.",
    works=["Een waarderend perspectief: uitbouwen wat werkt", "Progressie zichtbaar maken, dat motiveert"],
    pre=["Teamleiders die het leren in hun team willen stimuleren"],
    themes=[WL, REF, LD], dims=["leadership", "room-and-safety", "team-learning"], aud=["leader", "team"], kind="toolkit")

# --- books: seed 000, and the reading list of seed 001 --------------------------------------------------------------
b = dict(kind="book")
add(title="Ontketen vernieuwing!", authors="Arend Ardon", summary="Hoe je de vernieuwingskracht die al in een organisatie zit ziet en aanwakkert: van plannen uitrollen naar beweging creëren, met lessen van start-ups over hoe kleine initiatieven groot worden.",
    themes=[CH, LD], dims=["leadership", "carriers:organisation", "empowerment"], aud=["leader", "hr-ld"], **b)
add(title="Doorbreek de cirkel!", authors="Arend Ardon", summary="Over de vaste patronen waarin organisaties en teams blijven hangen en hoe je die doorbreekt.",
    themes=[CH], dims=["carriers:organisation", "inquiry-dialogue"], aud=["leader", "hr-ld"], **b)
add(title="Traag versnellen", authors="Arend Ardon", summary="Krachtig veranderen vanuit reflectie op wat er nu gebeurt, in plaats van vanuit haast.",
    themes=[CH, REF], dims=["inquiry-dialogue", "leadership"], aud=["leader"], **b)
add(title="Verdraaide organisaties", authors="Wouter Hart", summary="Terug naar de bedoeling van het werk: minder krampachtig beheersen, bureaucratie terugdringen en professionals versterken, met een basismodel dat de auteur met Marius Buiting ontwikkelde.",
    themes=[CH, LD], dims=["carriers:organisation", "strategic-leadership", "empowerment"], aud=["leader", "hr-ld"], **b)
add(title="Hoe ik verander", authors="Shirene Moerkerken", summary="Geen pasklare antwoorden maar hulp bij het zoeken naar interventies die recht doen aan complexe vraagstukken in organisaties en de samenleving.",
    themes=[CH], dims=["carriers:organisation", "strategic-leadership"], aud=["leader", "hr-ld"], **b)
add(title="Mijn binnenste buiten", authors="Manon Ruijters e.a.", summary="Een model over professionele identiteit, met theorie en praktijkverhalen die uitnodigen je eigen professionele kleur te onderzoeken en te versterken.",
    themes=[REF, WL], dims=["employee", "work-content"], aud=["employee", "hr-ld"], **b)
add(title="Gedoe komt er toch", authors="Swieringa & Jansen", summary="Tien vanzelfsprekende wijsheden over organisatieverandering tegen het licht: zorg dat het gedoe op tafel komt in plaats van het te vermijden.",
    themes=[CH], dims=["carriers:organisation", "inquiry-dialogue"], aud=["leader", "hr-ld"], **b)
add(title="Lerend organiseren", authors="Swieringa & Wierdsma", summary="Lerend organiseren, als meer van hetzelfde niet helpt: een praktisch boek over het veranderen van een organisatie in een lerende organisatie, met online ondersteuning.",
    themes=[LO, CH], dims=["continuous-learning", "team-learning", "embedded-systems"], aud=["leader", "hr-ld"], **b)
add(title="In de leerstand", authors="Isolde Kolkhuis Tanke", summary="Hoe blijven leren op het werk vanzelfsprekend wordt en hoe je de leerrijkheid van de werkomgeving vergroot, met de methodiek van Actieleerteams, zodat mensen meebewegen met verandering.",
    themes=[WL, LD], dims=["work-content", "room-and-safety", "continuous-learning"], aud=["leader", "hr-ld", "team"], **b)
add(title="Canon van leren & ontwikkelen", authors="Manon Ruijters, Robert Jan Simons en Rika Schut (red.)", year=2021,
    summary="Basiswerk voor trainers, opleiders en adviseurs: vijftig leerconcepten, de mensen erachter en hun mogelijkheden en grenzen, met nog eens vijfentwintig in het e-book en op de website.",
    themes=[WL, LLL], dims=["formal", "informal", "non-formal"], aud=["hr-ld"], **b)
add(title="Handboek Leren & Ontwikkelen in Organisaties", key=("book", "Leren & Ontwikkelen in organisaties"),
    authors="Eric Mooijman en Nick van Dam (red.)", year=2018,
    summary="Handboek met een compleet overzicht van leren en ontwikkelen in organisaties, vanuit het model Strategisch Opleiden en Leren, met veel aandacht voor digitaal leren, leertechnologie en duurzame inzetbaarheid.",
    themes=[WL, TECH], dims=["embedded-systems", "formal", "informal"], aud=["hr-ld"], **b)
add(title="Liefde voor Leren", authors="Manon Ruijters", summary="Leren als iets dat bij het leven hoort: hoe mensen, teams en organisaties ieder op hun eigen manier leren en waarom één aanpak niet overal werkt.",
    themes=[WL, REF], dims=["continuous-learning", "employee"], aud=["hr-ld", "leader"], **b)
add(title="Van weerstand naar veranderbereidheid", authors="Erwin Metselaar, Anton Cozijnsen & Peter van Delft",
    summary="Willen, moeten en kunnen veranderen: actuele inzichten over weerstand en veranderbereidheid, met het diagnose-instrument DINAMO voor een resultaatgerichte aanpak van verandering.",
    themes=[CH, MEAS], dims=["carriers:organisation", "urgency"], aud=["leader", "hr-ld"], **b)
add(title="Opleidingskunde", authors="Erik Deen en Mariel Rondeel", summary="Het vakmanschap om leren in organisaties op gang te brengen: beproefde methodieken in een nieuw raamwerk, met recente aanpakken en voorbeelden, voor ontwerp en advies.",
    themes=[WL], dims=["formal", "embedded-systems"], aud=["hr-ld"], **b)
add(title="Handboek Human Resource Development", authors="Rob Poell en Joseph Kessels (red.)", year=2021,
    summary="De derde editie, met tachtig auteurs: onderzoek, theorie en vernieuwende praktijk van het HRD-vak, van leren op de werkplek en in teams tot leiderschap, technologie en talentbenaderingen.",
    themes=[WL, LD, TECH], dims=["strategic-leadership", "team-learning"], aud=["hr-ld"], **b)
add(title="Het Vijfde Discipline Praktijkboek", authors="Peter Senge e.a.", summary="Een korte samenvatting van Senges denken over de lerende organisatie, gevolgd door veel cases, stappenplannen en maatregelen om het toe te passen.",
    themes=[LO, CH], dims=["team-learning", "inquiry-dialogue", "strategic-leadership"], aud=["leader", "hr-ld"], **b)
add(title="Over het einde van leren", authors="Helma van den Berg, Kasper Boon, Hans Schuurmans", year=2014,
    summary="Waarom leren voor veel mensen beladen is met ervaringen uit hun schooltijd, en wat dat betekent voor hoe je leren in organisaties opzet.",
    themes=[WL, MOT], dims=["employee", "informal", "stimulating-factors"], aud=["hr-ld", "leader"], **b)
add(title="Handboek beroepsgerichte didactiek (Effectief opleiden in het mbo en hbo)", authors="Aimée Hoeve e.a. (red.)", year=2021,
    summary="Handboek over didactiek voor het beroepsonderwijs: hoe je studenten in mbo en hbo effectief opleidt voor hun beroep.",
    themes=[STU], dims=["supervision-assessment", "fit-of-work", "formal"], aud=["hr-ld", "student"], **b)
add(title="Handleiding Fieldlabs (werkwijzer)", authors="Alice Bakker (red.)", year=2021,
    summary="Een werkwijzer voor fieldlabs, waarin studenten al werkend leren in de praktijk van de zorg.",
    themes=[STU, WL], dims=["fit-of-work", "vision-on-learning", "carriers:outside-world"], aud=["hr-ld", "leader", "student"], **b)
add(title="Vier vermogens voor een gunstig leer-werkklimaat (voor duurzaam meer mensen in de zorg)", authors="Carlijn Nelis / Eef Pothast", year=2022,
    summary="Over vier vermogens die samen een gunstig leer-werkklimaat maken, zodat duurzaam meer mensen in de zorg (blijven) werken.",
    themes=[WL, STU], dims=["ward-atmosphere", "room-and-safety", "vision-on-learning"], aud=["leader", "hr-ld", "team"], **b)
add(title="The Fearless Organization: Creating Psychological Safety in the Workplace for Learning, Innovation, and Growth",
    authors="Amy C. Edmondson", year=2018, lang="en",
    url="https://www.amazon.nl/Fearless-Organization-Psychological-Workplace-Innovation/dp/1119477247/ref=sr_1_1?adgrpid=1342504387372043&hvadid=83906615271201&hvbmt=bb&hvdev=c&hvlocphy=152104&hvnetw=o&hvqmt=b&hvtargid=kwd-83907402985528%3Aloc-129&hydadcr=4747_2050860&keywords=amy+edmondson+psychological+safety&qid=1649865167&sr=8-1",
    summary="Psychologische veiligheid als voorwaarde voor leren, innoveren en groeien: waarom mensen zwijgen waar ze zouden moeten spreken, en hoe teams die veilig zijn én samen hoge doelen stellen in de leerzone komen. (Nederlandse titel: De onbevreesde organisatie.)",
    themes=[PS, LD], dims=["psychological-safety", "team-ambition", "room-and-safety", "team-learning"], aud=["leader", "team", "hr-ld"], **b)
add(title="Veldgids Psychologische veiligheid", authors="Hans van der Loo, Joriene Beks", year=2021,
    summary="Een praktische gids over psychologische veiligheid in teams en organisaties: wat het is en hoe je eraan werkt.",
    themes=[PS, LD], dims=["psychological-safety", "room-and-safety"], aud=["leader", "team"], **b)
add(title="Werken is leren. Leren is werken", org="Amsterdamse Verpleeghuiszorg, Sigra en Zorgkantoor (Zilveren Kruis)",
    summary="Over leren als deel van het dagelijkse werk in de langdurige zorg: waarom leren vaak stroef loopt, wat teams helpt in de leerzone te komen (psychologische veiligheid en gedeelde ambities), en hoe een organisatie leren organiseert en faciliteert.",
    themes=[WL, PS, LO], dims=["team-ambition", "psychological-safety", "team-learning", "informal", "role-of-mentors"], aud=["leader", "team", "hr-ld"], **b)

# --- articles, e-zines, reports: seed 000, 002, 004 ---------------------------------------------------------------
a = dict(kind="article")
add(title="Opleiden met VR in de zorg: inspiratie, ervaringen en literatuuronderzoek", summary="E-zine over virtual reality als manier om met minder begeleidingscapaciteit toch goed op te leiden: voorbeelden, ervaringen, tips en wat de literatuur zegt.",
    themes=[TECH, STU], dims=["supervision-assessment", "formal"], aud=["hr-ld", "student"], **a)
add(title="Hoe word je een lerende organisatie?", org="Trends in HR", summary="Wat een lerende organisatie in de lijn van Peter Senge kenmerkt: voortdurend verbeteren door te leren, met nieuwsgierigheid in alle lagen, en wat dat vraagt van taakverdeling en aansturing.",
    themes=[LO], dims=["continuous-learning", "strategic-leadership"], aud=["leader", "hr-ld"], **a)
add(title="Aandacht voor een veilig opleidingsklimaat essentieel", org="De medisch specialist", summary="Waarom een veilig opleidingsklimaat in medische vervolgopleidingen zo belangrijk is en waarom vrijuit spreken over je opleiding moeilijker is dan het lijkt; over aios, maar breder bruikbaar.",
    themes=[PS, STU], dims=["psychological-safety", "room-and-safety", "supervision-assessment"], aud=["leader", "student"], **a)
add(title="Zo maken slimme organisaties leren onderdeel van het primaire proces", authors="L.J. van Egmond", org="Hogeschool Windesheim",
    summary="Whitepaper over de succesfactoren van een leercultuur en hoe leren een vast deel van het dagelijkse werk wordt.",
    themes=[WL, LO], dims=["work-content", "embedded-systems"], aud=["leader", "hr-ld"], **a)
add(title="Leren in verandering", authors="Manon Ruijters", summary="Proefschrift over lerende organisaties, professionele teams en goed werk.",
    themes=[LO, WL], dims=["team-learning", "continuous-learning"], aud=["hr-ld"], **a)
add(title="Positief leerklimaat (whitepaper)", org="Bedrijvennetwerk HX", url="https://bedrijvennetwerkhx.nl/wp-content/uploads/2023/09/Positief-Leerklimaat-Whitepaper.pdf",
    summary="Wat een werkgroep van experts in een jaar leerde over een positief leerklimaat, gebundeld in een overzichtelijk document.",
    themes=[WL, PS], dims=["room-and-safety", "ward-atmosphere"], aud=["leader", "hr-ld"], **a)
add(title="Leercultuur in het MKB: geen luxe, maar noodzaak", authors="Korevaar, R., Weide, J. van der, Corporaal, S., Vos, M. & Witteveen, L.",
    org="Hogeschool Windesheim", publisher="Holland Management Review", year=2020,
    summary="Op basis van literatuur en onderzoek in het mkb: zes leercultuurdragers die samen een leercultuur maken, van uitdagend werk tot de verbinding met de buitenwereld, en hoe je ze praktisch vormgeeft.",
    themes=[MEAS, LO], dims=["work-content", "room-and-safety", "collaboration", "leadership", "carriers:organisation", "carriers:outside-world"], aud=["leader", "hr-ld"], **a)
add(title="Krachtige leerwerkomgeving: dertien ontwerpprincipes", org="House of Skills", summary="Rapport van het landelijke project House of Skills over de condities voor een krachtige leerwerkomgeving, uitgewerkt in dertien ontwerpprincipes uit een reeks pilots.",
    themes=[WL, LO], dims=["vision-on-learning", "team-learning", "room-and-safety"], aud=["hr-ld", "leader"], **a)
add(title="De Zelf-Determinatie Theorie: kwalitatief goed motiveren op de werkvloer",
    authors="Anja Van den Broeck, Maarten Vansteenkiste, Hans De Witte, Willy Lens en Maarten Andriessen",
    summary="De zelfdeterminatietheorie uitgelegd voor de werkcontext: basisbehoeften, kwaliteit van motivatie, verwante theorieën en wat het onderzoek laat zien.",
    themes=[MOT], dims=["employee", "stimulating-factors"], aud=["leader", "hr-ld"], **a)
add(title="Lange termijneffecten van leven lang ontwikkelen", org="TNO", summary="Onderzoek met langlopende cohortdata (CODI) naar wat formeel en informeel leren, en beide samen, op termijn betekenen voor werknemers en werkgevers.",
    themes=[LLL, MEAS], dims=["formal", "informal"], aud=["hr-ld"], **a)
add(title="E-zine impuls op begeleiding", key=("article", "E-zine Impuls op begeleiding"), org="deRotterdamseZorg",
    summary="Hoe twaalf zorgorganisaties met subsidie via deRotterdamseZorg en de Gemeente Rotterdam nieuwe manieren van opleiden en begeleiden invoerden om meer studenten op te leiden, met tips en een stappenplan voor een leerafdeling.",
    themes=[STU, WL], dims=["supervision-assessment", "role-of-mentors", "fit-of-work"], aud=["hr-ld", "leader"], **a)
add(title="Hoe je een goed leerklimaat creëert", org="Vilans", summary="Drie artikelen uit de publicatie 'Leren en verbeteren in de ouderenzorg': knelpunten voor een goed leerklimaat, beschikbare kennis (zoals Zicht en grip op lerend vermogen en de Tiptoolbox) en wat nog onderzocht moet worden.",
    themes=[WL, PS], dims=["ward-atmosphere", "room-and-safety", "continuous-learning"], aud=["leader", "hr-ld"], **a)
add(title="Effectief leren verbetert de zorg nu én in de toekomst", org="ZonMw", summary="Interview met drie onderzoekers uit dertien projecten over de ingrediënten van een effectieve leerstrategie en vormen van werkplekleren in de zorg.",
    themes=[WL], dims=["informal", "embedded-systems"], aud=["hr-ld"], **a)
add(title="Een krachtige leercultuur voor continu leren", authors="Heijboer, M., M. Korenhof & L. Pantjes", publisher="O&O, 6, pp. 6-11", year=2013,
    summary="Het artikel achter de definitie die Inholland Academy gebruikt: leercultuur als een gemeenschappelijk en veranderlijk systeem van fundamentele aannames, waarden en normen dat de richting van het leren in een organisatie bepaalt.",
    themes=[LO], dims=["continuous-learning", "carriers:organisation"], aud=["hr-ld", "leader"], **a)
add(title="Een leercultuur bevorderen binnen je organisatie", org="Inholland Academy",
    summary="Hoe Inholland Academy met Huis van het Werk, Horizon College en STAN-partners in Noord-Holland Noord (SLIM-regeling) werkt aan een leercultuur in het mkb, langs de zes leercultuurdragers, met video's per drager.",
    themes=[LO, WL], dims=["work-content", "room-and-safety", "collaboration", "leadership", "carriers:organisation", "carriers:outside-world"], aud=["leader", "hr-ld"], **a)
add(title="Een Leven Lang Leren", org="deRotterdamseZorg, Zorgpact Rotterdam", year=2018,
    authors="Annelieke Cuijpers, Bas Hoogenbosch, Els van der Salm, Erik Hilgers, Mark Driessen, Gijs Haerkens, Tanja Swinkels en Wouter Meijer",
    summary="Rapport van acht trainees over wat een leven lang leren is, waarom het ertoe doet en wat het vraagt; met dertien best practices in drie soorten (belevingsgericht, digitaal en praktijkleren) en wat ze delen: interactie, leergierigheid en autonomie, mits er veiligheid, vertrouwen, draagvlak in alle lagen en middelen zijn.",
    themes=[LLL, WL], dims=["room-and-safety", "leadership", "stimulating-factors", "informal"], aud=["leader", "hr-ld"], **a)

# --- podcasts: seed 000 ---------------------------------------------------------------------------------------------
p = dict(kind="podcast")
add(title="Behouden van studenten voor de zorg", minutes=27, summary="Waarom stoppen zoveel zorgstudenten met hun opleiding, en wat kunnen zorg- en onderwijsorganisaties samen doen om hen te behouden? Met ervaringen van studenten op weg naar de zorgpraktijk.",
    themes=[STU], dims=["ward-atmosphere", "role-of-mentors", "fit-of-work"], aud=["student", "hr-ld", "leader"], **p)
add(title="Creëer een leercultuur en vergroot je innovaties en creativiteit in het aannemen van personeel", authors="Karianne Kalshoven", minutes=15,
    summary="Leren als mindset van de hele organisatie in plaats van alleen een taak van de manager.",
    themes=[LD, WL], dims=["leadership", "carriers:organisation"], aud=["leader", "employee"], **p)
add(title="De Lerende Organisatie", org="De PMB-Podcast-show", minutes=45, summary="Hoe een kennisorganisatie blijft leren en de competenties ontwikkelt die een complexere tijd vraagt; vooral de eerste negentien minuten gaan erover.",
    themes=[LO], dims=["continuous-learning", "strategic-leadership"], aud=["leader", "hr-ld"], **p)
add(title="Hoe creëer je de juiste leercultuur in de organisatie? CHRO podcast: Learning Mindset - How to transition from an old model to a new employee-focused model",
    key=("podcast", "Hoe creëer je de juiste leercultuur in de organisatie? Learning Mindset"), org="CHRO podcast", lang="en", minutes=39,
    summary="Een Engelstalig gesprek met een trainingsconsultant en iemand van Degreed over de stappen naar een leercultuur die aansluit bij wat medewerkers nodig hebben.",
    themes=[LD, TECH], dims=["leadership", "stimulating-factors"], aud=["hr-ld"], **p)
add(title="De leercultuur van Van Doren Engineers", org="Werkgevers servicepunt Noordoost-Brabant", minutes=39,
    summary="Een bedrijf dat technische installaties ontwerpt en bouwt vertelt hoe het aan een leercultuur werkt, als voorbeeld van sociaal werkgeverschap.",
    themes=[LO], dims=["carriers:organisation", "work-content"], aud=["leader", "hr-ld"], **p)
add(title="No more boring learning", authors="Jeanne en JP", minutes=21, summary="Vijf hardnekkige mythes over het brein en leren ontkracht, van leerstijlen tot de leerpiramide.",
    themes=[WL], dims=["continuous-learning"], aud=["hr-ld", "employee"], **p)
add(title="Diversiteit en dynamiek voor een bloeiende leercultuur", authors="Jeanine Jansen", minutes=14,
    summary="Hoe je verschillen in een groep benut in plaats van alleen overeenkomsten, voor een leercultuur met meer nuance en waardering.",
    themes=[LD, PS], dims=["team-learning", "collaboration"], aud=["leader", "team"], **p)

# --- videos: seed 000, 001, 002 -------------------------------------------------------------------------------------
v = dict(kind="video")
add(title="TED Talk: The inner side of Organizational Change", key=("video", "The inner side of Organizational Change"), authors="Thijs Homan",
    lang="en", minutes=24, summary="Kritische blik op klassieke veranderprocessen: wat mensen werkelijk beleven als een organisatie verandert, en wat dat vraagt van een vloeiende verandering.",
    themes=[CH], dims=["carriers:organisation", "inquiry-dialogue"], aud=["leader", "hr-ld"], **v)
add(title="Krachtige leerwerk omgeving (KLWO)", key=("video", "Krachtige leerwerkomgeving (KLWO)"), org="HAN, WZW", minutes=3,
    summary="Animatie van de HAN over het inrichten van de werkplek voor lerend werken, met dertien ontwerpprincipes en vier ontwikkellijnen.",
    themes=[WL], dims=["vision-on-learning", "room-and-safety"], aud=["leader", "hr-ld", "team"], **v)
add(title="Wat is een lerende organisatie? En hoe word je het?", authors="Simon van der Veer", org="Tjipcast", minutes=60,
    summary="Over vakmanschap, autonomie en beslissingsruimte, en hoe je hiërarchie en bureaucratie voorkomt zonder door te schieten in zelforganisatie.",
    themes=[LO, LD], dims=["empowerment", "strategic-leadership"], aud=["leader", "hr-ld"], **v)
add(title="Cultuur leren we van elkaar", authors="Danielle Braun", minutes=2, summary="Korte video over hoe gedrag ontstaat en hoe we samen cultuur vormen.",
    themes=[LO], dims=["team-learning", "collaboration"], aud=["team", "employee"], **v)
add(title="Video leercultuur 2023", key=("video", "Monitor Leercultuur"), org="Ministerie SZW, bij de Monitor Leercultuur van SER en TNO", minutes=3,
    summary="Video bij de Monitor Leercultuur 2023: waarom blijven ontwikkelen belangrijk is om inzetbaar te blijven, en voor wie dat nog niet vanzelf gaat.",
    themes=[MEAS, LLL], dims=["employee", "tno:organisation"], aud=["hr-ld", "leader"], **v)
add(title="Joseph Kessels over leercultuur", authors="Joseph Kessels", minutes=5, summary="Praktische uitleg over wat een leercultuur is en hoe dat in de praktijk uitpakt.",
    themes=[LO, WL], dims=["work-content", "leadership"], aud=["leader", "hr-ld"], **v)
add(title="Human Forever", authors="Teun Toebes", summary="Documentaire over dementiezorg wereldwijd, die laat zien wat persoonlijk leiderschap is.",
    themes=[LD], dims=["employee", "carriers:outside-world"], aud=["employee", "leader"], **v)
add(title="Amy Edmondson over psychologische veiligheid (TEDx)", authors="Amy Edmondson", org="TEDx", lang="en",
    url="https://www.youtube.com/watch?v=LhoLuui9gX8&ab_channel=TEDxTalks",
    summary="Amy Edmondson over psychologische veiligheid in teams; de tekst over teamleren verwijst ernaar bij haar onderzoek naar lerende teams, de leerzone en het zwijgen over wat niet goed gaat.",
    themes=[PS, LD], dims=["psychological-safety", "team-ambition"], aud=["leader", "team", "employee"], **v)
add(title="Video lerend netwerk Leercultuur", org="deRotterdamseZorg",
    summary="De video bij de inspiratiebundel over het wat en hoe van een lerend netwerk, met de ervaringen van deelnemers aan het lerend netwerk Leercultuur.",
    themes=[WL, LO], dims=["team-learning", "carriers:outside-world"], aud=["leader", "hr-ld"], **v)
for title, dims, what in [
    ("Inhoud van werk: taken die blijven uitdagen", ["work-content"], "taakautonomie, complexe taken en uitdaging in het werk"),
    ("Samenwerken en teamontwikkeling", ["collaboration"], "goede werkrelaties, kennis uitwisselen, mentoren en samenwerken met andere disciplines"),
    ("Leiderschap gericht op ontwikkeling", ["leadership"], "een visie op leren uitdragen, een rolmodel zijn en eigenaarschap stimuleren"),
    ("Organisatie gericht op ontwikkeling", ["carriers:organisation"], "structuren en systemen om continu te verbeteren, beoordelen en belonen, evaluatiemomenten en opleidingsbudget"),
]:
    add(title=title, org="Inholland Academy en Huis van het Werk", year=2024,
        summary="Video over de leercultuurdrager '" + title + "': partners van Huis van het Werk vertellen hoe zij eraan werken (" + what + ").",
        themes=[LO], dims=dims, aud=["leader", "hr-ld", "team"], **v)

# --- websites: seed 000 ---------------------------------------------------------------------------------------------
w = dict(kind="website")
add(title="Leren werken - werken leren", summary="Website van achttien VVT-organisaties en drie roc's over alles wat met het leerwerkklimaat te maken heeft, voor de duurzame inzetbaarheid van mensen in de zorg.",
    themes=[STU, WL], dims=["ward-atmosphere", "fit-of-work"], aud=["hr-ld", "student", "leader"], **w)
add(title="Leercultuur in werkend Nederland", org="Sociaal Economische Raad", summary="Jaarlijks onderzoek van SER en TNO naar de leercultuur in werkend Nederland, als deel van leven lang ontwikkelen.",
    themes=[MEAS, LLL], dims=["tno:organisation", "employee"], aud=["hr-ld"], **w)
add(title="Leven lang ontwikkelen en lerende organisaties", org="TNO", summary="Onderzoek en hulpmiddelen over leven lang leren, skillsgericht werken en lerende en innoverende organisaties, zoals de wegwijzer en het organisatiemodel.",
    themes=[LLL, LO, MEAS], dims=["employee", "task", "team", "tno:organisation", "tno:environment"], aud=["hr-ld"], **w)
add(title="Good Work Company", org="Good Work Company", summary="Publicaties, inspiratie, downloads en filmpjes over leren en ontwikkelen, zoals leervoorkeuren, grondtonen van leren en leerlandschappen.",
    themes=[WL], dims=["employee", "continuous-learning"], aud=["hr-ld"], **w)
add(title="De Leerfabriek", org="De Leerfabriek", summary="Netwerkorganisatie over leren, groei en kennisdeling, met een visuele weergave van de bouwstenen van een leercultuur en wat bij elke bouwsteen hoort.",
    themes=[LO], dims=["carriers:organisation", "team-learning"], aud=["hr-ld", "leader"], **w)

# --- seed 004: thirteen best practices (doel, effect, randvoorwaarden per practice) ---------------------------------
bp = dict(kind="good-practice", source="004")
PRACTICES = [
    ("sTimul", "Inleefsessies", "other", "experience-based",
     "Medewerkers van verschillende organisaties of teams nemen de rol van cliënt of patiënt aan en worden verzorgd door studenten verpleegkunde, die zo veilig met zorg verlenen kunnen experimenteren; een ethische reflectie op de vraag wat goede zorg is hoort erbij.",
     ["Medewerkers ervaren zelf wat goede en minder goede zorg is", "Studenten proberen in een veilige omgeving uit wat wel en niet werkt"],
     ["Borging in de organisatie: ook managers en bestuurders doen mee", "Belevingsgericht werken opgenomen in de visie van de organisatie"],
     [REF, STU], ["employee", "work-content", "room-and-safety"]),
    ("IQ Healthcare (Radboudumc)", "Welearn", "hospital", "experience-based",
     "Een programma van vijf bijeenkomsten waarin patiënten, studenten en zorgprofessionals samen en van elkaar leren: werkgroepen, presentaties en het oefenen van consulten, als pilot op afdelingen van het Radboudumc.",
     ["Persoonsgericht en gelijkwaardig: perspectieven wisselen en samen doen", "Leren dat wordt meegenomen naar de praktijk"],
     ["Vijf bijeenkomsten van twee uur, eens per twee weken, met tijd en middelen", "Een open, veilige en vertrouwde sfeer"],
     [REF, WL, STU], ["team-learning", "inquiry-dialogue", "room-and-safety"]),
    ("Politie Rotterdam", "Q-teams", "other", "experience-based",
     "Bij de regionale recherche werken rechercheurs samen met mensen uit andere disciplines en specialismen in Q-teams, die vraagstukken met vernieuwende ideeën aanpakken; omdat het kleinschalig is, worden innovaties snel ingevoerd.",
     ["Een podium voor ideeën, dat extra motiveert", "Kleinschalig, dus snel invoeren en snel verbonden"],
     ["Deelnemers die zelf gemotiveerd zijn", "Uren die de organisatie ervoor vrijmaakt", "Wat werkt snel invoeren, zodat resultaten zichtbaar worden"],
     [CH, WL], ["team-learning", "empowerment", "collaboration"]),
    ("Unilever", "Degreed", "other", "digital",
     "Een online platform waarop alle medewerkers artikelen, video's, podcasts, boeken en cursussen plaatsen en bekijken, met vaste of zelf samengestelde leerpaden en groepen, op de website en als app.",
     ["Iedereen gebruikt het, dus wordt het deel van de cultuur en zet content aan tot gesprek", "Kennis delen over grote afstand en schaal"],
     ["Commitment in alle lagen, en extra inzet van het management om het platform bij de start te vullen", "Digitale basisvaardigheden en ICT op orde", "Een vervolgactie op het delen, voor een volledige leercyclus"],
     [TECH, LLL], ["embedded-systems", "informal"]),
    ("Avans Hogeschool", "GET-lab", "education", "digital",
     "Een lab waar studenten, zorgprofessionals en docenten (nieuwe) zorgtechnologie ontdekken en uitproberen, om een innovatieve en creatieve houding tegenover technologie in de zorg te ontwikkelen.",
     ["Op een vertrouwde manier technologie leren inzetten in de zorg", "Het werkveld brengt zelf kennis en inzichten mee"],
     ["Investeren in kostbare technologie die een grote groep studenten en zorgprofessionals gebruikt", "Zichtbaar, toegankelijk en een fijne sfeer, zodat het laagdrempelig is"],
     [TECH, STU], ["stimulating-factors", "non-formal"]),
    ("Stichting Dichterbij", "Small Private Online Courses", "disability-care", "digital",
     "Tijdelijke online cursussen waarin medewerkers interactief en van elkaar leren over thema's uit hun eigen scholingsbehoeften, zoals ouderen en psychische problematiek; één SPOC bereikt een grote groep medewerkers.",
     ["Een spelelement en veel interactie tussen medewerkers", "Medewerkers voegen zelf leermiddelen toe; de SPOC groeit mee met hun vragen"],
     ["Draagvlak doordat medewerkers meedenken over de inrichting", "Moderators die dagelijks de vragen in de SPOC beantwoorden", "Lage kosten tegenover klassikale scholing"],
     [TECH, WL], ["formal", "embedded-systems", "informal"]),
    ("'s Heeren Loo", "Leerprogramma Digitaal Vaardig", "disability-care", "digital",
     "Een eigen leerprogramma dat medewerkers uit alle lagen laagdrempelig helpt hun digitale basisvaardigheden te versterken; de modules staan ook open voor andere organisaties.",
     ["Iedereen doet mee en erkent wat hij nog niet kan: een open sfeer die uitnodigt tot leren", "Tijdwinst die direct ten goede komt aan cliënten"],
     ["De noodzaak erkend in alle lagen, met draagvlak en steun van bestuur en directie", "Samenwerking tussen afdelingen", "Een ludieke campagne die de schaamte wegnam, intern opgeleide digicoaches en een toolbox voor managers"],
     [TECH], ["formal", "employee", "room-and-safety"]),
    ("Menzis", "Durf te Vragen", "other", "practice-based",
     "Sessies waarin een groep van twintig tot dertig medewerkers anoniem vragen stelt aan managers en bestuurders; managers leren van de vragen die leven en medewerkers krijgen meer zicht op de organisatie.",
     ["Medewerkers en managers zien welke vragen en onderwerpen leven", "Innovatie en leren krijgen een centrale plek"],
     ["Deelnemers die zich kwetsbaar durven opstellen", "Managers en bestuurders die openstaan voor feedback en kritiek", "Techniek voor een grote groep: Mentimeter, een beamer en een computer"],
     [PS, LD], ["inquiry-dialogue", "psychological-safety", "leadership"]),
    ("Havenbedrijf Rotterdam", "Opportunity Board", "other", "practice-based",
     "Een digitaal platform waarop afdelingen projecten en tijdelijke opdrachten aanbieden en waarop iedereen in de organisatie mag solliciteren, bijvoorbeeld om een paar uur per week bij een andere afdeling te werken.",
     ["Medewerkers nemen zelf verantwoordelijkheid voor hun ontwikkeling en worden breder inzetbaar", "De ontvangende afdeling krijgt nieuwe kennis: het leren werkt twee kanten op"],
     ["Binnen de eigen functie tijdelijk voor een andere afdeling kunnen werken", "Managers die tijd en middelen vrijmaken", "Medewerkers die meedenken over hoe de opdracht naast hun werk te regelen"],
     [WL, LLL], ["work-content", "non-formal", "collaboration"]),
    ("Academie van de Stad", "Signa-leerproject", "education", "practice-based",
     "Een jaar lang lopen studenten stage bij organisaties die activeringsmogelijkheden bieden; naast hun taken uit de opleiding observeren ze hoe medewerkers met dezelfde situaties omgaan, schrijven daar verhalen over en geven leerpunten terug aan de betrokken partijen.",
     ["De rolverdeling tussen student en professional vervaagt: professionals leren van kritische vragen en een frisse blik", "Wat studenten ophalen, kan dienen voor nieuw beleid"],
     ["Een partij die de verbinding legt tussen onderwijs en werkveld", "Een partij (zoals een opleiding) die de studenten voorbereidt", "Organisaties die openstaan voor kritische jonge mensen; een beloning helpt wel"],
     [WL, STU], ["inquiry-dialogue", "carriers:outside-world", "fit-of-work"]),
    ("Cello", "Leren en Versterken", "disability-care", "practice-based",
     "Met LEV-teams, waarin op een andere manier wordt samengewerkt, werkt Cello aan een optimaal leer- en werkklimaat voor iedereen in de organisatie en aan minder uitstroom van stagiairs; het hele team begeleidt de stagiairs en bedenkt samen met hen de teamdoelen.",
     ["Samen doelen en pijlers bedenken geeft een groot verantwoordelijkheidsgevoel", "Na een jaar veel minder uitstroom en meer stagiairs die willen blijven"],
     ["Klein beginnen en niet van bovenaf opleggen: teams moeten zelf een leercultuur ambiëren", "LEV-coaches met twee tot acht uur per week", "Een open opstelling; de pijlers van het ene team zijn niet een-op-een te kopiëren"],
     [WL, STU], ["team-learning", "team-ambition", "collaboration", "ward-atmosphere"]),
    ("Aafje", "Inzet van leercoaches", "elderly-care", "practice-based",
     "Ervaren hbo-verpleegkundigen werken als leercoach los van de lijnmanagers: ze gaan op de afdeling het gesprek aan over professionele en persoonlijke leervragen en zetten een digitaal programma met leermodules in.",
     ["Een vast aanspreekpunt voor leren: medewerkers worden gretiger en nemen meer initiatief", "Gerichtere scholing, omdat leercoaches de behoeften kennen"],
     ["De financiële haalbaarheid inzichtelijk in een businesscase (minder klassikale scholing)", "Een goede rolverdeling tussen lijnmanager en leercoach", "Tijd, want medewerkers moeten zich kwetsbaar durven opstellen"],
     [WL], ["role-of-mentors", "stimulating-factors", "room-and-safety"]),
    ("Wageningen University & Research", "Academic Consultancy Training", "education", "practice-based",
     "Bijna afgestudeerde masterstudenten van verschillende studierichtingen werken als team aan een concrete opdracht van een echte opdrachtgever, begeleid op inhoud en op proces.",
     ["Studenten leren het werkveld kennen en opdrachtgevers hun toekomstige professionals", "Nieuwe kennis voor de vraagstukken van opdrachtgevers"],
     ["Genoeg opdrachtgevers met opdrachten", "Middelen voor het vak en de begeleiding, met draagvlak bij de opleidingsrichtingen"],
     [WL, STU], ["team-learning", "carriers:outside-world"]),
]
for org, title, sector, cat, summary, works, pre, themes, dims in PRACTICES:
    add(title=title, org=org, sector=sector, category=cat, summary=summary, works=works, pre=pre,
        url={"Leerprogramma Digitaal Vaardig": "https://www.digitaal-vaardig.nl"}.get(title),
        success="Wat het deed werken: " + "; ".join(w[0].lower() + w[1:] for w in works) + ". Wat het vraagt: "
                + "; ".join(x[0].lower() + x[1:] for x in pre) + ".",
        themes=themes, dims=dims, aud=["leader", "hr-ld"], **bp)

# --- instruments the seeds describe (000 Meten, 000 books, 001, 003), with the guide ------------------------------
ins = dict(kind="instrument-description")
INSTRUMENT_ENTRIES = [
    dict(title="Monitor Leercultuur", org="SER en TNO", source="000",
         summary="Jaarlijkse monitor van de leercultuur in werkend Nederland en de sectoren, met de SER-definitie: leren en ontwikkelen is vanzelfsprekend voor iedereen en voor een belangrijk deel deel van het dagelijkse werk.",
         guide=dict(measures="Leergedrag (formeel, non-formeel en informeel leren), stimulerende factoren in de organisatie (taken, autonomie, steun van de leidinggevende) en het gevoel van urgentie om te leren",
                    forWhom="Werkenden in Nederland, per sector (uit de enquêtes NEA, ZEA en WEA)", lengthText="Geen eigen vragenlijst: een jaarlijkse monitor op landelijke enquêtes",
                    length="full", scopes=["organisation"], audiences=["employees"], key="learning-behaviour",
                    note="De ingebouwde vragenlijst 'Leergedrag' vraagt in je eigen organisatie naar dezelfde onderdelen."),
         themes=[MEAS, LLL], concepts=["formal-learning", "non-formal-learning", "informal-learning", "structural-support", "sense-of-urgency"]),
    dict(title="Dutch Residents Educational Climate Test (D-RECT)", source="000",
         summary="Een gevalideerde vragenlijst naar het opleidingsklimaat van de medisch-specialistische vervolgopleiding, in 35 items over negen aspecten.",
         guide=dict(measures="Opleidingsklimaat: opleidingssfeer, werken in een team, rol van de formele opleider, begeleiden en toetsen, gepland onderwijs, samenwerking met peers, aansluiting van het werk bij de aios, toegankelijkheid van supervisors en overdracht",
                    forWhom="Artsen in opleiding tot specialist (aios) op hun afdeling", lengthText="35 items over 9 aspecten",
                    length="full", scopes=["team"], audiences=["students"], key="placement-learning-climate",
                    note="De ingebouwde vragenlijst 'Leerklimaat voor studenten in de praktijk' volgt CLES en D-RECT zoals de Nederlandse leerklimaatscan ze combineert."),
         themes=[MEAS, STU], concepts=["learning-atmosphere", "supervision-of-students", "workplace-mentoring", "fit-of-work-to-learner"]),
    dict(title="Clinical learning environment Scale (CLES)", source="000",
         summary="Een valide instrument dat het leerklimaat voor studenten verpleegkunde in Finland in kaart brengt, in vijf categorieën; er is geen openbaar voorbeeld van gevonden.",
         guide=dict(measures="Leerklimaat op de stageafdeling: sfeer op de afdeling, visie op leren, begeleiden en toetsen, rol en houding van mentoren en werkbegeleiders, aansluiting van het werk bij de student",
                    forWhom="Studenten verpleegkunde op hun stageafdeling", lengthText="Vijf categorieën; geen openbaar voorbeeld beschikbaar",
                    length="full", scopes=["team"], audiences=["students"], key="placement-learning-climate",
                    note="De ingebouwde vragenlijst 'Leerklimaat voor studenten in de praktijk' gebruikt dezelfde vijf categorieën."),
         themes=[MEAS, STU], concepts=["learning-atmosphere", "vision-on-learning", "supervision-of-students", "workplace-mentoring", "fit-of-work-to-learner"]),
    dict(title="Leerklimaatscan Nederlandse studenten verpleegkunde", source="000",
         summary="Een valide instrument voor het leerklimaat van studenten verpleegkunde in Nederlandse ziekenhuizen, afgeleid van de CLES en de D-RECT, met dezelfde vijf categorieën als de CLES.",
         guide=dict(measures="Leerklimaat op de stageafdeling in de vijf categorieën van de CLES",
                    forWhom="Studenten verpleegkunde in Nederlandse ziekenhuizen", lengthText="Vijf categorieën, zoals de CLES",
                    length="full", scopes=["team"], audiences=["students"], key="placement-learning-climate",
                    note="De ingebouwde vragenlijst 'Leerklimaat voor studenten in de praktijk' volgt deze scan."),
         themes=[MEAS, STU], concepts=["learning-atmosphere", "vision-on-learning", "supervision-of-students", "workplace-mentoring", "fit-of-work-to-learner"]),
    dict(title="Vijf-fasenscan: inzicht in de leercultuur", key=("website", "5-fasenscan leercultuur"), org="AWVN", source="000",
         summary="Een scan van de AWVN die de leercultuur van je organisatie in kaart brengt via het samenspel tussen werkgever en werknemer: wat er aan richting, ruimte en ruggensteun nodig is voor ontwikkeling en eigen regie.",
         guide=dict(measures="De leercultuur van de organisatie: richting, ruimte en ruggensteun voor ontwikkeling en eigen regie van medewerkers",
                    forWhom="Werkgever en werknemers van één organisatie", lengthText="Snel en makkelijk in te vullen (de bron noemt geen aantal vragen)",
                    length="quick", scopes=["organisation"], audiences=["employees"], key=None, note=None),
         themes=[MEAS], concepts=["structural-support", "leadership-for-learning", "ownership-and-shared-vision"]),
    dict(title="TNO-Model lerende en innovatieve organisaties", org="TNO", source="000",
         summary="Het model toont de belangrijkste factoren voor (informeel) leren en (sociale) innovatie op vijf niveaus en helpt integraal te kijken waar het goed gaat en waar verbetering wenselijk is.",
         guide=dict(measures="Factoren voor (informeel) leren en (sociale) innovatie op vijf niveaus: medewerker, taak, team, organisatie en omgeving",
                    forWhom="Medewerkers en leidinggevenden die integraal naar leren en innoveren kijken", lengthText="Een model met vijf niveaus",
                    length="full", scopes=["organisation", "team"], audiences=["employees"], key="tno-learning-levels",
                    note="De ingebouwde vragenlijst 'Lerende en innovatieve organisatie: vijf niveaus' volgt dit model."),
         themes=[MEAS, LO], concepts=["personal-learning-drive", "work-content-as-learning", "team-learning", "structural-support", "external-connection"]),
    dict(title="Wegwijzer 'Lerende en Innovatieve Organisaties'", org="TNO", source="000",
         summary="Een gratis te downloaden wegwijzer die in vijf stappen, met praktische tools en hulpmiddelen, meeneemt in het structureel vormgeven van een lerende en innovatieve organisatie.",
         guide=dict(measures="Geen meting op zich: een stappenplan rond het TNO-model, van meten naar verbeteren",
                    forWhom="Organisaties die leren en innoveren structureel willen vormgeven", lengthText="Vijf stappen",
                    length="full", scopes=["organisation"], audiences=["employees"], key="tno-learning-levels",
                    note="Past bij de ingebouwde vragenlijst 'Lerende en innovatieve organisatie: vijf niveaus'."),
         themes=[MEAS, LO], concepts=["structural-support"]),
    dict(title="Praatplaat Lerende en innovatieve organisatie", org="TNO", source="000",
         summary="Een praatplaat om met elkaar het gesprek over de cijfers aan te gaan: per niveau wat goed gaat en wat beter kan, en tot slot prioriteren.",
         guide=dict(measures="Het gesprek over de uitkomsten per niveau (taken in het werk, team, organisatie, omgeving), afgesloten met drie sterke punten en drie verbeterpunten voor de korte en drie voor de lange termijn",
                    forWhom="Een team of een groep uit de organisatie, na een meting", lengthText="Eén gesprek in zes stappen",
                    length="quick", scopes=["team", "organisation"], audiences=["employees"], key="tno-learning-levels",
                    note="Het vervolgplan na een scan in het platform volgt deze praatplaat."),
         themes=[MEAS, REF], concepts=["reflection-and-dialogue", "work-content-as-learning", "team-learning", "structural-support", "external-connection"]),
    dict(title="Leercultuurscan Windesheim", org="Hogeschool Windesheim", source="000",
         url="https://www.windesheim.nl/onderzoek/lectoraten/leven-lang-ontwikkelen/leercultuurscan",
         summary="Een leercultuurscan van Hogeschool Windesheim, die op termijn met wat TNO ontwikkelde wordt samengevoegd tot de Quickscan Leercultuur.",
         guide=dict(measures="De leercultuur van een organisatie, langs de zes leercultuurdragers van Windesheim",
                    forWhom="Organisaties en teams die hun leercultuur in kaart willen brengen", lengthText="De bron noemt geen lengte",
                    length="full", scopes=["organisation", "team"], audiences=["employees"], key="learning-culture-carriers",
                    note="De ingebouwde vragenlijst 'Zes dragers van leercultuur' volgt de zes leercultuurdragers van Windesheim."),
         themes=[MEAS], concepts=["work-content-as-learning", "psychological-safety", "team-learning", "leadership-for-learning", "structural-support", "external-connection"]),
    dict(title="Sneltest Psychologische veiligheid", source="000", url="https://www.psychologischeveiligheid.net/nl/test",
         summary="Een gratis vragenlijst van tien vragen die snel inzicht geeft in de psychologische veiligheid die iemand in zijn team ervaart, als input voor de dialoog.",
         guide=dict(measures="De psychologische veiligheid die iemand in zijn team ervaart", forWhom="Teamleden, ieder voor zich, als opmaat naar het gesprek",
                    lengthText="10 vragen", length="quick", scopes=["team"], audiences=["employees"], key="psychological-safety-quick-test",
                    note="De ingebouwde snelle test is een eigen korte vragenlijst naar hetzelfde idee, geen kopie van deze test."),
         themes=[MEAS, PS], concepts=["psychological-safety"]),
    dict(title="DINAMO", authors="Erwin Metselaar, Anton Cozijnsen & Peter van Delft", source="000",
         summary="DINAMO, het diagnose-instrument voor veranderbereidheid uit het boek 'Van weerstand naar veranderbereidheid': willen, moeten en kunnen veranderen in kaart, als basis voor een resultaatgerichte aanpak.",
         guide=dict(measures="Veranderbereidheid: het willen, moeten en kunnen veranderen", forWhom="Medewerkers en leidinggevenden bij een organisatieverandering",
                    lengthText="Een diagnose-instrument, beschreven in het boek", length="full", scopes=["organisation"], audiences=["employees"], key=None, note=None),
         themes=[MEAS, CH], concepts=["sense-of-urgency"]),
    dict(title="Zicht en grip op lerend vermogen", org="Zorgessentie", year=2018, source="003",
         summary="Een methode (pilot) voor zorgorganisaties om zicht en grip te krijgen op hun lerend vermogen: de stand van zaken in kaart en de ontwikkelpunten op individueel, team- en organisatieniveau blootgelegd.",
         guide=dict(measures="Het lerend vermogen van de organisatie en de ontwikkelpunten op individueel, team- en organisatieniveau",
                    forWhom="Zorgorganisaties", lengthText="Een methode (pilot); de bron noemt geen lengte", length="full",
                    scopes=["organisation", "team"], audiences=["employees"], key=None, note=None),
         themes=[MEAS, LO], concepts=["continuous-learning", "team-learning", "structural-support"]),
    dict(title="Tiptoolbox", org="Maastricht University / Academische Werkplaats Ouderenzorg Zuid-Limburg", year=2017, source="003",
         summary="Strategieën voor het succesvol invoeren van zorginnovaties: verpleegkundigen en andere zorgmedewerkers leren in zes stappen een implementatieplan opstellen.",
         guide=dict(measures="Geen meting: een route naar een implementatieplan voor een zorginnovatie", forWhom="Verpleegkundigen en andere zorgmedewerkers",
                    lengthText="Zes stappen naar een implementatieplan", length="full", scopes=["team"], audiences=["employees"], key=None, note=None),
         themes=[CH, WL], concepts=["work-content-as-learning"]),
    dict(title="Zeven dimensies van de lerende organisatie (Watkins en Marsick)", authors="Watkins en Marsick", source="000",
         summary="Een indeling van de lerende organisatie in zeven dimensies die waargenomen kunnen worden, van continu leren tot strategisch leiderschap voor leren.",
         guide=dict(measures="Continu leren, onderzoek en dialoog, samenwerking en teamleren, systemen om leren vast te leggen en te delen, collectieve visie, verbinding met de omgeving en strategisch leiderschap voor leren",
                    forWhom="Medewerkers, teamleiders en managers", lengthText="Zeven dimensies", length="full",
                    scopes=["organisation"], audiences=["employees"], key="learning-organisation-dimensions",
                    note="De ingebouwde vragenlijst 'Zeven dimensies van de lerende organisatie' volgt deze indeling."),
         themes=[MEAS, LO], concepts=["continuous-learning", "reflection-and-dialogue", "team-learning", "structural-support", "ownership-and-shared-vision", "external-connection", "leadership-for-learning"]),
    dict(title="Leerzones: psychologische veiligheid en gedeelde ambitie (Edmondson)", authors="Amy Edmondson", source="001",
         summary="Het werk van Amy Edmondson over lerende teams: psychologische veiligheid en gedeelde ambities samen brengen een team in de leerzone; met weinig van het een of het ander blijft het in apathie, comfort of angst.",
         guide=dict(measures="Psychologische veiligheid en gedeelde ambitie en aanspreekbaarheid van een team, samen de leerzone van het team",
                    forWhom="Zorgteams", lengthText="Twee dimensies: veiligheid en ambitie", length="full", scopes=["team"], audiences=["employees"],
                    key="team-psychological-safety", note="De ingebouwde vragenlijst 'Psychologische veiligheid en teamambitie' volgt dit model."),
         themes=[MEAS, PS], concepts=["psychological-safety", "learning-ambition"]),
]
for e in INSTRUMENT_ENTRIES:
    add(aud=["leader", "hr-ld", "team"], **ins, **e)

# --- seed 000: 'Hoe ontwikkelen?' - the ways to develop on the poster, as learning activities -----------------------
ways = [
    ("Koffie drinken met je netwerk", "informal"), ("Meelopen met een ander", "informal"), ("Sparren", "informal"),
    ("Boek, blog, artikel of vakblad lezen", "informal"), ("Googelen", "informal"), ("Brainstormen", "informal"),
    ("Oncomfortabele dingen doen", "informal"), ("Uitzoekklussen oppakken", "non-formal"),
    ("Reflecteren met jezelf en anderen", "informal"), ("Een nieuwe of andere rol op je werkplek", "non-formal"),
    ("Je eigen ontwikkelplan schrijven", "non-formal"), ("Dagboek bijhouden", "informal"),
    ("Nieuwe dingen oppakken", "informal"), ("Mediteren", "informal"), ("Samen evalueren", "informal"),
    ("Coach inzetten", "non-formal"), ("Samen een probleem oplossen", "informal"),
    ("Cursus, training of opleiding volgen", "formal"), ("TED-talks en podcasts", "informal"),
    ("LinkedIn en andere sociale media als inspiratie", "informal"), ("Project doen", "non-formal"),
    ("Webinar volgen", "non-formal"), ("Leren van collega's", "informal"), ("Veel open vragen stellen", "informal"),
    ("Congres bezoeken", "non-formal"), ("Businesscase uitwerken", "non-formal"),
    ("Actief deelnemen aan een werkgroep", "non-formal"), ("Besluiten wat je niet meer gaat doen", "informal"),
    ("Zeggen wat je denkt, zodat de ander mee kan denken", "informal"), ("Actief hulp vragen", "informal"),
    ("Stage lopen", "non-formal"), ("Nieuwe dingen doen", "informal"), ("Het anders doen dan normaal", "informal"),
    ("Vragenlijsten invullen", "informal"), ("Een ander helpen ontwikkelen", "informal"), ("Een expert benaderen", "informal"),
    ("Openstaan voor bizarre ideeën en oplossingen", "informal"), ("Gewoon doen!", "informal"),
    ("Intervisie met je collega's of anderen", "non-formal"),
]
for title, dim in ways:
    add(kind="learning-activity", title=title,
        summary="Een manier om je te ontwikkelen van de poster 'Hoe ontwikkelen?' van het lerend netwerk Leercultuur: " + title[0].lower() + title[1:].rstrip("!") + ".",
        themes=[WL, REF] if "eflect" in title or "valueren" in title or "ntervisie" in title else [WL],
        dims=[dim] + (["psychological-safety"] if any(k in title for k in ("hulp vragen", "Zeggen wat", "Oncomfortabele")) else []),
        aud=["employee", "team"])


# --- concepts through the shared vocabulary ------------------------------------------------------------------------
def vocabulary():
    with open(VOCABULARY, encoding="utf-8") as f:
        concepts = json.load(f)
    by_dim, keys = {}, set()
    for c in concepts:
        keys.add(c["key"])
        for d in c.get("dimensions", []):
            by_dim.setdefault(d["dimension"], {})[d["instrument"]] = c["key"]
    return by_dim, keys


def resolve(entries):
    """Splits instrument-qualified keys, maps every dimension to its concept; refuses an ambiguous unqualified key."""
    by_dim, keys = vocabulary()
    for r in entries:
        dims, concepts = [], []
        for d in r["dims"]:
            if ":" in d:
                short, key = d.split(":", 1)
                instrument = INSTRUMENTS[short]
                concept = by_dim.get(key, {}).get(instrument)
                assert concept, f"{r['title']}: {instrument} has no dimension {key} in the vocabulary"
            else:
                key = d
                options = set(by_dim.get(key, {}).values())
                assert options, f"{r['title']}: dimension {key} is in no concept of the vocabulary"
                assert len(options) == 1, f"{r['title']}: dimension {key} means {sorted(options)}: write instrument:{key}"
                concept = options.pop()
            if key not in dims:
                dims.append(key)
            if concept not in concepts:
                concepts.append(concept)
        for c in r["concepts"]:
            assert c in keys, f"{r['title']}: no concept {c} in the vocabulary"
            if c not in concepts:
                concepts.append(c)
        r["dims"], r["concepts"] = dims, concepts


def rid(r):
    kind, title = r.get("key") or (r["kind"], r["title"])
    return uuid.uuid5(NS, kind + "|" + title)


def q(s):
    return "NULL" if s is None else "'" + str(s).replace("'", "''") + "'"


def arr(xs):
    body = ",".join('"' + x.replace('\\', '\\\\').replace('"', '\\"') + '"' for x in xs)
    return "'{" + body.replace("'", "''") + "}'"


def write():
    resolve(R)
    seen, rows, guide = set(), [], []
    for r in R:
        i = rid(r)
        assert i not in seen, r["title"]
        seen.add(i)
        rows.append("(" + ", ".join([q(str(i)), q(r["kind"]), q(r["title"]), q(r.get("authors")), q(r.get("org")), q(r.get("publisher")),
                                     "NULL" if r.get("year") is None else str(r["year"]), q(r.get("lang", "nl")), q(r.get("url")),
                                     "NULL" if r.get("minutes") is None else str(r["minutes"]), q(r["summary"]), arr(r["themes"]),
                                     arr(r["dims"]), arr(r["concepts"]), arr(r["aud"]), q(r.get("sector")), q(r.get("category")),
                                     q(r.get("success")), "NULL" if not r.get("works") else arr(r["works"]),
                                     "NULL" if not r.get("pre") else arr(r["pre"]), q("seed " + r.get("source", "000"))]) + ")")
        g = r.get("guide")
        if g:
            guide.append("(" + ", ".join([q(str(i)), q(g["measures"]), q(g["forWhom"]), q(g["lengthText"]), q(g["length"]),
                                          arr(g["scopes"]), arr(g["audiences"]), q(g["key"]), q(g["note"])]) + ")")
    ids = "'{" + ",".join(str(i) for i in sorted(seen, key=str)) + "}'::uuid[]"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("""-- The catalogue's starting content (generated by tools/gen_catalogue.py: edit there). Facts from seeds 000-004 exactly as
-- they give them (tools/seed-fidelity.json lists them line by line), summaries and the instrument guide written fresh;
-- concepts through the shared vocabulary (contracts/events .../vocabulary/concepts.json). Idempotent: stable ids; a
-- seed entry that curators have since edited (updated_by set) is left as they made it.
DELETE FROM resource WHERE id::text LIKE '00000000-0000-4000-a000-%' AND updated_by IS NULL;
-- seed entries no longer in the list: gone when nobody curated them, archived when they have a curation history
DELETE FROM instrument_guide g USING resource r WHERE g.resource_id = r.id AND r.created_by = 'seed'
    AND NOT (r.id = ANY (""" + ids + """));
DELETE FROM resource r WHERE r.created_by = 'seed' AND r.updated_by IS NULL AND NOT (r.id = ANY (""" + ids + """))
    AND NOT EXISTS (SELECT 1 FROM resource_history h WHERE h.resource_id = r.id);
UPDATE resource r SET status = 'ARCHIVED', archived_by = 'seed', archived_at = now(), updated_at = now()
 WHERE r.created_by = 'seed' AND r.status <> 'ARCHIVED' AND NOT (r.id = ANY (""" + ids + """));
INSERT INTO resource (id, kind, title, authors, organisation, publisher, year, language, url, duration_minutes, summary, themes,
                      dimension_keys, concepts, audience, sector, category, success_factors, what_made_it_work, preconditions,
                      source, status, created_by, published_by, published_at)
SELECT v.id::uuid, v.kind, v.title, v.authors, v.organisation, v.publisher, v.year, v.language, v.url, v.duration_minutes, v.summary,
       v.themes::text[], v.dimension_keys::text[], v.concepts::text[], v.audience::text[], v.sector, v.category, v.success_factors,
       v.what_made_it_work::text[], v.preconditions::text[], v.source, 'PUBLISHED', 'seed', 'seed', now() FROM (VALUES
""")
        f.write(",\n".join(rows))
        f.write("""
) AS v (id, kind, title, authors, organisation, publisher, year, language, url, duration_minutes, summary, themes, dimension_keys,
        concepts, audience, sector, category, success_factors, what_made_it_work, preconditions, source)
ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, authors = excluded.authors,
    organisation = excluded.organisation, publisher = excluded.publisher, year = excluded.year, language = excluded.language,
    url = excluded.url, duration_minutes = excluded.duration_minutes, summary = excluded.summary, themes = excluded.themes,
    dimension_keys = excluded.dimension_keys, concepts = excluded.concepts, audience = excluded.audience, sector = excluded.sector,
    category = excluded.category, success_factors = excluded.success_factors, what_made_it_work = excluded.what_made_it_work,
    preconditions = excluded.preconditions, source = excluded.source
WHERE resource.updated_by IS NULL;
-- the instrument guide: what each described instrument measures, for whom, how long, and the built-in instrument after it
INSERT INTO instrument_guide (resource_id, measures, for_whom, length_text, length, scopes, audiences, instrument_key, built_in_note)
SELECT v.id::uuid, v.measures, v.for_whom, v.length_text, v.length, v.scopes::text[], v.audiences::text[], v.instrument_key, v.built_in_note
FROM (VALUES
""")
        f.write(",\n".join(guide))
        f.write("""
) AS v (id, measures, for_whom, length_text, length, scopes, audiences, instrument_key, built_in_note)
ON CONFLICT (resource_id) DO UPDATE SET measures = excluded.measures, for_whom = excluded.for_whom, length_text = excluded.length_text,
    length = excluded.length, scopes = excluded.scopes, audiences = excluded.audiences, instrument_key = excluded.instrument_key,
    built_in_note = excluded.built_in_note;
""")
    print(f"wrote {len(rows)} catalogue entries, {len(guide)} in the instrument guide")


# --- the seed-fidelity check, against these entries ---------------------------------------------------------------
def fold(s):
    return re.sub(r"\s+", " ", "".join(c for c in unicodedata.normalize("NFD", str(s)) if unicodedata.category(c) != "Mn").lower())


def check():
    resolve(R)
    with open(FIDELITY, encoding="utf-8") as f:
        data = json.load(f)
    problems = []
    if os.path.isdir(SEEDS):
        norm = lambda t: re.sub(r"\s+", " ", t)
        lines = {k: open(os.path.join(SEEDS, v), encoding="utf-8").read().split("\n") for k, v in data["seeds"].items()}
        for cat, items in data["categories"].items():
            for it in items:
                for ref in [it] + it.get("also", []):
                    ls = lines[ref["seed"]]
                    window = ls[max(0, ref["line"] - 3):ref["line"] + 2]
                    if not any(norm(ref["quote"]) in norm(l) for l in window):
                        problems.append(f"{cat}: seed {ref['seed']} line {ref['line']} does not say {ref['quote']!r}")
    else:
        print(f"(seed files not at {SEEDS}: quotes not checked)")
    catalogue = ["books", "articles", "podcasts", "videos", "websites", "good-practices", "best-practices", "instruments-described", "ways-to-develop"]
    print(f"{'category':24} {'in seed':>8} {'present':>8} {'facts right':>12}")
    for cat in catalogue:
        items = data["categories"][cat]
        present = checked = right = 0
        for it in items:
            names = [it["title"]] + it.get("aka", [])
            e = next((r for n in names for r in R if r["title"] == n), None)
            if e is None:
                problems.append(f"{cat}: missing {it['title']!r}")
                continue
            present += 1
            facts = dict(it.get("facts", {}))
            if it.get("titleFromSeed"):
                facts["title"] = it["title"]
            for k, want in facts.items():
                checked += 1
                got = {"title": e["title"], "kind": e["kind"], "language": e.get("lang"), "category": e.get("category"), "year": e.get("year"),
                       "durationMinutes": e.get("minutes"), "url": e.get("url") or "", "authors": e.get("authors") or "",
                       "organisation": e.get("org") or ""}.get(k)
                if k in ("authors", "organisation"):
                    ok = all(fold(n) in fold(got) for n in want)
                elif k == "url":
                    ok = want in got
                elif k == "summaryMentions":
                    ok = all(fold(w) in fold(e["summary"]) for w in want)
                elif k == "preconditionsMention":
                    ok = all(fold(w) in fold(" ".join([e.get("success") or ""] + (e.get("works") or []) + (e.get("pre") or []))) for w in want)
                elif k == "instrumentKey":
                    ok = e.get("guide") is not None and e["guide"]["key"] == want
                elif k == "lengthMentions":
                    ok = e.get("guide") is not None and all(fold(w) in fold(e["guide"]["lengthText"]) for w in want)
                else:
                    ok = got == want
                if ok:
                    right += 1
                else:
                    problems.append(f"{cat}: {it['title']!r}: {k} is {got!r}, expected {want!r}")
        print(f"{cat:24} {len(items):8} {present:8} {str(right) + '/' + str(checked):>12}")
    for p in problems:
        print("  " + p)
    return not problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    write()
