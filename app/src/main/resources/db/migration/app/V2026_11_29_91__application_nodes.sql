-- The application nodes sharing this database, with a heartbeat in database time: each node claims
-- its fair share of every projection's segments, so several nodes split the work (see Nodes).
CREATE TABLE application_node (
    node_id    VARCHAR(200) PRIMARY KEY,
    started_at TIMESTAMPTZ  NOT NULL,
    last_seen  TIMESTAMPTZ  NOT NULL
);
