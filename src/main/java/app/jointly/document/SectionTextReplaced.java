package app.jointly.document;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/**
 * A section's stored text was replaced, by an edit or because a tentative agreement made a proposal's text the
 * section's agreed text ({@code agreement} true). The previous text is kept in the section's history.
 */
public record SectionTextReplaced(WorkspaceId workspaceId, DocumentId documentId, SectionId sectionId, UserId by,
                                  Instant at, long documentVersion, boolean agreement) implements ClusterEvent {
}
