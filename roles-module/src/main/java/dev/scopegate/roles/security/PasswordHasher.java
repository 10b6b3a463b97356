package dev.scopegate.roles.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Slow salted password hashes: PBKDF2-HMAC-SHA256 with 210,000 iterations, a 32-byte salt and a
 * 32-byte key, through Jakarta Security. The parameters travel inside each hash, so raising them
 * later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, for spending the same time on unknown users. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = hash(java.util.UUID.randomUUID().toString());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, so that "no such user" can't be told by timing. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoyHash);
    }
}
