-- API keys. Owners are users of the roles module, referred to by GUID only. Secrets are kept
-- as SHA-256 hashes; a key has one current secret, plus old ones during a rotation's grace.
CREATE TABLE sg_api_key (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    name                 VARCHAR(100)  NOT NULL,
    owner_guid           CHAR(36)      NOT NULL,
    valid_from           TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to             TIMESTAMP WITH TIME ZONE NOT NULL,
    allowed_ips          VARCHAR(4000) NOT NULL,
    inherits_role_scopes BOOLEAN       NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    hint                 VARCHAR(20)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at         TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL
);

CREATE INDEX sg_api_key_owner ON sg_api_key (owner_guid);

CREATE TABLE sg_api_key_scope (
    key_id     CHAR(36) NOT NULL REFERENCES sg_api_key (id) ON DELETE CASCADE,
    scope_guid CHAR(36) NOT NULL,
    PRIMARY KEY (key_id, scope_guid)
);

CREATE TABLE sg_api_key_secret (
    secret_hash CHAR(64) NOT NULL PRIMARY KEY,
    key_id      CHAR(36) NOT NULL REFERENCES sg_api_key (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX sg_api_key_secret_key ON sg_api_key_secret (key_id);
