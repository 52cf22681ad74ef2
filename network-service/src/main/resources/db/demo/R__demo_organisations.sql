-- Demo data: organisations of the Rotterdam-Rijnmond care region named in the seeds (the learning-network bundle 000:
-- its opdrachtgever, participants and good practices; the lifelong-learning report 004), plus a few more (Humanitas,
-- Yulius, Enver). tools/seed-fidelity.json lists each with the seed line it comes from. Idempotent: a row nobody has
-- edited since (lock_version 0) takes the corrections below; an edited one, or a name someone registered under
-- another id, is left as it is.
INSERT INTO organisation (id, name, sector, region, size_class)
SELECT v.id, v.name, v.sector, v.region, v.size_class FROM (VALUES
    ('derotterdamsezorg', 'deRotterdamseZorg', 'other', 'Rotterdam-Rijnmond', 'small'),
    ('curamare', 'CuraMare', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('erasmus-mc', 'Erasmus MC', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('ikazia', 'Ikazia Ziekenhuis', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('ijsselland', 'IJsselland Ziekenhuis', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('franciscus', 'Franciscus Gasthuis & Vlietland', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('spijkenisse-mc', 'Spijkenisse Medisch Centrum', 'hospital', 'Rotterdam-Rijnmond', 'medium'),
    ('laurens', 'Laurens', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('aafje', 'Aafje', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('lelie-zorggroep', 'Lelie zorggroep', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('humanitas', 'Stichting Humanitas', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('pameijer', 'Pameijer', 'disability-care', 'Rotterdam-Rijnmond', 'large'),
    ('dichterbij', 'Stichting Dichterbij', 'disability-care', 'Zuidoost-Nederland', 'large'),
    ('antes', 'Antes', 'mental-health', 'Rotterdam-Rijnmond', 'large'),
    ('yulius', 'Yulius', 'mental-health', 'Rotterdam-Rijnmond', 'medium'),
    ('ggd-rotterdam-rijnmond', 'GGD Rotterdam-Rijnmond', 'public-health', 'Rotterdam-Rijnmond', 'medium'),
    ('zadkine', 'Zadkine', 'education', 'Rotterdam-Rijnmond', 'large'),
    ('enver', 'Enver', 'youth-care', 'Rotterdam-Rijnmond', 'medium')
) AS v (id, name, sector, region, size_class)
WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE lower(o.name) = lower(v.name) AND o.id <> v.id)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, sector = excluded.sector, region = excluded.region,
    size_class = excluded.size_class, updated_at = now()
WHERE organisation.lock_version = 0
  AND (organisation.name, organisation.sector, organisation.region, organisation.size_class)
      IS DISTINCT FROM (excluded.name, excluded.sector, excluded.region, excluded.size_class);
