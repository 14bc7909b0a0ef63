package app.jointly.collab.internal;

import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One connection's memberships as last read, per workspace, so that the periodic re-check of several texts of one
 * workspace costs one database read. A reading is reused while younger than the given age; the caller dates its
 * own check by the reading's time, so reuse never stretches how long a removed member keeps access.
 */
final class MembershipCache {

    /** A membership as read at {@code readAt} (empty: not a member). */
    record Reading(Optional<Membership> membership, long readAt) {
    }

    private final Map<WorkspaceId, Reading> readings = new ConcurrentHashMap<>();

    /** The reading of {@code workspace} younger than {@code maxAgeMs} at {@code now}, else a new one. */
    Reading membership(WorkspaceId workspace, long now, long maxAgeMs, Supplier<Optional<Membership>> read) {
        Reading cached = readings.get(workspace);
        if (cached != null && now - cached.readAt() <= maxAgeMs) {
            return cached;
        }
        Reading fresh = new Reading(read.get(), now);
        readings.put(workspace, fresh);
        return fresh;
    }
}
