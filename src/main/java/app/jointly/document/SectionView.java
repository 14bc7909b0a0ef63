package app.jointly.document;

import app.jointly.shared.SectionId;

/**
 * One section of a document (a contract's article): its heading and Markdown body, and the tentative agreement
 * that locks its text ({@code null} when the text is open to edits).
 */
public record SectionView(SectionId id, String heading, String markdown, SectionAgreement agreement) {

    public SectionView(SectionId id, String heading, String markdown) {
        this(id, heading, markdown, null);
    }

    /** True when the text is a tentative agreement and cannot be changed except by a new proposal. */
    public boolean locked() {
        return agreement != null;
    }
}
