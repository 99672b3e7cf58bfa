-- Command side: the counter behind incident references (YYYY-NNNN), one row per year of reporting.
CREATE TABLE incident_reference_counter (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Projection "officials": the municipality's officials.
CREATE TABLE official (
    official_id UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    kind        VARCHAR(30) NOT NULL
);

-- Projection "incident-register": one row per incident, what case handlers and officials read.
CREATE TABLE incident_register (
    incident_id             UUID PRIMARY KEY,
    reference               VARCHAR(20) NOT NULL UNIQUE,
    status                  VARCHAR(30) NOT NULL,
    official_id             UUID        NOT NULL,
    official_kind           VARCHAR(30) NOT NULL,
    handler                 VARCHAR(30) NOT NULL,
    reported_by_role        VARCHAR(30) NOT NULL,
    reported_at             TIMESTAMPTZ NOT NULL,
    occurred_at             TIMESTAMPTZ NOT NULL,
    location                TEXT        NOT NULL,
    channel                 VARCHAR(30) NOT NULL,
    behaviours              TEXT        NOT NULL,
    description             TEXT        NOT NULL,
    perpetrator_name        TEXT,
    perpetrator_handle      TEXT,
    perpetrator_description TEXT,
    witnesses               TEXT
);
CREATE INDEX incident_register_newest_first ON incident_register (reported_at DESC, reference DESC);
CREATE INDEX incident_register_by_official ON incident_register (official_id);
CREATE INDEX incident_register_by_handler ON incident_register (handler);
