package app.jointly.decision;

import java.util.List;
import java.util.Map;

/**
 * An entry as shown: with the current state of its follow-ups and the later entries that supersede it.
 *
 * @param followUpStatus by follow-up id; a follow-up without status is not done
 */
public record LoggedDecision(DecisionEntry entry, Map<String, FollowUpStatus> followUpStatus,
                             List<DecisionId> supersededBy, List<Long> supersededBySeq) {

    public boolean done(String actionId) {
        FollowUpStatus status = followUpStatus.get(actionId);
        return status != null && status.done();
    }

    public boolean superseded() {
        return !supersededBy.isEmpty();
    }

    public boolean hasOpenFollowUps() {
        return entry.followUps().stream().anyMatch(f -> !done(f.id()));
    }
}
