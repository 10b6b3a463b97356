package dev.scopegate.scopes.api;

import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.persistence.StoredScope;
import java.util.List;
import java.util.UUID;

/**
 * A scope on the wire.
 *
 * @param covers the names of every scope this one covers, transitively
 * @param retired true for a scope that has left the catalog; it grants nothing
 */
public record ScopeRepresentation(UUID guid, String name, String product, String category,
        String description, boolean clientSide, List<String> covers, boolean retired) {

    public static ScopeRepresentation of(Scope scope, ScopeCatalog catalog) {
        return new ScopeRepresentation(scope.guid(), scope.name().value(), scope.product(),
                scope.category(), scope.description(), scope.clientSide(),
                List.copyOf(catalog.coveredBy(scope)), false);
    }

    public static ScopeRepresentation ofRetired(StoredScope scope) {
        return new ScopeRepresentation(scope.guid(), scope.name(),
                scope.name().split(":")[0], scope.category(), scope.description(),
                scope.clientSide(), List.of(), true);
    }
}
