-- The staff side: accounts, sessions, one-time links, second factors, listing revisions awaiting
-- moderation, and the audit log; plus what providers keep true on a listing besides its
-- Open Referral fields (capacity, temporary closure). Portable SQL: it must also run on
-- PostgreSQL. Times are RFC 3339 text in UTC; secrets that would let someone in (session ids,
-- one-time links, recovery codes) are stored only as SHA-256 digests.

ALTER TABLE service ADD COLUMN capacity TEXT;
ALTER TABLE service ADD COLUMN capacity_note TEXT;
ALTER TABLE service ADD COLUMN closed_message TEXT;
ALTER TABLE service ADD COLUMN closed_until TEXT;

CREATE TABLE staff_user (
    id               TEXT PRIMARY KEY NOT NULL,
    email            TEXT NOT NULL UNIQUE,
    role             TEXT NOT NULL CHECK (role IN ('admin', 'provider', 'caseworker')),
    locale           TEXT NOT NULL DEFAULT 'en',
    -- NULL until the person follows their set-up link.
    password_hash    TEXT,
    totp_secret      TEXT,
    -- The last time step a code was accepted for: a code is never accepted twice.
    totp_last_step   BIGINT,
    failed_logins    BIGINT NOT NULL DEFAULT 0,
    locked_until     TEXT,
    disabled_at      TEXT,
    created_at       TEXT NOT NULL
);

CREATE TABLE membership (
    user_id         TEXT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organization_id)
);
CREATE INDEX membership_organization ON membership (organization_id);

-- A browser's session. `user_id` is NULL before sign-in (the session only carries the CSRF
-- token of the sign-in form); `stage` says how far sign-in has gone.
CREATE TABLE staff_session (
    id_digest    TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT REFERENCES staff_user (id) ON DELETE CASCADE,
    stage        TEXT NOT NULL CHECK (stage IN ('anonymous', 'password', 'complete')),
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX staff_session_user ON staff_session (user_id);
CREATE INDEX staff_session_expiry ON staff_session (expires_at);

CREATE TABLE recovery_code (
    user_id     TEXT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    code_digest TEXT NOT NULL,
    used_at     TEXT,
    PRIMARY KEY (user_id, code_digest)
);

-- Set-up and password-reset links.
CREATE TABLE one_time_link (
    token_digest TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('setup', 'reset')),
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_at      TEXT
);
CREATE INDEX one_time_link_user ON one_time_link (user_id);

-- Failed sign-ins per client address (a digest, never the address), for throttling; rows
-- older than the throttling window are deleted.
CREATE TABLE login_failure (
    client_digest TEXT NOT NULL,
    failed_at     TEXT NOT NULL
);
CREATE INDEX login_failure_client ON login_failure (client_digest, failed_at);

-- A provider's proposed listing, in the directory file format, awaiting an administrator.
CREATE TABLE listing_revision (
    id               TEXT PRIMARY KEY NOT NULL,
    service_id       TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    author_id        TEXT REFERENCES staff_user (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    base             TEXT NOT NULL,
    proposed         TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    reviewer_id      TEXT REFERENCES staff_user (id) ON DELETE SET NULL,
    reviewed_at      TEXT,
    rejection_reason TEXT
);
CREATE INDEX listing_revision_service ON listing_revision (service_id, created_at);
CREATE INDEX listing_revision_status ON listing_revision (status, created_at);

-- Every staff action: who, what, when, and the record before and after (JSON).
CREATE TABLE audit_event (
    id          TEXT PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    actor_id    TEXT,
    actor_email TEXT,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id   TEXT,
    before      TEXT,
    after       TEXT
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_actor ON audit_event (actor_email, at);
CREATE INDEX audit_event_target ON audit_event (target_type, target_id, at);
