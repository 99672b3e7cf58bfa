-- The responses projection: one row per response decision (an intervention or "no response for
-- now"), with the details of its kind. Texts are personal data of the incident: scrubbed on erasure.
CREATE TABLE responses (
    response_id          UUID PRIMARY KEY,
    incident_id          UUID NOT NULL,
    kind                 VARCHAR(30) NOT NULL,   -- an InterventionType, or NO_RESPONSE
    status               VARCHAR(20) NOT NULL,   -- CHOSEN, COMPLETED, CANCELLED; DECIDED for no response
    official_consulted   BOOLEAN NOT NULL,
    official_view        TEXT,
    rationale            TEXT,
    involved_actors      TEXT NOT NULL,          -- comma-separated InvolvedActor names
    decided_by_role      VARCHAR(30) NOT NULL,
    decided_at           TIMESTAMPTZ NOT NULL,
    conducted_by         VARCHAR(30),
    actor_description    TEXT,
    planned_on           DATE,
    setting_location     TEXT,
    setting_room         TEXT,
    two_persons_present  BOOLEAN,
    letter_behaviour     TEXT,
    letter_impact        TEXT,
    letter_consequences  TEXT,
    recipient_name       TEXT,
    recipient_address    TEXT,
    vpt                  BOOLEAN,
    police_reference     TEXT,
    ban_scope            VARCHAR(20),
    ban_area             TEXT,
    ban_from             DATE,
    ban_until            DATE,
    legal_basis          TEXT,
    outcome              TEXT,
    completed_at         TIMESTAMPTZ,
    cancellation_reason  TEXT,
    cancelled_at         TIMESTAMPTZ,
    lifting_reason       TEXT,
    lifted_at            TIMESTAMPTZ,
    erased               BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX responses_incident ON responses (incident_id, decided_at);
CREATE INDEX responses_bans ON responses (ban_until) WHERE kind = 'ACCESS_BAN';
