package dev.scopegate.keys.security;

import dev.scopegate.keys.domain.Validity;
import dev.scopegate.scopes.security.AddressRange;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a request-time check needs to know of one secret, its key and the key's owner,
 * as loaded together; what the cache holds, so that a verified key costs no database read.
 *
 * @param secretExpiresAt the end of this secret's grace after a rotation, or null
 * @param grantedScopes   the key's own scopes, or its owner's role scopes when it inherits
 * @param effectiveScopes what the key may do now: its granted scopes and all they cover,
 *                        intersected with what its owner's roles allow
 */
public record VerifiedKey(String keyId, String hint, boolean keyEnabled, Validity validity,
        List<AddressRange> allowedRanges, Instant secretExpiresAt, UUID ownerGuid,
        String ownerUsername, boolean ownerEnabled, Set<String> grantedScopes,
        Set<String> effectiveScopes) implements CredentialCache.Cached {

    @Override
    public String credentialId() {
        return keyId;
    }

    /** Why the key can't be used now from this address, or null when it can. */
    public String refusalAt(Instant now, String clientAddress) {
        if (secretExpiresAt != null && !now.isBefore(secretExpiresAt)) {
            return "API key " + keyId + " (" + hint + "): a rotated-out secret, expired at "
                    + secretExpiresAt;
        }
        if (!keyEnabled) {
            return "API key " + keyId + " is disabled";
        }
        if (!validity.contains(now)) {
            return "API key " + keyId + " is " + validity.describe(now);
        }
        if (!allowedRanges.isEmpty()
                && allowedRanges.stream().noneMatch(range -> range.contains(clientAddress))) {
            return "API key " + keyId + " used from " + clientAddress
                    + ", outside its allowed addresses";
        }
        if (!ownerEnabled) {
            return "API key " + keyId + ": its owner is disabled or gone";
        }
        return null;
    }
}
