package app.jointly.proposal.internal;

import app.jointly.proposal.Proposal;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.TentativeAgreementReached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The effect of a tentative agreement on its document: the agreed proposal's text becomes the section's agreed
 * text. The event comes from the proposal's outbox (at least once, possibly on another node, possibly again after
 * a crash), so the write is skipped when the section already holds that text, and a failure is thrown so the
 * effect stays pending.
 */
@Component
class AgreedTextWriter {

    private static final Logger log = LoggerFactory.getLogger(AgreedTextWriter.class);

    private final ProposalStore proposals;
    private final SectionTexts sections;

    AgreedTextWriter(ProposalStore proposals, SectionTexts sections) {
        this.proposals = proposals;
        this.sections = sections;
    }

    /** The agreed-text effect handler: one call into the document module. */
    @EventListener
    void replaceAgreedText(TentativeAgreementReached ta) {
        Proposal agreed = proposals.find(ta.proposalId()).orElseThrow(() -> gone(ta.proposalId()));
        // whatever happened to the proposal since (a vote, a reopen), the happy path had already made its text
        // agreed at this point, and a reopen keeps that text: so this effect does the same, late
        if (agreed.text().equals(sections.agreedText(ta.sectionId()))) {
            log.debug("Section {} already holds the text agreed on proposal {}", ta.sectionId(), ta.proposalId());
            return;
        }
        sections.replaceAgreedText(ta.sectionId(), agreed.text(), ta.signers().getLast().lead());
    }

    private static IllegalStateException gone(ProposalId id) {
        return new IllegalStateException("The agreed proposal " + id + " does not exist");
    }
}
