package dev.scopegate.scopes.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Decides the client's address. The connection's address counts, unless it is a configured
 * trusted proxy: then the nearest {@code X-Forwarded-For} entry that is not itself a trusted
 * proxy counts. A header from any other peer is ignored, so it can't be spoofed.
 */
@ApplicationScoped
public class ClientAddressResolver {

    static final String TRUSTED_PROXIES = "scopegate.trusted-proxies";

    private List<AddressRange> trustedProxies;

    protected ClientAddressResolver() {
    }

    @Inject
    public ClientAddressResolver(Config config) {
        this(config.getOptionalValues(TRUSTED_PROXIES, String.class)
                .orElse(List.of()).stream()
                .filter(entry -> !entry.isBlank())
                .map(AddressRange::parse)
                .toList());
    }

    /** A resolver that honours {@code X-Forwarded-For} only when the peer is one of these. */
    public ClientAddressResolver(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public String resolve(String peerAddress, String forwardedFor) {
        if (forwardedFor == null || !isTrustedProxy(peerAddress)) {
            return peerAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!AddressRange.isAddress(hop)) {
                return peerAddress;
            }
            if (!isTrustedProxy(hop)) {
                return hop;
            }
        }
        return peerAddress;
    }

    private boolean isTrustedProxy(String address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
