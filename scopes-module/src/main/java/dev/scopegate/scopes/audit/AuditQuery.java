package dev.scopegate.scopes.audit;

import dev.scopegate.scopes.problem.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which audit entries a reader asked for. Every filter is optional; those given must all match.
 *
 * @param from   entries at or after this instant
 * @param to     entries before this instant
 * @param actor  the actor's name, exactly
 * @param target text anywhere in the target, ignoring case
 * @param type   the type exactly, or every type under a prefix when it ends with {@code .*}
 *               ({@code role.*} matches {@code role.created} and {@code role.deleted})
 */
public record AuditQuery(Optional<Instant> from, Optional<Instant> to, Optional<String> actor,
        Optional<String> target, Optional<String> type) {

    private static final Pattern TYPE_FILTER =
            Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.\\*)?");
    private static final String PREFIX_SUFFIX = ".*";

    /**
     * Reads the filters as they arrive in the query string; a blank one is absent.
     *
     * @throws InvalidInputException naming each filter that is malformed
     */
    public static AuditQuery of(String from, String to, String actor, String target,
            String type) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Instant> fromInstant = instant("from", from, errors);
        Optional<Instant> toInstant = instant("to", to, errors);
        if (fromInstant.isPresent() && toInstant.isPresent()
                && !toInstant.get().isAfter(fromInstant.get())) {
            errors.put("to", "must be later than from");
        }
        Optional<String> actorName = text("actor", actor, AuditEntry.MAX_ACTOR, errors);
        Optional<String> targetText = text("target", target, AuditEntry.MAX_TARGET, errors);
        Optional<String> typeFilter = text("type", type, AuditEntry.MAX_TYPE, errors);
        if (typeFilter.isPresent() && !TYPE_FILTER.matcher(typeFilter.get()).matches()) {
            errors.put("type", "must be a type such as role.created, or a prefix such as role.*");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditQuery(fromInstant, toInstant, actorName, targetText, typeFilter);
    }

    /** The one type asked for, unless the type filter is a prefix. */
    public Optional<String> exactType() {
        return type.filter(value -> !value.endsWith(PREFIX_SUFFIX));
    }

    /** A {@code .*} type filter's prefix with its dot: {@code role.} for {@code role.*}. */
    public Optional<String> typePrefix() {
        return type.filter(value -> value.endsWith(PREFIX_SUFFIX))
                .map(value -> value.substring(0, value.length() - 1));
    }

    private static Optional<Instant> instant(String name, String text,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException malformed) {
            errors.put(name, "must be an ISO-8601 instant such as 2025-01-31T12:00:00Z");
            return Optional.empty();
        }
    }

    private static Optional<String> text(String name, String text, int maxLength,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() > maxLength) {
            errors.put(name, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
