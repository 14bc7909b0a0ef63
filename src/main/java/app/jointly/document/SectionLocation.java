package app.jointly.document;

import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;

/**
 * Where a section lives, for modules that hold a section id and need its workspace (to check access), and whether
 * its text is locked as a tentative agreement (then nobody may edit or co-edit it).
 */
public record SectionLocation(WorkspaceId workspaceId, DocumentId documentId, SectionId sectionId, String heading,
                              boolean locked) {

    public SectionLocation(WorkspaceId workspaceId, DocumentId documentId, SectionId sectionId, String heading) {
        this(workspaceId, documentId, sectionId, heading, false);
    }
}
