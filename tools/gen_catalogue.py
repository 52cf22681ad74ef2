#!/usr/bin/env python3
"""Writes the catalogue seed (resource-catalog-service/src/main/resources/db/seed/R__catalogue_seed.sql).

Facts (titles, authors, organisations, durations, kinds) are taken from seed 000 (the inspiration bundle of the
learning network Leercultuur) and seed 004 (thirteen best practices of deRotterdamseZorg); the summaries and the
'what made it work' lines are written fresh. Ids are stable (uuid5 of the kind and title), so the load is idempotent.
"""
import os, uuid

OUT = os.path.join(os.path.dirname(__file__), "..", "resource-catalog-service", "src", "main", "resources",
                   "db", "seed", "R__catalogue_seed.sql")
NS = uuid.UUID("6f1c0a52-3c52-4b8e-9a57-4c2c7a0e1d00")

# kind, title, authors, organisation, language, minutes, summary, themes, dimensions, audience, extra
R = []
def add(kind, title, authors=None, org=None, lang="nl", minutes=None, summary="", themes=(), dims=(), aud=(), **extra):
    R.append(dict(kind=kind, title=title, authors=authors, org=org, lang=lang, minutes=minutes, summary=summary,
                  themes=list(themes), dims=list(dims), aud=list(aud), **extra))

CH, LD, WL, MEAS, TECH, PS, REF, STU, LO, MOT, LLL = ("change-management", "leadership", "workplace-learning",
    "measuring-learning-culture", "learning-technology", "psychological-safety", "reflection",
    "students-and-placements", "learning-organisation", "motivation", "lifelong-learning")

# --- seed 000: good practices from the region -------------------------------------------------------------------
gp = dict(kind="good-practice")
add(title="Leerklimaat OK", org="deRotterdamseZorg, pilot in het OK-complex van het Ikazia Ziekenhuis", sector="hospital",
    category="practice-based", summary="Een regionale methodiek om het leerklimaat op de operatiekamers te analyseren en te verbeteren, met vragenlijst, voorbeeldteksten en een blauwdruk die ook op andere afdelingen bruikbaar is.",
    success="Analyse gevolgd door concrete adviezen en interventies; ontwikkeld met het veld en eerst als pilot beproefd.",
    themes=[MEAS, STU, WL], dims=["ward-atmosphere", "supervision-assessment", "role-of-mentors"], aud=["leader", "hr-ld", "team"], **gp)
add(title="Zorg Innovatie Centrum (ZIC)", org="Franciscus Gasthuis & Vlietland", sector="hospital", category="practice-based",
    summary="Op afdelingen longgeneeskunde en cardiologie werken zorgmedewerkers met een grote groep mbo- en hbo-studenten samen aan betere zorg; docenten ondersteunen het leren op de afdeling zelf.",
    success="Scholing op de werkplek, leertechnologie en onderzoek in één afdeling; meer opleidingsplaatsen en betere aansluiting van theorie en praktijk.",
    themes=[STU, WL, TECH], dims=["fit-of-work", "vision-on-learning", "collaboration"], aud=["student", "leader", "hr-ld"], **gp)
add(title="Praktijkleerversterkers", org="Laurens", sector="elderly-care", category="practice-based",
    summary="Een nieuw begeleidingsmodel voor studenten in de praktijk, gestart na een nulmeting en ondersteund met trainingen, betere samenwerking met scholen en regelmatige metingen.",
    success="Meten vooraf en daarna; meer werkbegeleiders, meer structuur voor studenten en een veiliger leerklimaat.",
    themes=[STU, MEAS, WL], dims=["supervision-assessment", "role-of-mentors", "ward-atmosphere"], aud=["student", "leader", "hr-ld"], **gp)
add(title="Werkplekleren en de vijf leermomenten", org="Erasmus MC", sector="hospital", category="digital",
    summary="Ask Erasmus MC: een leerportaal waar medewerkers tijdens het werk antwoord vinden, opgezet tijdens de coronapandemie volgens de 5 Moments of Need-methodiek.",
    success="Informatie precies op het moment van de vraag en op één plek vindbaar.",
    themes=[TECH, WL], dims=["embedded-systems", "informal"], aud=["employee", "hr-ld"], **gp)
