package app.jointly.document.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A section's text as it was before someone replaced it: who replaced it, when, and whether by an edit or by an
 * agreement. Append-only.
 */
@Document("section_versions")
public record SectionVersionEntity(
        @Id String id,
        @Indexed String sectionId,
        String documentId,
        String workspaceId,
        String heading,
        String previousMarkdown,
        Instant replacedAt,
        String replacedBy,
        String reason) {

    static final String REASON_EDIT = "edit";
    static final String REASON_AGREEMENT = "agreement";
}
