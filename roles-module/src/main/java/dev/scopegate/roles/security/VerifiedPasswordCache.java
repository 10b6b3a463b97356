package dev.scopegate.roles.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Remembers, briefly, that a username and password matched a stored hash, so that a busy
 * integration does not pay the slow hash on every request. Only successes are kept, under an
 * HMAC of the credentials with a key that lives in this process only, never the password. An
 * entry counts only while the user's stored hash is still the one it matched: a password change
 * anywhere, on any node, invalidates it.
 */
@ApplicationScoped
public class VerifiedPasswordCache {

    static final String TTL_PROPERTY = "scopegate.basic.cache-seconds";
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Config config;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private SecretKeySpec key;
    private long ttlNanos;

    @PostConstruct
    void configure() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
        long seconds = config.getOptionalValue(TTL_PROPERTY, Long.class).orElse(60L);
        ttlNanos = Math.max(0, seconds) * 1_000_000_000L;
    }

    /** Whether these credentials matched this stored hash recently. */
    public boolean isVerified(String username, String password, String storedHash) {
        Entry entry = entries.get(fingerprint(username, password));
        return entry != null && entry.storedHash.equals(storedHash)
                && System.nanoTime() - entry.verifiedAt < ttlNanos;
    }

    public void remember(String username, String password, String storedHash) {
        if (ttlNanos == 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(entry -> now - entry.verifiedAt >= ttlNanos);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password), new Entry(storedHash, System.nanoTime()));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available", unavailable);
        }
    }

    private record Entry(String storedHash, long verifiedAt) {
    }
}