add(title="Leerafdeling", org="Lelie zorggroep, met Zadkine", sector="elderly-care", category="practice-based",
    summary="Op locatie Westerstein lopen verpleegkundestudenten boven de formatie stage op een afdeling met complexe zorg voor mensen met dementie, met wekelijks een instellingsdocent op de afdeling.",
    success="Leren door te doen, theorie op de afdeling; gemotiveerde medewerkers en studenten die willen blijven.",
    themes=[STU, WL], dims=["fit-of-work", "ward-atmosphere", "role-of-mentors"], aud=["student", "leader", "team"], **gp)
add(title="Praktijkgestuurd opleiden in een leerhuis", org="Leerhuis Silverrein (MBO Amersfoort en Silverrein)", sector="elderly-care",
    category="practice-based",
    summary="Bol-studenten leren als collega in opleiding, ingepland boven de bezetting; de ervaringen zijn gebundeld in de handreiking 'Start onderwijsbedrijf'.",
    success="Zowel 'koud' (structuur) als 'warm' (mensen) organiseren, stap voor stap beschreven.",
    themes=[STU, WL], dims=["fit-of-work", "vision-on-learning", "outside-world"], aud=["student", "hr-ld", "leader"], **gp)
add(title="Toolbox Leren in het werk", org="Alrijne Ziekenhuis, gemaakt door Kessels & Smit", sector="hospital", category="practice-based",
    summary="Werkvormen voor teamleiders om leren in het werk te stimuleren langs vier thema's: reflecteren, iets nieuws uitproberen, het leerklimaat versterken en een lerende focus als leidinggevende.",
    success="Waarderend en progressiegericht: kijken naar wat al werkt en dat uitbouwen.",
    themes=[WL, REF, LD], dims=["leadership", "room-and-safety", "team-learning"], aud=["leader", "team"], kind="toolkit")

# --- seed 000: books ----------------------------------------------------------------------------------------------
b = dict(kind="book")
add(title="Ontketen vernieuwing!", authors="Arend Ardon", summary="Hoe je de vernieuwingskracht die al in een organisatie zit ziet en aanwakkert, en van plannen uitrollen naar beweging creëren gaat.",
    themes=[CH, LD], dims=["leadership", "organisation", "empowerment"], aud=["leader", "hr-ld"], **b)
add(title="Doorbreek de cirkel!", authors="Arend Ardon", summary="Over de vaste patronen waarin organisaties en teams blijven hangen en hoe je die doorbreekt.",
    themes=[CH], dims=["organisation", "inquiry-dialogue"], aud=["leader", "hr-ld"], **b)
add(title="Traag versnellen", authors="Arend Ardon", summary="Krachtig veranderen vanuit reflectie op wat er nu gebeurt, in plaats van vanuit haast.",
    themes=[CH, REF], dims=["inquiry-dialogue", "leadership"], aud=["leader"], **b)
add(title="Verdraaide organisaties", authors="Wouter Hart", summary="Terug naar de bedoeling van het werk: minder krampachtig beheersen, bureaucratie terugdringen en professionals versterken.",
    themes=[CH, LD], dims=["organisation", "strategic-leadership", "empowerment"], aud=["leader", "hr-ld"], **b)
add(title="Hoe ik verander", authors="Shirene Moerkerken", summary="Geen pasklare antwoorden maar hulp bij het zoeken naar interventies die recht doen aan complexe vraagstukken in organisaties.",
    themes=[CH], dims=["organisation", "strategic-leadership"], aud=["leader", "hr-ld"], **b)
add(title="Mijn binnenste buiten", authors="Manon Ruijters e.a.", summary="Een model over professionele identiteit, met theorie en praktijkverhalen die uitnodigen je eigen professionele kleur te onderzoeken.",
    themes=[REF, WL], dims=["employee", "work-content"], aud=["employee", "hr-ld"], **b)
