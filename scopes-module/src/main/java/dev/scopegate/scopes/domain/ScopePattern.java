package dev.scopegate.scopes.domain;

import java.util.List;

/**
 * What a scope declares it covers: a scope name in which a segment may be the one-segment
 * wildcard {@code *}; {@code *:message:send} matches {@code sms:message:send} but not
 * {@code sms:message}.
 */
public record ScopePattern(String value) {

    public ScopePattern {
        ScopeSegments.split(value, true);
    }

    public static ScopePattern of(String text) {
        return new ScopePattern(text);
    }

    public boolean matches(ScopeName name) {
        List<String> expected = List.of(value.split(":"));
        List<String> actual = name.segments();
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String segment = expected.get(i);
            if (!ScopeSegments.WILDCARD.equals(segment) && !segment.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
