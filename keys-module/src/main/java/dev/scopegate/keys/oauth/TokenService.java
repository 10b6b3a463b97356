package dev.scopegate.keys.oauth;

import dev.scopegate.keys.domain.SecretFormat;
import dev.scopegate.roles.application.UserAccounts;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.scopes.audit.AuditChanges;
import dev.scopegate.scopes.audit.AuditTrail;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.domain.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/** Issuing, revoking and reading OAuth2 access tokens. */
@ApplicationScoped
public class TokenService {

    static final String LIFETIME_PROPERTY = "scopegate.oauth.token-lifetime-seconds";

    @Inject
    AccessTokenRepository tokens;

    @Inject
    UserAccounts accounts;

    @Inject
    CatalogService catalog;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TokenChanged> tokenChanged;

    @Inject
    Config config;

    private long lifetimeSeconds;

    @PostConstruct
    void configure() {
        lifetimeSeconds = config.getOptionalValue(LIFETIME_PROPERTY, Long.class).orElse(3600L);
    }

    /**
     * Issues a token for a user whose password was checked.
     *
     * @param requested scope names to narrow the token to; empty for all the user's scopes
     * @throws InvalidScopeException when a requested scope is unknown or the user lacks it
     */
    @Transactional
    public IssuedToken issue(Account user, List<String> requested) {
        Set<String> granted = requested.isEmpty()
                ? user.grantedScopes() : narrowed(user, requested);
        List<UUID> scopeGuids = granted.stream()
                .map(catalog::findActive)
                .flatMap(Optional::stream)
                .map(Scope::guid)
                .toList();
        Instant now = Instant.now();
        String secret = SecretFormat.ACCESS_TOKEN.generate();

        AccessToken token = new AccessToken(SecretFormat.hash(secret), user.guid(),
                user.username(), scopeGuids, now, now.plusSeconds(lifetimeSeconds));
        tokens.add(token);

        audit.recordFor(user.username(), user.guid(), "token.issued",
                describe(token, user.username()), AuditChanges.create()
                .note("scopes", granted)
                .note("expiresAt", token.expiresAt())
                .build());
        return new IssuedToken(secret, lifetimeSeconds, new TreeSet<>(granted));
    }

    /**
     * Revokes a token if it belongs to this user; anything else is ignored, as RFC 7009 asks,
     * so that nobody learns whether a token exists.
     */
    @Transactional
    public void revoke(Account user, String secret) {
        if (!SecretFormat.ACCESS_TOKEN.isWellFormed(secret)) {
            return;
        }
        Optional<AccessToken> token = tokens.findByHash(SecretFormat.hash(secret))
                .filter(found -> found.userGuid().equals(user.guid()) && !found.isRevoked());
        if (token.isEmpty()) {
            return;
        }

        token.get().revoke(Instant.now());

        audit.recordFor(user.username(), user.guid(), "token.revoked",
                describe(token.get(), user.username()), AuditChanges.create().build());
        tokenChanged.fire(new TokenChanged(token.get().id()));
    }

    /** A token as the cache and introspection see it, if it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VerifiedToken> load(String tokenHash) {
        return tokens.findByHash(tokenHash)
                .filter(found -> SecretFormat.sameHash(found.tokenHash(), tokenHash))
                .map(this::verified);
    }

    private VerifiedToken verified(AccessToken token) {
        Optional<Account> user = accounts.find(token.userGuid());
        Set<String> granted = catalog.activeNames(token.scopeGuids());
        Set<String> effective = new HashSet<>(catalog.effectiveScopes(granted));
        effective.retainAll(catalog.effectiveScopes(
                user.map(Account::grantedScopes).orElse(Set.of())));
        return new VerifiedToken(token.id(), token.issuedAt(), token.expiresAt(),
                token.isRevoked(),
                token.userGuid(), user.map(Account::username).orElse(token.clientId()),
                user.map(Account::enabled).orElse(false), granted, effective);
    }

    private Set<String> narrowed(Account user, List<String> requested) {
        Set<String> held = catalog.effectiveScopes(user.grantedScopes());
        Set<String> refused = new TreeSet<>();
        for (String scope : requested) {
            if (!held.contains(scope)) {
                refused.add(scope);
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidScopeException("not granted to this client: "
                    + String.join(" ", refused));
        }
        return new TreeSet<>(requested);
    }

    private static String describe(AccessToken token, String username) {
        return "token " + token.id() + " (" + username + ")";
    }

    /** A token just issued: the secret is answered once and never kept. */
    public record IssuedToken(String secret, long expiresInSeconds, Set<String> scopes) {

        @Override
        public String toString() {
            return "IssuedToken[secret=<hidden>, scopes=" + scopes + "]";
        }
    }

    /** A requested scope the client may not have: RFC 6749's {@code invalid_scope}. */
    public static class InvalidScopeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InvalidScopeException(String message) {
            super(message);
        }
    }
}
