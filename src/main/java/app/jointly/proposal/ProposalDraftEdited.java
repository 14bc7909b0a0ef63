package app.jointly.proposal;

import app.jointly.shared.PartyId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** A caucus member changed a draft's text or rationale (caucus-only). */
public record ProposalDraftEdited(WorkspaceId workspaceId, ProposalId proposalId, PartyId party, Instant at)
        implements ProposalEvent {

    @Override
    public boolean caucusOnly() {
        return true;
    }
}