add(title="Gedoe komt er toch", authors="Swieringa & Jansen", summary="Tien vanzelfsprekende wijsheden over organisatieverandering tegen het licht: zorg dat het gedoe op tafel komt in plaats van het te vermijden.",
    themes=[CH], dims=["organisation", "inquiry-dialogue"], aud=["leader", "hr-ld"], **b)
add(title="Lerend organiseren", authors="Swieringa & Wierdsma", summary="Praktisch boek over het veranderen van een organisatie in een lerende organisatie, wanneer meer van hetzelfde niet meer helpt.",
    themes=[LO, CH], dims=["continuous-learning", "team-learning", "embedded-systems"], aud=["leader", "hr-ld"], **b)
add(title="In de leerstand", authors="Isolde Kolkhuis Tanke", summary="Hoe blijven leren op het werk vanzelfsprekend wordt en hoe je de leerrijkheid van de werkomgeving vergroot, zodat mensen meebewegen met verandering.",
    themes=[WL, LD], dims=["work-content", "room-and-safety", "continuous-learning"], aud=["leader", "hr-ld", "team"], **b)
add(title="Canon van leren & ontwikkelen", authors="Manon Ruijters, Robert Jan Simons en Rika Schut", summary="Basiswerk voor trainers, opleiders en adviseurs: de belangrijkste leerconcepten, de mensen erachter en hun mogelijkheden en grenzen.",
    themes=[WL, LLL], dims=["formal", "informal", "non-formal"], aud=["hr-ld"], **b)
add(title="Leren & Ontwikkelen in organisaties", authors="Eric Mooijman en Nick van Dam", summary="Handboek met een compleet overzicht van leren en ontwikkelen in organisaties, met veel aandacht voor digitaal leren en leertechnologie.",
    themes=[WL, TECH], dims=["embedded-systems", "formal", "informal"], aud=["hr-ld"], **b)
add(title="Liefde voor Leren", authors="Manon Ruijters", summary="Leren als iets dat bij het leven hoort: hoe mensen, teams en organisaties ieder op hun eigen manier leren en hoe je daar ruimte voor maakt.",
    themes=[WL, REF], dims=["continuous-learning", "employee"], aud=["hr-ld", "leader"], **b)
add(title="Van weerstand naar veranderbereidheid", authors="Erwin Metselaar, Anton Cozijnsen & Peter van Delft",
    summary="Willen, moeten en kunnen veranderen, met het diagnose-instrument DINAMO voor een resultaatgerichte aanpak van verandering.",
    themes=[CH, MEAS], dims=["organisation", "urgency"], aud=["leader", "hr-ld"], **b)
add(title="Opleidingskunde", authors="Erik Deen en Mariel Rondeel", summary="Het vakmanschap om leren in organisaties op gang te brengen: beproefde methodieken in een nieuw raamwerk, met recente aanpakken en voorbeelden.",
    themes=[WL], dims=["formal", "embedded-systems"], aud=["hr-ld"], **b)
add(title="Handboek Human Resource Development", summary="Ontwikkelingen en trends in het HRD-vak: leren op de werkplek en in teams, en de rol van leiderschap, technologie en talentbenaderingen.",
    themes=[WL, LD, TECH], dims=["strategic-leadership", "team-learning"], aud=["hr-ld"], **b)
add(title="Het Vijfde Discipline Praktijkboek", authors="Peter Senge e.a.", summary="Een korte samenvatting van Senges denken over de lerende organisatie, gevolgd door veel cases, stappenplannen en maatregelen om het toe te passen.",
    themes=[LO, CH], dims=["team-learning", "inquiry-dialogue", "strategic-leadership"], aud=["leader", "hr-ld"], **b)

# --- seed 000: articles, e-zines, reports -------------------------------------------------------------------------
a = dict(kind="article")
add(title="Opleiden met VR in de zorg: inspiratie, ervaringen en literatuuronderzoek", summary="E-zine over virtual reality als manier om met minder begeleidingscapaciteit toch goed op te leiden: voorbeelden, tips en wat de literatuur zegt.",
    themes=[TECH, STU], dims=["supervision-assessment", "formal"], aud=["hr-ld", "student"], **a)
