-- The protective measures for officials, each kept by the protective-measures projection. Their texts
-- are personal data of the official (or, for a meeting, of the analysis): sealed in the event store.
CREATE TABLE safety_scans (
    safety_scan_id           UUID PRIMARY KEY,
    official_id              UUID NOT NULL,
    incident_id              UUID,
    requested_on             DATE NOT NULL,
    requested_by_role        VARCHAR(30) NOT NULL,
    recorded_at              TIMESTAMPTZ NOT NULL,
    carried_out_on           DATE,
    advice_summary           TEXT,
    follow_up_actions        TEXT[] NOT NULL DEFAULT '{}',  -- in the order the advice gives them
    -- when each action was done, by position (1-based here, 0-based in the API); NULL while open
    follow_up_done_on        DATE[] NOT NULL DEFAULT '{}',
    carried_out_recorded_at  TIMESTAMPTZ
);

CREATE TABLE threat_measures (
    threat_measure_id  UUID PRIMARY KEY,
    official_id        UUID NOT NULL,
    incident_id        UUID,
    what               TEXT NOT NULL,
    valid_from         DATE NOT NULL,
    valid_until        DATE NOT NULL,
    agreed_with        TEXT NOT NULL,            -- comma-separated ThreatPartner names
    agreed_by_role     VARCHAR(30) NOT NULL,
    agreed_at          TIMESTAMPTZ NOT NULL,
    ending_reason      TEXT,
    ended_at           TIMESTAMPTZ
);

CREATE INDEX threat_measures_until ON threat_measures (valid_until);

CREATE TABLE meeting_risk_analyses (
    analysis_id       UUID PRIMARY KEY,
    meeting_kind      VARCHAR(30) NOT NULL,
    meeting_name      TEXT NOT NULL,
    meeting_on        DATE NOT NULL,
    risks_found       TEXT NOT NULL,
    measures_taken    TEXT NOT NULL,
    official_ids      TEXT[] NOT NULL,            -- the officials involved, possibly none
    recorded_by_role  VARCHAR(30) NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL
);
