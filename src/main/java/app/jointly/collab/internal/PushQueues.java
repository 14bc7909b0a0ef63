package app.jointly.collab.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link PushQueue} of each text with pushes waiting on this node. A queue stays while anyone uses it and goes
 * with its last user, both decided inside the map's atomic update for that text, so two pushes for one text always
 * meet in the same queue (and batch together) however their arrivals and departures interleave.
 */
final class PushQueues {

    private final Map<String, PushQueue> queues = new ConcurrentHashMap<>();

    /** The text's queue, counted as used by the caller until {@link #leave}. */
    PushQueue enter(String doc) {
        return queues.compute(doc, (d, queue) -> (queue == null ? new PushQueue() : queue).entered());
    }

    void leave(String doc) {
        queues.computeIfPresent(doc, (d, queue) -> queue.left() ? null : queue);
    }

    /** Texts with a queue (for tests). */
    int size() {
        return queues.size();
    }
}
