package dev.scopegate.web.support;

import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.security.AuthenticationFailedException;
import dev.scopegate.scopes.security.Authenticator;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.ClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An authenticator that the tests contribute through the kernel's SPI, like any module would:
 * {@code Authorization: Test sms:message:send,numbers:read} authenticates as user "tester"
 * holding those scopes. It proves that the kernel serves schemes it does not know by name.
 */
@ApplicationScoped
public class TestAuthenticator implements Authenticator {

    public static final String SCHEME = "Test";
    private static final UUID TESTER = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @Inject
    CatalogService catalog;

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public String challenge() {
        return SCHEME + " realm=\"scopegate-tests\"";
    }

    @Override
    public Caller authenticate(String credentials, ClientRequest request)
            throws AuthenticationFailedException {
        if (credentials.isBlank() || !credentials.matches("[a-z0-9:,\\-]+")) {
            throw new AuthenticationFailedException("malformed test credentials");
        }
        Set<String> granted = Set.of(credentials.split(","));
        return new Caller(SCHEME, TESTER, "tester", null, granted,
                catalog.effectiveScopes(granted));
    }

    @Override
    public Optional<String> insufficientScopeChallenge(Set<String> acceptedScopes) {
        return Optional.of(SCHEME + " error=\"insufficient_scope\", scope=\""
                + String.join(" ", acceptedScopes) + "\"");
    }
}
