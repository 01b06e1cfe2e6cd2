-- Requests to be contacted, sent from a service's page by someone who needs help. What they
-- wrote is sealed (XChaCha20-Poly1305, app/src/ssr/sealed.rs) before it is stored: `sealed`
-- holds key id, nonce and ciphertext, bound to the row's id. Only the reference, the service,
-- the status and times are in the clear. Portable SQL: it must also run on PostgreSQL.

CREATE TABLE contact_request (
    id         TEXT PRIMARY KEY NOT NULL,
    reference  TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('new', 'contacting', 'engaged', 'helped', 'declined', 'closed')),
    sealed     BYTEA NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at  TEXT
);
CREATE INDEX contact_request_service ON contact_request (service_id, created_at);
CREATE INDEX contact_request_closed ON contact_request (closed_at);