add(title="Hoe word je een lerende organisatie?", org="Trends in HR", summary="Wat een lerende organisatie in de lijn van Peter Senge kenmerkt: voortdurend verbeteren door te leren, met nieuwsgierigheid in alle lagen.",
    themes=[LO], dims=["continuous-learning", "strategic-leadership"], aud=["leader", "hr-ld"], **a)
add(title="Aandacht voor een veilig opleidingsklimaat essentieel", org="De Medisch Specialist", summary="Waarom een veilig opleidingsklimaat in medische vervolgopleidingen zo belangrijk is en waarom vrijuit spreken over je opleiding moeilijker is dan het lijkt.",
    themes=[PS, STU], dims=["psychological-safety", "room-and-safety", "supervision-assessment"], aud=["leader", "student"], **a)
add(title="Zo maken slimme organisaties leren onderdeel van het primaire proces", authors="L.J. van Egmond", org="Hogeschool Windesheim",
    summary="Whitepaper over de succesfactoren van een leercultuur en hoe leren een vast deel van het dagelijkse werk wordt.",
    themes=[WL, LO], dims=["work-content", "embedded-systems"], aud=["leader", "hr-ld"], **a)
add(title="Leren in verandering", authors="Manon Ruijters", summary="Proefschrift over lerende organisaties, professionele teams en goed werk.",
    themes=[LO, WL], dims=["team-learning", "continuous-learning"], aud=["hr-ld"], **a)
add(title="Positief leerklimaat (whitepaper)", org="Bedrijvennetwerk HX", url="https://bedrijvennetwerkhx.nl/wp-content/uploads/2023/09/Positief-Leerklimaat-Whitepaper.pdf",
    summary="Wat een werkgroep van experts in een jaar leerde over een positief leerklimaat, gebundeld in een overzichtelijk document.",
    themes=[WL, PS], dims=["room-and-safety", "ward-atmosphere"], aud=["leader", "hr-ld"], **a)
add(title="Leercultuur in het MKB: geen luxe, maar noodzaak", org="Hogeschool Windesheim", summary="Op basis van literatuur en onderzoek in het mkb: zes dragers die samen een leercultuur maken en hoe je ze praktisch vormgeeft.",
    themes=[MEAS, LO], dims=["work-content", "room-and-safety", "collaboration", "leadership", "organisation", "outside-world"], aud=["leader", "hr-ld"], **a)
add(title="Krachtige leerwerkomgeving: dertien ontwerpprincipes", org="House of Skills", summary="Rapport over de condities voor een krachtige leerwerkomgeving, uitgewerkt in dertien ontwerpprincipes uit een reeks pilots.",
    themes=[WL, LO], dims=["vision-on-learning", "team-learning", "room-and-safety"], aud=["hr-ld", "leader"], **a)
add(title="De Zelf-Determinatie Theorie: kwalitatief goed motiveren op de werkvloer",
    authors="Anja Van den Broeck, Maarten Vansteenkiste, Hans De Witte, Willy Lens en Maarten Andriessen",
    summary="De zelfdeterminatietheorie uitgelegd voor de werkcontext: basisbehoeften, kwaliteit van motivatie en wat het onderzoek laat zien.",
    themes=[MOT], dims=["employee", "stimulating-factors"], aud=["leader", "hr-ld"], **a)
add(title="Lange termijneffecten van leven lang ontwikkelen", org="TNO", summary="Onderzoek met langlopende cohortdata naar wat formeel en informeel leren op termijn betekenen voor werknemers en werkgevers.",
    themes=[LLL, MEAS], dims=["formal", "informal"], aud=["hr-ld"], **a)
add(title="E-zine Impuls op begeleiding", org="deRotterdamseZorg", summary="Hoe twaalf zorgorganisaties met subsidie nieuwe manieren van begeleiden invoerden om meer studenten op te leiden, met tips en een stappenplan voor een leerafdeling.",
    themes=[STU, WL], dims=["supervision-assessment", "role-of-mentors", "fit-of-work"], aud=["hr-ld", "leader"], **a)
