package dev.scopegate.keys.security;

import dev.scopegate.keys.persistence.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the last-used time of keys in memory and writes them in one batch per flush, which the
 * keys module schedules about once a minute: a request through a key never waits on a write.
 */
@ApplicationScoped
public class LastUsedRecorder {

    private static final Logger LOG = Logger.getLogger(LastUsedRecorder.class.getName());

    @Inject
    ApiKeyRepository keys;

    private final Map<String, Instant> pending = new ConcurrentHashMap<>();

    public void used(String keyId, Instant at) {
        pending.merge(keyId, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /** A use not yet written, so that reads can show it before the next flush. */
    public Optional<Instant> pendingUse(String keyId) {
        return Optional.ofNullable(pending.get(keyId));
    }

    @Transactional
    public void flush() {
        Map<String, Instant> batch = new HashMap<>();
        for (String keyId : pending.keySet()) {
            Instant at = pending.remove(keyId);
            if (at != null) {
                batch.put(keyId, at);
            }
        }
        batch.forEach(keys::recordUse);
        if (!batch.isEmpty()) {
            LOG.log(Level.FINE, "Recorded the last use of {0} API keys", batch.size());
        }
    }
}
