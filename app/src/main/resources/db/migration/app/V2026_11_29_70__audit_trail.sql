-- Projection "audit-trail": one entry per stored event, in the order of the event stream (its global
-- index), with who, on whose behalf, what, about which incident, why, and a hash chaining it to the
-- entry before it. Rebuilt by replay; the chain is recomputed from domain_event_entry on verification.
CREATE TABLE audit_entry (
    position           BIGINT PRIMARY KEY,
    event_id           VARCHAR(255) NOT NULL UNIQUE,
    event_type         VARCHAR(200) NOT NULL,
    aggregate_type     VARCHAR(255),
    aggregate_id       VARCHAR(255),
    occurred_at        TIMESTAMPTZ  NOT NULL,
    actor              VARCHAR(100) NOT NULL,
    actor_role         VARCHAR(30)  NOT NULL,
    on_behalf_of       VARCHAR(100),
    incident_id        UUID,
    -- The decision's own words: personal data of rationale_subject, scrubbed when that subject is erased.
    rationale          TEXT,
    rationale_subject  VARCHAR(100),
    official_consulted BOOLEAN,
    vpt                BOOLEAN,
    -- What the event says besides texts (ids, enums, flags, dates): never personal data.
    facts              JSONB        NOT NULL,
    -- The enum-valued facts of the event, the "rationale categories" the council sees.
    categories         JSONB        NOT NULL,
    correlation_id     VARCHAR(100),
    digest             CHAR(64)     NOT NULL,
    hash               CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_by_incident ON audit_entry (incident_id, position);
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_by_type ON audit_entry (event_type);

-- The incidents the trail has seen reported: reference and routing, for filters and need-to-know.
CREATE TABLE audit_incident (
    incident_id   UUID PRIMARY KEY,
    reference     VARCHAR(20) NOT NULL,
    official_id   VARCHAR(100),
    official_kind VARCHAR(30),
    handler       VARCHAR(30),
    reported_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_incident_by_reference ON audit_incident (reference);

-- The kind of each official (never the name), for the council's redacted view.
CREATE TABLE audit_official (
    official_id VARCHAR(100) PRIMARY KEY,
    kind        VARCHAR(30) NOT NULL
);

-- Aggregates created for an incident (an intervention, a decision, a case update): their later events
-- and reads of them belong to that incident.
CREATE TABLE audit_object (
    object_id   VARCHAR(255) PRIMARY KEY,
    incident_id UUID NOT NULL
);
