-- The scope catalog as last synchronised from the catalog file; rows that left the file are
-- kept as retired so that their GUIDs stay known.
CREATE TABLE sg_scope (
    guid        CHAR(36)      NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    category    VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    client_side BOOLEAN       NOT NULL,
    covers      VARCHAR(2000) NOT NULL,
    retired     BOOLEAN       NOT NULL,
    synced_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sg_scope_name ON sg_scope (name);
