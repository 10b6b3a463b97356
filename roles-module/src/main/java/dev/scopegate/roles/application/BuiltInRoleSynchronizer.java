package dev.scopegate.roles.application;

import dev.scopegate.roles.domain.BuiltInRole;
import dev.scopegate.roles.domain.Role;
import dev.scopegate.roles.persistence.RoleRepository;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.domain.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Makes the built-in roles match their definitions at every start, so that an upgrade that
 * changes them reaches existing installs. A scope the catalog in force lacks is left out.
 */
@ApplicationScoped
public class BuiltInRoleSynchronizer {

    private static final Logger LOG = Logger.getLogger(BuiltInRoleSynchronizer.class.getName());

    @Inject
    RoleRepository roles;

    @Inject
    CatalogService catalog;

    @Transactional
    public void synchronize() {
        Instant now = Instant.now();
        for (BuiltInRole definition : BuiltInRole.values()) {
            List<UUID> scopes = resolve(definition);
            Optional<Role> existing = roles.findByGuid(definition.guid());
            if (existing.isEmpty()) {
                roles.add(Role.builtIn(definition.guid(), definition.roleName(),
                        definition.description(), scopes, now));
                continue;
            }
            Role role = existing.get();
            role.rename(definition.roleName(), now);
            role.describe(definition.description(), now);
            role.grantExactly(scopes, now);
        }
    }

    private List<UUID> resolve(BuiltInRole definition) {
        List<UUID> scopes = new ArrayList<>();
        for (String name : definition.scopeNames()) {
            Optional<Scope> scope = catalog.findActive(name);
            if (scope.isPresent()) {
                scopes.add(scope.get().guid());
            } else {
                LOG.warning("Built-in role '" + definition.roleName() + "' names scope " + name
                        + ", which the catalog lacks; the role goes without it");
            }
        }
        return scopes;
    }
}
