package dev.scopegate.scopes.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * Authenticates a request that carries no {@code Authorization} header from state the server
 * keeps, such as a signed-in browser session. Contributed by a module above; the kernel asks
 * it only when the header is absent. An implementation must confine itself to requests that a
 * cross-site forgery can't abuse, such as pages that check a CSRF token on every change.
 */
public interface SessionAuthenticator {

    Optional<Caller> authenticate(ContainerRequestContext request);
}
