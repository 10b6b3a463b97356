package dev.scopegate.scopes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"sms:manage", "sms:message:send", "web:tracking:sdk", "2fa:pin:send",
            "inbound-message:read", "scopegate:own-keys:manage", "a:b:c:d"})
    void acceptsTwoToFourLowerCaseSegments(String text) {
        ScopeName name = ScopeName.of(text);

        assertThat(name.value()).isEqualTo(text);
        assertThat(ScopeName.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sms                    | it has 1 segment(s); a scope name has two to four",
        "a:b:c:d:e              | it has 5 segment(s); a scope name has two to four",
        "SMS:message:send       | segment 'SMS' must be lower-case letters and digits",
        "sms:Message:send       | segment 'Message' must be lower-case letters and digits",
        "sms:message_send       | segment 'message_send' must be lower-case letters and digits",
        "sms:-message:send      | segment '-message' must be lower-case letters and digits",
        "sms:message-:send      | segment 'message-' must be lower-case letters and digits",
        "sms:in--bound:read     | segment 'in--bound' must be lower-case letters and digits",
        "sms::send              | segment '' must be lower-case letters and digits",
        "sms:message:send:      | segment '' must be lower-case letters and digits",
        ":sms:send              | segment '' must be lower-case letters and digits",
        "*:message:send         | segment '*' must be lower-case letters and digits",
        "sms:mes sage:send      | segment 'mes sage' must be lower-case letters and digits",
        "\"sms:message:send \"  | segment 'send ' must be lower-case letters and digits"
    })
    void rejectsMalformedNamesStatingTheReason(String text, String reason) {
        assertThatThrownBy(() -> ScopeName.of(text))
                .isInstanceOf(InvalidScopeNameException.class)
                .hasMessageStartingWith("'" + text + "' is not a valid scope name: ")
                .hasMessageContaining(reason);
        assertThat(ScopeName.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsEmptyNames(String text) {
        assertThatThrownBy(() -> ScopeName.of(text))
                .isInstanceOf(InvalidScopeNameException.class)
                .hasMessage("'" + text + "' is not a valid scope name: it is empty");
        assertThat(ScopeName.isValid(text)).isFalse();
    }

    @Test
    void rejectsAMissingName() {
        assertThatThrownBy(() -> ScopeName.of(null))
                .isInstanceOf(InvalidScopeNameException.class)
                .hasMessage("'null' is not a valid scope name: it is empty");
        assertThat(ScopeName.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "sms:message:send, sms",
        "sms:manage, sms",
        "2fa:pin:send, 2fa",
        "web:tracking:sdk, web",
        "inbound-message:read, inbound-message"
    })
    void productIsTheFirstSegment(String text, String product) {
        ScopeName name = ScopeName.of(text);

        assertThat(name.product()).isEqualTo(product);
    }

    @Test
    void segmentsAreTheColonSeparatedParts() {
        ScopeName name = ScopeName.of("web:tracking:sdk");

        assertThat(name.segments()).containsExactly("web", "tracking", "sdk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms:manage", "scopegate:keys:manage", "voice:calls:manage"})
    void namesEndingInManageAreManagementScopes(String text) {
        assertThat(ScopeName.of(text).isManagement()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms:message:send", "manage:read", "sms:manager",
            "sms:logs-manage", "sms:manage:read"})
    void otherNamesAreNotManagementScopes(String text) {
        assertThat(ScopeName.of(text).isManagement()).isFalse();
    }

    @Test
    void namesSortAlphabetically() {
        List<ScopeName> names = Stream.of("sms:message:send", "mms:manage", "sms:manage")
                .map(ScopeName::of)
                .sorted()
                .toList();

        assertThat(names).extracting(ScopeName::value)
                .containsExactly("mms:manage", "sms:manage", "sms:message:send");
    }

    @Test
    void printsAsItsValue() {
        ScopeName name = ScopeName.of("sms:logs:read");

        assertThat(name).hasToString("sms:logs:read");
    }
}
