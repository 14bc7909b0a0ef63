package app.jointly.proposal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What any member allowed to see a proposal may see: text, rationale, status and the public history. Caucus data
 * (authorship, draft revisions, creation time) is deliberately absent.
 */
public record ProposalView(ProposalId id, OptionalLong version, WorkspaceId workspaceId, DocumentId documentId,
        SectionId sectionId, PartyId party, String text, String rationale, ProposalStatus status,
        Optional<ProposalId> counters, String baseText, List<StateChange> history, List<SignOff> signOffs,
        List<SignOff> reopenConsents, Optional<Instant> presentedAt, Instant updatedAt) {

    /** The version (which counts caucus edits) is given only to the authoring party, who edits drafts. */
    static ProposalView of(Proposal p, boolean authoringParty) {
        return new ProposalView(p.id(), authoringParty ? OptionalLong.of(p.version()) : OptionalLong.empty(), p.workspaceId(), p.documentId(), p.sectionId(), p.party(),
                p.text(), p.rationale(), p.status(), p.counters(), p.baseText(), p.history(), p.signOffs(),
                p.reopenConsents(), p.presentedAt(), p.updatedAt());
    }
}
