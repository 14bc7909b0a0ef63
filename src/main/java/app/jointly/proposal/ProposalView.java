package app.jointly.proposal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What any member allowed to see a proposal may see: text, rationale, status and the public history. Caucus data
 * (authorship, draft revisions, creation time) is deliberately absent.
 */
public record ProposalView(ProposalId id, long version, WorkspaceId workspaceId, DocumentId documentId,
        SectionId sectionId, PartyId party, String text, String rationale, ProposalStatus status,
        Optional<ProposalId> counters, String baseText, List<StateChange> history, List<SignOff> signOffs,
        List<SignOff> reopenConsents, Optional<Instant> presentedAt, Instant updatedAt) {

    static ProposalView of(Proposal p) {
        return new ProposalView(p.id(), p.version(), p.workspaceId(), p.documentId(), p.sectionId(), p.party(),
                p.text(), p.rationale(), p.status(), p.counters(), p.baseText(), p.history(), p.signOffs(),
                p.reopenConsents(), p.presentedAt(), p.updatedAt());
    }
}
