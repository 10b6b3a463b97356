package dev.scopegate.roles.domain;

import java.util.List;
import java.util.UUID;

/**
 * The roles every install ships with. Their GUIDs are fixed so that installs and nodes agree;
 * their scopes are catalog names, resolved against the catalog in force at start.
 */
public enum BuiltInRole {

    ACCOUNT_ADMINISTRATOR("7a3c2f0e-1d4b-4e6a-9c1f-0a1b2c3d4e01", "Account administrator",
            "Everything: Scopegate's administration and every product, SDK scopes included",
            List.of("scopegate:manage", "sms:manage", "mms:manage", "whatsapp:manage",
                    "viber:manage", "email:manage", "rcs:manage", "voice:manage", "2fa:manage",
                    "numbers:manage", "people:manage", "conversations:manage",
                    "account-management:manage", "audit-logs:manage", "message:send",
                    "inbound-message:read", "logs:read", "web:sdk", "web:tracking:sdk",
                    "mobile-app-messaging:sdk", "2fa:sdk")),

    INTEGRATIONS_MANAGER("7a3c2f0e-1d4b-4e6a-9c1f-0a1b2c3d4e02", "Integrations manager",
            "Manages their own API keys and holds every product's :manage scope",
            List.of("scopegate:own-keys:manage", "scopegate:scopes:read", "sms:manage",
                    "mms:manage", "whatsapp:manage", "viber:manage", "email:manage",
                    "rcs:manage", "voice:manage", "2fa:manage", "numbers:manage",
                    "people:manage", "conversations:manage", "web:sdk", "web:tracking:sdk",
                    "mobile-app-messaging:sdk", "2fa:sdk")),

    COMMUNICATION_MANAGER("7a3c2f0e-1d4b-4e6a-9c1f-0a1b2c3d4e03", "Communication manager",
            "Sends messages on every channel, reads inbound messages and logs",
            List.of("message:send", "inbound-message:read", "logs:read",
                    "scopegate:scopes:read")),

    ANALYST("7a3c2f0e-1d4b-4e6a-9c1f-0a1b2c3d4e04", "Analyst",
            "Reads logs, reports and settings; changes nothing",
            List.of("logs:read", "audit-logs:read", "account-management:balance:read",
                    "account-management:settings:read", "numbers:read",
                    "people:profile:read", "conversations:conversation:read",
                    "scopegate:scopes:read", "scopegate:roles:read"));

    private final UUID guid;
    private final String roleName;
    private final String description;
    private final List<String> scopeNames;

    BuiltInRole(String guid, String roleName, String description, List<String> scopeNames) {
        this.guid = UUID.fromString(guid);
        this.roleName = roleName;
        this.description = description;
        this.scopeNames = scopeNames;
    }

    public UUID guid() {
        return guid;
    }

    public String roleName() {
        return roleName;
    }

    public String description() {
        return description;
    }

    public List<String> scopeNames() {
        return scopeNames;
    }
}
