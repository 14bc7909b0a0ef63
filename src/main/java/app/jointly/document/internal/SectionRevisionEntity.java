package app.jointly.document.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One text a section had: written once when the document module first sees the text, never changed, and shared
 * by every version in which the section had that text (versions refer to revisions, they do not copy them).
 * {@code authors} are the people whose edits produced the text.
 */
@Document("section_revisions")
record SectionRevisionEntity(
        @Id String id,
        @Indexed String documentId,
        String sectionId,
        String markdown,
        Instant at,
        List<String> authors) {
}