add(title="Hoe je een goed leerklimaat creëert", org="Vilans", summary="Drie artikelen over wat zorgorganisaties in de ouderenzorg nodig hebben voor een goed leerklimaat en een cultuur van continu verbeteren.",
    themes=[WL, PS], dims=["ward-atmosphere", "room-and-safety", "continuous-learning"], aud=["leader", "hr-ld"], **a)
add(title="Effectief leren verbetert de zorg nu én in de toekomst", org="ZonMw", summary="Interview met onderzoekers uit dertien projecten over de ingrediënten van een effectieve leerstrategie en vormen van werkplekleren in de zorg.",
    themes=[WL], dims=["informal", "embedded-systems"], aud=["hr-ld"], **a)

# --- seed 000: podcasts -------------------------------------------------------------------------------------------
p = dict(kind="podcast")
add(title="Behouden van studenten voor de zorg", minutes=27, summary="Waarom stoppen zoveel zorgstudenten met hun opleiding, en wat kunnen zorg- en onderwijsorganisaties samen doen om hen te behouden?",
    themes=[STU], dims=["ward-atmosphere", "role-of-mentors", "fit-of-work"], aud=["student", "hr-ld", "leader"], **p)
add(title="Creëer een leercultuur en vergroot je innovaties en creativiteit in het aannemen van personeel", authors="Karianne Kalshoven", minutes=15,
    summary="Leren als mindset van de hele organisatie in plaats van alleen een taak van de manager.",
    themes=[LD, WL], dims=["leadership", "organisation"], aud=["leader", "employee"], **p)
add(title="De Lerende Organisatie", org="De PMB-Podcast-show", minutes=45, summary="Hoe een kennisorganisatie blijft leren en de competenties ontwikkelt die een complexere tijd vraagt; vooral de eerste negentien minuten gaan erover.",
    themes=[LO], dims=["continuous-learning", "strategic-leadership"], aud=["leader", "hr-ld"], **p)
add(title="Hoe creëer je de juiste leercultuur in de organisatie? Learning Mindset", org="CHRO podcast", lang="en", minutes=39,
    summary="Een Engelstalig gesprek over de stappen naar een leercultuur die aansluit bij wat medewerkers nodig hebben.",
    themes=[LD, TECH], dims=["leadership", "stimulating-factors"], aud=["hr-ld"], **p)
add(title="De leercultuur van Van Doren Engineers", org="Werkgevers Servicepunt Noordoost-Brabant", minutes=39,
    summary="Een technisch bedrijf vertelt hoe het aan een leercultuur werkt, als voorbeeld van sociaal werkgeverschap.",
    themes=[LO], dims=["organisation", "work-content"], aud=["leader", "hr-ld"], **p)
add(title="No more boring learning", authors="Jeanne en JP", minutes=21, summary="Vijf hardnekkige mythes over het brein en leren ontkracht, van leerstijlen tot de leerpiramide.",
    themes=[WL], dims=["continuous-learning"], aud=["hr-ld", "employee"], **p)
add(title="Diversiteit en dynamiek voor een bloeiende leercultuur", authors="Jeanine Jansen", minutes=14,
    summary="Hoe je verschillen in een groep benut in plaats van alleen overeenkomsten, voor een leercultuur met meer nuance en waardering.",
    themes=[LD, PS], dims=["team-learning", "collaboration"], aud=["leader", "team"], **p)

# --- seed 000: animations and videos ------------------------------------------------------------------------------
v = dict(kind="video")
add(title="The inner side of Organizational Change", authors="Thijs Homan", org="TEDx", lang="en", minutes=24,
    summary="Kritische blik op klassieke veranderprocessen: wat mensen werkelijk beleven als een organisatie verandert.",
    themes=[CH], dims=["organisation", "inquiry-dialogue"], aud=["leader", "hr-ld"], **v)
add(title="Krachtige leerwerkomgeving (KLWO)", org="HAN, Werkplaats Zorg en Welzijn", minutes=3,
    summary="Animatie over het inrichten van de werkplek voor lerend werken, met dertien ontwerpprincipes en vier ontwikkellijnen.",
    themes=[WL], dims=["vision-on-learning", "room-and-safety"], aud=["leader", "hr-ld", "team"], **v)
