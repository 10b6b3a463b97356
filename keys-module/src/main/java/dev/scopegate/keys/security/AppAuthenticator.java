package dev.scopegate.keys.security;

import dev.scopegate.keys.domain.SecretFormat;
import dev.scopegate.scopes.security.AuthenticationFailedException;
import dev.scopegate.scopes.security.Authenticator;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.ClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The {@code App} scheme: {@code Authorization: App sgk_...}. A malformed key or one with a
 * bad checksum is refused before any lookup; a known one is checked against its state, its
 * validity, the client's address and its owner, from the cache when it can be.
 */
@ApplicationScoped
public class AppAuthenticator implements Authenticator {

    public static final String SCHEME = "App";

    @Inject
    KeyCache cache;

    @Inject
    KeyLoader loader;

    @Inject
    LastUsedRecorder lastUsed;

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public String challenge() {
        return "App realm=\"Scopegate\"";
    }

    @Override
    public Caller authenticate(String credentials, ClientRequest request)
            throws AuthenticationFailedException {
        if (!SecretFormat.API_KEY.isWellFormed(credentials)) {
            throw new AuthenticationFailedException("malformed API key");
        }
        String hash = SecretFormat.hash(credentials);
        VerifiedKey key = cache.findOrLoad(hash, loader::load)
                .orElseThrow(() -> new AuthenticationFailedException("unknown API key "
                        + SecretFormat.API_KEY.hint(credentials)));

        Instant now = Instant.now();
        String refusal = key.refusalAt(now, request.clientAddress());
        if (refusal != null) {
            throw new AuthenticationFailedException(refusal);
        }

        lastUsed.used(key.keyId(), now);
        return new Caller(SCHEME, key.ownerGuid(), key.ownerUsername(), key.keyId(),
                key.grantedScopes(), key.effectiveScopes());
    }
}
