package app.jointly.proposal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import java.util.List;

/** An article with presented proposals still waiting for an answer. */
public record OpenItem(DocumentId documentId, SectionId sectionId, String heading, List<ProposalSummary> open) {

    public OpenItem {
        open = List.copyOf(open);
    }
}
