-- The register learns discussion, assessment and perpetrator links.
ALTER TABLE incident_register ADD COLUMN registered_at TIMESTAMPTZ;
ALTER TABLE incident_register ADD COLUMN behaviour_type VARCHAR(30);
ALTER TABLE incident_register ADD COLUMN severity VARCHAR(30);
ALTER TABLE incident_register ADD COLUMN assessed_at TIMESTAMPTZ;
ALTER TABLE incident_register ADD COLUMN assessment_number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_register ADD COLUMN assessment_norms TEXT;
ALTER TABLE incident_register ADD COLUMN assessment_rationale TEXT;
ALTER TABLE incident_register ADD COLUMN perpetrator_id UUID;
ALTER TABLE incident_register ADD COLUMN repeat BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE incident_register ADD COLUMN previous_incident_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX incident_register_by_perpetrator ON incident_register (perpetrator_id);

-- Projection "norms": every version of every norm, so an assessment shows the words it applied.
CREATE TABLE norm_version (
    norm_id     UUID         NOT NULL,
    version     INTEGER      NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    valid_from  DATE         NOT NULL,
    retired_on  DATE,
    current     BOOLEAN      NOT NULL,
    PRIMARY KEY (norm_id, version)
);

-- Projection "incident-timeline": every decision on an incident, who took it and when.
CREATE TABLE incident_timeline (
    event_id    VARCHAR(255) PRIMARY KEY,
    incident_id UUID         NOT NULL,
    position    BIGINT       NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    actor_role  VARCHAR(30)  NOT NULL,
    detail      TEXT
);
CREATE INDEX incident_timeline_by_incident ON incident_timeline (incident_id, position);
