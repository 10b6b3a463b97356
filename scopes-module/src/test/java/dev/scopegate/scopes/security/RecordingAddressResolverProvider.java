package dev.scopegate.scopes.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lets a test see whether code asks DNS. Installed for this module's tests through the service
 * loader: while {@link #lookupsDuring} runs an action, every host-name look-up on that thread is
 * recorded and refused, so none reaches the network; outside of it the JDK's resolver answers.
 */
public final class RecordingAddressResolverProvider extends InetAddressResolverProvider {

    private static final ThreadLocal<List<String>> WATCHED = new ThreadLocal<>();

    /** Runs the action and returns the host names it asked to resolve. */
    public static List<String> lookupsDuring(Runnable action) {
        List<String> lookups = new ArrayList<>();
        WATCHED.set(lookups);

        try {
            action.run();
        } finally {
            WATCHED.remove();
        }
        return List.copyOf(lookups);
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        return new Recorder(configuration.builtinResolver());
    }

    @Override
    public String name() {
        return "Scopegate test look-up recorder";
    }

    private record Recorder(InetAddressResolver builtin) implements InetAddressResolver {

        @Override
        public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
                throws UnknownHostException {
            List<String> lookups = WATCHED.get();
            if (lookups == null) {
                return builtin.lookupByName(host, policy);
            }

            lookups.add(host);
            throw new UnknownHostException(host + " was looked up while a test watched");
        }

        @Override
        public String lookupByAddress(byte[] address) throws UnknownHostException {
            return builtin.lookupByAddress(address);
        }
    }
}
