package dev.scopegate.roles.security;

import dev.scopegate.roles.domain.User;
import dev.scopegate.roles.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks a username and password against the stored hash, remembering successes briefly.
 * An unknown user costs the same slow hash as a known one, so timing tells nothing.
 */
@ApplicationScoped
public class PasswordVerifier {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    VerifiedPasswordCache verified;

    /** The user, when the password is theirs and they are enabled; otherwise the reason. */
    public Check check(String username, String password) {
        Optional<User> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return Check.refused("unknown user");
        }
        User user = found.get();
        if (!matches(username, password, user)) {
            return Check.refused("wrong password for user '" + user.username() + "'");
        }
        if (!user.isEnabled()) {
            return Check.refused("user '" + user.username() + "' is disabled");
        }
        return new Check(user, null);
    }

    private boolean matches(String username, String password, User user) {
        if (verified.isVerified(username, password, user.passwordHash())) {
            return true;
        }
        boolean matches = hasher.matches(password, user.passwordHash());
        if (matches) {
            verified.remember(username, password, user.passwordHash());
        }
        return matches;
    }

    /**
     * @param user    the user, when the check passed
     * @param refusal why it failed, for the audit trail; never contains the password
     */
    public record Check(User user, String refusal) {

        static Check refused(String reason) {
            return new Check(null, reason);
        }

        public boolean passed() {
            return user != null;
        }
    }
}
