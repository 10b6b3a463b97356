package dev.scopegate.roles.application;

import dev.scopegate.roles.domain.User;
import dev.scopegate.roles.persistence.UserRepository;
import dev.scopegate.roles.security.PasswordVerifier;
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

    @Inject
    PasswordVerifier verifier;

    public Optional<Account> find(UUID userGuid) {
        return users.findByGuid(userGuid).map(this::toAccount);
    }

    /**
     * Checks a user's password, as the token endpoint does for OAuth2 clients.
     *
     * @return the account when the password is theirs and they are enabled; otherwise the
     *         reason, for the audit trail
     */
    public PasswordResult checkPassword(String username, String password) {
        PasswordVerifier.Check check = verifier.check(username, password);
        return check.passed()
                ? new PasswordResult(Optional.of(toAccount(check.user())), null)
                : new PasswordResult(Optional.empty(), check.refusal());
    }

    private Account toAccount(User user) {
        return new Account(user.guid(), user.username(), user.isEnabled(),
                catalog.activeNames(user.grantedScopeGuids()));
    }

    /** The outcome of a password check: the account, or why there is none. */
    public record PasswordResult(Optional<Account> account, String refusal) {
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
