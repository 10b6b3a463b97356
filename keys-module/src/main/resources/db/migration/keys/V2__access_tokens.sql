-- OAuth2 access tokens issued to users (client credentials). Only the SHA-256 hash of a token
-- is kept; its scopes are catalog GUIDs, space-separated.
CREATE TABLE sg_access_token (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    token_hash  CHAR(64)      NOT NULL,
    user_guid   CHAR(36)      NOT NULL,
    client_id   VARCHAR(100)  NOT NULL,
    scope_guids VARCHAR(4000) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sg_access_token_hash_unique UNIQUE (token_hash)
);

CREATE INDEX sg_access_token_user ON sg_access_token (user_guid);
CREATE INDEX sg_access_token_expires ON sg_access_token (expires_at);
