package dev.scopegate.scopes.api;

import dev.scopegate.scopes.security.Endpoint;
import dev.scopegate.scopes.security.EndpointRule;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * One row of the endpoint table.
 *
 * @param scopes        any one of these allows the call; empty for public and
 *                      authenticated-only endpoints
 * @param authenticated true where any authenticated caller may call, whatever their scopes
 */
public record EndpointRepresentation(String method, String path, List<String> scopes,
        @JsonbProperty("public") boolean isPublic,
        boolean authenticated) {

    public static EndpointRepresentation of(Endpoint endpoint) {
        EndpointRule rule = endpoint.rule();
        return new EndpointRepresentation(endpoint.method(), endpoint.path(),
                List.copyOf(rule.scopes()), rule.isPublic(),
                rule.access() == EndpointRule.Access.AUTHENTICATED);
    }
}
