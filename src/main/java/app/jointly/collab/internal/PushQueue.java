package app.jointly.collab.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pushes for one text waiting on this node. Whoever holds the lock takes everything waiting and deals with it
 * as one batch (one accept step, one durable write, one commit), so ten people typing in one section cost one
 * round through the cluster and the log instead of ten in a row.
 */
final class PushQueue {

    static final int MAX_BATCH = 64;
    static final long MAX_BATCH_CHARS = 4_000_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<PendingPush> waiting = new ConcurrentLinkedQueue<>();
    /** Callers between {@link PushQueues#enter} and {@link PushQueues#leave}; changed only inside the map's update. */
    private int users;

    PushQueue entered() {
        users++;
        return this;
    }

    /** True when the last user left. */
    boolean left() {
        return --users == 0;
    }

    PendingPush add(PushRequest request) {
        PendingPush pending = new PendingPush(request);
        waiting.add(pending);
        return pending;
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    /**
     * Takes the oldest waiting pushes, at least one, up to {@link #MAX_BATCH} of them and {@link #MAX_BATCH_CHARS}
     * characters of changes (a batch is one log document, which MongoDB caps at 16 MB); the rest wait for the
     * next batch.
     */
    List<PendingPush> drain() {
        List<PendingPush> batch = new ArrayList<>();
        long chars = 0;
        for (PendingPush next = waiting.peek(); next != null && batch.size() < MAX_BATCH; next = waiting.peek()) {
            long size = next.request().changesLength();
            if (!batch.isEmpty() && chars + size > MAX_BATCH_CHARS) {
                break;
            }
            batch.add(waiting.poll());
            chars += size;
        }
        return batch;
    }
}
