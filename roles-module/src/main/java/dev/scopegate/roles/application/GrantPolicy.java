package dev.scopegate.roles.application;

import dev.scopegate.roles.domain.Role;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.problem.AccessDeniedException;
import dev.scopegate.scopes.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Nobody grants what they do not hold: a caller may give a role only scopes among their own
 * effective scopes, give a user only roles whose scopes they hold, and change or remove only
 * roles and users that hold no more than they do. Otherwise a manager of users could make
 * themselves an administrator.
 */
@ApplicationScoped
public class GrantPolicy {

    @Inject
    CatalogService catalog;

    /** The scopes among these that the caller does not hold. */
    public Set<String> notHeld(Caller caller, Collection<String> scopeNames) {
        Set<String> missing = new TreeSet<>(scopeNames);
        missing.removeIf(caller::holds);
        return missing;
    }

    public boolean canGrant(Caller caller, Collection<String> scopeNames) {
        return notHeld(caller, scopeNames).isEmpty();
    }

    /** @param what the thing refused, for the message: "give these scopes", "delete this role" */
    public void requireCanGrant(Caller caller, Collection<String> scopeNames, String what) {
        Set<String> missing = notHeld(caller, scopeNames);
        if (!missing.isEmpty()) {
            throw new AccessDeniedException("You can't " + what + ": it needs scopes you don't"
                    + " hold: " + String.join(", ", missing), missing);
        }
    }

    /** The active scope names of these roles together. */
    public Set<String> scopesOf(Collection<Role> roles) {
        Set<String> guids = new TreeSet<>();
        roles.forEach(role -> guids.addAll(role.scopeGuids()));
        return catalog.activeNames(guids);
    }
}
