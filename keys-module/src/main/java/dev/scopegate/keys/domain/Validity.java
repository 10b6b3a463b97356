package dev.scopegate.keys.domain;

import java.time.Instant;
import java.util.Objects;

/** When a key works: from {@code from} (inclusive) until {@code to} (exclusive). */
public record Validity(Instant from, Instant to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("validTo must be after validFrom");
        }
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }

    /** Where the moment lies, for telling a refusal's reason. */
    public String describe(Instant moment) {
        if (moment.isBefore(from)) {
            return "not valid before " + from;
        }
        return moment.isBefore(to) ? "valid" : "expired at " + to;
    }
}
