package app.jointly.document;

import app.jointly.shared.SectionId;

/**
 * One section of a document (a contract's article): its heading and Markdown body, and the tentative agreement
 * that locks its text ({@code null} when the text is open to edits).
 *
 * @param textVersion the co-editing version {@code markdown} is at (0 for a text never co-edited): positions in
 *                    the text, e.g. a comment's anchor, are given together with it
 */
public record SectionView(SectionId id, String heading, String markdown, SectionAgreement agreement,
                          int textVersion) {

    public SectionView(SectionId id, String heading, String markdown) {
        this(id, heading, markdown, null, 0);
    }

    public SectionView(SectionId id, String heading, String markdown, SectionAgreement agreement) {
        this(id, heading, markdown, agreement, 0);
    }

    /** True when the text is a tentative agreement and cannot be changed except by a new proposal. */
    public boolean locked() {
        return agreement != null;
    }
}
