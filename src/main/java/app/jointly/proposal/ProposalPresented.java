package app.jointly.proposal;

import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

/** A party's lead passed a proposal across the table; every workspace member may now see it. */
public record ProposalPresented(WorkspaceId workspaceId, ProposalId proposalId, SectionId sectionId, PartyId party,
        Optional<ProposalId> counters, UserId by, Instant at) implements ProposalEvent {
}
