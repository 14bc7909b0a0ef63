package app.jointly.proposal;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** The lead of another party rejected a presented proposal. */
public record ProposalRejected(WorkspaceId workspaceId, ProposalId proposalId, PartyId byParty, UserId by,
        Instant at) implements ProposalEvent {
}
