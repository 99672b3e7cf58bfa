-- The access log (BIO 8.15.01): every read of incident, profile or personal data. Ids only, never
-- content or search terms (query parameters are kept by name, not value).
CREATE TABLE access_log (
    id             BIGSERIAL PRIMARY KEY,
    at             TIMESTAMPTZ  NOT NULL,
    actor          VARCHAR(100),
    actor_role     VARCHAR(30),
    action         VARCHAR(20)  NOT NULL,
    method         VARCHAR(10)  NOT NULL,
    path           VARCHAR(500) NOT NULL,
    parameters     VARCHAR(500),
    object_type    VARCHAR(40),
    object_id      VARCHAR(100),
    incident_id    UUID,
    status         INTEGER      NOT NULL,
    result         VARCHAR(20)  NOT NULL,
    client_address VARCHAR(100)
);
CREATE INDEX access_log_by_incident ON access_log (incident_id, at);
CREATE INDEX access_log_by_actor ON access_log (actor, at);
CREATE INDEX access_log_by_time ON access_log (at);

-- Append-only, enforced by the database rather than by the application's good behaviour: whoever
-- connects (the application's own user included) cannot change or remove a line.
CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC;
