package dev.scopegate.scopes.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Objects;

/**
 * What a change did, for the audit trail: for each property, what it was and what it became.
 * Secrets are never values here; a changed password is recorded as {@link #secretChanged}.
 */
public final class AuditChanges {

    private final JsonObjectBuilder changes = Json.createObjectBuilder();

    public static AuditChanges create() {
        return new AuditChanges();
    }

    /** Records the property when the value differs; {@code from} is null on creation. */
    public AuditChanges change(String property, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(property, Json.createObjectBuilder()
                    .add("from", toJson(from))
                    .add("to", toJson(to)));
        }
        return this;
    }

    /** Records that a secret changed, never what it is. */
    public AuditChanges secretChanged(String property) {
        changes.add(property, "changed");
        return this;
    }

    public AuditChanges note(String property, Object value) {
        changes.add(property, toJson(value));
        return this;
    }

    public JsonObject build() {
        return changes.build();
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.stream().map(String::valueOf).sorted().forEach(array::add);
            return array.build();
        }
        return Json.createValue(String.valueOf(value));
    }
}
