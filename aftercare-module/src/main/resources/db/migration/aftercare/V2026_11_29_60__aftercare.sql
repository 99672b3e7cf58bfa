-- The aftercare projection (processing group "aftercare"): aftercare requests, case updates from police
-- and public prosecutor, damage claims, and the follow-up offered when a criminal complaint was filed.
-- Texts are personal data of the incident: scrubbed on erasure. Rebuilt identically by replay.
CREATE TABLE aftercare_requests (
    aftercare_id       UUID PRIMARY KEY,
    incident_id        UUID NOT NULL,
    kind               VARCHAR(30) NOT NULL,   -- an AftercareKind
    description        TEXT,
    requested_on       DATE NOT NULL,
    requested_by_role  VARCHAR(30) NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    arranged_by        TEXT,
    arranged_with      TEXT,
    arranged_on        DATE,
    completed_on       DATE,
    completion_note    TEXT,
    erased             BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX aftercare_requests_incident ON aftercare_requests (incident_id, requested_on);

CREATE TABLE case_updates (
    case_update_id    UUID PRIMARY KEY,
    incident_id       UUID NOT NULL,
    update_date       DATE NOT NULL,          -- the day the municipality heard of it
    source            VARCHAR(30) NOT NULL,   -- a CaseUpdateSource
    kind              VARCHAR(30) NOT NULL,   -- a CaseUpdateKind
    summary           TEXT,
    recorded_by_role  VARCHAR(30) NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    informed_at       TIMESTAMPTZ,
    informed_how      VARCHAR(30),            -- an InformationChannel
    informed_note     TEXT,
    erased            BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX case_updates_incident ON case_updates (incident_id, update_date);
CREATE INDEX case_updates_not_informed ON case_updates (update_date) WHERE informed_at IS NULL;

CREATE TABLE damage_claims (
    damage_claim_id    UUID PRIMARY KEY,
    incident_id        UUID NOT NULL,
    what               TEXT,
    amount_cents       BIGINT NOT NULL,
    route              VARCHAR(40) NOT NULL,   -- a ClaimRoute
    filed_on           DATE NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    status             VARCHAR(20) NOT NULL,   -- a ClaimStatus
    status_changed_on  DATE,
    status_note        TEXT,
    recovered_cents    BIGINT NOT NULL DEFAULT 0,
    last_received_on   DATE,
    erased             BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX damage_claims_incident ON damage_claims (incident_id, filed_on);

-- One row per criminal complaint chosen in the response module: the aftercare page offers to start
-- keeping the official informed. Withdrawn when the complaint is cancelled.
CREATE TABLE case_follow_up_offers (
    intervention_id  UUID PRIMARY KEY,
    incident_id      UUID NOT NULL,
    offered_at       TIMESTAMPTZ NOT NULL,
    withdrawn_at     TIMESTAMPTZ
);
CREATE INDEX case_follow_up_offers_incident ON case_follow_up_offers (incident_id);
