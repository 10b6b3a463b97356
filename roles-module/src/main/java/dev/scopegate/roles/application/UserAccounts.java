package dev.scopegate.roles.application;

import dev.scopegate.roles.domain.User;
import dev.scopegate.roles.persistence.UserRepository;
import dev.scopegate.scopes.catalog.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules may know of a user: who they are, whether they are enabled, and which
 * scopes their roles grant now. Modules above refer to users by GUID and ask here; they never
 * read this module's tables.
 */
@ApplicationScoped
public class UserAccounts {

    @Inject
    UserRepository users;

    @Inject
    CatalogService catalog;

    public Optional<Account> find(UUID userGuid) {
        return users.findByGuid(userGuid).map(this::toAccount);
    }

    private Account toAccount(User user) {
        return new Account(user.guid(), user.username(), user.isEnabled(),
                catalog.activeNames(user.grantedScopeGuids()));
    }

    /**
     * A user as other modules see them.
     *
     * @param grantedScopes the active scope names the user's roles grant, before coverage
     */
    public record Account(UUID guid, String username, boolean enabled,
            Set<String> grantedScopes) {
    }
}
