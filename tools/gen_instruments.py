#!/usr/bin/env python3
"""Writes the built-in instrument library (survey-service/src/main/resources/instruments/*.json).
Items are our own wording, structured after the models named in each instrument's sourceModel.

Every dimension carries its concept from the shared vocabulary
(contracts/events/src/main/resources/vocabulary/concepts.json): the vocabulary lists, per concept, the built-in
instrument dimensions that measure it; this script refuses to write when a dimension has no concept or the
vocabulary names a dimension that does not exist.

Versions: each instrument file names its "version". A published version's content never changes: to change the
items or dimension names of a built-in instrument, raise its version (and give mapsFrom, the dimension mapping to
the previous version, for trends). survey-service's InstrumentLibrary adds the new version beside the old one,
publishes it and retires the old one; scans made on the old version keep it and keep scoring on it. Metadata
(name, description, measures, audience, sourceModel) is not versioned and is refreshed in place."""
import json, os, re

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "survey-service", "src", "main", "resources", "instruments")
VOCABULARY = os.path.join(HERE, "..", "contracts", "events", "src", "main", "resources", "vocabulary", "concepts.json")

with open(VOCABULARY, encoding="utf-8") as f:
    CONCEPTS = json.load(f)
CONCEPT_OF = {}
for c in CONCEPTS:
    for d in c["dimensions"]:
        k = (d["instrument"], d["dimension"])
        assert k not in CONCEPT_OF, f"{k} is mapped to {CONCEPT_OF[k]} and {c['key']}"
        CONCEPT_OF[k] = c["key"]
WRITTEN = set()

