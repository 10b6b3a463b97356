package dev.scopegate.scopes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressResolverTest {

    private static final String CLIENT = "198.51.100.20";
    private static final String PROXY = "10.0.0.5";
    private static final String INNER_PROXY = "10.0.0.6";

    private final ClientAddressResolver resolver = new ClientAddressResolver(
            List.of(AddressRange.parse(PROXY), AddressRange.parse(INNER_PROXY)));

    @Test
    void connectionAddressCountsWhenThereIsNoForwardedFor() {
        String address = resolver.resolve(PROXY, null);

        assertThat(address).isEqualTo(PROXY);
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        String address = resolver.resolve("203.0.113.7", CLIENT);

        assertThat(address).isEqualTo("203.0.113.7");
    }

    @Test
    void forwardedForIsIgnoredWhenNoProxyIsTrusted() {
        ClientAddressResolver direct = new ClientAddressResolver(List.of());

        String address = direct.resolve(PROXY, CLIENT);

        assertThat(address).isEqualTo(PROXY);
    }

    @Test
    void forwardedForFromATrustedProxyCounts() {
        String address = resolver.resolve(PROXY, CLIENT);

        assertThat(address).isEqualTo(CLIENT);
    }

    @Test
    void chainOfTrustedProxiesLeadsToTheClient() {
        String address = resolver.resolve(PROXY, CLIENT + ", " + INNER_PROXY);

        assertThat(address).isEqualTo(CLIENT);
    }

    @Test
    void entriesTheClientAddedBeforeItsOwnAddressAreIgnored() {
        String address = resolver.resolve(PROXY, "6.6.6.6, " + CLIENT + ", " + INNER_PROXY);

        assertThat(address).isEqualTo(CLIENT);
    }

    @Test
    void trustedProxyCanBeARange() {
        ClientAddressResolver behindSubnet = new ClientAddressResolver(
                List.of(AddressRange.parse("10.0.0.0/8"), AddressRange.parse("fd00::/8")));

        assertThat(behindSubnet.resolve("10.20.30.40", CLIENT)).isEqualTo(CLIENT);
        assertThat(behindSubnet.resolve("fd00::7", "2001:db8::9")).isEqualTo("2001:db8::9");
        assertThat(behindSubnet.resolve("11.0.0.1", CLIENT)).isEqualTo("11.0.0.1");
    }
}
