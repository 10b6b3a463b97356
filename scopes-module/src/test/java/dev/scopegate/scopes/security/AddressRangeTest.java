package dev.scopegate.scopes.security;

import static dev.scopegate.scopes.security.RecordingAddressResolverProvider.lookupsDuring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

    @BeforeAll
    static void dnsLookupsAreRecorded() {
        String probe = "probe-" + UUID.randomUUID() + ".invalid";

        List<String> lookups =
                lookupsDuring(() -> catchThrowable(() -> InetAddress.getByName(probe)));

        assertThat(lookups).as("the look-up recorder is installed").containsExactly(probe);
    }

    @Test
    void singleIpv4AddressContainsOnlyItself() {
        AddressRange range = AddressRange.parse("203.0.113.7");

        assertThat(range.prefixLength()).isEqualTo(32);
        assertThat(range.contains("203.0.113.7")).isTrue();
        assertThat(range.contains("203.0.113.8")).isFalse();
    }

    @Test
    void ipv4CidrContainsItsNetwork() {
        AddressRange range = AddressRange.parse("10.0.0.0/8");

        assertThat(range.contains("10.1.2.3")).isTrue();
        assertThat(range.contains("10.255.255.255")).isTrue();
        assertThat(range.contains("11.0.0.1")).isFalse();
        assertThat(range.contains("9.255.255.255")).isFalse();
    }

    @Test
    void ipv4CidrEndsExactlyAtItsPrefix() {
        AddressRange range = AddressRange.parse("192.168.1.0/25");

        assertThat(range.contains("192.168.1.0")).isTrue();
        assertThat(range.contains("192.168.1.127")).isTrue();
        assertThat(range.contains("192.168.1.128")).isFalse();
        assertThat(range.contains("192.168.0.127")).isFalse();
    }

    @Test
    void rangeWrittenWithHostBitsCoversItsWholeNetwork() {
        AddressRange range = AddressRange.parse("10.1.2.3/8");

        assertThat(range.contains("10.200.0.1")).isTrue();
        assertThat(range.contains("11.1.2.3")).isFalse();
    }

    @Test
    void ipv6CidrContainsItsNetwork() {
        AddressRange range = AddressRange.parse("2001:db8::/32");

        assertThat(range.contains("2001:db8::1")).isTrue();
        assertThat(range.contains("2001:0db8:ffff:ffff::42")).isTrue();
        assertThat(range.contains("2001:db9::1")).isFalse();
    }

    @Test
    void singleIpv6AddressContainsOnlyItselfInAnySpelling() {
        AddressRange loopback = AddressRange.parse("::1");

        assertThat(loopback.prefixLength()).isEqualTo(128);
        assertThat(loopback.contains("::1")).isTrue();
        assertThat(loopback.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(loopback.contains("::2")).isFalse();
    }

    @Test
    void ipv4RangeNeverContainsAnIpv6Address() {
        AddressRange everyIpv4 = AddressRange.parse("0.0.0.0/0");

        assertThat(everyIpv4.contains("203.0.113.7")).isTrue();
        assertThat(everyIpv4.contains("::1")).isFalse();
        assertThat(everyIpv4.contains("2001:db8::1")).isFalse();
    }

    @Test
    void ipv6RangeNeverContainsAnIpv4Address() {
        AddressRange everyIpv6 = AddressRange.parse("::/0");

        assertThat(everyIpv6.contains("2001:db8::1")).isTrue();
        assertThat(everyIpv6.contains("10.0.0.1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "localhost", "", "10.0.0", "10.0.0.0/8", "unknown",
            "999.1.1.1"})
    void containsNothingThatIsNotASingleAddress(String candidate) {
        AddressRange everyIpv4 = AddressRange.parse("0.0.0.0/0");

        assertThat(everyIpv4.contains(candidate)).isFalse();
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        AddressRange range = AddressRange.parse(" 10.0.0.0/8 ");

        assertThat(range).hasToString("10.0.0.0/8");
        assertThat(range).isEqualTo(AddressRange.parse("10.0.0.0/8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "localhost", "gateway", "not an address", "10.0.0",
            "1.2.3.4.5", "999.1.1.1", "256.0.0.0/8", "10.0.0.1a", "2001:db8::g", ".:1", "",
            "   "})
    void rejectsWhatIsNotAnAddressLiteral(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not an IP address or range");
    }

    @Test
    void rejectsAMissingAddress() {
        assertThatThrownBy(() -> AddressRange.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'null' is not an IP address or range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "0.0.0.0/64"})
    void rejectsIpv4PrefixLongerThan32Bits(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' has a prefix longer than 32 bits");
    }

    @Test
    void rejectsIpv6PrefixLongerThan128Bits() {
        assertThatThrownBy(() -> AddressRange.parse("2001:db8::/129"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2001:db8::/129' has a prefix longer than 128 bits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/eight", "::1/1/2"})
    void rejectsAnInvalidPrefixLength(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' has an invalid prefix length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scopegate.example.com", "proxy", "999.3.3.3", "256.4.4.4/8", ".:3",
            "1.2.3.4.6", "2001:db8::h"})
    void parsingNeverAsksDns(String text) {
        List<String> lookups =
                lookupsDuring(() -> catchThrowable(() -> AddressRange.parse(text)));

        assertThat(lookups).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"client.example.net", "999.5.5.5", ".:5"})
    void checkingAForwardedValueNeverAsksDns(String candidate) {
        AddressRange everyIpv4 = AddressRange.parse("0.0.0.0/0");

        List<String> lookups = lookupsDuring(() -> everyIpv4.contains(candidate));

        assertThat(lookups).isEmpty();
    }
}
