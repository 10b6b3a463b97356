package dev.scopegate.roles.application;

import dev.scopegate.roles.domain.Role;
import dev.scopegate.roles.persistence.RoleRepository;
import dev.scopegate.roles.persistence.UserRepository;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.audit.AuditChanges;
import dev.scopegate.scopes.audit.AuditTrail;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.catalog.CatalogService.ScopeResolution;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.problem.ConflictException;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.problem.ResourceNotFoundException;
import dev.scopegate.scopes.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creating, changing and deleting roles, each change checked against the caller's rights. */
@ApplicationScoped
@Transactional
public class RoleService {

    @Inject
    RoleRepository roles;

    @Inject
    UserRepository users;

    @Inject
    CatalogService catalog;

    @Inject
    GrantPolicy grants;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccountsChanged> accountsChanged;

    public Page<Role> list(String nameFilter, PageRequest page) {
        return Page.of(roles.page(nameFilter, page.offset(), page.size()), page,
                roles.count(nameFilter));
    }

    public Role get(UUID guid) {
        return roles.findByGuid(guid)
                .orElseThrow(() -> new ResourceNotFoundException("role", guid.toString()));
    }

    public Role create(Caller caller, String name, String description, List<String> scopes) {
        List<Scope> granted = resolveScopes(scopes);
        grants.requireCanGrant(caller, names(granted), "give a role these scopes");
        requireNameFree(name);

        Role role = Role.custom(name, description, guids(granted), Instant.now());
        roles.add(role);

        audit.record("role.created", describe(role), AuditChanges.create()
                .change("name", null, name)
                .change("description", null, description)
                .change("scopes", null, names(granted))
                .build());
        accountsChanged.fire(new AccountsChanged());
        return role;
    }

    public Role update(Caller caller, UUID guid, RoleChanges changes) {
        Role role = get(guid);
        requireCustom(role, "changed");
        Set<String> before = catalog.activeNames(role.scopeGuids());
        grants.requireCanGrant(caller, before, "change this role");
        AuditChanges recorded = AuditChanges.create();
        Instant now = Instant.now();

        if (changes.scopes().isPresent()) {
            List<Scope> granted = resolveScopes(changes.scopes().get());
            grants.requireCanGrant(caller, names(granted), "give a role these scopes");
            role.grantExactly(guids(granted), now);
            recorded.change("scopes", before, names(granted));
        }
        if (changes.name().isPresent() && !changes.name().get().equals(role.name())) {
            requireNameFree(changes.name().get());
            recorded.change("name", role.name(), changes.name().get());
            role.rename(changes.name().get(), now);
        }
        if (changes.description().isPresent()) {
            recorded.change("description", role.description(), changes.description().get());
            role.describe(changes.description().get(), now);
        }

        audit.record("role.updated", describe(role), recorded.build());
        accountsChanged.fire(new AccountsChanged());
        return role;
    }

    public void delete(Caller caller, UUID guid) {
        Role role = get(guid);
        requireCustom(role, "deleted");
        grants.requireCanGrant(caller, catalog.activeNames(role.scopeGuids()),
                "delete this role");
        List<String> holders = users.usernamesHolding(role);
        if (!holders.isEmpty()) {
            throw new ConflictException("Role '" + role.name() + "' is held by "
                    + String.join(", ", holders) + "; take it from them first.");
        }

        roles.remove(role);

        audit.record("role.deleted", describe(role), AuditChanges.create()
                .change("name", role.name(), null)
                .build());
        accountsChanged.fire(new AccountsChanged());
    }

    /** The scopes a client named by GUID or name; every unknown or retired one is an error. */
    List<Scope> resolveScopes(List<String> references) {
        ScopeResolution resolution = catalog.resolve(references);
        if (!resolution.isComplete()) {
            throw new InvalidInputException("scopeGuids", "unknown scopes: "
                    + String.join(", ", resolution.unknown()));
        }
        Set<UUID> distinct = resolution.scopes().stream().map(Scope::guid)
                .collect(Collectors.toSet());
        if (distinct.size() != resolution.scopes().size()) {
            throw new InvalidInputException("scopeGuids", "names a scope more than once");
        }
        return resolution.scopes();
    }

    private void requireNameFree(String name) {
        if (roles.findByName(name).isPresent()) {
            throw new ConflictException("name", "A role named '" + name + "' exists already.");
        }
    }

    private static void requireCustom(Role role, String what) {
        if (role.isBuiltIn()) {
            throw new ConflictException("Role '" + role.name() + "' is built in and can't be "
                    + what + "; create a custom role instead.");
        }
    }

    private static List<String> names(List<Scope> scopes) {
        return scopes.stream().map(scope -> scope.name().value()).sorted().toList();
    }

    private static List<UUID> guids(List<Scope> scopes) {
        return scopes.stream().map(Scope::guid).toList();
    }

    static String describe(Role role) {
        return "role " + role.guid() + " (" + role.name() + ")";
    }
}
