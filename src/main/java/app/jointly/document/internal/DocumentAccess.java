package app.jointly.document.internal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

/**
 * Loads a document for a user who may read or write it. An unknown document and a document in a workspace the user
 * is not a member of give the same answer, so ids cannot be probed.
 */
@Component
public class DocumentAccess {

    private final DocumentRepository documents;
    private final WorkspaceAccess workspaces;

    public DocumentAccess(DocumentRepository documents, WorkspaceAccess workspaces) {
        this.documents = documents;
        this.workspaces = workspaces;
    }

    public DocumentEntity readable(DocumentId id, UserId user) {
        DocumentEntity document = documents.findById(id.value()).orElseThrow(DocumentAccess::notFound);
        workspaces.membership(new WorkspaceId(document.getWorkspaceId()), user)
                .orElseThrow(DocumentAccess::notFound);
        return document;
    }

    public DocumentEntity writable(DocumentId id, UserId user) {
        DocumentEntity document = documents.findById(id.value()).orElseThrow(DocumentAccess::notFound);
        Membership membership = workspaces.membership(new WorkspaceId(document.getWorkspaceId()), user)
                .orElseThrow(DocumentAccess::notFound);
        if (!membership.role().canEdit()) {
            throw new ForbiddenException("read-only", "Your role in this workspace ("
                    + membership.role().wireName() + ") can read documents but not change them.");
        }
        return document;
    }

    static NotFoundException notFound() {
        return new NotFoundException("document-not-found", "No such document.");
    }
}
