package app.jointly.proposal;

import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

/** A party started a draft in its caucus (caucus-only). */
public record ProposalDrafted(WorkspaceId workspaceId, ProposalId proposalId, SectionId sectionId, PartyId party,
        Optional<ProposalId> counters, Instant at) implements ProposalEvent {

    @Override
    public boolean caucusOnly() {
        return true;
    }
}
