package dev.scopegate.scopes.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;

/**
 * An authenticated caller asking for something beyond their rights: 403. When the refusal is
 * about scopes, {@code missingScopes} names those the caller would need.
 */
public class AccessDeniedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final List<String> missingScopes;

    public AccessDeniedException(String detail) {
        this(detail, List.of());
    }

    public AccessDeniedException(String detail, Collection<String> missingScopes) {
        super(detail);
        this.missingScopes = missingScopes.stream().sorted().toList();
    }

    public List<String> missingScopes() {
        return missingScopes;
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }

    @Override
    public String type() {
        return "urn:scopegate:problem:access-denied";
    }

    @Override
    public void addExtensions(JsonObjectBuilder problem) {
        if (!missingScopes.isEmpty()) {
            problem.add("missingScopes", Json.createArrayBuilder(missingScopes));
        }
    }
}
