package app.jointly.document;

import app.jointly.shared.DocumentId;
import app.jointly.shared.Ids;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Documents as a workspace member works with them. Every method checks the acting user: members read, members
 * whose role can edit write, and anyone else gets {@link app.jointly.shared.NotFoundException} (a document outside
 * the caller's workspaces does not exist for them). Inputs over {@link DocumentLimits} are refused with
 * {@link app.jointly.shared.InvalidInputException} or {@link app.jointly.shared.TooLargeException}; an edit made
 * against an old version with {@link app.jointly.shared.ConflictException}.
 */
public interface DocumentService {

    DocumentView create(WorkspaceId workspace, String title, DocumentKind kind, List<NewSection> sections, UserId by);

    /** The document with each section's current text (live co-edited text when a {@link SectionTextSource} exists). */
    DocumentView get(DocumentId document, UserId by);

    /**
     * The document a page's route names, if {@code by} may read it and it belongs to that workspace; empty for
     * anything else, malformed ids included, which a page shows as "not found".
     */
    default Optional<DocumentView> findIn(String workspaceId, String documentId, UserId by) {
        if (!Ids.isValid(workspaceId) || !Ids.isValid(documentId)) {
            return Optional.empty();
        }
        try {
            DocumentView found = get(new DocumentId(documentId), by);
            return found.workspaceId().value().equals(workspaceId) ? Optional.of(found) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The workspace's documents, oldest first. */
    List<DocumentSummary> list(WorkspaceId workspace, UserId by);

    DocumentView rename(DocumentId document, String title, long expectedVersion, UserId by);

    /** @param order every section id of the document exactly once, in the new order */
    DocumentView reorderSections(DocumentId document, List<SectionId> order, long expectedVersion, UserId by);

    /**
     * @param position index to insert at (0 = first), or empty to append
     * @param expectedVersion when present, refuse if the document changed since
     */
    DocumentView addSection(DocumentId document, NewSection section, OptionalLong position,
                            OptionalLong expectedVersion, UserId by);

    DocumentView removeSection(DocumentId document, SectionId section, long expectedVersion, UserId by);

    /**
     * Changes a section's heading and/or body (a null argument keeps the current value). Without an expected
     * version the body edit applies to the latest document (other sections' concurrent edits are never lost).
     */
    DocumentView editSection(DocumentId document, SectionId section, String heading, String markdown,
                             OptionalLong expectedVersion, UserId by);

    /** The earlier texts of a section of the document, newest first (at most {@code limit}, up to 100). */
    List<SectionVersion> sectionHistory(DocumentId document, SectionId section, int limit, UserId by);

    /** The whole document as sanitised HTML: title, then each section's heading and rendered body. */
    String renderHtml(DocumentId document, UserId by);
}
