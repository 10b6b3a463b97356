package dev.scopegate.scopes.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Picks the authenticator for a request's {@code Authorization} scheme and runs it. */
@ApplicationScoped
public class Authentication {

    /** The scheme reported to listeners for a header that names no enabled scheme. */
    public static final String UNSUPPORTED_SCHEME = "(unsupported)";

    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    @Inject
    @Any
    Instance<Authenticator> contributed;

    @Inject
    Instance<AuthenticationListener> listeners;

    @Inject
    Instance<SessionAuthenticator> sessions;

    private Map<String, Authenticator> byScheme;
    private List<String> challenges;

    @PostConstruct
    void collectAuthenticators() {
        Map<String, Authenticator> schemes = new HashMap<>();
        for (Authenticator authenticator : contributed) {
            schemes.put(authenticator.scheme().toLowerCase(Locale.ROOT), authenticator);
        }
        byScheme = Map.copyOf(schemes);
        challenges = schemes.values().stream()
                .sorted(Comparator.comparing(Authenticator::scheme))
                .map(Authenticator::challenge)
                .toList();
        LOG.info(() -> "Authentication schemes enabled: " + schemes.keySet());
    }

    /** The caller of a request without an Authorization header, from a session if any. */
    public Optional<Caller> fromSession(ContainerRequestContext request) {
        for (SessionAuthenticator session : sessions) {
            Optional<Caller> caller = session.authenticate(request);
            if (caller.isPresent()) {
                return caller;
            }
        }
        return Optional.empty();
    }

    /** One {@code WWW-Authenticate} challenge per enabled scheme. */
    public List<String> challenges() {
        return challenges;
    }

    public Optional<Authenticator> authenticatorFor(String scheme) {
        return Optional.ofNullable(byScheme.get(scheme.toLowerCase(Locale.ROOT)));
    }

    /**
     * Authenticates the value of an {@code Authorization} header.
     *
     * @throws AuthenticationFailedException when the header is missing, names no enabled scheme
     *                                       or carries credentials that are refused
     */
    public Caller authenticate(String authorization, ClientRequest request)
            throws AuthenticationFailedException {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationFailedException("no credentials");
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        Optional<Authenticator> authenticator = authenticatorFor(scheme);
        if (authenticator.isEmpty()) {
            // Without a known scheme the first word may be the secret itself: never pass it on.
            throw refused(request, UNSUPPORTED_SCHEME, "unsupported authentication scheme");
        }
        String credentials = space < 0 ? "" : header.substring(space + 1).strip();
        try {
            return authenticator.get().authenticate(credentials, request);
        } catch (AuthenticationFailedException refusal) {
            notifyRefused(request, authenticator.get().scheme(), refusal.getMessage());
            throw refusal;
        }
    }

    private AuthenticationFailedException refused(ClientRequest request, String scheme,
            String reason) {
        notifyRefused(request, scheme, reason);
        return new AuthenticationFailedException(reason);
    }

    private void notifyRefused(ClientRequest request, String scheme, String reason) {
        for (AuthenticationListener listener : listeners) {
            listener.refused(scheme, reason, request);
        }
    }

    /** Learns of refused credentials, for the audit trail; must not block the request long. */
    public interface AuthenticationListener {

        void refused(String scheme, String reason, ClientRequest request);
    }
}
