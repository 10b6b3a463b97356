package dev.scopegate.scopes.api;

import dev.scopegate.scopes.problem.PayloadTooLargeException;
import dev.scopegate.scopes.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses request bodies beyond {@value #LIMIT_PROPERTY} bytes (64 KiB by default) before any
 * of them is parsed: at once when the declared length is too large, and as the body is read
 * when it arrives in chunks.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class RequestBodyLimit implements ContainerRequestFilter {

    static final String LIMIT_PROPERTY = "scopegate.max-body-bytes";
    private static final long DEFAULT_LIMIT = 64 * 1024;

    private volatile Long limit;

    @Override
    public void filter(ContainerRequestContext request) {
        long max = limit();
        if (request.getLength() > max) {
            request.abortWith(Problems.of(new PayloadTooLargeException(max)));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), max));
        }
    }

    private long limit() {
        Long known = limit;
        if (known == null) {
            Config config = CDI.current().select(Config.class).get();
            known = config.getOptionalValue(LIMIT_PROPERTY, Long.class).orElse(DEFAULT_LIMIT);
            limit = known;
        }
        return known;
    }

    /** A body that stops with a 413 once more than the limit has been read. */
    private static final class LimitedStream extends FilterInputStream {

        private final long max;
        private long read;

        LimitedStream(InputStream body, long max) {
            super(body);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(long bytes) {
            read += bytes;
            if (read > max) {
                throw new PayloadTooLargeException(max);
            }
        }
    }
}
