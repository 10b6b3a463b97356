package dev.scopegate.scopes.api;

import dev.scopegate.scopes.problem.InvalidInputException;
import java.util.Optional;

/** Query parameters read strictly: a malformed value is a 400 naming the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** {@code true} or {@code false}; absent or blank means no filter. */
    public static Optional<Boolean> flag(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (text.strip()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new InvalidInputException(name, "must be true or false");
        };
    }
}