add(title="Wat is een lerende organisatie? En hoe word je het?", authors="Simon van der Veer", org="Tjipcast", minutes=60,
    summary="Over vakmanschap, autonomie en beslissingsruimte, en hoe je hiërarchie en bureaucratie voorkomt zonder door te schieten in zelforganisatie.",
    themes=[LO, LD], dims=["empowerment", "strategic-leadership"], aud=["leader", "hr-ld"], **v)
add(title="Cultuur leren we van elkaar", authors="Danielle Braun", minutes=2, summary="Korte video over hoe gedrag ontstaat en hoe we samen cultuur vormen.",
    themes=[LO], dims=["team-learning", "collaboration"], aud=["team", "employee"], **v)
add(title="Monitor Leercultuur", org="SER en TNO, ministerie van SZW", minutes=3, summary="Video bij de Monitor Leercultuur 2023: waarom blijven ontwikkelen belangrijk is en voor wie het nog niet vanzelf gaat.",
    themes=[MEAS, LLL], dims=["employee", "organisation"], aud=["hr-ld", "leader"], **v)
add(title="Joseph Kessels over leercultuur", authors="Joseph Kessels", minutes=5, summary="Praktische uitleg over wat een leercultuur is en hoe dat in de praktijk uitpakt.",
    themes=[LO, WL], dims=["work-content", "leadership"], aud=["leader", "hr-ld"], **v)
add(title="Human Forever", authors="Teun Toebes", summary="Documentaire over dementiezorg wereldwijd, die laat zien wat persoonlijk leiderschap is.",
    themes=[LD], dims=["employee", "outside-world"], aud=["employee", "leader"], **v)

# --- seed 000: websites -------------------------------------------------------------------------------------------
w = dict(kind="website")
add(title="5-fasenscan leercultuur", org="AWVN", summary="Een scan die de leercultuur in kaart brengt via het samenspel van werkgever en werknemer: richting, ruimte en ruggensteun.",
    themes=[MEAS], dims=["organisation", "leadership", "room-and-safety"], aud=["hr-ld", "leader"], **w)
add(title="Leren werken - werken leren", summary="Website van achttien VVT-organisaties en drie roc's over leerwerkklimaat en duurzame inzetbaarheid in de zorg.",
    themes=[STU, WL], dims=["ward-atmosphere", "fit-of-work"], aud=["hr-ld", "student", "leader"], **w)
add(title="Leercultuur in werkend Nederland", org="Sociaal-Economische Raad", summary="Jaarlijks onderzoek van SER en TNO naar de leercultuur in werkend Nederland, als deel van leven lang ontwikkelen.",
    themes=[MEAS, LLL], dims=["organisation", "employee"], aud=["hr-ld"], **w)
add(title="Leven lang ontwikkelen en lerende organisaties", org="TNO", summary="Onderzoek en wegwijzers over leren, skillsgericht werken en lerende en innoverende organisaties.",
    themes=[LLL, LO, MEAS], dims=["employee", "task", "team", "organisation", "environment"], aud=["hr-ld"], **w)
add(title="Good Work Company", summary="Publicaties, inspiratie en downloads over leren en ontwikkelen, zoals leervoorkeuren, grondtonen van leren en leerlandschappen.",
    themes=[WL], dims=["employee", "continuous-learning"], aud=["hr-ld"], **w)
add(title="De Leerfabriek", summary="Netwerkorganisatie over leren en kennisdeling, met een visuele weergave van de bouwstenen van een leercultuur.",
    themes=[LO], dims=["organisation", "team-learning"], aud=["hr-ld", "leader"], **w)

