package app.jointly.document.internal;

import app.jointly.document.SectionView;
import app.jointly.shared.SectionId;

/** A section as stored inside its document. */
public record StoredSection(String id, String heading, String markdown) {

    StoredSection withHeading(String newHeading) {
        return new StoredSection(id, newHeading, markdown);
    }

    StoredSection withMarkdown(String newMarkdown) {
        return new StoredSection(id, heading, newMarkdown);
    }

    SectionView toView(String text) {
        return new SectionView(new SectionId(id), heading, text);
    }
}
