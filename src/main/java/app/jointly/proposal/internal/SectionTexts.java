package app.jointly.proposal.internal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the proposal module needs from the document module, in one place so the adapter onto
 * {@code app.jointly.document} is the only class that knows that module.
 */
public interface SectionTexts {

    Optional<SectionRef> locate(SectionId section);

    /**
     * A document's workspace and sections in order, as {@code viewer} may read it.
     *
     * @throws app.jointly.shared.NotFoundException when there is no such document or the viewer is no member
     */
    Outline outline(DocumentId document, UserId viewer);

    /** The workspace's documents the viewer may read, contracts first. */
    List<DocumentRef> documents(WorkspaceId workspace, UserId viewer);

    /** The section's current agreed text. */
    String agreedText(SectionId section);

    /** The section's agreed text as it was at {@code at}. */
    String agreedTextAt(SectionId section, Instant at);

    /** Names a version of the section's document "{@code label}: heading, date", once per {@code key}. */
    void nameVersion(SectionId section, String label, Instant at, UserId by, String key);

    /**
     * Makes {@code markdown} the section's agreed text as the tentative agreement {@code agreementKey} (the
     * proposal's id) and locks it in a contract; the document module keeps the old text in history. Idempotent.
     */
    void replaceAgreedText(SectionId section, String markdown, UserId by, String agreementKey);

    /** Unlocks the section's text if the agreement {@code agreementKey} still locks it. Idempotent. */
    void releaseAgreedText(SectionId section, String agreementKey, UserId by);

    record SectionRef(WorkspaceId workspaceId, DocumentId documentId, SectionId sectionId, String heading) {
    }

    record DocumentRef(DocumentId id, String title, boolean contract) {
    }

    record Outline(WorkspaceId workspaceId, DocumentId documentId, String title, List<SectionRef> sections) {
    }
}
