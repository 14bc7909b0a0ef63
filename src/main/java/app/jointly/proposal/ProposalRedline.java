package app.jointly.proposal;

import app.jointly.document.Redline;
import java.util.Optional;

/**
 * A proposal's redlines: against the section's current agreed text, and for a counter also against the proposal
 * it counters.
 */
public record ProposalRedline(ProposalId proposalId, Redline againstAgreed, Optional<ProposalId> counters,
        Optional<Redline> againstCountered) {
}
