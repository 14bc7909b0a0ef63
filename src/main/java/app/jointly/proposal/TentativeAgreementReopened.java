package app.jointly.proposal;

import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * Every party's lead consented: the tentative agreement no longer binds and the article is open again. The section
 * keeps its agreed text until a new proposal is tentatively agreed.
 */
public record TentativeAgreementReopened(WorkspaceId workspaceId, ProposalId proposalId, SectionId sectionId,
        List<SignOff> consents, Instant at) implements ProposalEvent {

    public TentativeAgreementReopened {
        consents = List.copyOf(consents);
    }
}
