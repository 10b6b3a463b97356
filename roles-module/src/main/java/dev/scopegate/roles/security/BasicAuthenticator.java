package dev.scopegate.roles.security;

import dev.scopegate.roles.domain.User;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.security.AuthenticationFailedException;
import dev.scopegate.scopes.security.Authenticator;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.ClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The {@code Basic} scheme (RFC 7617, UTF-8): a user's username and password. The caller's
 * granted scopes are the union of their roles' scopes, read afresh on every request, so that a
 * change of roles or of the enabled flag counts at once. Unknown users, wrong passwords and
 * disabled users all get the same 401.
 */
@ApplicationScoped
public class BasicAuthenticator implements Authenticator {

    public static final String SCHEME = "Basic";

    @Inject
    PasswordVerifier verifier;

    @Inject
    CatalogService catalog;

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public String challenge() {
        return "Basic realm=\"Scopegate\", charset=\"UTF-8\"";
    }

    @Override
    public Caller authenticate(String credentials, ClientRequest request)
            throws AuthenticationFailedException {
        UsernamePassword given = decode(credentials);
        PasswordVerifier.Check check = verifier.check(given.username(), given.password());
        if (!check.passed()) {
            throw new AuthenticationFailedException(check.refusal());
        }
        User user = check.user();
        Set<String> granted = catalog.activeNames(user.grantedScopeGuids());
        return new Caller(SCHEME, user.guid(), user.username(), null, granted,
                catalog.effectiveScopes(granted));
    }

    private static UsernamePassword decode(String credentials)
            throws AuthenticationFailedException {
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(credentials);
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException malformed) {
            throw new AuthenticationFailedException("malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new AuthenticationFailedException("malformed Basic credentials");
        }
        return new UsernamePassword(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private record UsernamePassword(String username, String password) {

        @Override
        public String toString() {
            return "UsernamePassword[username=" + username + ", password=<hidden>]";
        }
    }
}
