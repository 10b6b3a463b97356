package dev.scopegate.keys.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client sent to create or change a key, already checked for shape; an empty optional
 * leaves the property as it is, or takes its default on creation.
 *
 * @param scopes scope GUIDs or names; present replaces the key's scopes, absent on creation
 *               makes the key inherit its owner's role scopes
 * @param inheritRoleScopes present and true switches a key back to inheriting
 */
public record KeyDraft(Optional<String> name, Optional<UUID> owner, Optional<Instant> validFrom,
        Optional<Instant> validTo, Optional<List<String>> allowedIps,
        Optional<List<String>> scopes, Optional<Boolean> inheritRoleScopes,
        Optional<Boolean> enabled) {

    /** A draft that only switches the key on or off. */
    public static KeyDraft enabledOnly(boolean enabled) {
        return new KeyDraft(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(enabled));
    }
}
