-- Projection "perpetrator-profiles": profiles of alleged perpetrators, for case handlers.
CREATE TABLE perpetrator_profile (
    perpetrator_id UUID PRIMARY KEY,
    name           TEXT,
    handles        TEXT[]      NOT NULL,
    description    TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    -- The profile it was merged into (which may itself be merged later); NULL while it stands on its own.
    merged_into    UUID,
    merged_at      TIMESTAMPTZ,
    erased_at      TIMESTAMPTZ
);
CREATE INDEX perpetrator_profile_by_merged_into ON perpetrator_profile (merged_into);

-- What a profile is found by: its name and each handle, in lower case, without accents or a leading @.
CREATE TABLE perpetrator_profile_search_key (
    perpetrator_id UUID NOT NULL,
    search_key     TEXT NOT NULL,
    PRIMARY KEY (perpetrator_id, search_key)
);
CREATE INDEX perpetrator_profile_search_key_by_key ON perpetrator_profile_search_key (search_key);

-- The incidents linked to a profile, as each incident recorded it (with the profile it named then).
CREATE TABLE perpetrator_link (
    incident_id        UUID PRIMARY KEY,
    perpetrator_id     UUID        NOT NULL,
    repeat             BOOLEAN     NOT NULL,
    previous_incidents UUID[]      NOT NULL,
    linked_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX perpetrator_link_by_profile ON perpetrator_link (perpetrator_id);
