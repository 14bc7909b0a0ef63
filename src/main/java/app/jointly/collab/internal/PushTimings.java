package app.jointly.collab.internal;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a batch of pushes spends its time on this node (waiting for the text's locks, the accept step, the
 * durable write, the commit) and how many pushes it holds, logged every {@link #PERIOD_MS} at DEBUG level, for
 * tuning and operations.
 */
final class PushTimings {

    private static final Logger log = LoggerFactory.getLogger(PushTimings.class);
    static final long PERIOD_MS = 10_000;
    private static final int MAX = 50_000;

    private final long[][] samples = new long[5][MAX];
    private int count;
    private long since = System.currentTimeMillis();

    synchronized void record(long lockNanos, long prepareNanos, long writeNanos, long commitNanos, int pushes) {
        if (count < MAX) {
            samples[4][count] = pushes * 1_000_000L;
            samples[0][count] = lockNanos;
            samples[1][count] = prepareNanos;
            samples[2][count] = writeNanos;
            samples[3][count] = commitNanos;
            count++;
        }
        long now = System.currentTimeMillis();
        if (now - since >= PERIOD_MS) {
            if (log.isDebugEnabled()) {
                log.debug("collab batches in the last {} s: {}; p50/p99 ms: lock {}, accept {}, write {}, commit {}; "
                        + "pushes per batch {}", (now - since) / 1000, count, pct(0), pct(1), pct(2), pct(3), pct(4));
            }
            count = 0;
            since = now;
        }
    }

    private String pct(int kind) {
        long[] sorted = Arrays.copyOf(samples[kind], count);
        Arrays.sort(sorted);
        return count == 0 ? "-"
                : String.format("%.1f/%.1f", sorted[count / 2] / 1e6, sorted[(int) (count * 0.99)] / 1e6);
    }
}
