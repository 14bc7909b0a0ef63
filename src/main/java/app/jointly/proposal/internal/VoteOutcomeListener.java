package app.jointly.proposal.internal;

import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalService;
import app.jointly.shared.Ids;
import app.jointly.vote.VoteClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A vote attached to a proposal (e.g. ratifying a tentative agreement) moves the proposal on when it closes. */
@Component
class VoteOutcomeListener {

    private final ProposalService proposals;

    VoteOutcomeListener(ProposalService proposals) {
        this.proposals = proposals;
    }

    @EventListener
    void voteClosed(VoteClosed closed) {
        if (closed.subject() == null || !"proposal".equals(closed.subject().kind())
                || !Ids.isValid(closed.subject().id())) {
            return;
        }
        proposals.settleByVote(new ProposalId(closed.subject().id()), closed.workspaceId(),
                closed.voteId().value(), closed.question(), closed.passed());
    }
}
