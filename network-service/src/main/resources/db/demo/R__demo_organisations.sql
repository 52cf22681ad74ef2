-- Demo data: organisations of the Rotterdam-Rijnmond care region, named in the learning-network bundle
-- (seed 000) and the lifelong-learning best practices (seed 004), plus a few more. Idempotent.
INSERT INTO organisation (id, name, sector, region, size_class) VALUES
    ('erasmus-mc', 'Erasmus MC', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('ikazia', 'Ikazia Ziekenhuis', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('franciscus', 'Franciscus Gasthuis & Vlietland', 'hospital', 'Rotterdam-Rijnmond', 'large'),
    ('spijkenisse-mc', 'Spijkenisse Medisch Centrum', 'hospital', 'Rotterdam-Rijnmond', 'medium'),
    ('laurens', 'Laurens', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('aafje', 'Aafje', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('lelie-zorggroep', 'Lelie zorggroep', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('humanitas', 'Stichting Humanitas', 'elderly-care', 'Rotterdam-Rijnmond', 'large'),
    ('pameijer', 'Pameijer', 'disability-care', 'Rotterdam-Rijnmond', 'large'),
    ('dichterbij', 'Stichting Dichterbij', 'disability-care', 'Noord-Limburg', 'large'),
    ('antes', 'Antes', 'mental-health', 'Rotterdam-Rijnmond', 'large'),
    ('yulius', 'Yulius', 'mental-health', 'Rotterdam-Rijnmond', 'medium'),
    ('ggd-rotterdam-rijnmond', 'GGD Rotterdam-Rijnmond', 'public-health', 'Rotterdam-Rijnmond', 'medium'),
    ('zadkine', 'Zadkine', 'education', 'Rotterdam-Rijnmond', 'large'),
    ('enver', 'Enver', 'youth-care', 'Rotterdam-Rijnmond', 'medium')
ON CONFLICT (id) DO NOTHING;
