package dev.scopegate.web.runtime;

import dev.scopegate.scopes.security.Endpoint;
import dev.scopegate.scopes.security.EndpointDiscovery;
import dev.scopegate.scopes.security.EndpointRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Writes each operation's accepted scopes into the OpenAPI document, from the same endpoint
 * table that the enforcement uses: as the {@code x-required-scopes} extension and as a sentence
 * in the description. Payara builds the document in its own application, outside this one's
 * CDI container, so the table is read from what the deployment published.
 */
public class EndpointScopesOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        List<Endpoint> endpoints = EndpointDiscovery.publishedEndpoints();
        for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation
                    : path.getValue().getOperations().entrySet()) {
                String method = operation.getKey().name().toUpperCase(Locale.ROOT);
                endpoints.stream()
                        .filter(endpoint -> endpoint.method().equals(method)
                                && path.getKey().endsWith(endpoint.path()))
                        .findFirst()
                        .ifPresent(endpoint -> describe(operation.getValue(), endpoint.rule()));
            }
        }
    }

    private static void describe(Operation operation, EndpointRule rule) {
        String access = switch (rule.access()) {
            case PUBLIC -> "Public: no credentials needed.";
            case AUTHENTICATED -> "Any authenticated caller.";
            case SCOPES -> "Requires one of these scopes: " + String.join(", ", rule.scopes())
                    + ".";
        };
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank()
                ? access : description + "\n\n" + access);
        operation.addExtension("x-required-scopes", List.copyOf(rule.scopes()));
        operation.addExtension("x-public", rule.isPublic());
    }
}
