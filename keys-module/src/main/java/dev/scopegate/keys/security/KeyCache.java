package dev.scopegate.keys.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;

/**
 * Verified keys by secret hash, so that a busy integration costs no database read per request.
 * Every change to a key drops its entries, and every change to users or roles drops all; a
 * generation counter keeps a load that raced with such a change from being stored. Entries also
 * age out after {@value #TTL_PROPERTY} seconds, which bounds how long another node that did not
 * see the change may act on the old state.
 */
@ApplicationScoped
public class KeyCache {

    static final String TTL_PROPERTY = "scopegate.keys.cache-seconds";
    private static final int MAX_ENTRIES = 100_000;

    @Inject
    Config config;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private long ttlNanos;

    @PostConstruct
    void configure() {
        ttlNanos = config.getOptionalValue(TTL_PROPERTY, Long.class).orElse(30L) * 1_000_000_000L;
    }

    public Optional<VerifiedKey> find(String secretHash) {
        Entry entry = entries.get(secretHash);
        if (entry == null || System.nanoTime() - entry.loadedAt >= ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.key);
    }

    /** The generation to pass to {@link #store} for a load that starts now. */
    public long currentGeneration() {
        return generation.get();
    }

    public void store(String secretHash, VerifiedKey key, long loadedInGeneration) {
        if (ttlNanos <= 0 || loadedInGeneration != generation.get()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(secretHash, new Entry(key, System.nanoTime()));
    }

    public void forgetKey(String keyId) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.key.keyId().equals(keyId));
    }

    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Entry(VerifiedKey key, long loadedAt) {
    }
}
