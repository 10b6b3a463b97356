package dev.scopegate.scopes.domain;

import java.util.List;
import java.util.regex.Pattern;

/** The shared grammar of scope names and patterns: two to four colon-separated segments. */
final class ScopeSegments {

    static final int MIN_SEGMENTS = 2;
    static final int MAX_SEGMENTS = 4;
    static final String WILDCARD = "*";

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ScopeSegments() {
    }

    /**
     * Splits and checks a name or pattern.
     *
     * @param allowWildcard whether a segment may be {@code *} (patterns only)
     */
    static List<String> split(String text, boolean allowWildcard) {
        if (text == null || text.isBlank()) {
            throw new InvalidScopeNameException(String.valueOf(text), "it is empty");
        }
        List<String> segments = List.of(text.split(":", -1));
        if (segments.size() < MIN_SEGMENTS || segments.size() > MAX_SEGMENTS) {
            throw new InvalidScopeNameException(text, "it has " + segments.size()
                    + " segment(s); a scope name has two to four, separated by ':'");
        }
        for (String segment : segments) {
            boolean wildcard = allowWildcard && WILDCARD.equals(segment);
            if (!wildcard && !SEGMENT.matcher(segment).matches()) {
                throw new InvalidScopeNameException(text, "segment '" + segment
                        + "' must be lower-case letters and digits, with single hyphens"
                        + " between them");
            }
        }
        return segments;
    }
}
