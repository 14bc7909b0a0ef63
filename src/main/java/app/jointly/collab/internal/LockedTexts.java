package app.jointly.collab.internal;

import com.hazelcast.map.IMap;
import org.springframework.stereotype.Component;

/**
 * The texts locked as tentative agreements, shared by the cluster, so that {@link CollabEngine} can refuse a push
 * under the text's cluster lock: a push that gets the lock after the agreement's replacement update is refused
 * on every node, even before that node heard of the lock. {@link AgreedTextLocks} keeps it current (before the
 * replacement update is made). The documents module stays the durable truth: after a restart of every node this
 * map is empty and the per-connection flag, read from it at join, refuses pushes alone.
 */
@Component
class LockedTexts {

    static final String CODE = "locked";
    static final String MESSAGE = "This article is a tentative agreement: its text cannot be changed. To change "
            + "it, draft a new proposal for it at the bargaining table.";

    private final IMap<String, Boolean> locked;

    LockedTexts(CollabCluster cluster) {
        this.locked = cluster.hazelcast().getMap("collab-locked-texts");
    }

    boolean isLocked(String doc) {
        return locked.containsKey(doc);
    }

    void set(String doc, boolean isLocked) {
        if (isLocked) {
            locked.set(doc, Boolean.TRUE);
        } else {
            locked.delete(doc);
        }
    }

    static ProtocolException refusal() {
        return new ProtocolException(CODE, MESSAGE);
    }
}
