package app.jointly.proposal;

import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** Another party presented a counterproposal to this proposal. */
public record ProposalCountered(WorkspaceId workspaceId, ProposalId proposalId, ProposalId counterId, Instant at)
        implements ProposalEvent {
}
