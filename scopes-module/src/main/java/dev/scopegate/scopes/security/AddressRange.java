package dev.scopegate.scopes.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * One IPv4 or IPv6 address, or a CIDR range of them ({@code 10.0.0.0/8}, {@code 2001:db8::/32}).
 * Only literals are accepted: parsing never asks DNS.
 */
public record AddressRange(String text, byte[] network, int prefixLength) {

    /*
     * Both patterns keep InetAddress.getByName on its literal-parsing path: an IPv4 look-alike
     * with an octet above 255, or a text starting with '.', would otherwise be looked up in DNS.
     */
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|[01]?\\d?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

    /** Parses a range, throwing {@link IllegalArgumentException} with the reason if invalid. */
    public static AddressRange parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literal(address, text);
        int maxPrefix = bytes.length * 8;
        int prefix = slash < 0 ? maxPrefix : prefixLength(trimmed.substring(slash + 1), text);
        if (prefix > maxPrefix) {
            throw new IllegalArgumentException("'" + text + "' has a prefix longer than "
                    + maxPrefix + " bits");
        }
        return new AddressRange(trimmed, bytes, prefix);
    }

    /** Whether the text is one IPv4 or IPv6 address literal. */
    public static boolean isAddress(String text) {
        try {
            literal(text, text);
            return true;
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            return false;
        }
    }

    /** Whether the literal address lies in this range; false for anything that is not one. */
    public boolean contains(String address) {
        if (address == null) {
            return false;
        }
        byte[] candidate;
        try {
            candidate = literal(address, address);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    private static byte[] literal(String address, String original) {
        boolean looksLikeAddress = IPV4.matcher(address).matches()
                || (address.contains(":") && IPV6.matcher(address).matches());
        if (!looksLikeAddress) {
            throw new IllegalArgumentException("'" + original + "' is not an IP address or range");
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException invalid) {
            throw new IllegalArgumentException("'" + original + "' is not an IP address or range");
        }
    }

    private static int prefixLength(String text, String original) {
        try {
            int prefix = Integer.parseInt(text);
            if (prefix < 0) {
                throw new NumberFormatException();
            }
            return prefix;
        } catch (NumberFormatException invalid) {
            throw new IllegalArgumentException("'" + original + "' has an invalid prefix length");
        }
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