AGREE5 = {"min": 1, "max": 5, "labels": {
    "nl": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"],
    "en": ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"]}}
AGREE7 = {"min": 1, "max": 7, "labels": {
    "nl": ["helemaal oneens", "oneens", "enigszins oneens", "neutraal", "enigszins eens", "eens", "helemaal eens"],
    "en": ["strongly disagree", "disagree", "somewhat disagree", "neutral", "somewhat agree", "agree", "strongly agree"]}}
FREQ5 = {"min": 1, "max": 5, "labels": {
    "nl": ["(bijna) nooit", "zelden", "soms", "vaak", "(bijna) altijd"],
    "en": ["(almost) never", "rarely", "sometimes", "often", "(almost) always"]}}

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def dim(key, nl, en, items, desc_nl=None, desc_en=None, prefix=None):
    out = []
    for n, it in enumerate(items, 1):
        nl_t, en_t = it[0], it[1]
        opts = it[2] if len(it) > 2 else {}
        item = {"key": f"{prefix or key}-{n}", "text": {"nl": nl_t, "en": en_t},
                "type": opts.get("type", "LIKERT"), "required": opts.get("required", True)}
        if item["type"] in ("LIKERT", "FREQUENCY"):
            item["scale"] = opts.get("scale")
        if opts.get("reverse"):
            item["reverse"] = True
        if "options" in opts:
            item["options"] = opts["options"]
        out.append(item)
    d = {"key": key, "name": {"nl": nl, "en": en}, "items": out}
    if desc_nl:
        d["description"] = {"nl": desc_nl, "en": desc_en}
    return d

def write(meta, scales, dims, scoring=None, min_respondents=None, version=1, maps_from=None):
    # Short sub-scales (three items) need more respondents than the overall score before they mean much.
    if min_respondents:
        for d in dims:
            d["minRespondents"] = min_respondents
    for d in dims:
        concept = CONCEPT_OF.get((meta["key"], d["key"]))
        assert concept, f"{meta['key']}/{d['key']} has no concept in {VOCABULARY}"
        d["concept"] = concept
        WRITTEN.add((meta["key"], d["key"]))
    definition = {"languages": ["nl", "en"], "scales": scales, "dimensions": dims}
    if maps_from:
        assert set(maps_from) <= {d["key"] for d in dims}, maps_from
        definition["mapsFrom"] = maps_from
    if scoring:
        definition["scoring"] = scoring
    doc = dict(meta, version=version, definition=definition)
    with open(os.path.join(OUT, meta["key"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return meta["key"] + ".json"

A5 = {"scale": "agree5"}
A7 = {"scale": "agree7"}
A7R = {"scale": "agree7", "reverse": True}
F5 = {"scale": "freq5", "type": "FREQUENCY"}
files = []

files.append(write({
    "key": "learning-culture-carriers",
    "name": "Zes dragers van leercultuur",
    "description": "Brengt in beeld hoe sterk de zes dragers van een leercultuur in een organisatie of team aanwezig zijn.",
    "measures": "Learning culture: the six carriers, from the content of the work to the connection with the outside world.",
    "audience": "Employees and team leaders of a care organisation",
    "sourceModel": "Zes leercultuurdragers (Korevaar, Van der Weide, Corporaal, Vos & Witteveen, 2020: 'Leercultuur in het mkb: geen luxe maar noodzaak', Holland Management Review; Hogeschool Windesheim)"},
    {"agree5": AGREE5}, [
    # Version 2: dimension names as the six carriers are named in the source, and items for the sub-aspects
    # version 1 lacked (task autonomy; mentor/role model and diverse teams; conveying a vision on learning;
    # recognition of development and periodic evaluation moments). Item keys of version 1 are kept.
    dim("work-content", "Inhoud van werk: taken die blijven uitdagen", "Content of work: tasks that keep challenging", [
        ("Mijn werk daagt me uit om nieuwe dingen te leren.", "My work challenges me to learn new things.", A5),
        ("Ik krijg taken die net iets boven mijn huidige kunnen liggen.", "I am given tasks slightly beyond what I can already do.", A5),
        ("In mijn werk is afwisseling genoeg om me te blijven ontwikkelen.", "My work has enough variety to keep developing.", A5),
        ("Ik bepaal grotendeels zelf hoe ik mijn taken aanpak.", "I largely decide for myself how I go about my tasks.", A5)],
        "In hoeverre het werk zelf uitnodigt tot leren.", "How far the work itself invites learning."),
    dim("room-and-safety", "Ruimte en veiligheid om te blijven ontwikkelen", "Room and safety to keep developing", [
        ("Ik heb tijd om iets nieuws uit te proberen in mijn werk.", "I have time to try something new in my work.", A5),
        ("Fouten maken mag hier, zolang we ervan leren.", "Making mistakes is allowed here, as long as we learn from them.", A5),
        ("Ik durf te zeggen dat ik iets nog niet kan.", "I dare to say when I cannot do something yet.", A5)]),
    dim("collaboration", "Samenwerken en teamontwikkeling", "Collaboration and team development", [
        ("In ons team delen we kennis en ervaringen met elkaar.", "In our team we share knowledge and experience.", A5),
        ("We bespreken regelmatig hoe we ons werk samen beter kunnen doen.", "We regularly discuss how we can do our work better together.", A5),
        ("Collega's geven elkaar bruikbare feedback.", "Colleagues give each other useful feedback.", A5),
        ("Er is iemand in mijn werk die ik als mentor of voorbeeld kan gebruiken.", "There is someone at work I can turn to as a mentor or role model.", A5),
        ("Ik leer van het samenwerken met collega's uit andere disciplines of met een andere achtergrond.", "I learn from working with colleagues from other disciplines or with a different background.", A5)]),
    dim("leadership", "Leiderschap gericht op ontwikkeling", "Leadership aimed at development", [
        ("Mijn leidinggevende vraagt naar wat ik wil leren.", "My manager asks what I want to learn.", A5),
        ("Mijn leidinggevende geeft zelf het goede voorbeeld in leren.", "My manager sets an example in learning.", A5),
        ("Ik word gestimuleerd om opgedane kennis toe te passen.", "I am encouraged to apply what I have learned.", A5),
        ("Mijn leidinggevende maakt duidelijk waarom leren belangrijk is voor ons werk.", "My manager makes clear why learning matters for our work.", A5)]),
    dim("organisation", "Organisatie gericht op ontwikkeling", "Organisation aimed at development", [
        ("De organisatie maakt duidelijk welke ontwikkeling ze van ons verwacht.", "The organisation makes clear which development it expects of us.", A5),
        ("Er zijn voldoende middelen (tijd, budget) om te leren.", "There are enough means (time, budget) to learn.", A5),
        ("Leren wordt hier gewaardeerd, ook als het geen diploma oplevert.", "Learning is valued here, even when it does not lead to a diploma.", A5),
        ("Wie zich ontwikkelt of iets nieuws opzet, krijgt daar erkenning of een beloning voor.", "People who develop or set up something new get recognition or a reward for it.", A5),
        ("Op vaste momenten bespreken we wat we geleerd hebben en wat beter kan.", "At set moments we discuss what we have learned and what could be better.", A5)]),
    dim("outside-world", "Organisatie verbinden met de externe omgeving", "Connecting the organisation with the outside world", [
        ("We halen actief kennis op bij andere organisaties.", "We actively seek knowledge from other organisations.", A5),
        ("Ervaringen van cliënten of patiënten gebruiken we om te leren.", "We use the experience of clients or patients to learn.", A5),
        ("Ik krijg de kans om buiten mijn eigen team of organisatie te leren.", "I get the chance to learn outside my own team or organisation.", A5)]),
], version=2, maps_from={k: k for k in ["work-content", "room-and-safety", "collaboration", "leadership", "organisation", "outside-world"]}))

files.append(write({
    "key": "learning-organisation-dimensions",
    "name": "Zeven dimensies van de lerende organisatie",
    "description": "Meet de zeven waarneembare dimensies van een lerende organisatie, van individueel leren tot strategisch leiderschap.",
    "measures": "The learning organisation: seven observable dimensions at individual, team and organisational level.",
    "audience": "Employees, team leaders and managers",
    "sourceModel": "Seven dimensions of the learning organisation (Watkins & Marsick, Dimensions of the Learning Organization Questionnaire)"},
    {"freq5": FREQ5}, [
    dim("continuous-learning", "Continu leren", "Continuous learning", [
        ("Mensen helpen elkaar om te leren.", "People help each other learn.", F5),
        ("Er wordt tijd vrijgemaakt om te leren.", "Time is made available for learning.", F5),
        ("Problemen in het werk worden gezien als kans om te leren.", "Problems at work are seen as chances to learn.", F5)]),
    dim("inquiry-dialogue", "Onderzoek en dialoog", "Inquiry and dialogue", [
        ("Mensen geven elkaar open en eerlijke feedback.", "People give each other open and honest feedback.", F5),
        ("Mensen vragen door naar de mening van anderen voordat ze hun eigen mening geven.", "People ask for others' views before giving their own.", F5),
        ("Er is ruimte om vanzelfsprekendheden ter discussie te stellen.", "There is room to question what is taken for granted.", F5)]),
    dim("team-learning", "Teamleren", "Team learning", [
        ("Teams passen hun werkwijze aan op basis van wat ze samen bespreken.", "Teams change how they work based on what they discuss together.", F5),
        ("Teams krijgen de vrijheid om hun doelen zelf in te vullen.", "Teams are free to shape their own goals.", F5),
        ("In teams wordt iedereen gelijkwaardig gehoord, ongeacht functie.", "In teams everyone is heard equally, whatever their role.", F5)]),
    dim("embedded-systems", "Ingebedde systemen", "Embedded systems", [
        ("Er zijn systemen om geleerde lessen vast te leggen en te delen.", "There are systems to record and share lessons learned.", F5),
        ("De organisatie meet het verschil tussen huidige en gewenste prestaties.", "The organisation measures the gap between current and desired performance.", F5),
        ("Iedereen kan snel de informatie vinden die hij nodig heeft.", "Everyone can quickly find the information they need.", F5)]),
    dim("empowerment", "Eigenaarschap en gedeelde visie", "Empowerment and collective vision", [
        ("Medewerkers worden betrokken bij het vormen van de visie van de organisatie.", "Employees are involved in shaping the organisation's vision.", F5),
        ("Mensen krijgen zeggenschap over de middelen die ze nodig hebben.", "People have a say over the resources they need.", F5),
        ("Mensen worden gesteund als ze een berekend risico nemen.", "People are supported when they take a calculated risk.", F5)]),
    dim("environment", "Verbinding met de omgeving", "Connection to the environment", [
        ("Medewerkers worden aangemoedigd om vanuit het perspectief van de cliënt te denken.", "Employees are encouraged to think from the client's perspective.", F5),
        ("De organisatie werkt samen met de omgeving om gezamenlijke vragen op te lossen.", "The organisation works with its surroundings to solve shared questions.", F5),
        ("Er is aandacht voor de balans tussen werk en privé.", "There is attention for the balance between work and private life.", F5)]),
    dim("strategic-leadership", "Strategisch leiderschap", "Strategic leadership", [
        ("Leidinggevenden begeleiden en coachen de mensen die ze aansturen.", "Managers mentor and coach the people they lead.", F5),
        ("Leidinggevenden zoeken zelf voortdurend naar kansen om te leren.", "Managers keep looking for chances to learn themselves.", F5),
        ("Leidinggevenden zorgen dat wat geleerd wordt aansluit bij de koers.", "Managers make sure what is learned fits the direction of the organisation.", F5)]),
], min_respondents=8))

files.append(write({
    "key": "tno-learning-levels",
    "name": "Lerende en innovatieve organisatie: vijf niveaus",
    "description": "Kijkt integraal naar leren en innoveren op vijf niveaus: medewerker, taak, team, organisatie en omgeving.",
    "measures": "Factors for (informal) learning and (social) innovation at five levels.",
    "audience": "Employees and team leaders",
    "sourceModel": "TNO-model lerende en innovatieve organisaties (TNO): factoren voor leren en innoveren op de niveaus medewerker, taak, team, organisatie en omgeving"},
    {"agree5": AGREE5}, [
    dim("employee", "Medewerker", "Employee", [
        ("Ik ben nieuwsgierig naar nieuwe manieren van werken.", "I am curious about new ways of working.", A5),
        ("Ik neem zelf initiatief om me te ontwikkelen.", "I take the initiative to develop myself.", A5),
        ("Ik weet welke vaardigheden ik de komende jaren nodig heb.", "I know which skills I will need in the coming years.", A5)]),
    dim("task", "Taak", "Task", [
        ("Ik heb invloed op hoe ik mijn werk uitvoer.", "I have a say in how I do my work.", A5),
        ("Mijn taken vragen om nadenken en probleemoplossen.", "My tasks call for thinking and solving problems.", A5),
        ("Ik krijg terugkoppeling over de resultaten van mijn werk.", "I get feedback on the results of my work.", A5)]),
    dim("team", "Team", "Team", [
        ("In mijn team bedenken we samen verbeteringen.", "In my team we come up with improvements together.", A5),
        ("Nieuwe ideeën krijgen in mijn team een kans.", "New ideas get a chance in my team.", A5),
        ("We reflecteren in het team op wat goed ging en wat beter kan.", "As a team we reflect on what went well and what could be better.", A5)]),
    dim("organisation", "Organisatie", "Organisation", [
        ("De organisatie ondersteunt experimenten met nieuwe werkwijzen.", "The organisation supports experiments with new ways of working.", A5),
        ("Leren is onderdeel van het beleid, niet alleen van opleidingen.", "Learning is part of policy, not only of training.", A5),
        ("De organisatie beloont ontwikkeling en vernieuwing.", "The organisation rewards development and renewal.", A5)]),
    dim("environment", "Omgeving", "Environment", [
        ("We werken samen met onderwijsinstellingen.", "We work together with educational institutions.", A5),
        ("We leren van organisaties in de regio.", "We learn from organisations in the region.", A5),
        ("Ontwikkelingen in zorg en maatschappij vertalen we naar ons werk.", "We translate developments in care and society into our work.", A5)]),
]))

files.append(write({
    "key": "team-psychological-safety",
    "name": "Psychologische veiligheid en teamambitie",
    "description": "Plaatst een team in een van de vier leerzones (apathie, comfort, angst, leren) door psychologische veiligheid en gedeelde ambitie samen te meten.",
    "measures": "Team psychological safety (7 items, three reverse-scored) and shared ambition/accountability, together giving the team's learning zone.",
    "audience": "Members of a care team",
    "sourceModel": "Team psychological safety (Edmondson, 1999) and the learning zones of safety against accountability (Edmondson); as used in research on learning in long-term care teams"},
    {"agree7": AGREE7}, [
    dim("psychological-safety", "Psychologische veiligheid", "Psychological safety", [
        ("Als je in dit team een fout maakt, wordt het je vaak nagedragen.", "If you make a mistake in this team, it is often held against you.", A7R),
        ("Teamleden kunnen problemen en lastige kwesties bespreekbaar maken.", "Team members can raise problems and tough issues.", A7),
        ("Mensen in dit team wijzen anderen soms af omdat ze anders zijn.", "People in this team sometimes reject others for being different.", A7R),
        ("Het is veilig om in dit team een risico te nemen.", "It is safe to take a risk in this team.", A7),
        ("Het is moeilijk om andere teamleden om hulp te vragen.", "It is hard to ask other team members for help.", A7R),
        ("Niemand in dit team zou bewust mijn inzet ondermijnen.", "No one in this team would deliberately undermine my efforts.", A7),
        ("Mijn eigen kennis en vaardigheden worden in dit team gewaardeerd en benut.", "My own skills and talents are valued and used in this team.", A7)],
        prefix="ps"),
    dim("team-ambition", "Teamambitie en aanspreekbaarheid", "Team ambition and accountability", [
        ("Ons team stelt zichzelf hoge doelen voor de kwaliteit van zorg.", "Our team sets itself high goals for the quality of care.", A7),
        ("We spreken elkaar aan als afspraken niet worden nagekomen.", "We hold each other to account when agreements are not kept.", A7),
        ("In ons team wordt verwacht dat iedereen blijft leren.", "In our team everyone is expected to keep learning.", A7),
        ("We zijn pas tevreden als we echt verbetering zien.", "We are only satisfied when we see real improvement.", A7)],
        prefix="amb"),
], scoring={"learningZone": {"safety": "psychological-safety", "ambition": "team-ambition", "cutOff": 4.0}}))

files.append(write({
    "key": "placement-learning-climate",
    "name": "Leerklimaat voor studenten in de praktijk",
    "description": "Meet hoe studenten het leerklimaat op hun stageplek ervaren, in vijf categorieën.",
    "measures": "The learning climate of a clinical placement for students: ward atmosphere, vision on learning, supervision and assessment, role of mentors, fit of work to students.",
    "audience": "Students in placements (nursing and care education)",
    "sourceModel": "Clinical Learning Environment Scale (CLES) and the Dutch Residents Educational Climate Test (D-RECT), as combined in the Dutch learning climate scan for nursing students"},
    {"agree5": AGREE5}, [
    dim("ward-atmosphere", "Sfeer op de afdeling", "Ward atmosphere", [
        ("Ik voelde me welkom op de afdeling.", "I felt welcome on the ward.", A5),
        ("Het team stond open voor mijn vragen.", "The team was open to my questions.", A5),
        ("Ik voelde me vrij om mee te praten in overleggen.", "I felt free to join in discussions.", A5)]),
    dim("vision-on-learning", "Visie op leren", "Vision on learning", [
        ("Op de afdeling is duidelijk dat studenten er zijn om te leren.", "On the ward it is clear that students are there to learn.", A5),
        ("Mijn leerdoelen werden serieus genomen.", "My learning goals were taken seriously.", A5),
        ("Er was aandacht voor leren, ook als het druk was.", "There was attention for learning, even when it was busy.", A5)]),
    dim("supervision-assessment", "Begeleiding en beoordeling", "Supervision and assessment", [
        ("Ik kreeg regelmatig feedback op mijn handelen.", "I regularly got feedback on what I did.", A5),
        ("De beoordeling was eerlijk en onderbouwd.", "The assessment was fair and well founded.", A5),
        ("Er waren vaste momenten om mijn voortgang te bespreken.", "There were fixed moments to discuss my progress.", A5)]),
    dim("role-of-mentors", "Rol van de werkbegeleider", "Role of mentors", [
        ("Mijn werkbegeleider had tijd voor mij.", "My mentor had time for me.", A5),
        ("Mijn werkbegeleider liet me steeds meer zelfstandig doen.", "My mentor let me do more and more on my own.", A5),
        ("Mijn werkbegeleider hielp me mijn handelen te verbinden met theorie.", "My mentor helped me link what I did to theory.", A5)]),
    dim("fit-of-work", "Aansluiting van het werk bij de student", "Fit of work to students", [
        ("De taken die ik kreeg pasten bij mijn opleidingsniveau.", "The tasks I was given fitted my level of education.", A5),
        ("Ik kon oefenen met situaties die ik nodig heb voor mijn opleiding.", "I could practise situations I need for my education.", A5),
        ("Wat zou de afdeling kunnen verbeteren voor volgende studenten?", "What could the ward improve for future students?", {"type": "OPEN_TEXT", "required": False})]),
]))

files.append(write({
    "key": "learning-behaviour",
    "name": "Leergedrag: formeel, non-formeel en informeel",
    "description": "Brengt in kaart hoe medewerkers leren (formeel, non-formeel, informeel), wat hen daarin stimuleert en hoe urgent zij ontwikkeling vinden.",
    "measures": "Learning behaviour (formal, non-formal, informal), stimulating factors and sense of urgency.",
    "audience": "Employees of care organisations",
    "sourceModel": "Monitor Leercultuur (SER/TNO): its categories learning behaviour (formal, non-formal, informal learning), stimulating factors and sense of urgency, applied to care; items in our own words"},
    {"agree5": AGREE5, "freq5": FREQ5}, [
    dim("formal", "Formeel leren", "Formal learning", [
        ("Ik volg een opleiding of cursus die met een diploma of certificaat afsluit.", "I follow a course that ends with a diploma or certificate.", F5),
        ("Ik volg verplichte bij- en nascholing.", "I take part in mandatory further training.", F5)]),
    dim("non-formal", "Non-formeel leren", "Non-formal learning", [
        ("Ik doe mee aan workshops, e-learnings of intervisie zonder diploma.", "I join workshops, e-learning or peer consultation without a diploma.", F5),
        ("Ik neem deel aan een lerend netwerk of leergemeenschap.", "I take part in a learning network or community.", F5)]),
    dim("informal", "Informeel leren", "Informal learning", [
        ("Ik leer door collega's om advies te vragen.", "I learn by asking colleagues for advice.", F5),
        ("Ik zoek zelf informatie op als ik iets niet weet.", "I look things up myself when I do not know something.", F5),
        ("Ik sta bewust stil bij wat ik van een lastige situatie kan leren.", "I deliberately reflect on what a difficult situation can teach me.", F5)]),
    dim("stimulating-factors", "Stimulerende factoren", "Stimulating factors", [
        ("Mijn werkgever stimuleert mij om te leren.", "My employer encourages me to learn.", A5),
        ("Leren past goed te combineren met mijn werkrooster.", "Learning fits well with my work schedule.", A5),
        ("Ik weet waar ik terechtkan met vragen over mijn ontwikkeling.", "I know where to go with questions about my development.", A5),
        ("Heb je het afgelopen jaar een ontwikkelgesprek gehad?", "Did you have a development conversation in the past year?", {"type": "YES_NO", "required": False})]),
    dim("urgency", "Urgentie", "Sense of urgency", [
        ("Ik merk dat mijn werk de komende jaren sterk verandert.", "I notice that my work will change a lot in the coming years.", A5),
        ("Als ik niet blijf leren, kan ik mijn werk straks minder goed doen.", "If I do not keep learning, I will do my work less well later on.", A5),
        ("Wat is voor jou de belangrijkste reden om te leren?", "What is your main reason to learn?", {"type": "SINGLE_CHOICE", "required": False, "options": [
            {"key": "quality", "label": {"nl": "Betere zorg leveren", "en": "Give better care"}},
            {"key": "career", "label": {"nl": "Doorgroeien in mijn loopbaan", "en": "Grow in my career"}},
            {"key": "joy", "label": {"nl": "Plezier in mijn werk", "en": "Enjoy my work"}},
            {"key": "required", "label": {"nl": "Het is verplicht", "en": "It is required"}}]})]),
]))

files.append(write({
    "key": "psychological-safety-quick-test",
    "name": "Snelle test psychologische veiligheid",
    "description": "Een korte check in zeven uitspraken: hoe open en veilig is het gesprek in ons team?",
    "measures": "Team psychological safety in seven short statements, as a quick start for the team conversation.",
    "audience": "Members of a care team",
    "sourceModel": "The fearless team after Edmondson (The fearless organization, 2018), as characterised in the learning network's text on team learning: open dealings, raising problems and disagreements, speaking openly, sharing what works, asking when in doubt, respecting each other's talents, raising difficult matters"},
    {"agree5": AGREE5}, [
    dim("psychological-safety", "Psychologische veiligheid", "Psychological safety", [
        ("In ons team kan ik vertellen wat me bezighoudt.", "In our team I can say what is on my mind.", A5),
        ("Problemen en meningsverschillen bespreken we openlijk.", "We discuss problems and disagreements openly.", A5),
        ("Collega's in mijn team zeggen eerlijk waar ze staan.", "Colleagues in my team are honest about where they stand.", A5),
        ("We vertellen elkaar wat wel en niet werkt in ons werk.", "We tell each other what does and does not work in our work.", A5),
        ("Als ik ergens aan twijfel, vraag ik het gewoon aan een collega.", "When I am in doubt about something, I simply ask a colleague.", A5),
        ("In ons team worden ieders kwaliteiten gezien en gebruikt.", "In our team everyone's qualities are seen and used.", A5),
        ("Lastige onderwerpen brengen we hier zonder aarzelen ter sprake.", "We raise difficult subjects here without hesitation.", A5)],
        "Hoe vrij teamleden zich voelen om te spreken, te vragen en fouten en twijfels te delen.",
        "How free team members feel to speak up, ask and share mistakes and doubts.", prefix="qps"),
]))

missing = set(CONCEPT_OF) - WRITTEN
assert not missing, f"the vocabulary names dimensions no instrument has: {sorted(missing)}"

with open(os.path.join(OUT, "library.txt"), "w") as f:
    f.write("# Built-in instruments, loaded and refreshed idempotently at start by survey-service's InstrumentLibrary\n")
    f.write("# (generated by tools/gen_instruments.py; a file's \"version\" is raised to change a published built-in)\n")
    f.write("\n".join(files) + "\n")
print("wrote", len(files), "instruments")
