package app.jointly.document;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/**
 * The tentative agreement {@code agreementKey} no longer locks the section's text (every lead reopened it): the
 * article can be edited and co-edited again. Its text stays as agreed until someone changes it.
 */
public record AgreedTextReleased(WorkspaceId workspaceId, DocumentId documentId, SectionId sectionId,
                                 String agreementKey, Instant at, long documentVersion) implements ClusterEvent {
}
