package app.jointly.collab.internal;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a batch of pushes spends its time on the text's owner (waiting in the text's queue, the accept step, the
 * durable write, the commit) and how many pushes it holds, and how long a push forwarded from this node to another
 * owner took there and back; logged every {@link #PERIOD_MS} at DEBUG level, for tuning and operations.
 */
final class PushTimings {

    private static final Logger log = LoggerFactory.getLogger(PushTimings.class);
    static final long PERIOD_MS = 10_000;
    private static final int MAX = 50_000;

    private final long[][] samples = new long[5][MAX];
    private final long[] forwards = new long[MAX];
    private int count;
    private int forwardCount;
    private long since = System.currentTimeMillis();

    synchronized void record(long queueNanos, long prepareNanos, long writeNanos, long commitNanos, int pushes) {
        if (count < MAX) {
            samples[4][count] = pushes * 1_000_000L;
            samples[0][count] = queueNanos;
            samples[1][count] = prepareNanos;
            samples[2][count] = writeNanos;
            samples[3][count] = commitNanos;
            count++;
        }
        report();
    }

    /** A push sent to its text's owner on another member: from sending it to its answer. */
    synchronized void recordForward(long nanos) {
        if (forwardCount < MAX) {
            forwards[forwardCount++] = nanos;
        }
        report();
    }

    private void report() {
        long now = System.currentTimeMillis();
        if (now - since >= PERIOD_MS) {
            if (log.isDebugEnabled()) {
                log.debug("collab batches in the last {} s: {}; p50/p99 ms: queue {}, accept {}, write {}, commit {}; "
                        + "pushes per batch {}; forwarded pushes {}, there and back {}", (now - since) / 1000, count,
                        pct(samples[0], count), pct(samples[1], count), pct(samples[2], count),
                        pct(samples[3], count), pct(samples[4], count), forwardCount, pct(forwards, forwardCount));
            }
            count = 0;
            forwardCount = 0;
            since = now;
        }
    }

    private static String pct(long[] values, int n) {
        if (n == 0) {
            return "-";
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return String.format("%.1f/%.1f", sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6);
    }
}
