-- The communication projection. One row per communication decision: the current one of an incident is
-- the one not superseded by a revision; the earlier ones stay as history. Texts are personal data of
-- the incident: scrubbed on erasure.
CREATE TABLE communication_decisions (
    decision_id                 UUID PRIMARY KEY,
    incident_id                 UUID NOT NULL,
    number                      INTEGER NOT NULL,       -- 1 for the first decision, higher for revisions
    revises                     UUID,
    superseded_by               UUID,
    participants                TEXT NOT NULL,          -- comma-separated Participant names
    official_agreed             BOOLEAN NOT NULL,
    internal_audiences          TEXT NOT NULL,          -- comma-separated InternalAudience names, possibly none
    external                    BOOLEAN NOT NULL,
    external_form               TEXT,
    rationale                   TEXT,
    decided_by_role             VARCHAR(30) NOT NULL,
    decided_at                  TIMESTAMPTZ NOT NULL,
    executed_on                 DATE,
    executed_by                 TEXT,
    execution_recorded_by_role  VARCHAR(30),
    execution_recorded_at       TIMESTAMPTZ,
    erased                      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX communication_decisions_incident ON communication_decisions (incident_id, number);

-- Requests to correct a falsehood on social media from the municipal account: requested, approved, published.
CREATE TABLE falsehood_corrections (
    correction_id            UUID PRIMARY KEY,
    incident_id              UUID NOT NULL,
    where_posted             TEXT,
    falsehood                TEXT,
    proposed_correction      TEXT,
    requested_by_role        VARCHAR(30) NOT NULL,
    requested_at             TIMESTAMPTZ NOT NULL,
    approved_on              DATE,
    approved_by_role         VARCHAR(30),
    approval_recorded_at     TIMESTAMPTZ,
    published_on             DATE,
    publication_link         TEXT,
    published_by_role        VARCHAR(30),
    publication_recorded_at  TIMESTAMPTZ,
    erased                   BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX falsehood_corrections_incident ON falsehood_corrections (incident_id, requested_at);

-- The incidents whose personal data was erased, as far as this projection knows. An erasure (an event of
-- the incident) and a decision or correction (events of other aggregates) may be handled in either order
-- by different segments, so a row stored after the erasure asks here whether it is erased.
CREATE TABLE communication_erased_incidents (
    incident_id  UUID PRIMARY KEY
);
