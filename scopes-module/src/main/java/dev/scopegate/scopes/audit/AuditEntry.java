package dev.scopegate.scopes.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One row of the audit trail. Entries are only ever added: nothing in the application changes
 * or deletes one.
 */
@Entity
@Table(name = "sg_audit_entry")
public class AuditEntry {

    /** Dot-separated lower-case words, such as {@code role.created}. */
    static final Pattern TYPE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");

    static final int MAX_ACTOR = 200;
    static final int MAX_TYPE = 100;
    static final int MAX_TARGET = 500;
    static final int MAX_CLIENT_ADDRESS = 100;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    @Column(name = "actor_guid", length = 36)
    private String actorGuid;

    @Column(name = "event_type")
    private String eventType;

    private String target;

    @Column(name = "client_address")
    private String clientAddress;

    private String changes;

    protected AuditEntry() {
    }

    /**
     * @param actorGuid     the acting user, or {@code null} for the system and anonymous callers
     * @param clientAddress where the request came from, or {@code null} outside a request
     * @throws IllegalArgumentException when the type is not dot-separated lower-case words
     */
    public AuditEntry(Instant occurredAt, String actor, UUID actorGuid, String type,
            String target, String clientAddress, JsonObject changes) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        if (type == null || type.length() > MAX_TYPE || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("An audit type is dot-separated lower-case words"
                    + " of at most " + MAX_TYPE + " characters, such as role.created");
        }
        this.id = UUID.randomUUID().toString();
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.actor = cut(actor, MAX_ACTOR);
        this.actorGuid = actorGuid == null ? null : actorGuid.toString();
        this.eventType = type;
        this.target = cut(target, MAX_TARGET);
        this.clientAddress = clientAddress == null ? null : cut(clientAddress, MAX_CLIENT_ADDRESS);
        this.changes = (changes == null ? JsonObject.EMPTY_JSON_OBJECT : changes).toString();
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    /** The user's name, or {@code system} and {@code anonymous} for who has none. */
    public String actor() {
        return actor;
    }

    public Optional<UUID> actorGuid() {
        return Optional.ofNullable(actorGuid).map(String::strip).map(UUID::fromString);
    }

    public String type() {
        return eventType;
    }

    public String target() {
        return target;
    }

    public Optional<String> clientAddress() {
        return Optional.ofNullable(clientAddress);
    }

    public JsonObject changes() {
        try (JsonReader reader = Json.createReader(new StringReader(changes))) {
            return reader.readObject();
        }
    }

    /** Shortens a value that would not fit its column, marking the cut. */
    private static String cut(String value, int maxLength) {
        return value.length() <= maxLength ? value : value.substring(0, maxLength - 1) + "…";
    }
}
