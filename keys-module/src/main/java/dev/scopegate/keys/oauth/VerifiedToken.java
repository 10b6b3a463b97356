package dev.scopegate.keys.oauth;

import dev.scopegate.keys.security.CredentialCache;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An access token with its user as loaded together; what the token cache holds.
 *
 * @param grantedScopes   the scopes the token was issued with that are still active
 * @param effectiveScopes what it may do now: those and all they cover, intersected with what
 *                        the user's roles allow
 */
public record VerifiedToken(String tokenId, Instant issuedAt, Instant expiresAt, boolean revoked,
        UUID userGuid,
        String username, boolean userEnabled, Set<String> grantedScopes,
        Set<String> effectiveScopes) implements CredentialCache.Cached {

    @Override
    public String credentialId() {
        return tokenId;
    }

    /** Why the token can't be used now, or null when it can. */
    public String refusalAt(Instant now) {
        if (revoked) {
            return "access token " + tokenId + " is revoked";
        }
        if (!now.isBefore(expiresAt)) {
            return "access token " + tokenId + " expired at " + expiresAt;
        }
        if (!userEnabled) {
            return "access token " + tokenId + ": its user is disabled or gone";
        }
        return null;
    }
}
