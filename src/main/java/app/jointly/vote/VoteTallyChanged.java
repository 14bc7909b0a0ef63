package app.jointly.vote;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.WorkspaceId;

/**
 * A ballot was cast or changed: views watching the vote re-read the tally. Carries no choice and no voter, so
 * it is safe for secret ballots too. Relayed to every node.
 */
public record VoteTallyChanged(VoteId voteId, WorkspaceId workspaceId) implements ClusterEvent {
}
