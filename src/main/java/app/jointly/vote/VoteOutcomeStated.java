package app.jointly.vote;

import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/**
 * A closed vote's creator stated its outcome (or reworded the statement). Recorded as a pending effect in the
 * same write as the statement, so the decision log gets its entry, linked to the vote's, even after a crash.
 *
 * @param subject what the vote was about, or null
 */
public record VoteOutcomeStated(VoteId voteId, WorkspaceId workspaceId, String question, SubjectRef subject,
                                String statement, int revision, UserId by, Instant at) {
}
