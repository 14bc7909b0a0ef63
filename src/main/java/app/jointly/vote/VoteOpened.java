package app.jointly.vote;

import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** A vote opened: its electorate is fixed and ballots are accepted. */
public record VoteOpened(VoteId voteId, WorkspaceId workspaceId, int electorateSize, Instant at) {
}
