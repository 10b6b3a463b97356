package dev.scopegate.roles.api;

import dev.scopegate.roles.domain.Role;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.domain.Scope;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A role on the wire. {@code scopeGuids} and {@code scopes} list the same active scopes, by GUID
 * and by name; a scope retired from the catalog no longer shows.
 */
public record RoleRepresentation(UUID guid, String name, String description, boolean builtIn,
        List<UUID> scopeGuids, List<String> scopes) {

    static RoleRepresentation of(Role role, CatalogService catalog) {
        List<Scope> active = role.scopeGuids().stream()
                .map(catalog::findActive)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Scope::name))
                .toList();
        return new RoleRepresentation(role.guid(), role.name(), role.description(),
                role.isBuiltIn(), active.stream().map(Scope::guid).toList(),
                active.stream().map(scope -> scope.name().value()).toList());
    }
}
