package dev.scopegate.scopes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopePatternTest {

    private final ScopePattern anyProductSend = ScopePattern.of("*:message:send");

    @ParameterizedTest
    @ValueSource(strings = {"sms:message:send", "whatsapp:message:send", "2fa:message:send"})
    void wildcardMatchesAnyOneSegment(String name) {
        assertThat(anyProductSend.matches(ScopeName.of(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms:message", "sms:x:message:send", "sms:message:read",
            "message:send", "sms:manage"})
    void wildcardDoesNotMatchOtherShapesOrSegments(String name) {
        assertThat(anyProductSend.matches(ScopeName.of(name))).isFalse();
    }

    @Test
    void wildcardCanStandForAMiddleSegment() {
        ScopePattern anySmsRead = ScopePattern.of("sms:*:read");

        assertThat(anySmsRead.matches(ScopeName.of("sms:logs:read"))).isTrue();
        assertThat(anySmsRead.matches(ScopeName.of("sms:logs:write"))).isFalse();
        assertThat(anySmsRead.matches(ScopeName.of("mms:logs:read"))).isFalse();
    }

    @Test
    void patternWithoutWildcardMatchesOnlyThatName() {
        ScopePattern exact = ScopePattern.of("sms:message:send");

        assertThat(exact.matches(ScopeName.of("sms:message:send"))).isTrue();
        assertThat(exact.matches(ScopeName.of("mms:message:send"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "*:*:*:*:*", "s*:message:send", "**:send", "*:Message:send",
            "*::send"})
    void rejectsMalformedPatterns(String text) {
        assertThatThrownBy(() -> ScopePattern.of(text))
                .isInstanceOf(InvalidScopeNameException.class)
                .hasMessageStartingWith("'" + text + "' is not a valid scope name: ");
    }
}
