package dev.scopegate.keys.api;

import dev.scopegate.keys.domain.ApiKey;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An API key on the wire. {@code apiKeySecret} is present only in the answers to creation and
 * rotation: the one time the secret is shown.
 *
 * @param scopeGuids the key's scopes, or its owner's current role scopes when it inherits
 * @param status     {@code active}, {@code disabled}, {@code not-yet-valid} or {@code expired}
 */
public record KeyRepresentation(String id, String name, UUID ownerGuid, Instant validFrom,
        Instant validTo, @JsonbProperty("allowedIPs") List<String> allowedIps,
        List<UUID> scopeGuids, List<String> scopes, boolean inheritsRoleScopes, boolean enabled,
        String status, Instant createdAt, Instant updatedAt, Instant lastUsedAt, String hint,
        String apiKeySecret) {

    static KeyRepresentation of(ApiKey key, List<UUID> scopeGuids, List<String> scopes,
            Instant lastUsedAt, String secret) {
        return new KeyRepresentation(key.id(), key.name(), key.ownerGuid(),
                key.validity().from(), key.validity().to(), key.allowedIps(), scopeGuids, scopes,
                key.inheritsRoleScopes(), key.isEnabled(), status(key, Instant.now()),
                key.createdAt(), key.updatedAt(), lastUsedAt, key.hint(), secret);
    }

    private static String status(ApiKey key, Instant now) {
        if (!key.isEnabled()) {
            return "disabled";
        }
        if (now.isBefore(key.validity().from())) {
            return "not-yet-valid";
        }
        return key.validity().contains(now) ? "active" : "expired";
    }

    @Override
    public String toString() {
        return "KeyRepresentation[id=" + id + ", name=" + name + ", hint=" + hint + "]";
    }
}
