package dev.scopegate.scopes.audit;

import dev.scopegate.scopes.audit.RefusalWindows.Refusal;
import dev.scopegate.scopes.security.Authentication;
import dev.scopegate.scopes.security.Authenticator;
import dev.scopegate.scopes.security.ClientRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Records refused authentications in the audit trail as {@value #TYPE}, by actor
 * {@value AuditTrail#ANONYMOUS}, with the scheme as target and the reason as the change. A flood
 * is summarised (see {@link RefusalWindows}) over windows whose length in seconds
 * {@value #WINDOW_PROPERTY} sets, {@value #DEFAULT_WINDOW_SECONDS} by default.
 *
 * <p>No credential reaches the trail: the reasons never hold one, and a scheme that no
 * authenticator serves is recorded as {@value #UNSUPPORTED_SCHEME}, because what the client sent
 * in its place may be the credential itself. Each record commits in a transaction of its own,
 * and a failure to write one is logged, never passed on: the client gets its 401 regardless.
 * Repeats counted in windows still open when the server stops are lost with its memory.
 */
@ApplicationScoped
public class RefusalAudit implements Authentication.AuthenticationListener {

    public static final String TYPE = "authentication.refused";
    public static final String WINDOW_PROPERTY = "scopegate.audit.refusal-window-seconds";
    public static final long DEFAULT_WINDOW_SECONDS = 60;

    /** How many groups of scheme, reason and client address are tracked before folding. */
    static final int MAX_TRACKED = 10_000;

    static final String UNSUPPORTED_SCHEME = "(unsupported)";

    private static final int MAX_REASON = 200;
    private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());

    @Inject
    Config config;

    @Inject
    Authentication authentication;

    @Inject
    AuditRepository repository;

    private RefusalWindows windows;

    @PostConstruct
    void openWindows() {
        windows = new RefusalWindows(Duration.ofSeconds(windowSeconds()), MAX_TRACKED);
    }

    @Override
    public void refused(String scheme, String reason, ClientRequest request) {
        try {
            String clientAddress = request == null ? null : request.clientAddress();
            write(windows.refused(servedScheme(scheme), shorten(reason), clientAddress,
                    Instant.now()));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not audit a refused authentication", failure);
        }
    }

    /** Records the summaries of the windows that have closed; readers call it first. */
    public void recordClosedWindows() {
        write(windows.closeExpired(Instant.now()));
    }

    private void write(List<Refusal> refusals) {
        for (Refusal refusal : refusals) {
            try {
                repository.addInOwnTransaction(toEntry(refusal));
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Could not write the audit record of a refused"
                        + " authentication; going on without it", failure);
            }
        }
    }

    private static AuditEntry toEntry(Refusal refusal) {
        RefusalWindows.Group group = refusal.group();
        JsonObjectBuilder changes = Json.createObjectBuilder().add("reason", group.reason());
        if (refusal.summary()) {
            changes.add("count", refusal.count())
                    .add("from", refusal.from().truncatedTo(ChronoUnit.MICROS).toString())
                    .add("to", refusal.to().truncatedTo(ChronoUnit.MICROS).toString());
        }
        if (group.otherAddresses()) {
            changes.add("otherAddresses", true);
        }
        return new AuditEntry(refusal.to(), AuditTrail.ANONYMOUS, null, TYPE, group.scheme(),
                group.clientAddress(), changes.build());
    }

    /** The scheme's own name when an authenticator serves it; anything else is not repeated. */
    private String servedScheme(String scheme) {
        return Optional.ofNullable(scheme)
                .flatMap(authentication::authenticatorFor)
                .map(Authenticator::scheme)
                .orElse(UNSUPPORTED_SCHEME);
    }

    private static String shorten(String reason) {
        if (reason == null || reason.isBlank()) {
            return "refused";
        }
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    private long windowSeconds() {
        String configured = config.getOptionalValue(WINDOW_PROPERTY, String.class)
                .orElse("").strip();
        if (configured.isEmpty()) {
            return DEFAULT_WINDOW_SECONDS;
        }
        if (configured.matches("[0-9]{1,9}") && Long.parseLong(configured) > 0) {
            return Long.parseLong(configured);
        }
        LOG.warning(() -> WINDOW_PROPERTY + " must be a positive whole number of seconds;"
                + " using " + DEFAULT_WINDOW_SECONDS);
        return DEFAULT_WINDOW_SECONDS;
    }
}
