package app.jointly.proposal;

import app.jointly.shared.SectionId;
import java.util.Optional;

/** Input for a new draft; with {@code counters} it is a counterproposal (its section is the countered one's). */
public record NewProposal(Optional<SectionId> sectionId, String text, String rationale,
        Optional<ProposalId> counters) {
}
