package dev.scopegate.scopes.api;

import dev.scopegate.scopes.problem.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request body read strictly: unknown members, read-only members and wrong types are errors
 * that name the property, and presence is kept, so that an update changes only what the client
 * sent. Collect the errors while reading, then call {@link #requireValid()} before changing
 * anything.
 */
public final class JsonBody {

    private final JsonObject object;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /**
     * @param writable the members a client may send
     * @param readOnly members that the API returns but a client can't set
     */
    public static JsonBody read(JsonObject body, Set<String> writable, Set<String> readOnly) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        JsonBody reader = new JsonBody(body);
        for (String member : body.keySet()) {
            if (readOnly.contains(member)) {
                reader.reject(member, "is read-only");
            } else if (!writable.contains(member)) {
                reader.reject(member, "is not a known property");
            }
        }
        return reader;
    }

    public boolean has(String member) {
        return object.containsKey(member);
    }

    /** Records an error unless every one of these members is present. */
    public void require(String... members) {
        for (String member : members) {
            if (!has(member) && !errors.containsKey(member)) {
                reject(member, "is required");
            }
        }
    }

    /** A present text member, trimmed; blank is an error when {@code allowBlank} is false. */
    public Optional<String> text(String member, int maxLength, boolean allowBlank) {
        if (!has(member)) {
            return Optional.empty();
        }
        if (!(object.get(member) instanceof JsonString json)) {
            reject(member, "must be a string");
            return Optional.empty();
        }
        String value = json.getString().strip();
        if (!allowBlank && value.isEmpty()) {
            reject(member, "must not be blank");
        } else if (value.length() > maxLength) {
            reject(member, "must be at most " + maxLength + " characters");
        }
        return Optional.of(value);
    }

    /** A present text member exactly as sent, for secrets whose spaces count. */
    public Optional<String> rawText(String member) {
        if (!has(member)) {
            return Optional.empty();
        }
        if (!(object.get(member) instanceof JsonString json)) {
            reject(member, "must be a string");
            return Optional.empty();
        }
        return Optional.of(json.getString());
    }

    public Optional<Boolean> bool(String member) {
        if (!has(member)) {
            return Optional.empty();
        }
        JsonValue value = object.get(member);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value == JsonValue.TRUE);
        }
        reject(member, "must be true or false");
        return Optional.empty();
    }

    public Optional<Long> wholeNumber(String member) {
        if (!has(member)) {
            return Optional.empty();
        }
        if (object.get(member) instanceof jakarta.json.JsonNumber number && number.isIntegral()) {
            try {
                return Optional.of(number.longValueExact());
            } catch (ArithmeticException tooLarge) {
                reject(member, "is too large");
                return Optional.empty();
            }
        }
        reject(member, "must be a whole number");
        return Optional.empty();
    }

    /** A present array of strings. */
    public Optional<List<String>> textList(String member) {
        if (!has(member)) {
            return Optional.empty();
        }
        if (!(object.get(member) instanceof JsonArray array)) {
            reject(member, "must be an array of strings");
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                reject(member, "must be an array of strings");
                return Optional.empty();
            }
            values.add(text.getString().strip());
        }
        return Optional.of(values);
    }

    public void reject(String member, String message) {
        errors.putIfAbsent(member, message);
    }

    /** Throws a 400 naming every property at fault, if any. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