# --- seed 004: thirteen best practices ----------------------------------------------------------------------------
bp = dict(kind="good-practice")
for org, title, sector, cat, summary, success, themes, dims in [
    ("sTimul", "Inleefsessies", "other", "experience-based",
     "Zorgprofessionals ervaren in een nagespeelde zorgsituatie zelf hoe het is om cliënt te zijn en reflecteren daarna op wat dat betekent voor hun werk.",
     "Zelf beleven, daarna samen reflecteren: inzicht uit eigen ervaring blijft hangen.", [REF], ["employee", "work-content"]),
    ("IQ Healthcare (Radboudumc)", "Welearn", "hospital", "experience-based",
     "Een programma van vijf bijeenkomsten waarin afdelingen vanuit het perspectief van de patiënt naar hun zorg leren kijken.",
     "Patiëntperspectief centraal en pilots op echte afdelingen.", [REF, WL], ["team-learning", "inquiry-dialogue"]),
    ("Politie Rotterdam", "Q-teams", "other", "experience-based",
     "Teams die vanuit de beleving van de gebruiker verbeteringen in het werk zoeken en uitproberen.",
     "Vanuit ervaring redeneren en medewerkers zelf laten verbeteren.", [REF, CH], ["empowerment", "team-learning"]),
    ("Unilever", "Degreed", "other", "digital",
     "Een digitaal leerplatform waarop medewerkers zelf hun leren vinden, bijhouden en delen.",
     "Eigen regie over leren en aanbod uit veel bronnen op één plek.", [TECH, LLL], ["embedded-systems", "informal"]),
    ("Avans Hogeschool", "GET-lab", "education", "digital",
     "Een lab waar docenten en medewerkers digitale onderwijstoepassingen leren kennen en uitproberen.",
     "Laagdrempelig uitproberen met hulp dichtbij.", [TECH], ["stimulating-factors", "non-formal"]),
    ("Stichting Dichterbij", "Small Private Online Courses", "disability-care", "digital",
     "Korte online cursussen voor kleine groepen medewerkers, afgestemd op hun werk in de gehandicaptenzorg.",
     "Kleinschalig, online en dicht bij het dagelijkse werk.", [TECH, WL], ["formal", "embedded-systems"]),
    ("'s Heeren Loo", "Leerprogramma Digitaal Vaardig", "disability-care", "digital",
     "Modules die medewerkers helpen digitaal vaardiger te worden, nodig nu technologie een steeds grotere rol speelt in de zorg.",
     "Aansluiten bij het niveau van de medewerker en stap voor stap opbouwen.", [TECH], ["formal", "employee"]),
    ("Menzis", "Durf te Vragen", "other", "practice-based",
     "Medewerkers stellen hun vragen openlijk en anderen in de organisatie helpen ze verder; zo wordt hulp vragen gewoon.",
     "Vragen stellen normaal maken en verbindingen over afdelingen heen.", [WL, PS], ["inquiry-dialogue", "collaboration"]),
    ("Havenbedrijf Rotterdam", "Opportunity Board", "other", "practice-based",
     "Een interne marktplaats waar klussen en projecten worden aangeboden die medewerkers naast hun eigen werk kunnen oppakken.",
     "Leren door echte opdrachten buiten je eigen functie.", [WL, LLL], ["work-content", "non-formal"]),
    ("Academie van de Stad", "Signa-leerproject", "education", "practice-based",
     "Jonge professionals werken in multidisciplinaire teams aan vraagstukken uit de stad en leren daarvan samen.",
     "Echte maatschappelijke vraagstukken en leren van en met elkaar.", [WL], ["team-learning", "outside-world"]),
    ("Cello", "Leren en Versterken", "disability-care", "practice-based",
     "Een project waarin teams leren in het werk en elkaar versterken, met aandacht voor wat cliënten nodig hebben.",
     "Teams samen laten leren in plaats van individuele cursussen.", [WL], ["team-learning", "collaboration"]),
    ("Aafje", "Inzet van leercoaches", "elderly-care", "practice-based",
     "Leercoaches ondersteunen medewerkers in de ouderenzorg en thuiszorg bij leren op de werkplek.",
     "Begeleiding dichtbij het werk door collega's die tijd hebben voor leren.", [WL, STU], ["role-of-mentors", "stimulating-factors"]),
    ("Wageningen University & Research", "Academic Consultancy Training", "education", "practice-based",
     "Studenten werken in teams als consultants aan een echte opdracht van een opdrachtgever.",
     "Een echte opdrachtgever en een team met verschillende achtergronden.", [WL, STU], ["team-learning", "outside-world"]),
]:
    add(title=title, org=org, sector=sector, category=cat, summary=summary, success=success, themes=themes, dims=dims,
        aud=["leader", "hr-ld"], source="004", **bp)

