package app.jointly.proposal;

import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One row of a bargaining-table chain. */
public record ProposalSummary(ProposalId id, SectionId sectionId, PartyId party, ProposalStatus status,
        Optional<ProposalId> counters, Optional<Instant> presentedAt, Instant updatedAt, List<SignOff> signOffs) {

    static ProposalSummary of(Proposal p) {
        return new ProposalSummary(p.id(), p.sectionId(), p.party(), p.status(), p.counters(), p.presentedAt(),
                p.updatedAt(), p.signOffs());
    }
}
