-- The audit trail: one row per change to keys, users and roles, and one per refused
-- authentication (repeats within a window are summarised in a single row). Rows are only ever
-- added. The changes are a JSON object as text; they never hold a secret.
CREATE TABLE sg_audit_entry (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    actor_guid     CHAR(36),
    event_type     VARCHAR(100)  NOT NULL,
    target         VARCHAR(500)  NOT NULL,
    client_address VARCHAR(100),
    changes        TEXT          NOT NULL
);

CREATE INDEX sg_audit_entry_occurred_at ON sg_audit_entry (occurred_at);
CREATE INDEX sg_audit_entry_actor ON sg_audit_entry (actor, occurred_at);
CREATE INDEX sg_audit_entry_type ON sg_audit_entry (event_type, occurred_at);
