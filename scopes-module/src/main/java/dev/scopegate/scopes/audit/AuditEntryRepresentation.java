package dev.scopegate.scopes.audit;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;

/**
 * One audit entry on the wire.
 *
 * @param actor         the user's name, {@code system} for changes outside a request, or
 *                      {@code anonymous} for refused authentications
 * @param actorGuid     the acting user; {@code null} for the system and anonymous callers
 * @param clientAddress where the request came from; {@code null} outside a request
 * @param changes       what changed, as a JSON object
 */
@JsonbNillable
public record AuditEntryRepresentation(Instant time, String actor, UUID actorGuid, String type,
        String target, String clientAddress, JsonObject changes) {

    public static AuditEntryRepresentation of(AuditEntry entry) {
        return new AuditEntryRepresentation(entry.occurredAt(), entry.actor(),
                entry.actorGuid().orElse(null), entry.type(), entry.target(),
                entry.clientAddress().orElse(null), entry.changes());
    }
}
