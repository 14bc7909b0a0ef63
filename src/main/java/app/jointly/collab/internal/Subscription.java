package app.jointly.collab.internal;

import app.jointly.shared.WorkspaceId;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connection joined to one text. Forwards accepted updates in version order with no gaps: messages from the
 * topic may arrive out of order (two nodes publish independently), so those ahead are held until the gap closes,
 * and a gap that stays open is filled by pulling from the authority.
 */
final class Subscription {

    private final ClientConnection connection;
    private final String doc;
    private final WorkspaceId workspace;
    private volatile boolean canEdit;
    /** The text is a tentative agreement: pushes are refused whatever the role. */
    private volatile boolean locked;
    private volatile long checkedAt;
    private final AtomicBoolean rechecking = new AtomicBoolean();
    /** Version the client has; -1 until it has been sent the text. */
    private int version = -1;
    private final TreeMap<Integer, UpdatesMessage> ahead = new TreeMap<>();

    Subscription(ClientConnection connection, String doc, WorkspaceId workspace, boolean canEdit, boolean locked,
                 long now) {
        this.connection = connection;
        this.doc = doc;
        this.workspace = workspace;
        this.canEdit = canEdit;
        this.locked = locked;
        this.checkedAt = now;
    }

    ClientConnection connection() {
        return connection;
    }

    String doc() {
        return doc;
    }

    WorkspaceId workspace() {
        return workspace;
    }

    boolean canEdit() {
        return canEdit;
    }

    boolean locked() {
        return locked;
    }

    /** @return true when the lock state changed */
    boolean setLocked(boolean nowLocked) {
        boolean changed = locked != nowLocked;
        this.locked = nowLocked;
        return changed;
    }

    long checkedAt() {
        return checkedAt;
    }

    void rechecked(boolean canEdit, boolean locked, long readAt) {
        this.canEdit = canEdit;
        this.locked = locked;
        this.checkedAt = Math.max(checkedAt, readAt);
    }

    /** True when the caller may start a background re-check (none is running). */
    boolean startRecheck() {
        return rechecking.compareAndSet(false, true);
    }

    void recheckDone() {
        rechecking.set(false);
    }

    /**
     * Queues the joined message, then whatever arrived meanwhile; the caller flushes the connection afterwards
     * (outside this object's lock, so a slow socket never blocks a delivery to this subscription).
     */
    synchronized void start(int joinedVersion, String joinedJson) {
        connection.enqueue(joinedJson);
        version = joinedVersion;
        drain();
    }

    /**
     * Queues the message (or holds it until the gap before it closes); the caller flushes the connection.
     * @return true when a gap is left open (updates ahead of the client are waiting)
     */
    synchronized boolean deliver(UpdatesMessage message) {
        if (version < 0 || message.fromVersion() > version) {
            if (message.toVersion() > version) {
                ahead.merge(message.fromVersion(), message,
                        (a, b) -> a.toVersion() >= b.toVersion() ? a : b);
            }
            return version >= 0;
        }
        forward(message);
        drain();
        return !ahead.isEmpty();
    }

    synchronized int version() {
        return version;
    }

    synchronized boolean hasGap() {
        return version >= 0 && !ahead.isEmpty();
    }

    private void drain() {
        while (!ahead.isEmpty()) {
            var first = ahead.firstEntry();
            if (first.getKey() > version) {
                return;
            }
            ahead.pollFirstEntry();
            forward(first.getValue());
        }
    }

    private void forward(UpdatesMessage message) {
        if (message.toVersion() <= version) {
            return;
        }
        connection.enqueue(message.jsonAfter(version));
        version = message.toVersion();
    }
}
