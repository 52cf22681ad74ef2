-- (Named to run after R__demo_organisations: Flyway orders repeatable migrations by their description.)
-- Demo: the learning network "Leercultuur" of seed 000 (lines 96-224): six sessions from October 2023 to March 2024,
-- each with the title, speaker, theme and action-learning phase the bundle gives, and what they produced: the quotes
-- the bundle prints (as reflections of kind quote), the highlights of session 3, the ideas of session 6, and the vote
-- on four themes in session 2. The exact dates are not in the seed; these are plausible ones (local time). The bundle
-- names neither the ballots nor how many votes each participant had: the vote holds the four themes that came out, in
-- the bundle's order, without ballots. tools/seed-fidelity.json lists what the seed says, line by line.
-- Idempotent: fixed ids; a network or session nobody has edited since (lock_version 0) takes the corrections below.
INSERT INTO network (id, name, theme, description, region, starts_on, ends_on, methodology, status, facilitators,
                     member_organisations, created_by)
VALUES ('5e1d0000-0000-4000-8000-000000000001', 'Lerend netwerk Leercultuur', 'Leercultuur versterken',
        'Professionals uit twaalf zorgorganisaties in de regio werkten zes bijeenkomsten lang met actieleren aan een eigen vraagstuk over leercultuur, van probleem tot oplossing tot experiment; opdrachtgever Renate van der Velden (CuraMare en Spijkenisse Medisch Centrum), georganiseerd door deRotterdamseZorg. De belangrijkste les: zet kleine stappen in de goede richting en zorg voor support.',
        'Rotterdam-Rijnmond', '2023-10-01', '2024-03-31', 'action-learning', 'COMPLETED', '{3f0e8a52-1c6d-4b7a-9e21-0a0000000003}',
        '{antes,ggd-rotterdam-rijnmond,ijsselland,pameijer,laurens,ikazia,erasmus-mc,franciscus,lelie-zorggroep,aafje,humanitas,zadkine}',
        'demo')
ON CONFLICT (id) DO UPDATE SET description = excluded.description, member_organisations = excluded.member_organisations,
    facilitators = excluded.facilitators
WHERE network.lock_version = 0;

INSERT INTO network_session (id, network_id, number, title, theme, starts_at, ends_at, place, speakers, phase_focus, agenda, status, held_at)
VALUES
 ('5e1d0000-0000-4000-8000-000000000101', '5e1d0000-0000-4000-8000-000000000001', 1, 'Kick-off – Wat verstaan we onder leercultuur?',
  'Wat verstaan we onder leercultuur?',
  '2023-10-10 13:30 Europe/Amsterdam', '2023-10-10 16:30 Europe/Amsterdam', 'Rotterdam', 'Inge Hoogeveen (docent begeleidingskunde)', 'ready',
  'Kennismaken en de opdrachtgever ontmoeten; Inge Hoogeveen over theorie, modellen en praktijk van leercultuur; de exploreervragen verdiepen (wat wil je oplossen, waar lig je wakker van?); de eerste fase van actieleren, "Klaar voor actieleren"; samen een woordwolk over wat we onder leercultuur verstaan.',
  'HELD', '2023-10-10 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000102', '5e1d0000-0000-4000-8000-000000000001', 2, 'Vragen stellen, vragen stellen, vragen stellen!', 'Vragen stellen',
  '2023-11-14 13:30 Europe/Amsterdam', '2023-11-14 16:30 Europe/Amsterdam', 'Rotterdam', NULL, 'explore-problem',
  'Oefenen met doorvragen, de goede vragen stellen en goed luisteren in plaats van aannames doen; stemmen over de thema''s van de volgende bijeenkomsten; de fase "Het probleem verkennen", daarna in de eigen organisatie.',
  'HELD', '2023-11-14 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000103', '5e1d0000-0000-4000-8000-000000000001', 3, 'Meten van Leercultuur', 'Meten van leercultuur',
  '2023-12-12 13:30 Europe/Amsterdam', '2023-12-12 16:30 Europe/Amsterdam', 'Rotterdam', NULL, 'develop-solutions',
  'Fijne leerervaringen uitwisselen als ingrediënten voor een veilige leercultuur; definities van leercultuur en leerklimaat en instrumenten om ze te meten; van het probleem verkennen naar oplossingen ontwikkelen met de "Hoe kunnen we…?"-vraag.',
  'HELD', '2023-12-12 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000104', '5e1d0000-0000-4000-8000-000000000001', 4, 'Ontwikkelen van Ontwikkelen', 'Ontwikkelen van ontwikkelen',
  '2024-01-16 13:30 Europe/Amsterdam', '2024-01-16 16:30 Europe/Amsterdam', 'Rotterdam', 'Jeannot van Mierlo (MoonHRM)', 'sharpen-and-share',
  'Interactieve workshop van Jeannot van Mierlo over toekomstgericht ontwikkelen (denkpatronen, eigenaarschap, inrichten) en een eerste analyse voor de eigen organisatie; samen meedenken met elkaars "Hoe kunnen we…?"-vraag (meer dan honderd ideeën); projectposters delen en aanvullen.',
  'HELD', '2024-01-16 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000105', '5e1d0000-0000-4000-8000-000000000001', 5, 'Verandermanagement', 'Verandermanagement',
  '2024-02-13 13:30 Europe/Amsterdam', '2024-02-13 16:30 Europe/Amsterdam', 'Rotterdam', 'Babette Leermakers (Laurens Academie)', 'experiment',
  'Successen delen; Babette Leermakers over verandervermogen, veranderbereidheid, de fasen van verandering en modellen die helpen; de fase "Experimenteren": experimentencanvassen uitwisselen en aanvullen.',
  'HELD', '2024-02-13 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000106', '5e1d0000-0000-4000-8000-000000000001', 6, 'Hoe kan je leertechnologie inzetten om de leercultuur te verbeteren?',
  'Gebruik van moderne technologie in een lerende organisatie',
  '2024-03-12 13:30 Europe/Amsterdam', '2024-03-12 16:30 Europe/Amsterdam', 'Rotterdam', 'Anna Hoogmoed', 'reflect-and-present',
  'Anna Hoogmoed over leertechnologie (microlearning, gamification, AI, performance support, XR, adaptieve e-learning, apps) en wat die bijdraagt aan de leercultuur, met ChatGPT en Copilot als meedenkers; terugblik op het actieleren; ieder presenteert aanpak en resultaat van het eigen vraagstuk; afsluiting.',
  'HELD', '2024-03-12 16:30 Europe/Amsterdam')
