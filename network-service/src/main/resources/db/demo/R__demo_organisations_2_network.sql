-- (Named to run after R__demo_organisations: Flyway orders repeatable migrations by their description.)
-- Demo: the learning network "Leercultuur" of seed 000 — six sessions from October 2023 to March 2024, each with its
-- own theme and action-learning phase. The exact dates are not in the seed; these are plausible ones (local time).
-- Idempotent: fixed ids, nothing overwritten.
INSERT INTO network (id, name, theme, description, region, starts_on, ends_on, methodology, status, facilitators,
                     member_organisations, created_by)
VALUES ('5e1d0000-0000-4000-8000-000000000001', 'Lerend netwerk Leercultuur', 'Leercultuur versterken',
        'Deelnemers uit zorg- en onderwijsorganisaties in de regio werken met actieleren aan een eigen vraagstuk over leercultuur.',
        'Rotterdam-Rijnmond', '2023-10-01', '2024-03-31', 'action-learning', 'COMPLETED', '{facilitator}',
        '{antes,ggd-rotterdam-rijnmond,pameijer,laurens,ikazia,erasmus-mc,franciscus,lelie-zorggroep,aafje,humanitas,zadkine,yulius}',
        'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO network_session (id, network_id, number, title, theme, starts_at, ends_at, place, speakers, phase_focus, agenda, status, held_at)
VALUES
 ('5e1d0000-0000-4000-8000-000000000101', '5e1d0000-0000-4000-8000-000000000001', 1, 'Kick-off', 'Wat verstaan we onder leercultuur?',
  '2023-10-10 13:30 Europe/Amsterdam', '2023-10-10 16:30 Europe/Amsterdam', 'Rotterdam', NULL, 'ready',
  'Kennismaken, de opdrachtgever ontmoeten, het begrip leercultuur verkennen en kennismaken met actieleren.', 'HELD', '2023-10-10 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000102', '5e1d0000-0000-4000-8000-000000000001', 2, 'Vragen stellen, vragen stellen, vragen stellen!', 'Vragen stellen',
  '2023-11-14 13:30 Europe/Amsterdam', '2023-11-14 16:30 Europe/Amsterdam', 'Rotterdam', NULL, 'explore-problem',
  'Exploreervragen verdiepen: wat wil je oplossen, wat wil je weten over leercultuur? Daarna het probleem verkennen in de eigen organisatie.', 'HELD', '2023-11-14 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000103', '5e1d0000-0000-4000-8000-000000000001', 3, 'Meten van leercultuur', 'Meten van leercultuur',
  '2023-12-12 13:30 Europe/Amsterdam', '2023-12-12 16:30 Europe/Amsterdam', 'Rotterdam', NULL, 'develop-solutions',
  'Instrumenten om leercultuur te meten; van het probleem verkennen naar oplossingen ontwikkelen met de "Hoe kunnen we…?"-vraag.', 'HELD', '2023-12-12 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000104', '5e1d0000-0000-4000-8000-000000000001', 4, 'Ontwikkelen van ontwikkelen', 'Hoe ontwikkel je?',
  '2024-01-16 13:30 Europe/Amsterdam', '2024-01-16 16:30 Europe/Amsterdam', 'Rotterdam', 'Jeannot van Mierlo', 'sharpen-and-share',
  'Aanscherpen en kennisdelen; samen meedenken met elkaars "Hoe kunnen we…?"-vraag.', 'HELD', '2024-01-16 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000105', '5e1d0000-0000-4000-8000-000000000001', 5, 'Verandermanagement', 'Verandermanagement',
  '2024-02-13 13:30 Europe/Amsterdam', '2024-02-13 16:30 Europe/Amsterdam', 'Rotterdam', 'Babette Leermakers', 'experiment',
  'Verandervermogen, veranderbereidheid en fasen van verandering; experimentencanvassen uitwisselen en aanvullen.', 'HELD', '2024-02-13 16:30 Europe/Amsterdam'),
 ('5e1d0000-0000-4000-8000-000000000106', '5e1d0000-0000-4000-8000-000000000001', 6, 'Leertechnologie en leercultuur', 'Leertechnologie',
  '2024-03-12 13:30 Europe/Amsterdam', '2024-03-12 16:30 Europe/Amsterdam', 'Rotterdam', 'Anna Hoogmoed', 'reflect-and-present',
  'Hoe leertechnologie (microlearning, gamification, AI, XR, apps) bijdraagt aan het leerklimaat; reflecteren en presenteren.', 'HELD', '2024-03-12 16:30 Europe/Amsterdam')
ON CONFLICT (id) DO NOTHING;

-- the stack's demo participant (user "participant") takes part for Laurens
INSERT INTO participant (id, network_id, name, email, organisation_id, role, user_subject)
VALUES ('5e1d0000-0000-4000-8000-000000000201', '5e1d0000-0000-4000-8000-000000000001', 'Demo Deelnemer', NULL, 'laurens',
        'case-owner', 'participant')
ON CONFLICT (id) DO NOTHING;
