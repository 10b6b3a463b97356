package dev.scopegate.keys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretFormatTest {

    private final SecretFormat format = SecretFormat.API_KEY;

    @Test
    void generatedSecretsCarryThePrefixAndPassTheirOwnCheck() {
        String secret = format.generate();

        assertThat(secret).startsWith("sgk_").hasSize(42).matches("sgk_[0-9A-Za-z]{38}");
        assertThat(format.isWellFormed(secret)).isTrue();
    }

    @Test
    void generatedSecretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(format.generate());
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void anyChangedCharacterFailsTheChecksum() {
        String secret = format.generate();

        for (int i = 4; i < secret.length(); i++) {
            char replacement = secret.charAt(i) == 'a' ? 'b' : 'a';
            String typo = secret.substring(0, i) + replacement + secret.substring(i + 1);

            assertThat(format.isWellFormed(typo)).as("typo at %d", i).isFalse();
        }
    }

    @Test
    void wrongPrefixLengthOrAlphabetIsMalformed() {
        String secret = format.generate();

        assertThat(format.isWellFormed(null)).isFalse();
        assertThat(format.isWellFormed("")).isFalse();
        assertThat(format.isWellFormed("sgt_" + secret.substring(4))).isFalse();
        assertThat(format.isWellFormed(secret.substring(0, 41))).isFalse();
        assertThat(format.isWellFormed(secret + "a")).isFalse();
        assertThat(format.isWellFormed(secret.substring(0, 10) + "-" + secret.substring(11)))
                .isFalse();
        assertThat(SecretFormat.ACCESS_TOKEN.isWellFormed(secret)).isFalse();
    }

    @Test
    void hintShowsThePrefixAndTheLastFourCharactersOnly() {
        String secret = format.generate();

        assertThat(format.hint(secret)).isEqualTo("sgk_..." + secret.substring(38));
    }

    @Test
    void hashIsTheHexSha256AndComparesExactly() {
        String hash = SecretFormat.hash("sgk_example");

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(SecretFormat.sameHash(hash, SecretFormat.hash("sgk_example"))).isTrue();
        assertThat(SecretFormat.sameHash(hash, SecretFormat.hash("sgk_examplf"))).isFalse();
    }
}
