package app.jointly.proposal;

import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** The authoring party's lead withdrew a proposal; caucus-only when it was never presented. */
public record ProposalWithdrawn(WorkspaceId workspaceId, ProposalId proposalId, boolean wasPresented, UserId by,
        Instant at) implements ProposalEvent {

    @Override
    public boolean caucusOnly() {
        return !wasPresented;
    }
}
