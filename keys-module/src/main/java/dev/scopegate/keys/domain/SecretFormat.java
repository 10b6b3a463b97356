package dev.scopegate.keys.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The shape of the secrets Scopegate issues, in the manner of typed tokens: a prefix that says
 * what the secret is ({@code sgk_} for API keys), 32 base62 characters from a CSPRNG (190 bits),
 * and a 6-character base62 CRC32 checksum of the rest. A mistyped or truncated secret fails the
 * checksum and is refused before any lookup, and a leaked one is easy to scan for.
 */
public final class SecretFormat {

    public static final SecretFormat API_KEY = new SecretFormat("sgk_");
    public static final SecretFormat ACCESS_TOKEN = new SecretFormat("sgt_");

    private static final String BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_LENGTH = 32;
    private static final int CHECKSUM_LENGTH = 6;
    private static final int HINT_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;

    private SecretFormat(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String generate() {
        StringBuilder secret = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            secret.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return secret.append(checksum(secret)).toString();
    }

    /** Whether the text has this format's prefix, length, alphabet and a valid checksum. */
    public boolean isWellFormed(String text) {
        if (text == null || text.length() != length() || !text.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < text.length(); i++) {
            if (BASE62.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        int checksumStart = text.length() - CHECKSUM_LENGTH;
        return checksum(text.substring(0, checksumStart)).equals(text.substring(checksumStart));
    }

    /** What may be shown of a secret: its prefix and last characters, never enough to use. */
    public String hint(String secret) {
        return prefix + "..." + secret.substring(secret.length() - HINT_LENGTH);
    }

    /**
     * The SHA-256 of a secret, as stored and looked up. Secrets are high-entropy, so a fast hash
     * suffices: there is nothing to guess.
     */
    public static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is not available", unavailable);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    public static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    private int length() {
        return prefix.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;
    }

    private static String checksum(CharSequence text) {
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (value % BASE62.length()));
            value /= BASE62.length();
        }
        return new String(digits);
    }
}
