-- Open Referral UK 3.0 fields that the directory tables did not hold yet, so that listings
-- imported from other directories keep them and the API and export publish them again.
-- Portable SQL: it must also run on PostgreSQL.

-- When another directory last checked the record (Open Referral `assured_date`, YYYY-MM-DD);
-- verified_at stays the provider's own confirmation, which no import sets.
ALTER TABLE service ADD COLUMN assured_date TEXT;

-- physical, postal or virtual.
ALTER TABLE location ADD COLUMN location_type TEXT NOT NULL DEFAULT 'physical';

ALTER TABLE address ADD COLUMN attention TEXT;
ALTER TABLE address ADD COLUMN region TEXT;
ALTER TABLE address ADD COLUMN state_province TEXT;

ALTER TABLE taxonomy ADD COLUMN uri TEXT;
ALTER TABLE taxonomy ADD COLUMN version TEXT;

-- For another directory's terms: the parent term's id (no foreign key: packages often name
-- parents they do not include), the term as that taxonomy writes it, and its URI.
ALTER TABLE taxonomy_term ADD COLUMN parent_id TEXT;
ALTER TABLE taxonomy_term ADD COLUMN term TEXT;
ALTER TABLE taxonomy_term ADD COLUMN term_uri TEXT;

-- attribute.link_type names the linked table ('service'), as HSDS 3.0's link_entity does;
-- Open Referral UK's own attribute.link_type (a code such as what the term describes:
-- eligibility, audience) is kept here.
ALTER TABLE attribute ADD COLUMN oruk_link_type TEXT;
