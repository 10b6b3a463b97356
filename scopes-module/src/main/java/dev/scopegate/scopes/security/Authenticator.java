package dev.scopegate.scopes.security;

import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@code Authorization} scheme into a caller. Modules contribute implementations as
 * CDI beans; the kernel finds them by {@link #scheme()} and knows none of them by name.
 */
public interface Authenticator {

    /** The scheme this authenticator serves, such as {@code Basic}; matched case-insensitively. */
    String scheme();

    /** The {@code WWW-Authenticate} challenge sent when credentials are missing or refused. */
    String challenge();

    /**
     * Checks the credentials that follow the scheme in the header.
     *
     * @throws AuthenticationFailedException when they are malformed, unknown or not valid now
     */
    Caller authenticate(String credentials, ClientRequest request)
            throws AuthenticationFailedException;

    /** A challenge for a caller who is authenticated but lacks every accepted scope. */
    default Optional<String> insufficientScopeChallenge(Set<String> acceptedScopes) {
        return Optional.empty();
    }
}
