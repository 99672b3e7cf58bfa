-- Data keys of data subjects (incidents, officials, perpetrator profiles), wrapped by the master key.
-- Kept apart from the events: a dump of the event store alone reveals no personal data.
-- An erasure sets wrapped_key to NULL: what was encrypted with it can never be read again.
CREATE TABLE data_subject_key (
    subject_id   VARCHAR(100) PRIMARY KEY,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    destroyed_at TIMESTAMPTZ
);

-- Proof that the configured master key is the one this database was set up with.
CREATE TABLE master_key_check (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    verifier BYTEA NOT NULL
);
