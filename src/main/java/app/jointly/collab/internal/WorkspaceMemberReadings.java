package app.jointly.collab.internal;

import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * This node's latest reading of each workspace's members, for the periodic re-check of every connection joined to
 * one of its texts: one read of the member list per workspace and period on a node, instead of one read per
 * connection (which, with hundreds of editors, was a sixth of the node's CPU). A reading is dated by when its read
 * began and callers date their check by it, so sharing a reading never stretches how long a removed member keeps
 * access. Concurrent callers share one read ({@link DatedReadings}).
 */
@Component
class WorkspaceMemberReadings {

    /** The members of a workspace as read at {@code readAt}. */
    record Reading(Map<UserId, Membership> members, long readAt) {

        /** The user's membership in this reading (empty: not a member). */
        Optional<Membership> of(UserId user) {
            return Optional.ofNullable(members.get(user));
        }
    }

    private final WorkspaceAccess access;
    private final DatedReadings<WorkspaceId, Map<UserId, Membership>> readings;

    WorkspaceMemberReadings(WorkspaceAccess access, Clock clock) {
        this.access = access;
        this.readings = new DatedReadings<>(clock);
    }

    /** The reading of {@code workspace} at most {@code maxAgeMs} old, else a new one. */
    Reading reading(WorkspaceId workspace, long maxAgeMs) {
        DatedReadings.Reading<Map<UserId, Membership>> reading = readings.reading(workspace, maxAgeMs,
                key -> access.members(key).stream().collect(Collectors.toUnmodifiableMap(Membership::userId,
                        Function.identity(), (a, b) -> a)));
        return new Reading(reading.value(), reading.readAt());
    }
}
