package app.jointly.proposal.internal;

import app.jointly.proposal.Proposal;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.RatificationSettled;
import app.jointly.proposal.TentativeAgreementReached;
import app.jointly.proposal.TentativeAgreementReopened;
import app.jointly.shared.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The effects of a tentative agreement on its article: the agreed proposal's text becomes the section's agreed
 * text and, in a contract, is locked; a reopen by every lead, or a failed ratification, unlocks it. The events come
 * from the proposal's outbox (at least once, possibly on another node, possibly again after a crash): the document
 * module applies each call once per agreement key (the proposal's id), and a failure is thrown so the effect stays
 * pending.
 */
@Component
class AgreedTextWriter {

    /** Who released an agreement that a ratification vote turned down (no one person did). */
    private static final UserId VOTE = new UserId("vote");

    private final ProposalStore proposals;
    private final SectionTexts sections;

    AgreedTextWriter(ProposalStore proposals, SectionTexts sections) {
        this.proposals = proposals;
        this.sections = sections;
    }

    @EventListener
    void replaceAgreedText(TentativeAgreementReached ta) {
        Proposal agreed = proposals.find(ta.proposalId()).orElseThrow(() -> gone(ta.proposalId()));
        sections.replaceAgreedText(ta.sectionId(), agreed.text(), ta.signers().getLast().lead(),
                ta.proposalId().value());
    }

    @EventListener
    void releaseAgreedText(TentativeAgreementReopened reopened) {
        sections.releaseAgreedText(reopened.sectionId(), reopened.proposalId().value(),
                reopened.consents().getLast().lead());
    }

    /**
     * A failed ratification sends the agreement back to the table like a reopen; a passed one names a version of
     * the document ("Ratified: Article 7, 2026-12-02"), once per proposal however often the effect arrives.
     */
    @EventListener
    void settleRatification(RatificationSettled settled) {
        if (settled.ratified()) {
            sections.nameVersion(settled.sectionId(), "Ratified", settled.at(), VOTE,
                    "ratified:" + settled.proposalId().value());
        } else {
            sections.releaseAgreedText(settled.sectionId(), settled.proposalId().value(), VOTE);
        }
    }

    private static IllegalStateException gone(ProposalId id) {
        return new IllegalStateException("The agreed proposal " + id + " does not exist");
    }
}
