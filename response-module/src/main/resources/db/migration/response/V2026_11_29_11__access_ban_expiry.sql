-- When an access ban ended by itself (AccessBanExpired): an expired ban is no longer in force, and the
-- expiry job no longer offers it.
ALTER TABLE responses ADD COLUMN expired_at TIMESTAMPTZ;
