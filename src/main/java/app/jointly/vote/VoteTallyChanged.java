package app.jointly.vote;

import app.jointly.shared.WorkspaceId;

/**
 * A ballot was cast or changed: views watching the vote re-read the tally. Carries no choice and no voter, so
 * it is safe for secret ballots too.
 */
public record VoteTallyChanged(VoteId voteId, WorkspaceId workspaceId) {
}
