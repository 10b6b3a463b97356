package dev.scopegate.scopes.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Summarises floods of refused authentications, so that an attacker can fill neither the
 * database nor the memory. Refusals are grouped by scheme, reason and client address. The
 * first refusal of a group opens a window and is recorded at once; later ones in the window are
 * only counted, and the count is recorded as one summary when the window has closed. Windows
 * close lazily: whenever a refusal arrives or a reader asks, never on a timer.
 *
 * <p>At most {@code maxTracked} groups are tracked. Past that, a new client address joins the
 * "other addresses" group of its scheme and reason; should there be
 * {@value #MAX_OVERFLOW_GROUPS} of those, it joins one last group of various schemes and
 * reasons. So at most {@code maxTracked + MAX_OVERFLOW_GROUPS + 1} windows are open, and the
 * memory held and the rows written per window stay bounded whatever an attacker varies.
 *
 * <p>Thread-safe. Pure: it only decides what to record, and the caller writes it.
 */
final class RefusalWindows {

    static final int MAX_OVERFLOW_GROUPS = 100;

    /** The scheme and reason of the last group, which gathers whatever could not be tracked. */
    static final String VARIOUS = "various";

    private static final Group EVERYTHING_ELSE = new Group(VARIOUS, VARIOUS, null, true);

    private final Duration window;
    private final int maxTracked;

    /** Open windows by group, oldest first: all are equally long, so they close in order. */
    private final Map<Group, Window> open = new LinkedHashMap<>();
    private int overflowGroups;

    RefusalWindows(Duration window, int maxTracked) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the refusal window must be positive");
        }
        this.window = window;
        this.maxTracked = maxTracked;
    }

    /**
     * Counts one refusal.
     *
     * @param clientAddress where it came from; {@code null} when unknown
     * @return what to record now: the summaries of windows that have closed, then this refusal
     *         when it opens a window
     */
    synchronized List<Refusal> refused(String scheme, String reason, String clientAddress,
            Instant at) {
        List<Refusal> toRecord = closeExpired(at);
        Group group = groupFor(new Group(scheme, reason, clientAddress, false));

        Window current = open.get(group);
        if (current != null && !hasClosed(current, at)) {
            current.repeat(at);
            return toRecord;
        }
        if (current != null) {
            close(group, current, toRecord);
            open.remove(group);
        }

        open.put(group, new Window(at));
        if (group.otherAddresses()) {
            overflowGroups++;
        }
        toRecord.add(Refusal.first(group, at));
        return toRecord;
    }

    /** The summaries of every window that has closed by now. */
    synchronized List<Refusal> closeExpired(Instant now) {
        List<Refusal> summaries = new ArrayList<>();
        Iterator<Map.Entry<Group, Window>> oldestFirst = open.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<Group, Window> entry = oldestFirst.next();
            if (!hasClosed(entry.getValue(), now)) {
                break;
            }
            close(entry.getKey(), entry.getValue(), summaries);
            oldestFirst.remove();
        }
        return summaries;
    }

    /** How many groups are tracked now. */
    synchronized int tracked() {
        return open.size();
    }

    private boolean hasClosed(Window candidate, Instant now) {
        return !now.isBefore(candidate.opened.plus(window));
    }

    private Group groupFor(Group exact) {
        if (open.containsKey(exact) || open.size() < maxTracked) {
            return exact;
        }
        Group otherAddresses = new Group(exact.scheme(), exact.reason(), null, true);
        if (open.containsKey(otherAddresses) || overflowGroups < MAX_OVERFLOW_GROUPS) {
            return otherAddresses;
        }
        return EVERYTHING_ELSE;
    }

    private void close(Group group, Window closing, List<Refusal> summaries) {
        if (group.otherAddresses()) {
            overflowGroups--;
        }
        if (closing.repeats > 0) {
            summaries.add(new Refusal(group, true, closing.firstRepeat, closing.lastRepeat,
                    closing.repeats));
        }
    }

    /**
     * Refusals that share what is recorded of them.
     *
     * @param clientAddress  {@code null} for the "other addresses" groups, or when unknown
     * @param otherAddresses whether the group gathers addresses that could not be tracked alone
     */
    record Group(String scheme, String reason, String clientAddress, boolean otherAddresses) {

        Group {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * What to record of a group: the refusal that opened a window, or the summary of the
     * repeats that followed it in the window.
     *
     * @param from  when the first repeat came, or the refusal itself
     * @param to    when the last repeat came, or the refusal itself
     * @param count how many repeats; 1 for a first refusal
     */
    record Refusal(Group group, boolean summary, Instant from, Instant to, long count) {

        static Refusal first(Group group, Instant at) {
            return new Refusal(group, false, at, at, 1);
        }
    }

    private static final class Window {

        private final Instant opened;
        private Instant firstRepeat;
        private Instant lastRepeat;
        private long repeats;

        Window(Instant opened) {
            this.opened = opened;
        }

        void repeat(Instant at) {
            if (repeats == 0) {
                firstRepeat = at;
            }
            lastRepeat = at;
            repeats++;
        }
    }
}
