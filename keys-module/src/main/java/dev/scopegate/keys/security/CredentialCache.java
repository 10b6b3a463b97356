package dev.scopegate.keys.security;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;

/**
 * Verified credentials by secret hash, so that a busy integration costs no database read per
 * request. Every change to a credential drops its entries, and every change to users or roles
 * drops all; a generation counter keeps a load that raced with such a change from being stored.
 * Entries also age out after {@value #TTL_PROPERTY} seconds, which bounds how long another node
 * that did not see the change may act on the old state.
 *
 * @param <T> what one entry holds
 */
public abstract class CredentialCache<T extends CredentialCache.Cached> {

    static final String TTL_PROPERTY = "scopegate.keys.cache-seconds";
    private static final int MAX_ENTRIES = 100_000;

    @Inject
    Config config;

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private long ttlNanos;

    @PostConstruct
    void configure() {
        ttlNanos = config.getOptionalValue(TTL_PROPERTY, Long.class).orElse(30L) * 1_000_000_000L;
    }

    public Optional<T> find(String secretHash) {
        Entry<T> entry = entries.get(secretHash);
        if (entry == null || System.nanoTime() - entry.loadedAt >= ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.value);
    }

    /** Finds a credential, loading and storing it on a miss unless a change raced the load. */
    public Optional<T> findOrLoad(String secretHash, Loader<T> loader) {
        Optional<T> cached = find(secretHash);
        if (cached.isPresent()) {
            return cached;
        }
        long loadedInGeneration = generation.get();
        Optional<T> loaded = loader.load(secretHash);
        loaded.ifPresent(value -> store(secretHash, value, loadedInGeneration));
        return loaded;
    }

    public void forget(String credentialId) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.value.credentialId().equals(credentialId));
    }

    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private void store(String secretHash, T value, long loadedInGeneration) {
        if (ttlNanos <= 0 || loadedInGeneration != generation.get()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(secretHash, new Entry<>(value, System.nanoTime()));
    }

    /** What the cache can tell apart: the key or token an entry belongs to. */
    public interface Cached {

        String credentialId();
    }

    /** Reads a credential from the database by its secret's hash. */
    @FunctionalInterface
    public interface Loader<T> {

        Optional<T> load(String secretHash);
    }

    private record Entry<T>(T value, long loadedAt) {
    }
}
