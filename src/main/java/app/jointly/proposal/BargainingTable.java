package app.jointly.proposal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.util.List;

/** Per article of a document, the chain of proposals and counters in the order they were made. */
public record BargainingTable(WorkspaceId workspaceId, DocumentId documentId, List<Article> articles) {

    public BargainingTable {
        articles = List.copyOf(articles);
    }

    /** {@code open}: a presented proposal is waiting for an answer. */
    public record Article(SectionId sectionId, String heading, List<ProposalSummary> proposals, boolean open) {

        public Article {
            proposals = List.copyOf(proposals);
        }
    }
}
