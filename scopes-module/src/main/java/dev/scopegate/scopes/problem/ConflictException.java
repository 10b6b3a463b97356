package dev.scopegate.scopes.problem;

import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/** A request that contradicts the current state, such as a duplicate name: 409. */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String property;

    public ConflictException(String detail) {
        this(null, detail);
    }

    /** @param property the request property whose value conflicts, named in the problem */
    public ConflictException(String property, String detail) {
        super(detail);
        this.property = property;
    }

    /** The request property whose value conflicts, if the conflict is about one. */
    public Optional<String> property() {
        return Optional.ofNullable(property);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }

    @Override
    public void addExtensions(JsonObjectBuilder problem) {
        if (property != null) {
            problem.add("property", property);
        }
    }
}