ON CONFLICT (id) DO UPDATE SET title = excluded.title, theme = excluded.theme, speakers = excluded.speakers, agenda = excluded.agenda
WHERE network_session.lock_version = 0;

-- session 2: the vote on the themes of the coming sessions (closed; the four themes that came out, in the bundle's order)
INSERT INTO theme_vote (id, network_id, status, votes_per_participant, created_by, created_at, closed_at)
VALUES ('5e1d0000-0000-4000-8000-000000000301', '5e1d0000-0000-4000-8000-000000000001', 'CLOSED', 1, 'demo',
        '2023-11-14 15:00 Europe/Amsterdam', '2023-11-14 16:00 Europe/Amsterdam')
ON CONFLICT (id) DO NOTHING;
INSERT INTO theme_option (id, vote_id, theme, position) VALUES
 ('5e1d0000-0000-4000-8000-000000000311', '5e1d0000-0000-4000-8000-000000000301', 'Meten van leercultuur', 1),
 ('5e1d0000-0000-4000-8000-000000000312', '5e1d0000-0000-4000-8000-000000000301', 'Ontwikkelen van ontwikkelen', 2),
 ('5e1d0000-0000-4000-8000-000000000313', '5e1d0000-0000-4000-8000-000000000301', 'Verandermanagement', 3),
 ('5e1d0000-0000-4000-8000-000000000314', '5e1d0000-0000-4000-8000-000000000301', 'Gebruik van moderne technologie in een lerende organisatie', 4)
ON CONFLICT (id) DO NOTHING;

-- what the sessions produced: the quotes the bundle prints (no author kept, as for every reflection; a speaker's words
-- say who spoke) and the highlights it records
INSERT INTO reflection (id, session_id, kind, text, created_at) VALUES
 ('5e1d0000-0000-4000-8000-000000000401', '5e1d0000-0000-4000-8000-000000000101', 'quote',
  'We construeren zelf een cultuur en kunnen dit dus zelf deconstrueren! (Inge Hoogeveen)', '2023-10-10 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000402', '5e1d0000-0000-4000-8000-000000000102', 'quote',
  'Nieuwe inzichten gekregen door de kritische vragen vanuit de groep.', '2023-11-14 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000403', '5e1d0000-0000-4000-8000-000000000103', 'quote',
  'Door het samen te doen, krijg je meer inzichten', '2023-12-12 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000404', '5e1d0000-0000-4000-8000-000000000103', 'reflection',
  'Er zijn verschillende definities van leercultuur; het verschil met leerklimaat is niet altijd duidelijk, maar is er wel; er zijn veel instrumenten om leerklimaat te meten. Sluit aan bij wat in je organisatie past, weet wat je met de uitkomsten wilt en zorg dat er na een meting altijd opvolging is.',
  '2023-12-12 16:31 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000405', '5e1d0000-0000-4000-8000-000000000104', 'quote',
  'Spreek iemand aan op z’n verlangen wat er diep van binnen leeft en vergroot het eigenaarschap door de medewerker in te zetten als leervormgever! (Jeannot van Mierlo)',
  '2024-01-16 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000406', '5e1d0000-0000-4000-8000-000000000104', 'quote',
  'Ideeën uitwisselen met verschillende soorten mensen uit diverse organisaties is heel waardevol.', '2024-01-16 16:31 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000407', '5e1d0000-0000-4000-8000-000000000104', 'reflection',
  'KLEINE stappen, GROOTS effect: kijk welke actie je morgen al kunt oppakken. Samen meer dan honderd ideeën bedacht voor elkaars "Hoe kunnen we…?"-vraag.',
  '2024-01-16 16:32 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000408', '5e1d0000-0000-4000-8000-000000000105', 'quote',
  'Heel prettig vond ik de wisselende werkvormen, verschillende disciplines en handige tools.', '2024-02-13 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000409', '5e1d0000-0000-4000-8000-000000000106', 'quote',
  'Mij stak het enthousiasme van iedereen (de deelnemers & trainers) en dat iedereen ernaar wil streven een positieve leercultuur/positief leerklimaat te bevorderen, aan.',
  '2024-03-12 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000410', '5e1d0000-0000-4000-8000-000000000106', 'quote',
  'Door mijn deelname aan het lerend netwerk ben ik echt aan de slag gegaan met mijn vraagstuk, anders had ik dat op lange baan geschoven. Belangrijk om het uiteindelijk te vertalen naar enkele kleine praktische toepassingen.',
  '2024-03-12 16:31 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000411', '5e1d0000-0000-4000-8000-000000000106', 'reflection',
  'Leertechnologie kan leren leuker, aantrekkelijker, makkelijker en laagdrempeliger maken; weeg altijd af wat een technologie bijdraagt en hoe het in het geheel past.',
  '2024-03-12 16:32 Europe/Amsterdam')
ON CONFLICT (id) DO NOTHING;

-- session 6: what the group gathered with 1-2-4-all on "Hoe kan je leertechnologie inzetten om leercultuur te
-- verbeteren?" (the legible items of the bundle's photo), as the session's ideas
INSERT INTO idea (id, session_id, text, author_id, tags, created_at) VALUES
 ('5e1d0000-0000-4000-8000-000000000501', '5e1d0000-0000-4000-8000-000000000106', 'Meer motivatie', NULL, '{leertechnologie}', '2024-03-12 15:00 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000502', '5e1d0000-0000-4000-8000-000000000106', 'Drempelverlagend', NULL, '{leertechnologie}', '2024-03-12 15:01 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000503', '5e1d0000-0000-4000-8000-000000000106', 'Lezen wat nodig is!', NULL, '{leertechnologie}', '2024-03-12 15:02 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000504', '5e1d0000-0000-4000-8000-000000000106', 'Combinaties maken van casussen', NULL, '{leertechnologie}', '2024-03-12 15:03 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000505', '5e1d0000-0000-4000-8000-000000000106', 'Spiegelen in de werelden', NULL, '{leertechnologie}', '2024-03-12 15:04 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000506', '5e1d0000-0000-4000-8000-000000000106', 'Scenario lezen', NULL, '{leertechnologie}', '2024-03-12 15:05 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000507', '5e1d0000-0000-4000-8000-000000000106', 'Integratief leren: iedereen leest!', NULL, '{leertechnologie}', '2024-03-12 15:06 Europe/Amsterdam')
ON CONFLICT (id) DO NOTHING;

-- the stack's demo participant (user "participant") takes part for Laurens; users are known by their token subject,
-- the fixed user ids of deploy/keycloak/leercultuur-realm.json (facilitator ...0003, participant ...0005)
INSERT INTO participant (id, network_id, name, email, organisation_id, role, user_subject)
VALUES ('5e1d0000-0000-4000-8000-000000000201', '5e1d0000-0000-4000-8000-000000000001', 'Demo Deelnemer', NULL, 'laurens',
        'case-owner', '3f0e8a52-1c6d-4b7a-9e21-0a0000000005')
ON CONFLICT (id) DO UPDATE SET user_subject = excluded.user_subject;
