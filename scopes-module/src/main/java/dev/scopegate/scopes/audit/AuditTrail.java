package dev.scopegate.scopes.audit;

import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where modules record the changes they make to keys, users and roles. A record names who
 * acted, on what, when, from where and what changed; it never holds a secret, so callers
 * describe a changed password or key as changed, never by its value.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes made outside any request, such as at start-up. */
    public static final String SYSTEM = "system";

    /** The actor of a request without an authenticated caller, such as a public endpoint. */
    public static final String ANONYMOUS = "anonymous";

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditRepository repository;

    @Inject
    CallerContext callerContext;

    @Inject
    BeanManager beanManager;

    /**
     * Records a change made by the current caller (taken from {@link CallerContext} when a
     * request is active: actor = {@code caller.username()}, actorGuid = {@code caller.userGuid()},
     * clientAddress = {@code callerContext.clientAddress()}; outside a request the actor is
     * {@value #SYSTEM} with no GUID and no address). Joins the current JTA transaction, so the
     * record commits or rolls back with the change itself.
     *
     * @param type    e.g. "role.created", "user.updated", "key.rotated": dot-separated
     *                lower-case words
     * @param target  e.g. "role 2f1c... (Support)"; never a secret
     * @param changes what changed, e.g. {"name":{"from":"a","to":"b"}}; callers never put
     *                secrets in it
     * @throws IllegalArgumentException when the type is malformed, which rolls the change back
     */
    @Transactional
    public void record(String type, String target, JsonObject changes) {
        Actor actor = currentActor();
        AuditEntry entry = new AuditEntry(Instant.now(), actor.name(), actor.guid(), type,
                target, actor.clientAddress(), changes);

        repository.add(entry);

        LOG.log(Level.FINE, "Audit: {0} {1} by {2}", new Object[] {type, target, actor.name()});
    }

    /**
     * Records a change made on behalf of a user the endpoint authenticated itself, such as an
     * OAuth2 client at the public token endpoint; otherwise as {@link #record}.
     */
    @Transactional
    public void recordFor(String actorName, UUID actorGuid, String type, String target,
            JsonObject changes) {
        String clientAddress = currentActor().clientAddress();
        repository.add(new AuditEntry(Instant.now(), actorName, actorGuid, type, target,
                clientAddress, changes));

        LOG.log(Level.FINE, "Audit: {0} {1} by {2}", new Object[] {type, target, actorName});
    }

    private Actor currentActor() {
        if (!requestActive()) {
            return new Actor(SYSTEM, null, null);
        }
        try {
            Optional<Caller> caller = callerContext.caller();
            String clientAddress = callerContext.clientAddress();
            return caller.map(known -> new Actor(known.username(), known.userGuid(), clientAddress))
                    .orElseGet(() -> new Actor(ANONYMOUS, null, clientAddress));
        } catch (IllegalStateException noHttpRequest) {
            // A request context opened outside HTTP, as for an asynchronous task, has no caller.
            return new Actor(SYSTEM, null, null);
        }
    }

    private boolean requestActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException inactive) {
            return false;
        }
    }

    /** Who acts: a user, or the system or an anonymous caller, who have no GUID. */
    private record Actor(String name, UUID guid, String clientAddress) {
    }
}
