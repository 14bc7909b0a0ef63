package app.jointly.proposal.internal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;

/**
 * What the proposal module needs from the document module, in one place so the adapter onto
 * {@code app.jointly.document.DocumentDirectory} is the only class that knows that module.
 */
public interface SectionTexts {

    Optional<SectionRef> locate(SectionId section);

    /** The workspace a document belongs to, empty when there is no such document. */
    Optional<WorkspaceId> workspaceOf(DocumentId document);

    /** The sections of a document in their order (for the bargaining table). */
    List<SectionRef> sectionsOf(DocumentId document);

    /** The section's current agreed text. */
    String agreedText(SectionId section);

    /** Makes {@code markdown} the section's agreed text; the document module keeps the old text in history. */
    void replaceAgreedText(SectionId section, String markdown, UserId by);

    record SectionRef(WorkspaceId workspaceId, DocumentId documentId, SectionId sectionId, String heading) {
    }
}
