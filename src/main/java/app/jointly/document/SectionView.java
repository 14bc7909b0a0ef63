package app.jointly.document;

import app.jointly.shared.SectionId;

/** One section of a document (a contract's article): its heading and Markdown body. */
public record SectionView(SectionId id, String heading, String markdown) {
}
