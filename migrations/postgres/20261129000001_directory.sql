-- The directory, modelled on Open Referral UK 3.0 (organization, service, location,
-- service_at_location, address, phone, schedule, language, service_area, taxonomy,
-- taxonomy_term, attribute) plus what a victims' portal needs: taxonomy tags as
-- attributes, confidential locations, online contact, offers, verification date.
-- Portable SQL: it must also run on PostgreSQL.

CREATE TABLE organization (
    id          TEXT PRIMARY KEY NOT NULL,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT,
    website     TEXT
);

CREATE TABLE service (
    id                      TEXT PRIMARY KEY NOT NULL,
    slug                    TEXT NOT NULL UNIQUE,
    organization_id         TEXT NOT NULL REFERENCES organization (id),
    name                    TEXT NOT NULL,
    description             TEXT NOT NULL,
    eligibility_description TEXT,
    url                     TEXT,
    email                   TEXT,
    chat_url                TEXT,
    status                  TEXT NOT NULL DEFAULT 'active',
    fees                    TEXT,
    interpretation_services TEXT,
    minimum_age             BIGINT,
    maximum_age             BIGINT,
    accepts_online_contact  BOOLEAN NOT NULL DEFAULT FALSE,
    verified_at             TEXT,
    last_modified           TEXT NOT NULL
);

CREATE TABLE service_offer (
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position   BIGINT NOT NULL,
    offer      TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);

CREATE TABLE phone (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    number      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    description TEXT
);
CREATE INDEX phone_service ON phone (service_id);

CREATE TABLE schedule (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    byday       TEXT NOT NULL,
    opens_at    TEXT NOT NULL,
    closes_at   TEXT NOT NULL,
    description TEXT
);
CREATE INDEX schedule_service ON schedule (service_id);

CREATE TABLE language (
    id         TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    code       TEXT NOT NULL
);
CREATE INDEX language_service ON language (service_id);

CREATE TABLE service_area (
    id         TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    area       TEXT NOT NULL
);
CREATE INDEX service_area_service ON service_area (service_id);
CREATE INDEX service_area_area ON service_area (area);

CREATE TABLE location (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT,
    confidential BOOLEAN NOT NULL DEFAULT FALSE,
    borough      TEXT
);

CREATE TABLE address (
    id           TEXT PRIMARY KEY NOT NULL,
    location_id  TEXT NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    address_1    TEXT NOT NULL,
    city         TEXT NOT NULL,
    postal_code  TEXT NOT NULL,
    country      TEXT NOT NULL DEFAULT 'GB',
    address_type TEXT NOT NULL DEFAULT 'physical'
);
CREATE INDEX address_location ON address (location_id);

CREATE TABLE service_at_location (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL
);
CREATE INDEX service_at_location_service ON service_at_location (service_id);

CREATE TABLE taxonomy (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE taxonomy_term (
    id          TEXT PRIMARY KEY NOT NULL,
    taxonomy_id TEXT NOT NULL REFERENCES taxonomy (id),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    UNIQUE (taxonomy_id, code)
);

CREATE TABLE attribute (
    id               TEXT PRIMARY KEY NOT NULL,
    link_id          TEXT NOT NULL,
    link_type        TEXT NOT NULL,
    taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_term (id),
    UNIQUE (link_id, taxonomy_term_id)
);
CREATE INDEX attribute_term ON attribute (taxonomy_term_id);
