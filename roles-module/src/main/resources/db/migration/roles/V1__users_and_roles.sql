-- Roles hold scopes (by catalog GUID); users hold roles. Users hold no scopes directly.
CREATE TABLE sg_role (
    guid        CHAR(36)     NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL,
    built_in    BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT sg_role_name_unique UNIQUE (name)
);

CREATE TABLE sg_role_scope (
    role_guid  CHAR(36) NOT NULL REFERENCES sg_role (guid) ON DELETE CASCADE,
    scope_guid CHAR(36) NOT NULL,
    PRIMARY KEY (role_guid, scope_guid)
);

CREATE TABLE sg_user (
    guid          CHAR(36)     NOT NULL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT sg_user_username_unique UNIQUE (username)
);

CREATE TABLE sg_user_role (
    user_guid CHAR(36) NOT NULL REFERENCES sg_user (guid) ON DELETE CASCADE,
    role_guid CHAR(36) NOT NULL REFERENCES sg_role (guid),
    PRIMARY KEY (user_guid, role_guid)
);

CREATE INDEX sg_user_role_role ON sg_user_role (role_guid);
