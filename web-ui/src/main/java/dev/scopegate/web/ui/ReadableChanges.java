package dev.scopegate.web.ui;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The changes of an audit entry as lines a person reads, one per property: {@code name: a → b}
 * for a changed value, the value alone for a new one, what was added and removed for a changed
 * list, notes such as {@code password: changed} as they were recorded, and {@code (none)} for
 * nothing: a removed value, an empty text or an empty list.
 */
final class ReadableChanges {

    private static final String NONE = "(none)";

    private ReadableChanges() {
    }

    static List<String> of(JsonObject changes) {
        List<String> lines = new ArrayList<>();
        changes.forEach((property, value) -> lines.add(property + ": " + describe(value)));
        return lines;
    }

    private static String describe(JsonValue value) {
        if (value instanceof JsonObject change && change.size() == 2
                && change.containsKey("from") && change.containsKey("to")) {
            return transition(change.get("from"), change.get("to"));
        }
        return text(value);
    }

    private static String transition(JsonValue from, JsonValue to) {
        if (from.getValueType() == JsonValue.ValueType.NULL) {
            return text(to);
        }
        if (from instanceof JsonArray before && to instanceof JsonArray after) {
            List<String> added = minus(after, before);
            List<String> removed = minus(before, after);
            if (!added.isEmpty() || !removed.isEmpty()) {
                return difference(added, removed);
            }
        }
        return text(from) + " → " + text(to);
    }

    private static String difference(List<String> added, List<String> removed) {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        return String.join("; ", parts);
    }

    private static List<String> minus(JsonArray items, JsonArray others) {
        List<String> remaining = items.stream().map(ReadableChanges::text).collect(
                Collectors.toCollection(ArrayList::new));
        remaining.removeAll(others.stream().map(ReadableChanges::text).toList());
        return remaining;
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString().isEmpty() ? NONE : string.getString();
        }
        if (value instanceof JsonArray items) {
            return items.isEmpty() ? NONE : items.stream().map(ReadableChanges::text)
                    .collect(Collectors.joining(", "));
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return NONE;
        }
        return value.toString();
    }
}
