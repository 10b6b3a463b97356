package dev.scopegate.scopes.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as an authenticator established it.
 *
 * @param scheme          the {@code Authorization} scheme the caller used
 * @param userGuid        the user acting, or owning the credential that acts
 * @param username        that user's name, for audit records and {@code /api/v1/me}
 * @param credentialId    the key or token used, or {@code null} for a password
 * @param grantedScopes   the scope names the credential holds
 * @param effectiveScopes the granted scopes plus all they cover
 */
public record Caller(String scheme, UUID userGuid, String username, String credentialId,
        Set<String> grantedScopes, Set<String> effectiveScopes) {

    /** The request attribute under which the enforcement filter leaves the caller. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public Caller {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(username, "username");
        grantedScopes = Set.copyOf(grantedScopes);
        effectiveScopes = Set.copyOf(effectiveScopes);
    }

    public boolean holds(String scope) {
        return effectiveScopes.contains(scope);
    }

    public boolean holdsAnyOf(Collection<String> scopes) {
        return scopes.stream().anyMatch(effectiveScopes::contains);
    }
}
