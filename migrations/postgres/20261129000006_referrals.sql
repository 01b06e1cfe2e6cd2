-- Referrals from caseworkers; assignment of inbox items to a colleague; internal notes; and the
-- timeline (who changed what, when) of contact requests and referrals alike. What is personal
-- (the client's details, the consent, notes) is sealed as contact requests are
-- (app/src/ssr/sealed.rs: key id, nonce, ciphertext, bound to the row's id); only references,
-- services, people's accounts, statuses and times are in the clear.
-- Portable SQL: it must also run on PostgreSQL.

ALTER TABLE contact_request ADD COLUMN assigned_to TEXT REFERENCES staff_user (id) ON DELETE SET NULL;

CREATE TABLE referral (
    id               TEXT PRIMARY KEY NOT NULL,
    reference        TEXT NOT NULL UNIQUE,
    service_id       TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    referrer_id      TEXT NOT NULL REFERENCES staff_user (id),
    urgency          TEXT NOT NULL CHECK (urgency IN ('routine', 'soon', 'urgent')),
    status           TEXT NOT NULL CHECK (status IN ('sent', 'received', 'accepted', 'contacting', 'engaged', 'helped', 'declined', 'closed')),
    decline_reason   TEXT CHECK (decline_reason IN ('not-eligible', 'no-capacity', 'could-not-contact', 'no-longer-wanted')),
    assigned_to      TEXT REFERENCES staff_user (id) ON DELETE SET NULL,
    sealed           BYTEA NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    -- Whether the service changed it since the referring caseworker last opened it.
    referrer_has_news BOOLEAN NOT NULL DEFAULT FALSE,
    closed_at        TEXT
);
CREATE INDEX referral_service ON referral (service_id, created_at);
CREATE INDEX referral_referrer ON referral (referrer_id, updated_at);
CREATE INDEX referral_closed ON referral (closed_at);

-- One row per status change or assignment, of exactly one contact request or referral.
CREATE TABLE case_event (
    id                 TEXT PRIMARY KEY NOT NULL,
    contact_request_id TEXT REFERENCES contact_request (id) ON DELETE CASCADE,
    referral_id        TEXT REFERENCES referral (id) ON DELETE CASCADE,
    at                 TEXT NOT NULL,
    -- Events of one item in the order they happened, even within one second.
    position           BIGINT NOT NULL,
    actor_id           TEXT REFERENCES staff_user (id) ON DELETE SET NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('status', 'assigned')),
    status             TEXT,
    reason             TEXT,
    assignee_id        TEXT REFERENCES staff_user (id) ON DELETE SET NULL,
    CHECK ((contact_request_id IS NULL) <> (referral_id IS NULL))
);
CREATE INDEX case_event_contact_request ON case_event (contact_request_id, position);
CREATE INDEX case_event_referral ON case_event (referral_id, position);

-- Notes the receiving organisation keeps about an item, for its own staff only.
CREATE TABLE case_note (
    id                 TEXT PRIMARY KEY NOT NULL,
    contact_request_id TEXT REFERENCES contact_request (id) ON DELETE CASCADE,
    referral_id        TEXT REFERENCES referral (id) ON DELETE CASCADE,
    author_id          TEXT REFERENCES staff_user (id) ON DELETE SET NULL,
    sealed             BYTEA NOT NULL,
    created_at         TEXT NOT NULL,
    CHECK ((contact_request_id IS NULL) <> (referral_id IS NULL))
);
CREATE INDEX case_note_contact_request ON case_note (contact_request_id, created_at);
CREATE INDEX case_note_referral ON case_note (referral_id, created_at);

-- Contact requests' status changes so far were kept only in the audit log; their timeline now
-- lives here.
INSERT INTO case_event (id, contact_request_id, at, position, actor_id, kind, status)
SELECT a.id, a.target_id, a.at,
       (SELECT COUNT(*) FROM audit_event b
        WHERE b.action = a.action AND b.target_id = a.target_id AND (b.at < a.at OR (b.at = a.at AND b.id <= a.id))),
       a.actor_id, 'status', a.after
FROM audit_event a JOIN contact_request c ON c.id = a.target_id
WHERE a.action = 'contact-request-status';
