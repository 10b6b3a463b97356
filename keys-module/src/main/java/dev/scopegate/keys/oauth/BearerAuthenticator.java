package dev.scopegate.keys.oauth;

import dev.scopegate.keys.domain.SecretFormat;
import dev.scopegate.scopes.security.AuthenticationFailedException;
import dev.scopegate.scopes.security.Authenticator;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.ClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Bearer} scheme (RFC 6750) for the access tokens the token endpoint issues. Refusals
 * carry the {@code invalid_token} challenge, a scope shortfall {@code insufficient_scope} with
 * the accepted scopes.
 */
@ApplicationScoped
public class BearerAuthenticator implements Authenticator {

    public static final String SCHEME = "Bearer";
    private static final String REALM = "Bearer realm=\"Scopegate\"";

    @Inject
    TokenCache cache;

    @Inject
    TokenService tokens;

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public String challenge() {
        return REALM;
    }

    @Override
    public Caller authenticate(String credentials, ClientRequest request)
            throws AuthenticationFailedException {
        if (!SecretFormat.ACCESS_TOKEN.isWellFormed(credentials)) {
            throw invalid("malformed access token", "The access token is malformed");
        }
        VerifiedToken token = cache.findOrLoad(SecretFormat.hash(credentials), tokens::load)
                .orElseThrow(() -> invalid("unknown access token "
                        + SecretFormat.ACCESS_TOKEN.hint(credentials), "The access token is"
                        + " unknown"));

        String refusal = token.refusalAt(Instant.now());
        if (refusal != null) {
            throw invalid(refusal, "The access token is expired, revoked or no longer valid");
        }
        return new Caller(SCHEME, token.userGuid(), token.username(), token.tokenId(),
                token.grantedScopes(), token.effectiveScopes());
    }

    @Override
    public Optional<String> insufficientScopeChallenge(Set<String> acceptedScopes) {
        return Optional.of(REALM + ", error=\"insufficient_scope\", error_description=\"The"
                + " access token lacks the scopes this call needs\", scope=\""
                + String.join(" ", acceptedScopes) + "\"");
    }

    private static AuthenticationFailedException invalid(String reason, String description) {
        return new AuthenticationFailedException(reason, REALM + ", error=\"invalid_token\","
                + " error_description=\"" + description + "\"");
    }
}
