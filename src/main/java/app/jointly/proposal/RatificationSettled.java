package app.jointly.proposal;

import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** A vote about a tentative agreement closed: the agreement is now ratified, or back on the table. */
public record RatificationSettled(WorkspaceId workspaceId, ProposalId proposalId, SectionId sectionId, String voteId,
        boolean ratified, Instant at) implements ProposalEvent {
}
