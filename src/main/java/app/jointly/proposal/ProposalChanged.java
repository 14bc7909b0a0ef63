package app.jointly.proposal;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.WorkspaceId;
import java.util.Optional;

/**
 * A small notice that a proposal changed, for open views to refresh (they reload through the service, which
 * checks access); it is relayed to every cluster node. When {@code caucusOnly}, only members of {@code party}
 * may react to it.
 */
public record ProposalChanged(WorkspaceId workspaceId, DocumentId documentId, ProposalId proposalId,
        PartyId party, boolean caucusOnly) implements ClusterEvent {

    /** Whether a viewer in {@code viewerParty} (empty: no party) may hear of this change. */
    public boolean audibleTo(Optional<PartyId> viewerParty) {
        return !caucusOnly || viewerParty.map(party::equals).orElse(false);
    }
}
