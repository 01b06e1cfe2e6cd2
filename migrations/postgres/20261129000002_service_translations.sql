-- A listing's own words in other languages: shown to readers of that language, the original
-- (marked with its language) where no translation exists.
CREATE TABLE service_translation (
    service_id              TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    locale                  TEXT NOT NULL,
    name                    TEXT,
    description             TEXT,
    eligibility_description TEXT,
    PRIMARY KEY (service_id, locale)
);
