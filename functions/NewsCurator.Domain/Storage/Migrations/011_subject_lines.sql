-- Subject lines A/B: both variants of every issue, and which one was sent (subject keeps the sent text).
ALTER TABLE newsletters ADD COLUMN subject_variant TEXT;
ALTER TABLE newsletters ADD COLUMN subject_informative TEXT;
ALTER TABLE newsletters ADD COLUMN subject_engaging TEXT;
