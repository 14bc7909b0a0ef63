package app.jointly.proposal;

import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * Every party's lead signed the proposal's text: it is a tentative agreement and the section's agreed text. The
 * decision log turns this event into an entry. {@code textHash} is the lower-case hex SHA-256 of the UTF-8 text.
 */
public record TentativeAgreementReached(WorkspaceId workspaceId, ProposalId proposalId, SectionId sectionId,
        List<SignOff> signers, String textHash, Instant at) implements ProposalEvent {

    public TentativeAgreementReached {
        signers = List.copyOf(signers);
    }
}
