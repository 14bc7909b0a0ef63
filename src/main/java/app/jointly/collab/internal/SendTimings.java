package app.jointly.collab.internal;

import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side of the co-editing path on this node: how long an outgoing message (a {@code pushed} answer or
 * a fanned-out {@code updates}) waits in its connection's queue before it is written, and how long the write
 * takes. Logged every {@link #PERIOD_MS} at DEBUG level beside {@link PushTimings}, so that the time a client sees
 * can be split into engine time and socket time.
 */
final class SendTimings {

    private static final Logger log = LoggerFactory.getLogger(SendTimings.class);
    static final long PERIOD_MS = 10_000;
    private static final int MAX = 100_000;

    private final long[] waits = new long[MAX];
    private final long[] writes = new long[MAX];
    private int count;
    private long since = System.currentTimeMillis();

    synchronized void record(long waitNanos, long writeNanos) {
        if (count < MAX) {
            waits[count] = waitNanos;
            writes[count] = writeNanos;
            count++;
        }
        long now = System.currentTimeMillis();
        if (now - since >= PERIOD_MS) {
            if (log.isDebugEnabled()) {
                log.debug("collab messages sent in the last {} s: {}", (now - since) / 1000, summary());
            }
            count = 0;
            since = now;
        }
    }

    /** The messages recorded since the last report, with p50/p99 of queue wait and write in milliseconds. */
    synchronized String summary() {
        return count + "; p50/p99 ms: queued " + pct(waits) + ", write " + pct(writes);
    }

    private String pct(long[] samples) {
        if (count == 0) {
            return "-";
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f/%.1f", sorted[count / 2] / 1e6,
                sorted[(int) (count * 0.99)] / 1e6);
    }
}
