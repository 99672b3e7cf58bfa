-- Closing, legal hold and erasure, as the register and the retention job need them.
ALTER TABLE incident_register ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE incident_register ADD COLUMN closing_outcome VARCHAR(30);
ALTER TABLE incident_register ADD COLUMN legal_hold BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE incident_register ADD COLUMN erased_at TIMESTAMPTZ;
CREATE INDEX incident_register_retention ON incident_register (closed_at) WHERE erased_at IS NULL AND NOT legal_hold;
