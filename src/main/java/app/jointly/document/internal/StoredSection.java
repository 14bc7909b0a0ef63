package app.jointly.document.internal;

import app.jointly.document.SectionView;
import app.jointly.shared.SectionId;

/**
 * A section as stored inside its document. The id is named {@code sectionId} because Spring Data would store an
 * embedded property called {@code id} as {@code _id}.
 */
public record StoredSection(String sectionId, String heading, String markdown) {

    StoredSection withHeading(String newHeading) {
        return new StoredSection(sectionId, newHeading, markdown);
    }

    StoredSection withMarkdown(String newMarkdown) {
        return new StoredSection(sectionId, heading, newMarkdown);
    }

    SectionView toView(String text) {
        return new SectionView(new SectionId(sectionId), heading, text);
    }
}