# --- seed 000: 'Hoe ontwikkelen?' - ways to develop, as learning activities ----------------------------------------
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
    ("Intervisie met je collega's of anderen", "non-formal"), ("Complimenten en feedback vragen", "informal"),
    ("Leren van blunders", "informal"), ("Luisteren naar je verlangen", "informal"), ("Buddy's en maatjes: samen leren", "informal"),
    ("Lummelen", "informal"), ("Oefenen met dolle spellen", "non-formal"), ("Inspiratie ophalen in een andere sector of branche", "informal"),
    ("Open en kwetsbare gesprekken voeren", "informal"), ("Een praktijkcase onder de loep nemen", "non-formal"),
]
for title, dim in ways:
    add(kind="learning-activity", title=title,
        summary="Een manier om je te ontwikkelen uit de lijst 'Hoe ontwikkelen?' van het lerend netwerk: " + title[0].lower() + title[1:].rstrip("!") + ".",
        themes=[WL, REF] if "eflect" in title or "valueren" in title or "ntervisie" in title else [WL],
        dims=[dim] + (["psychological-safety"] if any(k in title for k in ("kwetsbare", "blunders", "hulp vragen", "Zeggen wat")) else []),
        aud=["employee", "team"])

def q(s):
    return "NULL" if s is None else "'" + str(s).replace("'", "''") + "'"

def arr(xs):
    return "'{" + ",".join('"' + x.replace('"', '') + '"' for x in xs) + "}'"

os.makedirs(os.path.dirname(OUT), exist_ok=True)
seen = set()
rows = []
for r in R:
    rid = uuid.uuid5(NS, r["kind"] + "|" + r["title"])
    assert rid not in seen, r["title"]
    seen.add(rid)
    rows.append("(" + ", ".join([q(str(rid)), q(r["kind"]), q(r["title"]), q(r.get("authors")), q(r.get("org")),
                                 q(r.get("lang", "nl")), q(r.get("url")), "NULL" if r.get("minutes") is None else str(r["minutes"]),
                                 q(r["summary"]), arr(r["themes"]), arr(r["dims"]), arr(r["aud"]), q(r.get("sector")),
                                 q(r.get("category")), q(r.get("success")), q("seed " + r.get("source", "000"))]) + ")")
with open(OUT, "w", encoding="utf-8") as f:
    f.write("""-- The catalogue's starting content (generated by tools/gen_catalogue.py: edit there). Facts from seed 000 (the
-- inspiration bundle of the learning network Leercultuur) and seed 004 (thirteen best practices), summaries written
-- fresh. Idempotent: stable ids; a seed entry that curators have since edited (updated_by set) is left as they made it.
DELETE FROM resource WHERE id::text LIKE '00000000-0000-4000-a000-%' AND updated_by IS NULL;
INSERT INTO resource (id, kind, title, authors, organisation, language, url, duration_minutes, summary, themes,
                      dimension_keys, audience, sector, category, success_factors, source, status, created_by,
                      published_by, published_at)
SELECT v.id::uuid, v.kind, v.title, v.authors, v.organisation, v.language, v.url, v.duration_minutes, v.summary,
       v.themes::text[], v.dimension_keys::text[], v.audience::text[], v.sector, v.category, v.success_factors, v.source,
       'PUBLISHED', 'seed', 'seed', now() FROM (VALUES
""")
    f.write(",\n".join(rows))
    f.write("""
) AS v (id, kind, title, authors, organisation, language, url, duration_minutes, summary, themes, dimension_keys,
        audience, sector, category, success_factors, source)
ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, authors = excluded.authors,
    organisation = excluded.organisation, language = excluded.language, url = excluded.url,
    duration_minutes = excluded.duration_minutes, summary = excluded.summary, themes = excluded.themes,
    dimension_keys = excluded.dimension_keys, audience = excluded.audience, sector = excluded.sector,
    category = excluded.category, success_factors = excluded.success_factors, source = excluded.source
WHERE resource.updated_by IS NULL;
""")
print(f"wrote {len(rows)} catalogue entries")
