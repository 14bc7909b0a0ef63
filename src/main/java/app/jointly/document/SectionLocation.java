package app.jointly.document;

import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;

/** Where a section lives, for modules that hold a section id and need its workspace (to check access). */
public record SectionLocation(WorkspaceId workspaceId, DocumentId documentId, SectionId sectionId, String heading) {
}
