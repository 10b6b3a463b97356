package dev.scopegate.scopes.domain;

import java.util.List;

/**
 * A scope name such as {@code sms:message:send}: two to four lower-case segments, the first of
 * which names the product.
 */
public record ScopeName(String value) implements Comparable<ScopeName> {

    private static final String MANAGE = "manage";

    public ScopeName {
        ScopeSegments.split(value, false);
    }

    /** Parses a name, throwing {@link InvalidScopeNameException} with the reason when invalid. */
    public static ScopeName of(String text) {
        return new ScopeName(text);
    }

    /** Whether the text is a well-formed scope name. */
    public static boolean isValid(String text) {
        try {
            ScopeSegments.split(text, false);
            return true;
        } catch (InvalidScopeNameException invalid) {
            return false;
        }
    }

    public List<String> segments() {
        return List.of(value.split(":"));
    }

    public String product() {
        return segments().getFirst();
    }

    /**
     * Whether this is a management scope, {@code P:manage}, which covers every server-side scope
     * whose name starts with {@code P:}.
     */
    public boolean isManagement() {
        return value.endsWith(":" + MANAGE);
    }

    /** The prefix a management scope governs, including the trailing colon. */
    String managedPrefix() {
        return value.substring(0, value.length() - MANAGE.length());
    }

    @Override
    public int compareTo(ScopeName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
