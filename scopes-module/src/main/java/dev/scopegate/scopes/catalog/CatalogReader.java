package dev.scopegate.scopes.catalog;

import dev.scopegate.scopes.domain.InvalidCatalogException;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.domain.ScopeName;
import dev.scopegate.scopes.domain.ScopePattern;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a catalog file: a JSON object whose {@code scopes} array lists entries with
 * {@code guid}, {@code name}, {@code category}, {@code description}, optional
 * {@code clientSide} and optional {@code covers} patterns. Every problem is collected, so that an
 * operator fixing their file sees all of them at once.
 */
public final class CatalogReader {

    private static final Set<String> FIELDS =
            Set.of("guid", "name", "category", "description", "clientSide", "covers");

    private CatalogReader() {
    }

    public static ScopeCatalog read(InputStream json, String source) {
        JsonObject document;
        try (JsonReader reader = Json.createReader(json)) {
            document = reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new InvalidCatalogException(source,
                    List.of("not a JSON object: " + malformed.getMessage()));
        }
        JsonValue entries = document.get("scopes");
        if (entries == null || entries.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidCatalogException(source, List.of("'scopes' must be an array"));
        }
        List<String> problems = new ArrayList<>();
        List<Scope> scopes = new ArrayList<>();
        int index = 0;
        for (JsonValue entry : (JsonArray) entries) {
            try {
                scopes.add(toScope(entry));
            } catch (RuntimeException invalid) {
                problems.add("entry " + index + describe(entry) + ": " + invalid.getMessage());
            }
            index++;
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(source, problems);
        }
        return ScopeCatalog.of(source, scopes);
    }

    private static Scope toScope(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("must be an object");
        }
        JsonObject entry = value.asJsonObject();
        for (String field : entry.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "'");
            }
        }
        List<ScopePattern> covers = new ArrayList<>();
        JsonValue declared = entry.getOrDefault("covers", JsonValue.EMPTY_JSON_ARRAY);
        if (!(declared instanceof JsonArray patterns)) {
            throw new IllegalArgumentException("'covers' must be an array of scope patterns");
        }
        for (JsonValue pattern : patterns) {
            if (!(pattern instanceof JsonString text)) {
                throw new IllegalArgumentException("'covers' must hold scope patterns as text");
            }
            covers.add(ScopePattern.of(text.getString()));
        }
        return new Scope(
                UUID.fromString(requiredText(entry, "guid")),
                ScopeName.of(requiredText(entry, "name")),
                requiredText(entry, "category"),
                entry.getString("description", ""),
                optionalFlag(entry, "clientSide"),
                covers);
    }

    private static String requiredText(JsonObject entry, String field) {
        if (!(entry.get(field) instanceof JsonString text) || text.getString().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return text.getString();
    }

    /** Absent means false; anything but a JSON boolean is a problem, not silently false. */
    private static boolean optionalFlag(JsonObject entry, String field) {
        JsonValue value = entry.getOrDefault(field, JsonValue.FALSE);
        if (value.getValueType() != JsonValue.ValueType.TRUE
                && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new IllegalArgumentException("'" + field + "' must be true or false");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static String describe(JsonValue entry) {
        if (entry instanceof JsonObject object && object.get("name") instanceof JsonString name) {
            return " (" + name.getString() + ")";
        }
        return "";
    }
}
